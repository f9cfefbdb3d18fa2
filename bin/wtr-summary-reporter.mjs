// A web-test-runner reporter that prints one plain closing line from the
// runner's own results: "N passed, N failed" (", N skipped" when some were),
// and writes the same counts to .tmp/wtr-summary.json for bin/test.mjs.
import {mkdirSync, writeFileSync} from 'node:fs';
function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter(file = '.tmp/wtr-summary.json') {
  return {
    onTestRunFinished({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0};
      let broken = 0;
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) broken++;
      }
      totals.failed += broken;
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
