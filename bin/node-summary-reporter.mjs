// A reporter for Node's test runner: counts passed, failed and skipped tests
// (not suites) and writes them as JSON for bin/test.mjs, with the name and
// first error line of each failure (`failures`).
import {relative} from 'node:path';
import {firstLine} from './first-line.mjs';

function failure(data) {
  const error = data.details?.error;
  return {
    file: data.file ? relative(process.cwd(), data.file) : '',
    name: data.name,
    error: firstLine(error?.cause ?? error),
  };
}

export default async function* summary(source) {
  const totals = {passed: 0, failed: 0, skipped: 0, failures: []};
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    if (event.data.details?.type === 'suite') {
      // A suite that failed outside its tests (a hook, a load error) counts once.
      if (
        event.type === 'test:fail' &&
        event.data.details?.error?.failureType !== 'subtestsFailed'
      ) {
        totals.failed++;
        totals.failures.push(failure(event.data));
      }
      continue;
    }
    if (event.data.skip || event.data.todo) totals.skipped++;
    else if (event.type === 'test:pass') totals.passed++;
    else {
      totals.failed++;
      totals.failures.push(failure(event.data));
    }
  }
  yield JSON.stringify(totals);
}
