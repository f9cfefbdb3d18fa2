import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fromRollup} from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {findChrome, CHROME_ARGS} from './bin/find-chrome.mjs';
import {summaryReporter} from './bin/wtr-summary-reporter.mjs';
import {testServer} from './test/server/middleware.mjs';

let executablePath;
try {
  executablePath = findChrome();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production']},
  rootDir: '.',
  concurrency: 2,
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 20 * 60 * 1000,
  browserStartTimeout: 60000,
  hostname: '127.0.0.1',
  plugins: [
    // ajv (schema tests only) is CommonJS.
    fromRollup(rollupCommonjs)({include: ['**/node_modules/ajv/**', '**/node_modules/ajv-formats/**', '**/node_modules/fast-deep-equal/**', '**/node_modules/fast-uri/**', '**/node_modules/json-schema-traverse/**', '**/node_modules/require-from-string/**']}),
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2021', json: true})],
  middleware: [testServer],
  browsers: [chromeLauncher({launchOptions: {executablePath, headless: true, args: CHROME_ARGS}})],
  reporters: [defaultReporter({reportTestResults: true, reportTestProgress: !process.env.CI}), summaryReporter()],
};
