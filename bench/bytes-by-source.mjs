#!/usr/bin/env node
// Where the bytes of a page with all four elements go: each minified byte of
// dist/*.js (but the classic script) and dist/elements/*.js is put on
// the source it came from (their source maps), then the sources are grouped
// (Lit, our foundation, each element). "Gzip alone" compresses a group's
// bytes on their own: it ignores what gzip shares across groups, so the
// column adds up to more than the files' real gzip size; it is a guide to
// where savings could come from, not a budget.
import {readFileSync, readdirSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The segments of one line of a source map's `mappings`: [column, source?]. */
function* segments(line, state) {
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const values = [];
    let value = 0;
    let shift = 0;
    for (const ch of segment) {
      const digit = B64.indexOf(ch);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    state.column += values[0];
    if (values.length > 1) state.source += values[1];
    yield [state.column, values.length > 1 ? state.source : -1];
  }
}

/** The group a source belongs to. */
function group(source) {
  const path = source.replace(/\\/g, '/');
  if (
    /node_modules\/(lit-html|lit-element|@lit\/reactive-element|lit)\//.test(
      path
    )
  )
    return 'Lit';
  if (path.includes('node_modules/@lit/localize/'))
    return '@lit/localize (runtime parts used)';
  const m = path.match(/src\/([^/]+)\//);
  if (!m) return 'other (build helpers)';
  const folder = m[1];
  if (
    [
      'org-directory',
      'event-card',
      'signup-form',
      'recommendation-list',
    ].includes(folder)
  )
    return `<${folder}>`;
  return `foundation: src/${folder}`;
}

/** `by`: group (default) or one row per source file. */
/** What a page with all four loads: the bundle, its shared chunks and the element chunks. */
export const pageFiles = (dir = 'dist') => [
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.js') && !f.endsWith('.classic.js'))
    .map((f) => `${dir}/${f}`),
  ...readdirSync(`${dir}/elements`)
    .filter((f) => f.endsWith('.js'))
    .map((f) => `${dir}/elements/${f}`),
];

export function bytesBySource(dir = 'dist', by = group) {
  const files = pageFiles(dir);
  const parts = new Map();
  const add = (name, text) => {
    if (!parts.has(name)) parts.set(name, []);
    parts.get(name).push(text);
  };
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    const lines = code.split('\n');
    const state = {column: 0, source: 0};
    const mappings = map.mappings.split(';');
    lines.forEach((line, n) => {
      state.column = 0;
      // Lines without mappings (the sourceMappingURL comment) are the build's.
      const segs = [...segments(mappings[n] ?? '', state)];
      if (!segs.length) return add('other (build helpers)', line);
      if (segs[0][0] > 0)
        add('other (build helpers)', line.slice(0, segs[0][0]));
      segs.forEach(([column, source], i) => {
        const end = i + 1 < segs.length ? segs[i + 1][0] : line.length;
        add(
          source < 0 ? 'other (build helpers)' : by(map.sources[source]),
          line.slice(column, end)
        );
      });
    });
  }
  return [...parts]
    .map(([name, texts]) => {
      const text = texts.join('');
      return {
        name,
        min: Buffer.byteLength(text),
        gzip: gzipSync(text, {level: 9}).length,
      };
    })
    .sort((a, b) => b.min - a.min);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // --files: one row per source file instead of per group.
  const perFile = (source) =>
    source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
  const rows = bytesBySource(
    'dist',
    process.argv.includes('--files') ? perFile : group
  );
  const total = rows.reduce((s, r) => s + r.min, 0);
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(40)} ${(r.min / 1024).toFixed(1).padStart(6)} KB min  ${((100 * r.min) / total).toFixed(0).padStart(3)} %  ${(r.gzip / 1024).toFixed(1).padStart(5)} KB gzip alone`
    );
  }
}
