// The browser suite's runner reports a failed assertion whose values are DOM
// nodes (test/clone-safe.js). Without it, such a failure never reached the
// terminal: the run hung until its timeout and named no test.
// And the two summary reporters that npm test's closing line and its
// "Failed (N):" list are made from (bin/wtr-summary-reporter.mjs,
// bin/node-summary-reporter.mjs) count and name the failures of a real run:
// each failure once, where it happened (a test a before hook kept from
// running, with the hook's error; a failed subtest, not its parent too).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';

/** The summary a reporter wrote (each test removes it before its run: an old one never counts). */
const readSummary = (file) => JSON.parse(readFileSync(file, 'utf8'));

/**
 * Runs web-test-runner on one fixture that must fail, and returns its output
 * and the summary its reporter wrote.
 */
function runFailingFixture(fixture, port) {
  const summary = `.tmp/wtr-fixture-${port}.json`;
  rmSync(summary, {force: true});
  const run = spawnSync(
    'npx',
    ['web-test-runner', `test-node/fixtures/${fixture}`, '--port', `${port}`],
    {
      encoding: 'utf8',
      env: {...process.env, LYM_SUMMARY: summary, CI: 'true'},
      // A hang is what the first test is about: far more than a run needs (about 5 s).
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
  return {out, summary: readSummary(summary)};
}

test('a failed assertion on DOM nodes is reported with the test and its values', () => {
  const {out, summary} = runFailingFixture('dom-failure.ts', 8391);
  assert.match(out, /a failed assertion on DOM nodes > is reported/);
  assert.match(
    out,
    /expected <button part="skip-button"><\/button> to equal <p><\/p>/
  );
  // The closing line and the summary bin/test.mjs reads: the failure named
  // by its file, its suite and test, and its message's first line.
  assert.match(out, /\n0 passed, 1 failed\n/);
  assert.deepEqual(summary, {
    passed: 0,
    failed: 1,
    skipped: 0,
    failures: [
      {
        file: 'test-node/fixtures/dom-failure.ts',
        name: 'a failed assertion on DOM nodes › is reported',
        error: 'expected <button part="skip-button"></button> to equal <p></p>',
      },
    ],
  });
});

test('a before hook that throws fails each test it kept from running, once, with its error', () => {
  const {out, summary} = runFailingFixture('hook-failure.ts', 8393);
  // Not a third failure for the hook itself, which the runner reports
  // apart from the tests.
  assert.match(out, /\n1 passed, 2 failed\n/);
  const file = 'test-node/fixtures/hook-failure.ts';
  assert.deepEqual(summary, {
    passed: 1,
    failed: 2,
    skipped: 0,
    failures: [
      {
        file,
        name: 'a suite whose hook fails › never runs',
        error: 'did not run: the hook',
      },
      {
        file,
        name: 'a suite whose hook fails › never runs either',
        error: 'did not run: the hook',
      },
    ],
  });
});

test('the Node reporter counts each outcome and names each failure by its first line', () => {
  const summary = '.tmp/node-fixture-summary.json';
  rmSync(summary, {force: true});
  const run = spawnSync(
    process.execPath,
    [
      '--test',
      '--test-reporter=./bin/node-summary-reporter.mjs',
      `--test-reporter-destination=${summary}`,
      'test-node/fixtures/node-cases.mjs',
      'test-node/fixtures/node-load-failure.mjs',
    ],
    // Without NODE_TEST_CONTEXT, which would make the run a part of this
    // one: its results sent here, and its reporters never called.
    {
      encoding: 'utf8',
      timeout: 60_000,
      env: {...process.env, NODE_TEST_CONTEXT: undefined},
    }
  );
  assert.notEqual(run.status, 0, 'the failing fixture passed');
  const file = 'test-node/fixtures/node-cases.mjs';
  assert.deepEqual(readSummary(summary), {
    passed: 3,
    // Five tests that did not pass, the suite whose after hook failed once
    // its test had passed, the suite that failed while its tests were
    // declared (which Node's own totals leave out), and a file that threw
    // before its tests. The suite whose before hook failed counts in its
    // test alone, and the test whose subtest failed in its subtest alone,
    // not a second time.
    failed: 8,
    // Skipped and to do.
    skipped: 2,
    failures: [
      {
        file,
        name: 'fails an assertion',
        error: 'Expected values to be strictly equal:',
      },
      // A thrown value that is not an Error: the value itself, first line.
      {file, name: 'throws a string', error: 'a plain string'},
      {file, name: 'fails as a subtest', error: 'the subtest'},
      {file, name: 'fails inside it', error: 'inside'},
      // A failed before hook: its suite's test, cancelled, with the reason.
      {
        file,
        name: 'never runs',
        error: 'a hook of "a suite whose hook fails" failed: the hook',
      },
      {file, name: 'a suite whose after hook fails', error: 'the after hook'},
      {
        file,
        name: 'a suite that throws while its tests are declared',
        error: 'the suite',
      },
      // What it threw, from its output (Node says only "test failed").
      {
        file: 'test-node/fixtures/node-load-failure.mjs',
        name: '(outside a test)',
        error: 'TypeError: the file',
      },
    ],
  });
});
