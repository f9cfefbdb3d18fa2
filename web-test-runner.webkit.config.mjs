// The browser suite in WebKit, the engine of Safari (npm test runs it after
// the Chromium passes): Debian's WebKitGTK MiniBrowser over WebDriver
// (bin/webkit-driver.mjs). Tests that need Chromium's DevTools protocol (the
// accessibility tree, print and forced-colours emulation) or a window
// narrower than MiniBrowser's 447 px are marked chromiumOnly (test/engine.ts)
// and counted as skipped here.
import {webdriverLauncher} from '@web/test-runner-webdriver';
import base from './web-test-runner.config.mjs';
import {fitViewport, startWebKitDriver} from './bin/webkit-driver.mjs';
import {summaryReporter} from './bin/wtr-summary-reporter.mjs';
import {defaultReporter} from '@web/test-runner';

let webkit;
try {
  webkit = await startWebKitDriver();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

// The runner's own set-viewport command comes first and supports only
// Puppeteer and Playwright: this one takes its place.
const viewport = {
  name: 'webkit-viewport',
  serverStart({config}) {
    const own = config.plugins.find((p) => p.name === 'set-viewport-command');
    if (own)
      own.executeCommand = async ({command, payload, session}) => {
        if (command !== 'set-viewport') return undefined;
        await fitViewport(
          session.browser.driver,
          payload.width,
          payload.height
        );
        return true;
      };
  },
};

export default {
  ...base,
  // Forced colours are set through Chromium's DevTools protocol only.
  files: ['test/**/*.test.ts', '!test/shared/forced-colors.test.ts'],
  plugins: [viewport, ...base.plugins],
  browserStartTimeout: 120000,
  browsers: [
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: webkit.port,
      logLevel: 'error',
      capabilities: webkit.capabilities,
    }),
  ],
  reporters: [
    defaultReporter({
      reportTestResults: true,
      reportTestProgress: !process.env.CI,
    }),
    summaryReporter(process.env.LYM_SUMMARY ?? '.tmp/wtr-webkit-summary.json'),
  ],
};
