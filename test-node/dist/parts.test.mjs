// Every part an element renders is in the manifest (so in the README's
// tables, Storybook's docs and editors' autocomplete), and every part the
// manifest names is rendered. Parts are written only as literal
// `part="…"` attributes (the second test holds that), so reading the
// element's sources and the shared templates it uses finds them all.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({tag: d.tagName, dir: m.path.split('/')[1], parts: (d.cssParts ?? []).map((p) => p.name)}))
);
const sources = (dir) => readdirSync(join('src', dir)).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join('src', dir, f), 'utf8'));
const shared = readdirSync('src/shared').map((f) => [f.replace(/\.ts$/, '.js'), readFileSync(join('src/shared', f), 'utf8')]);
const partsIn = (text) => [...text.matchAll(/\spart="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)).filter(Boolean);

test('the manifest has the four elements', () => {
  assert.deepEqual(elements.map((e) => e.tag).sort(), ['event-card', 'org-directory', 'recommendation-list', 'signup-form']);
});

test('parts are written only as literal part="…" attributes', () => {
  for (const dir of ['event-card', 'org-directory', 'recommendation-list', 'signup-form', 'shared'])
    for (const text of sources(dir)) assert.doesNotMatch(text, /\spart=(\$\{|'|[^"\s])/);
});

// Rendered, and rightly not documented: the shared error template's fallback
// wrapper is in the signup form's light DOM, where its slot holds nothing
// (the form's fallback content shows through the shadow root's own slot).
const UNDOCUMENTED = {'signup-form': ['fallback']};

for (const {tag, dir, parts} of elements) {
  test(`<${tag}>: the parts it renders are the parts its manifest entry documents`, () => {
    const own = sources(dir);
    const used = shared.filter(([file]) => own.some((text) => text.includes(`'../shared/${file}'`)));
    const rendered = new Set([...own, ...used.map(([, text]) => text)].flatMap(partsIn));
    for (const p of UNDOCUMENTED[tag] ?? []) rendered.delete(p);
    assert.deepEqual([...rendered].filter((p) => !parts.includes(p)).sort(), [], 'rendered, not documented (add @csspart)');
    assert.deepEqual(parts.filter((p) => !rendered.has(p)).sort(), [], 'documented, never rendered');
  });
}
