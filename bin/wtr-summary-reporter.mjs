// A web-test-runner reporter that prints one plain closing line from the
// runner's own results: "N passed, N failed" (", N skipped" when some were),
// and writes the same counts to .tmp/wtr-summary.json for bin/test.mjs, with
// the name and first error line of each failed test (`failures`), so that the
// end of a CI log says which test failed.
import {mkdirSync, writeFileSync} from 'node:fs';
import {relative} from 'node:path';
import {firstLine} from './first-line.mjs';

// silent: the failed tests without an error of their own, which did not run
// (a `before` hook threw, or the browser stopped); the session's error says why.
function count(suite, totals, file, silent, path = []) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      const failure = {
        file,
        name: [...path, test.name].join(' › '),
        error: firstLine(test.error),
      };
      totals.failed++;
      totals.failures.push(failure);
      if (!test.error) silent.push(failure);
    }
  }
  for (const child of suite.suites ?? [])
    count(child, totals, file, silent, [...path, child.name]);
}

export function summaryReporter(file = '.tmp/wtr-summary.json') {
  return {
    onTestRunFinished({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0, failures: []};
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        const silent = [];
        count(session.testResults, totals, file, silent);
        if (session.passed || !session.errors?.length) continue;
        const error = firstLine(session.errors[0]);
        // The tests that did not run count the session's error, once each,
        // and say it; without them, a file that failed to load or threw
        // outside a test counts as one failure.
        for (const failure of silent) failure.error = `did not run: ${error}`;
        if (!silent.length) {
          totals.failed++;
          totals.failures.push({file, name: '(outside a test)', error});
        }
      }
      mkdirSync('.tmp', {recursive: true});
      writeFileSync(file, JSON.stringify(totals));
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // Printed after the runner's own output has finished.
      process.on('exit', () => {
        process.stdout.write(
          `\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`
        );
      });
    },
  };
}
