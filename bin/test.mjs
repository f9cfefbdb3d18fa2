#!/usr/bin/env node
// npm test: the browser suite (web-test-runner in headless Chromium), the
// elements' browser tests once more on the sources compiled as the page
// bundles compile them (LYM_COMPACT=1), the tests of dates and times once
// more with the machine (so the browser) in time zones far from CI's UTC,
// the browser suite once more with the clock two years on (libfaketime),
// the browser suite in WebKit (the engine of Safari), then the Node suite (node --test: the feed tool, the PHP receiver, the built dist/ in pages
// made as the README says, the demo in Firefox and in WebKit beside Chromium, every
// Storybook story; the built pages and the
// stories again two years on), the feed tool's and the runner's tests on each
// other Node.js named in LYM_NODES, then one closing line "N passed, N failed"
// summed from the runners' own results.
import {spawnSync} from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import {join} from 'node:path';
import {findWebKit} from './webkit-driver.mjs';

mkdirSync('.tmp', {recursive: true});
// UTC+14 and UTC−8/−7: a date read in the machine's zone, or a day taken
// from UTC where the visitor's was meant, shows there as the wrong day.
const ZONES = ['Pacific/Kiritimati', 'America/Los_Angeles'];
const args = process.argv.slice(2);
const read = (f) =>
  existsSync(f) ? JSON.parse(readFileSync(f, 'utf8')) : undefined;
let exit = 0;
const COUNTS = ['passed', 'failed', 'skipped'];
/** Each failed test, named with the pass it failed in, printed before the closing lines. */
const failures = [];
/**
 * One pass: `command` run with `env`, which writes its counts to `summary`
 * (removed first, so that an earlier run's file never counts). Returns the
 * counts, its failures noted under `pass`; undefined (a failure) when it
 * wrote none.
 */
function run(pass, command, commandArgs, env, summary) {
  rmSync(summary, {force: true});
  const {status} = spawnSync(command, commandArgs, {
    stdio: 'inherit',
    env: {...process.env, ...env},
  });
  if (status !== 0) exit = 1;
  const counts = read(summary);
  if (!counts) exit = 1;
  for (const f of counts?.failures ?? []) failures.push({pass, ...f});
  return counts;
}

/**
 * The test files under `dir` (*.test.mjs), sorted. Listed here rather than
 * handed to node --test as a folder: Node 20 reads a folder there as "every
 * test file in it", Node 22 and later as a file name, and fail.
 */
const testFiles = (dir) =>
  readdirSync(dir, {recursive: true})
    .filter((f) => f.endsWith('.test.mjs'))
    .map((f) => join(dir, f))
    .sort();

/** A node --test run of the test files in the folders `dirs`, by the Node.js `node`. */
const nodeRun = (pass, dirs, env, summary, node = process.execPath) =>
  run(
    pass,
    node,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./bin/node-summary-reporter.mjs',
      `--test-reporter-destination=${summary}`,
      ...dirs.flatMap(testFiles),
    ],
    env,
    summary
  );

/** A web-test-runner run; its config's summary reporter writes where LYM_SUMMARY says. */
const browserRun = (pass, runnerArgs, env, summary) =>
  run(
    pass,
    'npx',
    ['web-test-runner', ...runnerArgs],
    {...env, LYM_SUMMARY: summary},
    summary
  );

const browser = browserRun('browser', args, {}, '.tmp/wtr-summary.json');

let compact;
let zones;
if (args.length === 0) {
  compact = browserRun(
    'browser, compiled as the bundles',
    [],
    {LYM_COMPACT: '1'},
    '.tmp/wtr-compact-summary.json'
  );
  // The event card's and the signup form's tests (times, days, registration
  // moments) in other machine time zones.
  const files = [
    'test/event-card/*.test.ts',
    'test/signup-form/state.test.ts',
    'test/signup-form/signup-form.test.ts',
  ];
  zones = {passed: 0, failed: 0, skipped: 0};
  for (const zone of ZONES) {
    const counts = browserRun(
      `time tests in ${zone}`,
      ['--files', ...files],
      {TZ: zone},
      `.tmp/wtr-zone-${zone.replace(/\W/g, '_')}.json`
    );
    if (!counts) console.error(`The time tests in ${zone} reported no result.`);
    else for (const k of COUNTS) zones[k] += counts[k];
  }
}

