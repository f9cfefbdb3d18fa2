// The browser suite in WebKit, the engine of Safari (npm test runs it after
// the Chromium passes): Debian's WebKitGTK MiniBrowser over WebDriver
// (bin/webkit-driver.mjs). Tests that need Chromium's DevTools protocol (the
// accessibility tree, print and forced-colours emulation) or a window
// narrower than MiniBrowser's 447 px are marked chromiumOnly (test/engine.ts)
// and counted as skipped here.
import {webdriverLauncher} from '@web/test-runner-webdriver';
import base from './web-test-runner.config.mjs';
import {startWebKitDriver} from './bin/webkit-driver.mjs';
import {summaryReporter} from './bin/wtr-summary-reporter.mjs';
import {defaultReporter} from '@web/test-runner';

let webkit;
try {
  webkit = await startWebKitDriver();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}

/** setViewport over WebDriver: the window resized until the page's viewport has the size asked for (as near as the window allows). */
async function fitViewport(driver, width, height) {
  for (let i = 0; i < 4; i++) {
    const [w, h] = await driver.execute(() => [innerWidth, innerHeight]);
    if (w === width && h === height) return;
    const r = await driver.getWindowRect();
    const size = {width: r.width + width - w, height: r.height + height - h};
    // Centred on the screen (1280 × 1024), where X's pointer is: with no
    // window manager, the window under it has the keyboard focus, without
    // which the page's :focus and :focus-visible match nothing.
    await driver.setWindowRect(
      Math.max(0, Math.round(640 - size.width / 2)),
      Math.max(0, Math.round(512 - size.height / 2)),
      size.width,
      size.height
    );
  }
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
