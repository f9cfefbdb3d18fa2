// The demo page (`npm start`) as a visitor opens it: served by bin/serve.mjs
// on the built dist/, in each language, theme and colour scheme the page
// offers. Each test asserts what the visitor would see, and axe checks the
// whole page (the elements' shadow roots included). Run after `npm run build`.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {assertClean as clean, axe, launch, openDemo as openIn, shadowText, startDemoServer} from './harness.mjs';

const sample = JSON.parse(readFileSync('src/feed/sample-feed.json', 'utf8'));
const talsi = sample.events.find((e) => e.id === 'talsi-2023-08-10');
const lab = sample.forms.find((f) => f.id === 'sample-2027-partnership-lab-registration');
const clock = JSON.parse(readFileSync('demo/sample-clock.json', 'utf8'));
const LOCALES = ['lv', 'lt', 'sv', 'el', 'pt', 'en'];

let server;
let origin;
let browser;

before(async () => {
  server = await startDemoServer();
  origin = server.origin;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The demo with a query, in Chromium (harness.mjs). */
const openDemo = (query, options) => openIn(browser, origin, query, options);

test('the demo does not jump while its elements load (layout shift at most 0.1, a good score), wide and narrow', async () => {
  for (const width of [1280, 390]) {
    const page = await browser.newPage();
    await page.setViewport({width, height: 900});
    await page.evaluateOnNewDocument(() => {
      window.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value);
      }).observe({type: 'layout-shift', buffered: true});
    });
    await page.goto(`${origin}/demo/?lang=lv`, {waitUntil: 'networkidle0'});
    await page.waitForFunction(() => document.querySelector('org-directory')?.shadowRoot?.querySelector('[part~="item"]'), {timeout: 15000});
    await new Promise((r) => setTimeout(r, 500));
    const shift = await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
    assert.ok(shift <= 0.1, `${width} px: layout shift ${shift.toFixed(3)}`);
    await page.close();
  }
});

for (const lang of LOCALES) {
  test(`the demo in ${lang}: all four elements in ${lang}, no errors, axe clean`, async () => {
    const {page, problems} = await openDemo(`?lang=${lang}`);
    // The elements in the language; the demo's own English (headings, the
    // fallbacks) marked as English.
    const langs = await page.evaluate(() => [
      ...[...document.querySelectorAll('org-directory, event-card, signup-form, recommendation-list')].map((el) => el.lang),
      ...[...document.querySelectorAll('#demo > section > :is(h2, h3), #demo :is(org-directory, event-card, signup-form, recommendation-list) > p')].map((el) => el.closest('[lang]').lang),
    ]);
    assert.deepEqual(new Set(langs.slice(0, 5)), new Set([lang]));
    assert.deepEqual(new Set(langs.slice(5)), new Set(['en']));
    assert.ok(langs.length >= 5 + 9, langs.join());
    assert.ok((await shadowText(page, 'event-card')).includes(talsi.title[lang]));
    assert.ok((await shadowText(page, 'signup-form')).includes(lab.title[lang]));
    // The whole sample feed is listed, the count in the page's numerals.
    const count = new Intl.NumberFormat(lang).format(sample.organizations.length);
    assert.match(await shadowText(page, 'org-directory'), new RegExp(`\\b${count}\\b`));
    const recs = await page.evaluate(() => document.querySelector('recommendation-list').shadowRoot.querySelectorAll('[part~="item"]').length);
    assert.equal(recs, sample.recommendations.length);
    // The elements' words are in the page's language (their computed locale).
    const locales = await page.evaluate(() =>
      [...document.querySelectorAll('event-card, org-directory, recommendation-list')].map(
        (el) => getComputedStyle(el.shadowRoot.querySelector('[part~="base"]') ?? el).webkitLocale
      )
    );
    assert.deepEqual(new Set(locales), new Set([`"${lang}"`]));
    assert.deepEqual(await axe(page), []);
    clean(problems);
    await page.close();
  });
}

for (const [theme, scheme] of [
  ['default', 'dark'],
  ['lsua', 'light'],
  ['lsua', 'dark'],
  ['talsi', 'light'],
  ['talsi', 'dark'],
]) {
  test(`the demo with the ${theme} theme, ${scheme}: axe clean (contrast included)`, async () => {
    const {page, problems} = await openDemo(`?lang=lv&theme=${theme}&scheme=${scheme}`);
    const applied = await page.evaluate(() => [document.getElementById('theme').getAttribute('href'), getComputedStyle(document.querySelector('org-directory')).colorScheme]);
    assert.deepEqual(applied, [`/dist/themes/${theme}.css`, scheme]);
    assert.deepEqual(await axe(page), []);
    clean(problems);
    await page.close();
  });
}

test("a demo link to the server's root keeps its choices (the redirect to /demo/ keeps the query)", async () => {
  const res = await fetch(`${origin}/?lang=el&scheme=dark`, {redirect: 'manual'});
  assert.equal(res.status, 302);
  assert.equal(res.headers.get('location'), '/demo/?lang=el&scheme=dark');
  assert.equal((await fetch(`${origin}/`, {redirect: 'manual'})).headers.get('location'), '/demo/');
});

test('a mistyped demo link keeps the defaults (no blank choice, no missing theme file)', async () => {
  const {page, problems} = await openDemo('?lang=xx&theme=nope&scheme=purple');
  const values = await page.evaluate(() => {
    const {lang, theme, scheme} = document.getElementById('controls').elements;
    return [lang.value, theme.value, scheme.value, document.querySelector('org-directory').lang];
  });
  assert.deepEqual(values, ['en', 'default', 'auto', 'en']);
  assert.ok((await shadowText(page, 'event-card')).includes(talsi.title.en));
  clean(problems);
  await page.close();
});

test('after the sample events, the demo shows the card and the form as on 15 January 2027, and says so', async () => {
  // The demo's day and moment are the sample feed's.
  assert.equal(Date.parse(clock.closes), Date.parse(lab.closes));
  assert.equal(clock.now, '2027-01-15T10:00:00Z');
  // Two years on, every sample event is past by the page's clock.
  const days = Math.ceil((Date.parse('2029-01-01') - Date.now()) / 864e5);
  for (const [query, note] of [
    ['?lang=lv', /shown as on 15 January 2027, when the sample events were still to come/],
    ['?lang=lv&now=2027-02-01T12:00:00Z', /shown as on 1 February 2027\.$/],
  ]) {
    const {page, problems} = await openDemo(query, {daysLater: days});
    assert.match(await page.$eval('#clock-note', (p) => (p.hidden ? '' : p.textContent)), note);
    // The form is open (its fields and Register), the compact card shows an upcoming event.
    assert.ok((await shadowText(page, 'signup-form')).includes(lab.title.lv));
    assert.equal(await page.evaluate(() => !!document.querySelector('signup-form [part~="submit-button"]')), true);
    const states = await page.evaluate(() => [...document.querySelectorAll('event-card')].map((c) => c.shadowRoot.querySelector('[part~="base"]').dataset.state));
    assert.equal(states[0], 'past');
    assert.notEqual(states[1], 'past');
    clean(problems);
    await page.close();
  }
  // With the real clock: a note only once the sample registration has closed.
  const {page} = await openDemo('?lang=lv');
  const pinned = Date.now() > Date.parse(clock.closes);
  assert.equal(await page.$eval('#clock-note', (p) => !p.hidden), pinned);
  await page.close();
});
