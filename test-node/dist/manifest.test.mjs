// The shipped manifest (custom-elements.json: the README's tables,
// Storybook's docs, editors' autocomplete) against the sources: every part an
// element renders is documented and every documented part rendered; its
// events are the ones it defines, each described; its custom properties are
// the ones its styles read. The shared tokens are the README's theming
// table, and the editors' data carry what the manifest has. Parts are
// written only as literal `part="…"` attributes (the second test holds
// that), so reading an element's sources and the shared templates it
// imports finds them all.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
/** Each element: its tag, its folder under src/, and its manifest entry. */
const elements = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.customElement).map((decl) => ({tag: decl.tagName, dir: m.path.split('/')[1], decl}))
);
const names = (list) => (list ?? []).map((x) => x.name);
const sources = (dir) => readdirSync(join('src', dir)).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join('src', dir, f), 'utf8'));
const shared = readdirSync('src/shared').map((f) => [f.replace(/\.ts$/, '.js'), readFileSync(join('src/shared', f), 'utf8')]);
const partsIn = (text) => [...text.matchAll(/\spart="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/)).filter(Boolean);
/** The custom properties a source reads (`var(--lym-…)`). */
const tokensIn = (text) => [...text.matchAll(/var\(\s*(--lym-[a-z0-9-]+)/g)].map((m) => m[1]);

test('the manifest has the four elements', () => {
  assert.deepEqual(elements.map((e) => e.tag).sort(), ['event-card', 'org-directory', 'recommendation-list', 'signup-form']);
});

test("each element's definition is in its npm entry, and no other definition is listed", () => {
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [m.path, e.name, e.declaration.name, e.declaration.module]));
  assert.deepEqual(
    definitions.sort(),
    elements.map((e) => [`src/${e.tag}.ts`, e.tag, e.decl.name, `src/${e.dir}/${e.tag}.ts`]).sort()
  );
});

test('parts are written only as literal part="…" attributes', () => {
  for (const dir of ['event-card', 'org-directory', 'recommendation-list', 'signup-form', 'shared'])
    for (const text of sources(dir)) assert.doesNotMatch(text, /\spart=(\$\{|'|[^"\s])/);
});

// Rendered, and rightly not documented: the shared error template's fallback
// wrapper is in the signup form's light DOM, where its slot holds nothing
// (the form's fallback content shows through the shadow root's own slot).
const UNDOCUMENTED = {'signup-form': ['fallback']};

for (const {tag, dir, decl} of elements) {
  test(`<${tag}>: the parts it renders are the parts its manifest entry documents`, () => {
    const parts = names(decl.cssParts);
    const own = sources(dir);
    const used = shared.filter(([file]) => own.some((text) => text.includes(`'../shared/${file}'`)));
    const rendered = new Set([...own, ...used.map(([, text]) => text)].flatMap(partsIn));
    for (const p of UNDOCUMENTED[tag] ?? []) rendered.delete(p);
    assert.deepEqual([...rendered].filter((p) => !parts.includes(p)).sort(), [], 'rendered, not documented (add @csspart)');
    assert.deepEqual(parts.filter((p) => !rendered.has(p)).sort(), [], 'documented, never rendered');
  });
}

// The events each element dispatches: those it defines, and the feed's.
const defined = (text) => [...text.matchAll(/lymEvent<[^]*?>\(\s*'([^']+)'/g)].map((m) => m[1]);
for (const {tag, dir, decl} of elements) {
  test(`<${tag}>: its manifest lists the events it dispatches, each named and described, and nothing else`, () => {
    const events = decl.events ?? [];
    const own = sources(dir);
    const feed = own.some((text) => text.includes("'../shared/feed-controller.js'"))
      ? defined(readFileSync('src/shared/feed-controller.ts', 'utf8'))
      : [];
    const expected = [...own.flatMap(defined), ...feed].sort();
    assert.ok(expected.length > 1, 'found the event definitions');
    assert.deepEqual(names(events).sort(), expected);
    for (const e of events) assert.ok(e.description?.length > 10, `${e.name} has a description`);
  });
}

// An element's own custom properties (--lym-<tag>-…) are the ones its styles
// read; the shared tokens (--lym-color-…) are in the README's theming table.
for (const {tag, dir, decl} of elements) {
  test(`<${tag}>: the custom properties its styles read are the ones its manifest entry documents`, () => {
    const documented = names(decl.cssProperties);
    const read = new Set(sources(dir).flatMap(tokensIn));
    const own = [...read].filter((name) => name.startsWith(`--lym-${tag}-`));
    assert.ok(own.length > 0, 'found its custom properties');
    assert.deepEqual(own.sort(), documented.sort());
  });
}

test("the shared tokens the styles read are the README's theming table", () => {
  const readme = readFileSync('README.md', 'utf8');
  const table = readme.slice(readme.indexOf('| Token |'), readme.indexOf('Each element also has its own properties'));
  const documented = new Set([...table.matchAll(/`(--lym-[a-z0-9-]+)`/g)].map((m) => m[1]));
  // The spacing row names four tokens as `--lym-space-xs`, `-s`, `-m`, `-l`.
  for (const size of ['s', 'm', 'l']) if (documented.has('--lym-space-xs')) documented.add(`--lym-space-${size}`);
  const tags = elements.map((e) => e.tag);
  const all = ['shared', ...elements.map((e) => e.dir)].flatMap(sources);
  const read = new Set(all.flatMap(tokensIn).filter((name) => !tags.some((tag) => name.startsWith(`--lym-${tag}-`))));
  assert.deepEqual([...read].sort(), [...documented].sort());
});

// The editors' data (npm run analyze writes them from the manifest).
test("the editors' data carry every element's attributes (VS Code), and events, parts and custom properties (JetBrains)", () => {
  const vscode = JSON.parse(readFileSync('vscode.html-custom-data.json', 'utf8'));
  const webTypes = JSON.parse(readFileSync('web-types.json', 'utf8'));
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg['web-types'], './web-types.json');
  assert.ok(pkg.files.includes('web-types.json') && pkg.files.includes('vscode.html-custom-data.json'));
  for (const {decl: d} of elements) {
    const tag = vscode.tags.find((t) => t.name === d.tagName);
    assert.deepEqual(names(tag?.attributes), names(d.attributes), `${d.tagName} in VS Code's data`);
    assert.deepEqual(names(tag.attributes.find((a) => a.name === 'color-scheme').values), ['light', 'dark', 'auto']);
    const el = webTypes.contributions.html.elements.find((e) => e.name === d.tagName);
    assert.deepEqual(names(el?.attributes), names(d.attributes), `${d.tagName} in web-types`);
    assert.deepEqual(names(el.js.events), names(d.events));
    assert.deepEqual(names(el.css.parts), names(d.cssParts));
    assert.deepEqual(names(el.css.properties), names(d.cssProperties));
    for (const a of el.attributes) {
      const type = d.attributes.find((x) => x.name === a.name).type?.text ?? '';
      assert.equal(a.value.kind, type === 'boolean' ? 'no-value' : 'plain', `${d.tagName} ${a.name}`);
    }
  }
});

test('no part, event, slot or custom property has the name of one of its element\'s attributes or properties', () => {
  // Storybook keys its API table (and a story's args) by name: a part named
  // like an attribute (`audience`) took the attribute's row and control, and
  // the attribute was no longer settable from a story's link.
  for (const {tag, decl} of elements) {
    const api = new Set([...names(decl.attributes), ...names((decl.members ?? []).filter((m) => !m.privacy && !m.static))]);
    for (const kind of ['cssParts', 'events', 'slots', 'cssProperties'])
      for (const name of names(decl[kind]).filter(Boolean))
        assert.ok(!api.has(name), `<${tag}>: ${kind} "${name}" is also an attribute or property`);
  }
});