// libfaketime moves the clock of Node and Chromium (the tests' local
// servers, the pages) two years on: a test that holds only while the sample
// feed's 2027 events are still to come fails here today, not in 2027.
// Looked for where .ci/run looks: /usr/lib/faketime/ or /usr/lib/<arch>/faketime/.
const FAKETIME_LIB = (
  existsSync('/usr/lib') ? ['', ...readdirSync('/usr/lib')] : []
)
  .map((dir) => join('/usr/lib', dir, 'faketime/libfaketimeMT.so.1'))
  .find((f) => existsSync(f));
const LATER = {LD_PRELOAD: FAKETIME_LIB, FAKETIME: '+730d'};
let later;
if (args.length === 0) {
  if (FAKETIME_LIB)
    later = browserRun(
      'browser two years on',
      [],
      LATER,
      '.tmp/wtr-later-summary.json'
    );
  else
    console.error(
      'libfaketime not found: the tests two years on are left out (apt-get install faketime).'
    );
}

// The browser suite in WebKit, the engine of Safari (Debian's WebKitGTK;
// web-test-runner.webkit.config.mjs). CI installs it and fails without it.
let webkit;
if (args.length === 0) {
  const found = findWebKit();
  if (found.error && process.env.CI) {
    console.error(`${found.error} CI needs it.`);
    exit = 1;
  } else if (found.error)
    console.error(`${found.error} The WebKit pass is left out.`);
  else
    webkit = browserRun(
      'browser in WebKit',
      ['--config', 'web-test-runner.webkit.config.mjs'],
      {},
      '.tmp/wtr-webkit-summary.json'
    );
}

let node;
if (existsSync('test-node') && args.length === 0) {
  // The Node suite tests the built files (dist/, Storybook) and the feed tool.
  const build = spawnSync('npm', ['run', 'build', '--silent'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (build.status !== 0) {
    console.error(
      'npm run build failed: the tests of the built files cannot run.'
    );
    exit = 1;
  }
  node = nodeRun('node', ['test-node'], {}, '.tmp/node-summary.json');
  // The built pages (the demo, the README's pages) and every story, two years on.
  if (FAKETIME_LIB) {
    const counts = nodeRun(
      'built pages and stories two years on',
      ['test-node/dist', 'test-node/storybook'],
      {...LATER, SKIP_STORYBOOK_BUILD: '1'},
      '.tmp/node-later-summary.json'
    );
    if (counts && later) for (const k of COUNTS) later[k] += counts[k];
  }
}

// The feed tool (it ships: `npx local-y-mpact-elements feed …`, run on the
// partner's own Node.js) and the test runner's checks once more on each
// Node.js that LYM_NODES names: paths of node binaries, separated by ':'.
// .ci/run fetches Node.js 22 and 24 for it.
const otherNodes = [];
if (args.length === 0)
  for (const bin of (process.env.LYM_NODES ?? '').split(':').filter(Boolean)) {
    const version = spawnSync(bin, ['--version'], {
      encoding: 'utf8',
    }).stdout?.trim();
    if (!version) {
      console.error(`LYM_NODES: ${bin} does not run.`);
      exit = 1;
      continue;
    }
    const pass = `feed tool and runner on Node.js ${version}`;
    otherNodes.push({
      pass,
      counts: nodeRun(
        pass,
        ['test-node/feed', 'test-node/build'],
        {},
        `.tmp/node-${version}-summary.json`,
        bin
      ),
    });
  }

if (!browser) {
  console.error('The browser test runner reported no result.');
  process.exit(1);
}
const total = {passed: 0, failed: 0, skipped: 0};
for (const part of [
  browser,
  compact,
  zones,
  later,
  webkit,
  node,
  ...otherNodes.map((o) => o.counts),
]) {
  if (!part) continue;
  for (const k of COUNTS) total[k] += part[k];
}
// Which tests failed, just above the closing lines: the end of a CI log is
// what gets read.
if (failures.length) {
  console.log(`\nFailed (${failures.length}):`);
  for (const f of failures)
    console.log(
      `- [${f.pass}] ${f.file}: ${f.name}${f.error ? ` — ${f.error}` : ''}`
    );
}
if (total.failed > 0) exit = 1;
const line = (name, part) =>
  part ? `; ${name}: ${part.passed} passed, ${part.failed} failed` : '';
console.log(
  `\nbrowser: ${browser.passed} passed, ${browser.failed} failed${line('browser, compiled as the bundles', compact)}${line(`time tests in ${ZONES.join(' and ')}`, zones)}${line('node', node)}${line('browser and built pages two years on', later)}${line('browser in WebKit', webkit)}${otherNodes.map((o) => line(o.pass, o.counts)).join('')}`
);
console.log(
  `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`
);
process.exit(exit);
