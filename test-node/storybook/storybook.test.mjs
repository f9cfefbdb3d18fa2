// Builds Storybook and opens every story's iframe in headless Chromium:
// fails on a page error, a console error, an empty render, or an axe
// violation. (Set SKIP_STORYBOOK_BUILD=1 to reuse an existing build.)
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {startServer, launch} from '../dist/harness.mjs';

let server;
let browser;
let stories = [];
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

before(async () => {
  if (!process.env.SKIP_STORYBOOK_BUILD) {
    execFileSync('npm', ['run', 'build-storybook'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
  stories = Object.values(index.entries).filter((e) => e.type === 'story');
  server = await startServer({}, 'storybook-static');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const sampleFeed = JSON.parse(
  readFileSync('src/feed/sample-feed.json', 'utf8')
);

/** A placeholder's value not checked: the words on each side of it are. */
const ANY = '\0';

// Stories whose play function brings the element into a state: what that
// state shows (a selector in the element's shadow root or, for the signup
// form, its light DOM), and the message it holds (an id of locales/*.xlf,
// with its placeholders' values when it has some).
const PLAYED = {
  'elements-signup-form--validation-errors': [
    '[part~="error-summary"]',
    'signup-form.summary',
  ],
  'elements-signup-form--submitted-too-fast': [
    '[part~="status"][role="status"]',
    'signup-form.early',
  ],
  // (The sample form's own thanks, from the feed.)
  'elements-signup-form--sent': [
    '[part~="success"]',
    Object.fromEntries(
      Object.entries(
        sampleFeed.forms.find(
          (f) => f.id === 'sample-2027-partnership-lab-registration'
        ).success.message
      )
    ),
  ],
  'elements-signup-form--receiver-fails': [
    '[part~="status"][role="alert"]',
    'signup-form.error.server',
  ],
  // (The words around the time, which is the click's and half an hour.)
  'elements-signup-form--receiver-limit': [
    '[part~="status"][role="alert"]',
    'signup-form.error.busy-until',
    [ANY],
  ],
  'elements-signup-form--offline': [
    '[part~="status"][role="alert"]',
    'signup-form.error.offline',
  ],
  'elements-recommendation-list--all-steps-shown': [
    '[part~="expand-button"][aria-expanded="true"]',
    'recommendation-list.collapse',
  ],
  'elements-recommendation-list--checklist-after-reset': [
    '[part~="reset-button"]',
    'recommendation-list.undo',
  ],
  // Two steps ticked of all the sample's recommendations' steps.
  'elements-recommendation-list--checklist-partly-ticked': [
    '[part~="overall"]',
    'recommendation-list.overall',
    [2, sampleFeed.recommendations.flatMap((r) => r.steps ?? []).length],
  ],
  'elements-org-directory--no-matches': [
    '[part~="empty"]',
    'org-directory.empty',
  ],
  'elements-org-directory--on-a-phone-choosing-filters': [
    '[part~="show-results-button"]',
    'org-directory.show-results',
  ],
};
// Stories whose args alone give a state with a message: checked likewise.
const SHOWN = {
  // (Shown where the results wrap below the facets.)
  'elements-org-directory--in-a-narrow-column': [
    '.narrow [part~="filters-button"]',
    'org-directory.filters-button',
  ],
  'elements-event-card--event-not-found': [
    '[part~="status"]',
    'event-card.not-found',
  ],
  'elements-signup-form--full': ['[part~="status"]', 'signup-form.state.full'],
  'elements-signup-form--cancelled': [
    '[part~="status"]',
    'signup-form.state.cancelled',
  ],
};
const STATES = {...PLAYED, ...SHOWN};
const LOCALES = ['lv', 'lt', 'sv', 'el', 'pt'];

/**
 * A message's text in a language, from the .xlf files (English: the
 * source), with `values` in its placeholders (`<x id="0" …/>`).
 */
function message(id, locale, values = []) {
  const xlf = readFileSync(
    `locales/${locale === 'en' ? 'lv' : locale}.xlf`,
    'utf8'
  );
  const unit = xlf.match(
    new RegExp(
      `<trans-unit id="${id.replace(/\./g, '\\.')}">([\\s\\S]*?)</trans-unit>`
    )
  )?.[1];
  const text = unit?.match(
    locale === 'en' ? /<source>(.*?)<\/source>/ : /<target>(.*?)<\/target>/
  )?.[1];
  assert.ok(text, `message ${id} in ${locale}`);
  const entities = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};
  return text
    .replace(/<x id="(\d+)"[^>]*\/>/g, (m, n) => values[n] ?? m)
    .replace(/&(\w+);/g, (m, e) => entities[e] ?? m);
}

// Every story in English and the default theme; the first story of each
// element, and each story with a state to check (STATES), also in the other
// five languages; the first also in the dark LSUA and Talsi themes, and on a
// Russian page (English fallback).
function runs() {
  const list = stories.map((story) => ({story, globals: ''}));
  // (A Map of title to story would keep each title's last story.)
  const firsts = stories.filter(
    (s, i) => stories.findIndex((t) => t.title === s.title) === i
  );
  for (const story of [...firsts, ...stories.filter((s) => STATES[s.id])]) {
    for (const locale of LOCALES)
      list.push({story, globals: `locale:${locale}`});
  }
  for (const story of firsts) {
    for (const theme of ['lsua-dark', 'talsi-dark'])
      list.push({story, globals: `theme:${theme}`});
    // A page language we do not ship: English, marked so.
    list.push({story, globals: 'locale:ru'});
  }
  return list;
}

test('every story renders without errors and without axe violations', async (t) => {
  assert.ok(stories.length >= 20, `found ${stories.length} stories`);
  for (const {story, globals} of runs()) {
    await t.test(`${story.id}${globals ? ` (${globals})` : ''}`, async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (
          m.type() === 'error' &&
          !/Failed to load resource.*404/.test(m.text())
        )
          errors.push(m.text());
      });
      await page.goto(
        `${server.origin}/iframe.html?id=${story.id}&viewMode=story${globals ? `&globals=${globals}` : ''}`,
        {
          waitUntil: 'networkidle0',
        }
      );
      await page.waitForFunction(
        () => {
          // The signup form renders in its light DOM (slot "form"); the others in shadow DOM.
          const host = document.querySelector(
            '#storybook-root :is(org-directory, event-card, signup-form, recommendation-list)'
          );
          const slotted =
            host?.querySelector(':scope > [slot="form"]')?.textContent ?? '';
          return (
            !!host?.shadowRoot &&
            (host.shadowRoot.textContent + slotted).trim().length > 0
          );
        },
        {timeout: 15000}
      );
      const played = STATES[story.id];
      if (played) {
        const locale = globals.match(/^locale:(\w+)/)?.[1] ?? 'en';
        const words = (
          typeof played[1] === 'string'
            ? message(played[1], locale, played[2])
            : played[1][locale]
        ).split(ANY);
        const shown = await page
          .waitForFunction(
            (selector, expected) => {
              const host = document.querySelector(
                '#storybook-root :is(org-directory, event-card, signup-form, recommendation-list)'
              );
              const root =
                host?.localName === 'signup-form' ? host : host?.shadowRoot;
              const text = root?.querySelector(selector)?.textContent ?? '';
              return expected.every((w) => text.includes(w)) && text;
            },
            {timeout: 10000},
            played[0],
            words
          )
          .then(
            (h) => h.jsonValue(),
            () => 'nothing'
          );
        assert.ok(
          words.every((w) => shown.includes(w)),
          `${story.id}: ${PLAYED[story.id] ? 'its play function' : 'its args'} should show "${words.join('…')}", showed: ${shown}`
        );
      }
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(
          document.querySelector('#storybook-root'),
          {resultTypes: ['violations']}
        );
        return result.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
        );
      });
      await page.close();
      assert.deepEqual(errors, [], 'console or page errors');
      assert.deepEqual(violations, [], 'axe violations');
    });
  }
});

