// The demo page, as `npm start` serves it from the built dist/, in WebKit
// (the engine of Safari: Debian's WebKitGTK MiniBrowser over WebDriver,
// bin/webkit-driver.mjs), side by side with Chromium: the same words in each
// language, nothing fetched from elsewhere, axe clean in light and dark, each
// element worked by keyboard alone. The browser suite runs in WebKit too, but
// on the sources; this is the bundle, its element chunks and its locale
// modules, loaded as a webmaster's page loads them. Run after `npm run build`.
// Without WebKit the tests are skipped (CI installs it and fails without it).
//
// WebDriver (classic) does not pass on a page's console: an element whose
// code failed to load or threw shows its fallback or nothing, and the texts
// then differ from Chromium's.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {remote} from 'webdriverio';
import {
  fitViewport,
  findWebKit,
  startWebKitDriver,
} from '../../bin/webkit-driver.mjs';
import {
  AXE,
  HOSTS,
  assertClean,
  axeInPage,
  launch,
  openDemo,
  shadowText,
  shownInPage,
  startDemoServer,
  textInPage,
} from '../dist/harness.mjs';
import {keyboardTour} from '../dist/keyboard-tour.mjs';

const sample = JSON.parse(readFileSync('src/feed/sample-feed.json', 'utf8'));
const LOCALES = ['lv', 'lt', 'sv', 'el', 'pt', 'en'];
const ELEMENTS = HOSTS.split(', ');

const found = findWebKit();
if (found.error && process.env.CI)
  throw new Error(`${found.error} CI installs them (.ci/run).`);
const skip = found.error ? `no WebKit here: ${found.error}` : false;

let server;
let webkit;
let driver;
let chromium;

before(async () => {
  if (skip) return;
  server = await startDemoServer();
  webkit = await startWebKitDriver();
  driver = await remote({
    hostname: '127.0.0.1',
    port: webkit.port,
    logLevel: 'error',
    capabilities: webkit.capabilities,
  });
  await fitViewport(driver, 1200, 900);
  chromium = await launch();
});

after(async () => {
  await driver?.deleteSession().catch(() => {});
  webkit?.stop();
  await chromium?.close();
  server?.close();
});

/** Opens the demo in WebKit once all five elements (two cards) have shown their content. */
async function open(query) {
  await driver.url(`${server.origin}/demo/${query}`);
  await driver.waitUntil(() => driver.execute(shownInPage, HOSTS), {
    timeout: 20000,
    timeoutMsg: `the demo (${query}) never showed`,
  });
}

/** Text a visitor sees in an element (as the harness's shadowText). */
const text = (tag) => driver.execute(textInPage, tag);

/** What the page loaded from anywhere but the demo's server. */
const foreign = () =>
  driver.execute(
    (origin) =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u)),
    server.origin
  );

for (const lang of LOCALES) {
  test(
    `WebKit, ${lang}: the built bundle's four elements say what they say in Chromium, with nothing from elsewhere`,
    {skip},
    async () => {
      await open(`?lang=${lang}`);
      const ch = await openDemo(chromium, server.origin, `?lang=${lang}`);
      for (const tag of ELEMENTS) {
        let [wk, cr] = [await text(tag), await shadowText(ch.page, tag)];
        // WebKit's language names in Swedish and Portuguese start with a
        // capital ("Lituano", README "Browsers"); the rest is the same.
        if (tag === 'org-directory' && (lang === 'sv' || lang === 'pt'))
          [wk, cr] = [wk.toLowerCase(), cr.toLowerCase()];
        assert.equal(wk, cr, `<${tag}> in ${lang}`);
      }
      // In the page's language, not English: the locale's modules loaded
      // (each element marks its content with the language it shows).
      const shown = await driver.execute(
        (hosts) =>
          [...document.querySelectorAll(hosts)].map(
            (el) => el.shadowRoot.firstElementChild.lang
          ),
        HOSTS
      );
      assert.deepEqual(shown, Array(5).fill(lang));
      assert.deepEqual(await foreign(), []);
      assertClean(ch.problems);
      await ch.page.close();
    }
  );
}

test(
  'WebKit: axe finds nothing on the demo (contrast included), light and dark',
  {skip},
  async () => {
    for (const scheme of ['light', 'dark']) {
      await open(`?lang=lv&scheme=${scheme}`);
      await driver.execute(AXE);
      const violations = await driver.execute(axeInPage);
      assert.deepEqual(violations, [], scheme);
    }
  }
);

test(
  'WebKit, by keyboard alone: calendar options, the form, search, a checklist step',
  {skip},
  async () => {
    await open('?lang=en');
    await keyboardTour(
      {
        press: (key) => driver.keys(key),
        // One key at a time (WebKitWebDriver drops a letter typed twice in
        // a row; the tour types none).
        type: (text) => driver.keys(text.split('')),
        run: (fn, ...args) => driver.execute(fn, ...args),
        waitFor: (fn, ...args) =>
          driver.waitUntil(() => driver.execute(fn, ...args), {
            timeout: 5000,
            timeoutMsg: `never true: ${fn}`,
          }),
      },
      sample.organizations.length
    );
  }
);
