// The demo page in Firefox (ESR, Debian's firefox-esr, driven over WebDriver
// BiDi), side by side with Chromium, where every other test runs: the same
// words in each language, no errors, nothing fetched from elsewhere, axe
// clean, each element worked by keyboard alone, and forced colours. Run
// after `npm run build`. Without Firefox the tests are skipped (CI installs
// it and fails without it): FIREFOX_PATH, else /usr/bin/firefox-esr or
// /usr/bin/firefox.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import puppeteer from 'puppeteer-core';
import {
  assertClean as clean,
  axe,
  launch,
  openDemo as openIn,
  shadowText,
  startDemoServer,
} from '../dist/harness.mjs';
import {keyboardTour, tabTo} from '../dist/keyboard-tour.mjs';

const sample = JSON.parse(readFileSync('src/feed/sample-feed.json', 'utf8'));
const LOCALES = ['lv', 'lt', 'sv', 'el', 'pt', 'en'];
const ELEMENTS = [
  'org-directory',
  'event-card',
  'signup-form',
  'recommendation-list',
];

const FIREFOX = [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
].find((p) => p && existsSync(p));
if (!FIREFOX && process.env.CI)
  throw new Error(
    'No Firefox: CI installs firefox-esr (.ci/run); set FIREFOX_PATH.'
  );
const skip = FIREFOX
  ? false
  : 'no Firefox here (apt-get install firefox-esr, or set FIREFOX_PATH)';

/** Firefox ESR headless, with `prefs` besides ours. */
const launchFirefox = (prefs = {}) =>
  puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: {
      // Nothing leaves 127.0.0.1: anything else goes to a closed port.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
      // Scrollbars over the page, as on phones and by default on Windows 11
      // and macOS: the layout's width is then the window's, as in Chromium.
      'ui.useOverlayScrollbars': 1,
      ...prefs,
    },
  });

let server;
let origin;
let firefox;
let chromium;

before(async () => {
  if (skip) return;
  server = await startDemoServer();
  origin = server.origin;
  firefox = await launchFirefox();
  chromium = await launch();
});

after(async () => {
  await firefox?.close();
  await chromium?.close();
  server?.close();
});

const openDemo = (browser, query) => openIn(browser, origin, query);

/** A Puppeteer page as keyboard-tour.mjs drives it. */
const drive = (page) => ({
  press: (key) => page.keyboard.press(key),
  type: (text) => page.keyboard.type(text),
  run: (fn, ...args) => page.evaluate(fn, ...args),
  waitFor: (fn, ...args) => page.waitForFunction(fn, {timeout: 5000}, ...args),
});

for (const lang of LOCALES) {
  test(
    `Firefox, ${lang}: the four elements say what they say in Chromium, without errors or requests elsewhere`,
    {skip},
    async () => {
      const ff = await openDemo(firefox, `?lang=${lang}`);
      const ch = await openDemo(chromium, `?lang=${lang}`);
      for (const tag of ELEMENTS)
        assert.equal(
          await shadowText(ff.page, tag),
          await shadowText(ch.page, tag),
          `<${tag}> in ${lang}`
        );
      clean(ff.problems);
      await ff.page.close();
      await ch.page.close();
    }
  );
}

test(
  'Firefox: axe finds nothing on the demo (contrast included), light and dark',
  {skip},
  async () => {
    for (const scheme of ['light', 'dark']) {
      const {page, problems} = await openDemo(
        firefox,
        `?lang=lv&scheme=${scheme}`
      );
      const violations = await axe(page);
      assert.deepEqual(violations, [], scheme);
      clean(problems);
      await page.close();
    }
  }
);

test(
  'Firefox, by keyboard alone: calendar options, the form, search, a checklist step',
  {skip},
  async () => {
    const {page, problems} = await openDemo(firefox, '?lang=en');
    await keyboardTour(drive(page), sample.organizations.length);
    clean(problems);
    await page.close();
  }
);

test(
  'Firefox in forced colours (its "override the page\'s colours: always"): buttons bordered, greyed when they do nothing; fields bordered; a focus ring',
  {skip},
  async () => {
    const forced = await launchFirefox({
      'browser.display.document_color_use': 2,
    });
    try {
      const {page, problems} = await openDemo(forced, '?lang=en');
      const seen = await page.evaluate(() => {
        const probe = (colour) => {
          const s = document.body.appendChild(document.createElement('span'));
          s.style.color = colour;
          const value = getComputedStyle(s).color;
          s.remove();
          return value;
        };
        const grey = probe('GrayText');
        const out = {
          forced: matchMedia('(forced-colors: active)').matches,
          wrong: [],
          greyed: [],
          fields: 0,
        };
        for (const el of document.querySelectorAll(
          'org-directory, event-card, signup-form, recommendation-list'
        )) {
          const root = el.shadowRoot.querySelector('.lym-button, input')
            ? el.shadowRoot
            : el;
          for (const c of root.querySelectorAll(
            ".lym-button, input:not([type=checkbox], [type=radio], [tabindex='-1']), select"
          )) {
            if (!c.checkVisibility()) continue;
            const style = getComputedStyle(c);
            const off = c.matches(':disabled, [aria-disabled="true"]');
            const what = `<${el.localName}> ${c.localName} "${c.textContent.trim()}"`;
            if (
              style.borderTopStyle !== 'solid' ||
              parseFloat(style.borderTopWidth) < 1
            )
              out.wrong.push(`${what}: no border`);
            else if (
              c.classList.contains('lym-button') &&
              off !== (style.borderTopColor === grey)
            )
              out.wrong.push(
                `${what}: border ${style.borderTopColor}${off ? ', does nothing' : ''}`
              );
            if (off) out.greyed.push(c.getAttribute('part'));
            if (!c.classList.contains('lym-button')) out.fields++;
          }
        }
        return out;
      });
      assert.equal(seen.forced, true);
      assert.deepEqual(seen.wrong, []);
      assert.deepEqual(seen.greyed.sort(), ['page-button', 'reset-button']);
      assert.ok(seen.fields > 5, `${seen.fields} fields`);
      await tabTo(drive(page), {host: 'org-directory', part: 'search'});
      const ring = await page.evaluate(() => {
        const s = getComputedStyle(
          document.querySelector('org-directory').shadowRoot.activeElement
        );
        return [s.outlineStyle, parseFloat(s.outlineWidth)];
      });
      assert.equal(ring[0], 'solid');
      assert.ok(ring[1] >= 2, `outline ${ring[1]} px`);
      clean(problems);
    } finally {
      await forced.close();
    }
  }
);