test("a story's args reach its element: attributes, booleans, a union's values, the date, the data property", async () => {
  const page = await browser.newPage();
  try {
    const state = async (id, args) => {
      await page.goto(
        `${server.origin}/iframe.html?id=${id}&viewMode=story&args=${args}`,
        {waitUntil: 'networkidle0'}
      );
      // Once the list has rendered its recommendations.
      return page
        .waitForFunction(
          () => {
            const el = document.querySelector(
              '#storybook-root recommendation-list'
            );
            const titles = [
              ...(el?.shadowRoot?.querySelectorAll('[part~="item__title"]') ??
                []),
            ];
            return (
              titles.length > 0 && {
                attrs: [...el.attributes]
                  .map((a) => `${a.name}=${a.value}`)
                  .sort(),
                level: titles[0].getAttribute('aria-level'),
                filters: !!el.shadowRoot.querySelector('[part~="filters"]'),
                checklist: !!el.shadowRoot.querySelector('[part~="overall"]'),
                font: getComputedStyle(titles[0]).fontFamily,
                titles: titles.map((t) => t.textContent.trim()).join(' | '),
              }
            );
          },
          {timeout: 15000}
        )
        .then((h) => h.jsonValue());
    };
    // Set in the URL as the controls set them: a number, a string, a boolean.
    const set = await state(
      'elements-recommendation-list--default',
      'heading-level:4;audience:youth;hide-filters:!true'
    );
    assert.deepEqual(set.attrs, [
      'audience=youth',
      'heading-level=4',
      'hide-filters=',
      'mode=list',
      'src=./feed/sample-feed.json',
    ]);
    assert.equal(set.level, '4');
    assert.equal(set.filters, false);
    assert.equal(set.checklist, false);
    // The story frame gives the elements a page font, as a host page would (not the browser's serif).
    assert.equal(set.font, 'system-ui, sans-serif');
    // A value from a union of strings (`'list' | 'checklist'`, `'light' | 'dark' | 'auto'`).
    const union = await state(
      'elements-recommendation-list--default',
      'mode:checklist;color-scheme:dark'
    );
    assert.deepEqual(union.attrs, [
      'color-scheme=dark',
      'mode=checklist',
      'src=./feed/sample-feed.json',
    ]);
    assert.equal(union.checklist, true);
    // A value the union does not offer is not set.
    const wrong = await state(
      'elements-recommendation-list--default',
      'color-scheme:purple'
    );
    assert.deepEqual(wrong.attrs, ['mode=list', 'src=./feed/sample-feed.json']);
    // The date control's `now` (ms): the signup form as on 1 October 2026, before it opens.
    await page.goto(
      `${server.origin}/iframe.html?id=elements-signup-form--open&viewMode=story&args=now:${Date.parse('2026-10-01T12:00:00Z')}`,
      {waitUntil: 'networkidle0'}
    );
    const status = await page
      .waitForFunction(
        () =>
          document
            .querySelector('#storybook-root signup-form [part~="status"]')
            ?.textContent.trim(),
        {timeout: 15000}
      )
      .then((h) => h.jsonValue());
    assert.match(status, /^Registration opens on 1 November 2026/);
    // A story given a feed object (no src): the element shows it.
    const given = await state(
      'elements-recommendation-list--long-and-awkward-texts',
      ''
    );
    assert.ok(
      !given.attrs.some((a) => a.startsWith('src=')),
      given.attrs.join(' ')
    );
    assert.match(
      given.titles,
      /Nebeprisikiškiakopūsteliaujantiesiems|Κοινωνικοοικονομικοπολιτιστικοαναπτυξιακός/
    );
  } finally {
    await page.close();
  }
});

