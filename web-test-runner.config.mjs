import {esbuildPlugin} from '@web/dev-server-esbuild';
import {build} from 'esbuild';
import {execFileSync} from 'node:child_process';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {findChrome, CHROME_ARGS} from './bin/find-chrome.mjs';
import {summaryReporter} from './bin/wtr-summary-reporter.mjs';
import {compactLit, compactSources} from './bin/wtr-compact.mjs';
import {forcedColorsPlugin} from './bin/wtr-forced-colors.mjs';
import {testServer} from './test/server/middleware.mjs';

/**
 * JSON files imported as modules (`import sample from './feed.json'`) become
 * JS; the same file fetched with fetch() stays JSON. Told apart by the
 * browser's Sec-Fetch-Dest header, which is also part of the cache key.
 */
const isJsonImport = (ctx) =>
  ctx.path.endsWith('.json') &&
  !ctx.path.startsWith('/__web-dev-server__') &&
  ctx.get('sec-fetch-dest') === 'script';
const jsonModules = {
  name: 'json-modules',
  transformCacheKey: (ctx) =>
    ctx.path.endsWith('.json') ? ctx.get('sec-fetch-dest') : undefined,
  resolveMimeType: (ctx) => (isJsonImport(ctx) ? 'js' : undefined),
  transform: (ctx) =>
    isJsonImport(ctx) ? {body: `export default ${ctx.body};`} : undefined,
};

// The translations the elements load: regenerated on every run, so the tests
// always see the current XLIFF files.
execFileSync('node', ['bin/i18n-build.mjs'], {
  stdio: ['ignore', 'ignore', 'ignore'],
});

let executablePath;
try {
  executablePath = findChrome();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

// LYM_COMPACT=1: the elements' tests once more, on the sources compiled as
// the page bundles compile them, with Lit as they ship it (bin/wtr-compact.mjs).
const compact = !!process.env.LYM_COMPACT;
// LYM_SUMMARY: where the closing counts go (bin/test.mjs runs the time tests
// again in other machine time zones, each with its own file).
const summary =
  process.env.LYM_SUMMARY ??
  (compact ? '.tmp/wtr-compact-summary.json' : undefined);

export default {
  files: compact
    ? [
        ...[
          'org-directory',
          'event-card',
          'signup-form',
          'recommendation-list',
        ].map((e) => `test/${e}/${e}.test.ts`),
        // Retry reaches across elements (another controller's private load).
        'test/shared/one-failure.test.ts',
        'test/shared/retry-focus.test.ts',
      ]
    : ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production']},
  rootDir: '.',
  // One page at a time: a background tab gets no animation frames and no keyboard focus.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  // A failed assertion on a DOM node is reported, not lost (test/clone-safe.js).
  testRunnerHtml: (framework) =>
    `<!doctype html><html><body><script src="/test/clone-safe.js"></script><script type="module" src="${framework}"></script></body></html>`,
  testsFinishTimeout: 20 * 60 * 1000,
  browserStartTimeout: 60000,
  hostname: '127.0.0.1',
  plugins: [
    // ajv is CommonJS only: the schema tests get it bundled as one ES module.
    {
      name: 'ajv-bundle',
      async serve(ctx) {
        if (ctx.path !== '/test/vendor/ajv.js') return undefined;
        const out = await build({
          entryPoints: ['test/vendor/ajv-entry.mjs'],
          bundle: true,
          format: 'esm',
          write: false,
          platform: 'browser',
        });
        return {body: out.outputFiles[0].text, type: 'js'};
      },
    },
    ...(compact ? [compactSources(), compactLit()] : []),
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2021'}),
    jsonModules,
    // The accessibility tree as Chromium gives it to assistive technology.
    a11ySnapshotPlugin(),
    forcedColorsPlugin(),
  ],
  middleware: [testServer],
  // The elements' own notes to the webmaster (a feed that failed, records
  // skipped, a bundle loaded twice) are what many tests provoke on purpose,
  // and tests that care catch them (test/console.ts): left out of the log so
  // that anything else a page prints stands out. Errors are always shown;
  // LYM_LOGS=1 shows everything.
  filterBrowserLogs: ({type, args}) =>
    !!process.env.LYM_LOGS ||
    type === 'error' ||
    !String(args[0]).startsWith('[local-y-mpact]'),
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath, headless: true, args: CHROME_ARGS},
    }),
  ],
  reporters: [
    defaultReporter({
      reportTestResults: true,
      reportTestProgress: !process.env.CI,
    }),
    summaryReporter(summary),
  ],
};
