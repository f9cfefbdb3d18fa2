// A reporter for Node's test runner: counts passed, failed and skipped tests
// (not suites) and writes them as JSON for bin/test.mjs, with the name and
// first error line of each failure (`failures`).
import {relative, resolve} from 'node:path';
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
  // A test's or suite's event comes after its own tests'. cancelled[n]: the
  // failures of the tests at nesting n + 1 that Node cancelled since the
  // last event at nesting n (its parent's `before` hook threw, or the parent
  // ended before them).
  const cancelled = [];
  // A test file that throws before its tests (a syntax error, a failed
  // import) fails as a whole with "test failed"; what it threw is in its
  // output: the last line there that names an error, by file.
  const thrown = new Map();
  for await (const {type, data} of source) {
    if (type === 'test:stderr' && data.file) {
      for (const line of data.message.split('\n'))
        if (/^\w*Error\b/.test(line)) thrown.set(resolve(data.file), line);
      continue;
    }
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    const level = data.nesting ?? 0;
    const kept = cancelled[level] ?? [];
    cancelled[level] = [];
    const failureType = data.details?.error?.failureType;
    const suite = data.details?.type === 'suite';
    if (!suite && (data.skip || data.todo)) totals.skipped++;
    else if (type === 'test:pass') totals.passed += suite ? 0 : 1;
    // Failed in its tests alone: they count, it does not.
    else if (failureType !== 'subtestsFailed') {
      const entry = failure(data);
      if (suite) {
        // A suite that failed outside its tests (a hook, a load error)
        // counts once, and not at all when its `before` hook threw: each
        // test it kept from running counts already, and now says why.
        for (const test of kept)
          test.error = `a hook of "${data.name}" failed: ${entry.error}`;
        if (kept.length) continue;
      } else if (data.file && resolve(data.name) === data.file) {
        entry.name = '(outside a test)';
        entry.error = thrown.get(data.file) ?? entry.error;
      }
      totals.failed++;
      totals.failures.push(entry);
      if (level > 0 && failureType === 'cancelledByParent')
        (cancelled[level - 1] ??= []).push(entry);
    }
  }
  yield JSON.stringify(totals);
}