/**
 * Opens a story in the page's frame as the manager does (told by the
 * channel), and waits until the story shown before has left the page:
 * Storybook changes the frame's URL first and renders the next story a frame
 * or more later, after its loaders. A check made in between saw the URL of
 * the next story beside the elements of the one before.
 */
const openInFrame = async (page, storyId) => {
  const before = await page.evaluateHandle(() =>
    document.querySelector('#storybook-root > *')
  );
  await page.evaluate(
    (id) =>
      window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', {
        storyId: id,
        viewMode: 'story',
      }),
    storyId
  );
  await page.waitForFunction(
    (el) => !el?.isConnected,
    {timeout: 15000},
    before
  );
  await before.dispose();
};

test('a story opened after another starts as written: no URL state, draft or progress carried over', async () => {
  const page = await browser.newPage();
  const open = (storyId) => openInFrame(page, storyId);
  const shown = (fn, ...args) =>
    page
      .waitForFunction(fn, {timeout: 15000}, ...args)
      .then((h) => h.jsonValue());
  try {
    // A shared link's directory state is kept by the first story...
    await page.goto(
      `${server.origin}/iframe.html?id=elements-org-directory--default&viewMode=story&od.q=talsi`,
      {waitUntil: 'networkidle0'}
    );
    const count = (expected) =>
      shown(
        (n) =>
          document
            .querySelector('#storybook-root org-directory')
            ?.shadowRoot?.querySelector('[part~="count"]')
            ?.textContent.trim()
            .startsWith(n) && location.href,
        expected
      );
    assert.match(await count('5 '), /od\.q=talsi/);
    // ...and not by the next: all ten Latvian organisations.
    await open('elements-org-directory--latvia-only');
    assert.doesNotMatch(await count('10 '), /od\./);
    // The signup form's draft, filled by a play function, stays with its story.
    await page.goto(
      `${server.origin}/iframe.html?id=elements-signup-form--submitted-too-fast&viewMode=story`,
      {waitUntil: 'networkidle0'}
    );
    const name = (story) =>
      shown((id) => {
        const field = document.querySelector(
          '#storybook-root signup-form input[type="text"]'
        );
        // Once the played story has typed, or the next one has shown.
        return (
          location.href.includes(id) &&
          field &&
          (id !== '--submitted-too-fast' || field.value) &&
          `${field.value}|`
        );
      }, story);
    assert.equal(await name('--submitted-too-fast'), 'Anna Bērziņa|');
    // A checklist's progress (kept in localStorage) goes too; not another site's key.
    await page.evaluate(() => {
      localStorage.setItem('lym-checklist:./feed/sample-feed.json', '{}');
      localStorage.setItem('other-key', '1');
    });
    await open('elements-signup-form--open');
    assert.equal(await name('--open'), '|');
    assert.deepEqual(
      await page.evaluate(() => Object.keys(localStorage).sort()),
      ['other-key']
    );
    // The link to a recommendation that one story opened (in the frame's
    // URL) is gone in the next: a list would open and focus it.
    await open('elements-recommendation-list--default');
    await shown(() =>
      document
        .querySelector('#storybook-root recommendation-list')
        ?.shadowRoot?.querySelector('[part~="details"]')
    );
    await page.evaluate(() =>
      history.replaceState(history.state, '', '#rec-shared-goals')
    );
    await open('elements-recommendation-list--checklist');
    assert.equal(
      await shown(() => {
        const root = document.querySelector(
          '#storybook-root recommendation-list'
        )?.shadowRoot;
        return (
          location.href.includes('--checklist') &&
          root?.querySelector('[part~="details"]') &&
          `hash: ${location.hash}`
        );
      }),
      'hash: '
    );
  } finally {
    await page.close();
  }
});

