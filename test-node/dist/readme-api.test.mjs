// The README's tables of attributes, properties, events, slots, parts and
// custom properties are generated from custom-elements.json (npm run docs);
// npm run build regenerates the manifest, so this catches a README left
// behind by a change to an element's API.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';

test("the README's API tables match the manifest", () => {
  const run = spawnSync(process.execPath, ['bin/readme-api.mjs', '--check'], {encoding: 'utf8'});
  assert.equal(run.status, 0, run.stderr || run.stdout);
});
