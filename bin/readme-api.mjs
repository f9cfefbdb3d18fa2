#!/usr/bin/env node
// Writes the API tables of README.md (between <!-- api:start --> and
// <!-- api:end -->) from custom-elements.json. `--check` exits 1 when the
// README is out of date.
import {readFileSync, writeFileSync} from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const esc = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, ' ')
    .trim();
const out = [];
// By tag name: the analyzer's module order varies from run to run.
const elements = (manifest.modules ?? [])
  .flatMap((mod) => mod.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
for (const d of elements) {
  out.push(`### \`<${d.tagName}>\``, '');
  // The class comment's prose, paragraph by paragraph (else the summary).
  for (const para of (d.description || d.summary || '').split(/\n\s*\n/))
    if (para.trim()) out.push(para.replace(/\s*\n\s*/g, ' ').trim(), '');
  // Attributes that are properties first; attributes only for CSS (color-scheme) after them.
  const attrs = [...(d.attributes ?? [])].sort(
    (a, b) => !a.fieldName - !b.fieldName
  );
  const props = (d.members ?? []).filter(
    (m) =>
      m.kind === 'field' &&
      m.privacy !== 'private' &&
      m.privacy !== 'protected' &&
      !m.static &&
      !attrs.some((a) => a.fieldName === m.name)
  );
  if (attrs.length) {
    out.push(
      '| Attribute | Property | Type | Default | Description |',
      '|---|---|---|---|---|'
    );
    for (const a of attrs)
      out.push(
        `| \`${a.name}\` | ${a.fieldName ? `\`${a.fieldName}\`` : ''} | ${esc(a.type?.text)} | ${esc(a.default)} | ${esc(a.description)} |`
      );
    out.push('');
  }
  if (props.length) {
    out.push(
      '| Property (no attribute) | Type | Description |',
      '|---|---|---|'
    );
    for (const p of props)
      out.push(
        `| \`${p.name}\` | ${esc(p.type?.text)} | ${esc(p.description)} |`
      );
    out.push('');
  }
  for (const [title, list, key] of [
    // The analyzer also reports dispatches it cannot name; ours all start with lym-.
    ['Event', d.events?.filter((e) => e.name?.startsWith('lym-')), 'name'],
    ['Slot', d.slots, 'name'],
    ['Part', d.cssParts, 'name'],
    ['Custom property', d.cssProperties, 'name'],
  ]) {
    if (!list?.length) continue;
    out.push(`| ${title} | Description |`, '|---|---|');
    for (const item of list)
      out.push(
        `| \`${item[key] || '(default)'}\` | ${esc(item.description)}${item.default ? ` (default: \`${esc(item.default)}\`)` : ''} |`
      );
    out.push('');
  }
}
const readme = readFileSync('README.md', 'utf8');
const start = '<!-- api:start -->';
const end = '<!-- api:end -->';
const next = readme.replace(
  new RegExp(`${start}[\\s\\S]*?${end}`),
  `${start}\n${out.join('\n')}\n${end}`
);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md API tables are out of date: run npm run docs');
    process.exit(1);
  }
} else {
  writeFileSync('README.md', next);
  console.log('README.md API tables written');
}