test("the Draft Restored story opens with its draft's answers, and the story after it without them", async () => {
  const page = await browser.newPage();
  // The answers in the form (the radios' choice too), once `form` shows it.
  const answers = (form) =>
    page
      .waitForFunction(
        (selector) => {
          const el = document.querySelector(selector);
          const value = (name) => el?.elements.namedItem(name)?.value;
          return (
            el &&
            ['fullName', 'email', 'organization', 'attendance']
              .map(value)
              .join('|')
          );
        },
        {timeout: 15000},
        `#storybook-root ${form} form`
      )
      .then((h) => h.jsonValue());
  try {
    await page.goto(
      `${server.origin}/iframe.html?id=elements-signup-form--draft-restored&viewMode=story`,
      {waitUntil: 'networkidle0'}
    );
    assert.equal(
      await answers('signup-form#register'),
      'Anna Bērziņa|anna@example.lv|Talsu jauniešu darbnīca|in-person'
    );
    await openInFrame(page, 'elements-signup-form--open');
    assert.equal(await answers('signup-form:not(#register)'), '|||');
    assert.deepEqual(
      await page.evaluate(() =>
        Object.keys(sessionStorage).filter((k) => k.startsWith('lym-'))
      ),
      []
    );
  } finally {
    await page.close();
  }
});

test('on a right-to-left page in a language not shipped, each element speaks English, marked lang="en" dir="ltr"', async () => {
  const page = await browser.newPage();
  try {
    for (const [tag, id] of [
      ['org-directory', 'org-directory.search'],
      ['event-card', 'event-card.calendar'],
      ['signup-form', 'signup-form.submit'],
      ['recommendation-list', 'recommendation-list.search'],
    ]) {
      await page.goto(
        `${server.origin}/iframe.html?id=elements-${tag}--on-a-right-to-left-page&viewMode=story`,
        {waitUntil: 'networkidle0'}
      );
      // What the element rendered: its shadow root's top element, or the
      // signup form's own in its light DOM; once it shows the words.
      const shown = await page
        .waitForFunction(
          (tag, words) => {
            const host = document.querySelector(
              `#storybook-root [dir="rtl"][lang="ar"] > ${tag}`
            );
            const root =
              tag === 'signup-form'
                ? host?.querySelector(':scope > [slot="form"]')
                : host?.shadowRoot?.firstElementChild;
            return (
              root?.textContent.includes(words) && {
                lang: root.lang,
                dir: root.dir,
                direction: getComputedStyle(root).direction,
                page: getComputedStyle(host).direction,
              }
            );
          },
          {timeout: 15000},
          tag,
          message(id, 'en')
        )
        .then((h) => h.jsonValue());
      assert.deepEqual(
        shown,
        {lang: 'en', dir: 'ltr', direction: 'ltr', page: 'rtl'},
        tag
      );
    }
  } finally {
    await page.close();
  }
});

test('the API tables list the default slot, and only attributes and properties have controls', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(
      `${server.origin}/iframe.html?id=elements-event-card--docs&viewMode=docs`,
      {waitUntil: 'networkidle0'}
    );
    const rows = await page
      .waitForFunction(
        () => {
          const found = [
            ...document.querySelectorAll('.docblock-argstable tbody tr'),
          ].map((r) => r.textContent.replace(/\s+/g, ' ').trim());
          return found.some((r) => /^--lym-event-card-accent/.test(r)) && found;
        },
        {timeout: 15000}
      )
      .then((h) => h.jsonValue());
    assert.ok(
      rows.some((r) => r.startsWith('(default)Fallback content')),
      rows.join('\n')
    );
    // A part, a custom property or an event has no "Set object" control.
    const settable = rows.filter((r) => r.endsWith('Set object'));
    assert.deepEqual(
      settable.map((r) => r.split(/(?=[A-Z])/)[0]),
      ['data']
    );
  } finally {
    await page.close();
  }
});
