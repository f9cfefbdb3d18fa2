// The benchmark's "where the bytes go" table, on the built dist/: every
// minified byte of a page with all four elements is put on some source.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {bytesBySource, pageFiles} from '../../bench/bytes-by-source.mjs';

test('bytes by source: the groups add up to the files, and each element and Lit has its share', () => {
  const files = pageFiles();
  assert.ok(files.includes('dist/local-y-mpact.js') && files.length >= 5, files.join(', '));
  // Line breaks are not put on any source.
  const total = files.reduce((sum, f) => sum + Buffer.byteLength(readFileSync(f, 'utf8').replace(/\n/g, '')), 0);
  const groups = bytesBySource();
  assert.equal(groups.reduce((sum, g) => sum + g.min, 0), total);
  const names = groups.map((g) => g.name);
  for (const name of ['Lit', '<org-directory>', '<event-card>', '<signup-form>', '<recommendation-list>', 'foundation: src/feed']) {
    assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
  }
  const lit = groups.find((g) => g.name === 'Lit');
  assert.ok(lit.min > 10_000 && lit.gzip < lit.min, `Lit: ${lit.min} B min, ${lit.gzip} B gzip`);
});
