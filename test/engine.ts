/**
 * npm test runs the browser suite in Chromium and again in WebKit (the
 * engine of Safari; web-test-runner.webkit.config.mjs). A test that needs
 * what only the Chromium run has is declared with these, and is skipped (and
 * counted as skipped) in WebKit:
 * - Chromium's DevTools protocol: the accessibility tree (a11yNodes), print
 *   media and forced colours emulation;
 * - a window narrower than WebKit's MiniBrowser allows (447 px).
 * (WebKitWebDriver drops a letter typed twice in a row, "anna" becomes
 * "ana": a test that types in both runs types no such pair.)
 */
export const chromium = navigator.userAgent.includes('Chrome/');

export const itChromium: Mocha.TestFunction = chromium
  ? it
  : (it.skip as unknown as Mocha.TestFunction);

export const describeChromium: Mocha.SuiteFunction = chromium
  ? describe
  : (describe.skip as unknown as Mocha.SuiteFunction);
