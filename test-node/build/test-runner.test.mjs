// The browser suite's runner reports a failed assertion whose values are DOM
// nodes (test/clone-safe.js). Without it, such a failure never reached the
// terminal: the run hung until its timeout and named no test.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';

test('a failed assertion on DOM nodes is reported with the test and its values', () => {
  const run = spawnSync(
    'npx',
    ['web-test-runner', 'test-node/fixtures/dom-failure.ts', '--port', '8391'],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        LYM_SUMMARY: '.tmp/wtr-fixture-summary.json',
        CI: 'true',
      },
      // A hang is what this test is about: far more than the run needs (about 5 s).
      timeout: 120_000,
    }
  );
  const out = run.stdout + run.stderr;
  assert.equal(
    run.signal,
    null,
    `the run hung and was stopped:\n${out.slice(-2000)}`
  );
  assert.notEqual(run.status, 0, 'the failing fixture passed');
  assert.match(out, /a failed assertion on DOM nodes > is reported/);
  assert.match(
    out,
    /expected <button part="skip-button"><\/button> to equal <p><\/p>/
  );
});
