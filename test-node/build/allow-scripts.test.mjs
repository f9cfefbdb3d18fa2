// package.json's allowScripts must name exactly the dependencies that have
// install scripts (the lockfile marks them `hasInstallScript`): CI's
// `npm ci --strict-allow-scripts` stops on one it does not name, and npm 12
// skips its script; a name left over from a removed dependency hides nothing
// but misleads whoever reads the list.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

const read = (file) =>
  JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));

test('allowScripts names each dependency with an install script, and no other', () => {
  const {allowScripts = {}} = read('package.json');
  const {packages} = read('package-lock.json');
  const withScripts = new Set(
    Object.entries(packages)
      .filter(([path, entry]) => path && entry.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 13))
  );
  const named = new Set(
    Object.keys(allowScripts).map((key) => key.replace(/(?<=.)@[^@]*$/, ''))
  );
  assert.deepEqual([...withScripts].sort(), [...named].sort());
  for (const [key, allowed] of Object.entries(allowScripts))
    assert.equal(typeof allowed, 'boolean', key);
});

test('no browser driver downloads: geckodriver and edgedriver are denied', () => {
  const {allowScripts = {}} = read('package.json');
  assert.equal(allowScripts.geckodriver, false);
  assert.equal(allowScripts.edgedriver, false);
});
