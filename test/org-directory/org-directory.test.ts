import {
  aTimeout,
  expect,
  fixture,
  fixtureSync,
  html,
  nextFrame,
  oneEvent,
  waitUntil,
} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/org-directory/define.js';
import type {OrgDirectory} from '../../src/org-directory/org-directory.js';
import {clearFeedCache} from '../../src/feed/load.js';
import {a11yNodes} from '../a11y-tree.js';
import {clickMiddle, textLeft} from '../layout.js';
import {expectStyledByPart} from '../parts.js';
import {feed, many} from './helpers.js';
import {chromium, describeChromium, itChromium} from '../engine.js';

const LOCALES = ['en', 'lv', 'lt', 'sv', 'el', 'pt'] as const;

const DATA = feed([
  {
    id: 'talsi',
    name: 'Talsu novada jauniešu centrs',
    description: 'Jauniešu iniciatīvas Talsos.',
    country: 'LV',
    municipality: 'Talsu novads',
    city: 'Talsi',
    types: ['public-body'],
    fields: ['youth', 'education'],
    languages: ['lv', 'en'],
    lookingForPartners: true,
    website: 'https://talsi.example.lv/jauniesi',
    email: 'info@talsi.example.lv',
    phones: [
      {number: '+371 6322 0000'},
      {
        number: '+371 2000 0000 (WhatsApp)',
        description: {lv: 'Jaunatnes darbiniece Anna', en: 'Youth worker Anna'},
      },
      {number: 'Ask at the reception', description: {lv: 'Birojs'}},
    ],
    updated: '2024-03-01',
  },
  {
    id: 'siauliai',
    name: {lt: 'Šiaulių bendruomenė', en: 'Šiauliai Community'},
    description: {lt: 'Kultūros renginiai Šiauliuose.'},
    country: 'LT',
    city: 'Šiauliai',
    types: ['community-group'],
    fields: ['culture'],
    languages: ['lt'],
    lookingForPartners: false,
    updated: '2024-06-01',
  },
  {
    id: 'athens',
    name: {el: 'Σύλλογος Νέων Αθήνας', en: 'Athens Youth Association'},
    country: 'GR',
    city: {el: 'Αθήνα', en: 'Athens'},
    types: ['ngo'],
    fields: ['youth', 'marine-biology'],
    languages: ['el', 'en'],
    lookingForPartners: true,
  },
  {
    id: 'hostile',
    name: '<img src=x onerror="window.__pwned=1">' + 'Ž'.repeat(300),
    description: '<script>window.__pwned=1</script>',
    country: 'PT',
    types: ['space-agency'],
    fields: [],
    languages: ['pt'],
    website: 'javascript:alert(1)',
    email: 'not an email',
    phones: [{number: 'javascript:alert(1)'}],
  },
]);

const part = (el: OrgDirectory, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: OrgDirectory, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const titles = (el: OrgDirectory) =>
  parts(el, 'item__title').map((h) => h.textContent!.trim());
const searchBox = (el: OrgDirectory) => part(el, 'search') as HTMLInputElement;
const checkbox = (el: OrgDirectory, facet: string, value: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(
    `input[data-facet="${facet}"][value="${value}"]`
  )!;

async function ready(el: OrgDirectory) {
  await waitUntil(
    () => part(el, 'list') || part(el, 'empty') || part(el, 'error'),
    'directory did not settle',
    {timeout: 5000}
  );
  await el.updateComplete;
  return el;
}

async function directory(data: unknown = DATA, attrs = '') {
  const el = document.createElement('org-directory');
  for (const [, k, v] of attrs.matchAll(/(\S+?)="([^"]*)"/g))
    el.setAttribute(k, v);
  el.data = data;
  return ready(await fixture<OrgDirectory>(el));
}

/** Which of the Filters button and the facets show: "1 0" is the button alone (folded, closed). */
const shown = (el: OrgDirectory) =>
  `${part(el, 'filters-button')!.getClientRects().length} ${
    part(el, 'facets')!.getClientRects().length
  }`;

/**
 * Past the next frame's resize observations (which follow its animation frame
 * callbacks) and the frame after, where the directory acts on them.
 */
async function observed() {
  await nextFrame();
  await nextFrame();
  await nextFrame();
}

function resetUrl() {
  // Only when needed: Chrome throttles pages that call the history API very often.
  if (location.search) history.replaceState(null, '', location.pathname);
}

/** Goes back (or forward) one entry and waits for the popstate, with a clear failure. */
async function traverse(delta: -1 | 1) {
  const from = location.href;
  const pop = oneEvent(window, 'popstate');
  history.go(delta);
  await Promise.race([
    pop,
    aTimeout(5000).then(() => {
      throw new Error(
        `no popstate after history.go(${delta}) from ${from} (history.length ${history.length})`
      );
    }),
  ]);
}

/** window.requestIdleCallback as it was before a test replaced it: none in WebKit. */
function putBackIdle(rIC: typeof window.requestIdleCallback | undefined) {
  if (rIC) window.requestIdleCallback = rIC;
  // @ts-expect-error: a browser without it
  else delete window.requestIdleCallback;
}

describe('org-directory', () => {
  beforeEach(() => {
    clearFeedCache();
    resetUrl();
  });
  afterEach(resetUrl);

  describe('parts', () => {
    it("lets a page style the facets' options and checkboxes and the description's summary by ::part", () =>
      expectStyledByPart(
        'org-directory',
        {
          facet__option: '#facets label',
          facet__checkbox: '#facets input[type="checkbox"]',
          summary: 'summary',
        },
        directory
      ));
  });

  describe('states', () => {
    it('shows a loading state while the feed is on its way', async () => {
      const el = await fixture<OrgDirectory>(
        html`<org-directory
          src=${'/api/test/feed?file=test/org-directory/fixtures/feed-a.json&delay=1500'}
        ></org-directory>`
      );
      await el.updateComplete;
      expect(part(el, 'loading')).to.not.equal(null);
      expect(part(el, 'list')).to.equal(null);
      await ready(el);
      expect(titles(el)).to.have.length(2);
    });

    it('shows the error with the page fallback, and Retry loads again', async () => {
      const el = await fixture<OrgDirectory>(
        html`<org-directory src=${'/api/test/feed?status=500&t=retry'}
          ><a href="/list">Full list</a></org-directory
        >`
      );
      await ready(el);
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Full list');
      const count = async () =>
        (
          (await (await fetch('/api/test/requests')).json()) as {
            query: {t?: string};
          }[]
        ).filter((r) => r.query.t === 'retry').length;
      const before = await count();
      part(el, 'retry-button')!.click();
      await waitUntil(
        async () => (await count()) === before + 1,
        'Retry did not fetch again'
      );
      await ready(el);
      expect(part(el, 'error')).to.not.equal(null);
    });

    it('shows an empty state without a clear button for an empty feed', async () => {
      const el = await directory(feed([]));
      expect(part(el, 'empty')).to.not.equal(null);
      expect(part(el, 'clear-button')).to.equal(null);
      expect(part(el, 'csv-button')).to.equal(null);
      expect(part(el, 'count')!.textContent).to.contain('0');
    });

    it('keeps right-to-left place names in their order ("city, municipality" shows the city first)', async () => {
      // Two Arabic names joined by ", " would otherwise make one
      // right-to-left run, and the municipality would be drawn first.
      const [city, municipality] = ['رينكبي', 'بلدية ستوكهولم'];
      const el = await directory(
        feed([
          {id: 'se', name: 'Förening', country: 'SE', city, municipality},
          // A municipality named as its city is shown once, right-to-left too.
          {
            id: 'se2',
            name: 'Klubb',
            country: 'SE',
            city: municipality,
            municipality,
          },
        ])
      );
      expect(
        parts(el, 'item')[1].querySelectorAll('dd')[2].textContent
      ).to.equal(`\u2068${municipality}\u2069, Sweden`);
      const dd = parts(el, 'item')[0].querySelectorAll('dd')[2];
      // Each right-to-left name in an isolate (FSI … PDI).
      expect(dd.textContent).to.equal(
        `\u2068${city}\u2069, \u2068${municipality}\u2069, Sweden`
      );
      expect(
        textLeft(dd, city) < textLeft(dd, municipality),
        'the city is drawn left of its municipality'
      ).to.equal(true);
    });

    it('lists every organisation with name, types, fields, place, languages and badge', async () => {
      const el = await directory();
      expect(parts(el, 'item')).to.have.length(4);
      expect(part(el, 'count')!.textContent!.trim()).to.equal(
        '4 organisations found'
      );
      const talsi = parts(el, 'item').find((i) =>
        i.textContent!.includes('Talsu novada')
      )!;
      const text = talsi.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('Public body');
      expect(text).to.contain('Youth, Education');
      expect(text).to.contain('Talsi, Talsu novads, Latvia');
      expect(text).to.contain('Latvian, English');
      expect(talsi.querySelector('[part~="badge"]')!.textContent).to.contain(
        'Looking for partners'
      );
      expect(talsi.querySelector('h3')).to.not.equal(null);
      const links = [...talsi.querySelectorAll('a')].map((a) =>
        a.getAttribute('href')
      );
      expect(links).to.deep.equal([
        'https://talsi.example.lv/jauniesi',
        'mailto:info@talsi.example.lv',
        'tel:+37163220000',
        'tel:+37120000000',
      ]);
      // Every number is shown, with its description (in its language).
      const phones = [...talsi.querySelectorAll('[part~="links"] li')]
        .slice(2)
        .map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(phones).to.deep.equal([
        '+371 6322 0000',
        '+371 2000 0000 (WhatsApp) (Youth worker Anna)',
        'Ask at the reception (Birojs)',
      ]);
      expect(
        talsi
          .querySelector('[part~="links"] li:last-child span')!
          .getAttribute('lang')
      ).to.equal('lv');
    });

    it('shows unknown types and fields under "Other" and renders hostile text as text', async () => {
      const el = await directory();
      const hostile = parts(el, 'item').find((i) =>
        i.textContent!.includes('onerror')
      )!;
      expect(hostile.querySelector('img')).to.equal(null);
      expect(hostile.querySelector('script')).to.equal(null);
      expect(hostile.querySelectorAll('a[href]')).to.have.length(0);
      // Its "phone number" is shown as the text it is.
      expect(hostile.querySelector('[part~="links"]')!.textContent).to.contain(
        'javascript:alert(1)'
      );
      expect(hostile.textContent).to.contain('Other');
      expect((window as unknown as {__pwned?: number}).__pwned).to.equal(
        undefined
      );
      const athens = parts(el, 'item').find((i) =>
        i.textContent!.includes('Athens')
      )!;
      expect(athens.textContent).to.contain('Youth, Other');
    });

    it('sorts by name in the element locale', async () => {
      const el = await directory();
      expect(titles(el)[0]).to.contain('<img');
      expect(titles(el).slice(1)).to.deep.equal([
        'Athens Youth Association',
        'Šiauliai Community',
        'Talsu novada jauniešu centrs',
      ]);
    });

    it('marks a feed text shown in another language than the UI with lang', async () => {
      const el = await directory();
      const desc = parts(el, 'details')
        .map((d) => d.querySelector('p')!)
        .find((p) => p.textContent!.includes('Kultūros'))!;
      expect(desc.getAttribute('lang')).to.equal('lt');
      const athens = parts(el, 'item__title').find((h) =>
        h.textContent!.includes('Athens')
      )!;
      expect(athens.querySelector('[lang]')).to.equal(null);
    });

    itChromium(
      'names each description disclosure by its organisation, the visible word first',
      async () => {
        const el = await directory();
        const summaries = (await a11yNodes()).filter((n) =>
          n.name.startsWith('Description')
        );
        expect(summaries.map((n) => n.name)).to.have.members(
          parts(el, 'item')
            .filter((item) => item.querySelector('details'))
            .map(
              (item) => `Description: ${item.querySelector('h3')!.textContent}`
            )
        );
        expect(new Set(summaries.map((n) => n.name)).size).to.equal(
          summaries.length
        );
        expect(summaries.length).to.be.greaterThan(1);
        // Its visible word is not said again as a description.
        expect(summaries.map((n) => n.description ?? '')).to.deep.equal(
          summaries.map(() => '')
        );
        // No comment of ours in a result (Lit's empty markers aside): each
        // would be a node in every result.
        const comments: string[] = [];
        for (const item of parts(el, 'item')) {
          const walk = document.createTreeWalker(item, NodeFilter.SHOW_COMMENT);
          while (walk.nextNode()) comments.push(walk.currentNode.textContent!);
        }
        expect(
          comments.filter((c) => !/^(\?lit\$\d+\$)?$/.test(c))
        ).to.deep.equal([]);
      }
    );

    it('uses the heading level attribute', async () => {
      const el = await directory(DATA, 'heading-level="4"');
      expect(part(el, 'item__title')!.getAttribute('aria-level')).to.equal('4');
      // Out of range or not whole: rounded into 1–6, as the other elements do.
      for (const [given, level] of [
        ['2.4', '2'],
        ['9', '6'],
        ['0', '3'],
        ['x', '3'],
      ] as const) {
        const other = await directory(DATA, `heading-level="${given}"`);
        expect(
          part(other, 'item__title')!.getAttribute('aria-level'),
          given
        ).to.equal(level);
      }
    });
  });

  describe('search and filters', () => {
    it('writes a query in a right-to-left script right to left, on a left-to-right page', async () => {
      const el = await directory();
      const box = searchBox(el);
      box.value = 'جمعية';
      expect(box.matches(':dir(rtl)')).to.equal(true);
      box.value = 'talsi';
      expect(box.matches(':dir(ltr)')).to.equal(true);
    });

    it('searches without diacritics and updates the count at once', async () => {
      const el = await directory();
      const box = searchBox(el);
      box.value = 'siauliu';
      box.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Šiauliai Community']);
      expect(part(el, 'count')!.textContent!.trim()).to.equal(
        '1 organisation found'
      );
    });

    it('prepares the search when the browser is idle, and searches before that too', async () => {
      const rIC = window.requestIdleCallback;
      const idle: IdleRequestCallback[] = [];
      window.requestIdleCallback = (cb) => idle.push(cb);
      try {
        const early = await directory();
        expect(idle.length, 'nothing asked for idle time').to.be.greaterThan(0);
        const search = async (el: OrgDirectory, q: string) => {
          searchBox(el).value = q;
          searchBox(el).dispatchEvent(new Event('input'));
          await el.updateComplete;
          return titles(el);
        };
        // Typed before the idle time came: the search makes what it needs.
        expect(await search(early, 'jauniesu')).to.deep.equal([
          'Talsu novada jauniešu centrs',
        ]);
        early.remove();
        idle.length = 0;
        const late = await directory();
        for (const cb of idle.splice(0))
          cb({didTimeout: false, timeRemaining: () => 50});
        expect(await search(late, 'αθηνα')).to.deep.equal([
          'Athens Youth Association',
        ]);
        expect(await search(late, 'youth')).to.deep.equal([
          'Athens Youth Association',
          'Talsu novada jauniešu centrs',
        ]);
      } finally {
        putBackIdle(rIC);
      }
    });

    it('does not prepare the search for a directory removed before the browser is idle', async () => {
      const rIC = window.requestIdleCallback;
      const normalize = String.prototype.normalize;
      const idle: IdleRequestCallback[] = [];
      window.requestIdleCallback = (cb) => idle.push(cb);
      // Preparing the search folds every text (String#normalize): counted.
      let folded = 0;
      const runIdle = () => {
        folded = 0;
        String.prototype.normalize = function (this: string, form?: string) {
          folded++;
          return normalize.call(this, form);
        };
        try {
          for (const cb of idle.splice(0))
            cb({didTimeout: false, timeRemaining: () => 50});
        } finally {
          String.prototype.normalize = normalize;
        }
        return folded;
      };
      try {
        const kept = await directory();
        expect(
          runIdle(),
          'a directory on the page prepares its search'
        ).to.be.greaterThan(0);
        const gone = await directory();
        gone.remove();
        expect(runIdle(), 'a removed one does not').to.equal(0);
        kept.remove();
      } finally {
        putBackIdle(rIC);
        String.prototype.normalize = normalize;
      }
    });

    it('announces the count in a polite live region only after typing pauses', async () => {
      const el = await directory();
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      const box = searchBox(el);
      for (const q of ['t', 'ta', 'tal']) {
        box.value = q;
        box.dispatchEvent(new Event('input'));
        await aTimeout(100);
        expect(status.textContent!.trim()).to.equal('');
      }
      await waitUntil(
        () => status.textContent!.trim() === '1 organisation found',
        'no announcement',
        {timeout: 2000}
      );
    });

    it('says nothing again, and keeps the page, for a space typed before or after the words', async () => {
      const el = await directory(feed(many(45)), 'page-size="20"');
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      const said: string[] = [];
      new MutationObserver(() => said.push(status.textContent!.trim())).observe(
        status,
        {childList: true, subtree: true, characterData: true}
      );
      const box = searchBox(el);
      const type = async (q: string) => {
        box.value = q;
        box.dispatchEvent(new Event('input'));
        await el.updateComplete;
      };
      await type('organisation');
      await waitUntil(() => said.filter(Boolean).length === 1, 'the count', {
        timeout: 2000,
      });
      parts(el, 'page-button')[1].click();
      await waitUntil(
        () => said.filter(Boolean).length === 2,
        'the page said',
        {timeout: 2000}
      );
      await type('organisation ');
      await type(' organisation ');
      await aTimeout(1000);
      expect(said.filter(Boolean)).to.deep.equal([
        '45 organisations found',
        'Page 2 of 3',
      ]);
      expect(el.shadowRoot!.querySelector('nav span')!.textContent).to.equal(
        'Page 2 of 3'
      );
      // What was typed stays as typed; a word more is a search again.
      expect(box.value).to.equal(' organisation ');
      await type(' organisation 4');
      await waitUntil(() => said.filter(Boolean).length === 3, 'the count', {
        timeout: 2000,
      });
      expect(said.at(-1)).to.match(/organisations? found$/);
    });

    it('announces the count again after a change that gives the same count', async () => {
      const el = await directory();
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      const said: string[] = [];
      new MutationObserver(() => said.push(status.textContent!.trim())).observe(
        status,
        {childList: true, subtree: true, characterData: true}
      );
      const spoken = () => said.filter(Boolean);
      checkbox(el, 'country', 'LV').click();
      await waitUntil(() => spoken().length === 1, 'the first count', {
        timeout: 2000,
      });
      checkbox(el, 'country', 'LV').click();
      await el.updateComplete;
      checkbox(el, 'country', 'LV').click();
      await waitUntil(
        () => spoken().length === 2,
        'the same count, said again',
        {
          timeout: 2000,
        }
      );
      expect(spoken()).to.deep.equal([
        '1 organisation found',
        '1 organisation found',
      ]);
    });

    it('filters by facets (OR within, AND across) with counts', async () => {
      const el = await directory();
      checkbox(el, 'country', 'LV').click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Talsu novada jauniešu centrs']);
      checkbox(el, 'country', 'GR').click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(2);
      checkbox(el, 'field', 'education').click();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Talsu novada jauniešu centrs']);
      // The counts follow in the next frame.
      await nextFrame();
      await el.updateComplete;
      const count = (facet: string, value: string) =>
        checkbox(el, facet, value)
          .closest('label')!
          .querySelector('[part~="facet__count"]')!.textContent;
      expect(count('country', 'GR')).to.equal('(0)');
      expect(count('country', 'LT')).to.equal('(0)');
      expect(count('field', 'youth')).to.equal('(2)');
      expect(count('field', 'other')).to.equal('(1)');
    });

    it('paints the results of a keystroke first and the facet counts in the frame after', async () => {
      const el = await directory();
      await nextFrame();
      await el.updateComplete;
      const count = () =>
        checkbox(el, 'country', 'LV')
          .closest('label')!
          .querySelector('[part~="facet__count"]')!.textContent;
      expect(count()).to.equal('(1)');
      const box = searchBox(el);
      box.value = 'qqqq';
      box.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(titles(el)).to.deep.equal([]);
      expect(count()).to.equal('(1)');
      await nextFrame();
      await el.updateComplete;
      expect(count()).to.equal('(0)');
    });

    it('shows the counts of a new feed at once', async () => {
      const el = await directory();
      await nextFrame();
      el.data = {
        ...DATA,
        organizations: [
          ...DATA.organizations,
          {...DATA.organizations[0], id: 'lv-copy'},
        ],
      };
      // In the update that shows the new feed's results, not a frame later.
      await waitUntil(
        () => titles(el).length === 5,
        'the new feed did not show',
        {interval: 0}
      );
      const count = checkbox(el, 'country', 'LV')
        .closest('label')!
        .querySelector('[part~="facet__count"]')!.textContent;
      expect(count).to.equal('(2)');
    });

    it('fires lym-filter-change with the state on a user change only', async () => {
      const el = await directory();
      let fired = 0;
      el.addEventListener('lym-filter-change', () => fired++);
      el.country = 'LV';
      await el.updateComplete;
      expect(fired).to.equal(0);
      setTimeout(() => checkbox(el, 'partners', 'yes').click());
      const event = await oneEvent(el, 'lym-filter-change');
      expect(event.detail.partners).to.equal(true);
      expect(event.detail.q).to.equal('');
      expect(fired).to.equal(1);
    });

    it('sorts by most recently updated', async () => {
      const el = await directory();
      const select = part(el, 'sort') as HTMLSelectElement;
      select.value = 'updated';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(titles(el).slice(0, 2)).to.deep.equal([
        'Šiauliai Community',
        'Talsu novada jauniešu centrs',
      ]);
    });

    it('shows an empty state whose Clear filters restores the list and focuses the search', async () => {
      const el = await directory();
      const box = searchBox(el);
      box.value = 'nothing matches this';
      box.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(part(el, 'empty')).to.not.equal(null);
      part(el, 'empty')!.querySelector('button')!.click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(4);
      expect(el.shadowRoot!.activeElement).to.equal(searchBox(el));
      expect(searchBox(el).value).to.equal('');
    });

    it('applies the presets and hides the filters on request, ignoring a search in the URL', async () => {
      history.replaceState(null, '', '?od.q=zzzz&od.type=ngo');
      const el = await directory(DATA, 'country="lv, gr" hide-filters=""');
      expect(titles(el)).to.deep.equal([
        'Athens Youth Association',
        'Talsu novada jauniešu centrs',
      ]);
      expect(part(el, 'filters')).to.equal(null);
      expect(part(el, 'sort')).to.equal(null);
      const typed = await directory(DATA, 'types="ngo" fields="youth"');
      expect(titles(typed)).to.deep.equal(['Athens Youth Association']);
      expect(part(typed, 'filters')).to.not.equal(null);
      // Written as on screen ("NGO"), as the feed may write them.
      const cased = await directory(DATA, 'types="NGO" fields="Youth"');
      expect(titles(cased)).to.deep.equal(['Athens Youth Association']);
    });

    it('fires lym-org-select when a result is opened', async () => {
      const el = await directory();
      const details = parts(el, 'details').find((d) =>
        d.textContent!.includes('Talsos')
      )! as HTMLDetailsElement;
      setTimeout(() => details.querySelector('summary')!.click());
      const event = await oneEvent(el, 'lym-org-select');
      expect(event.detail.id).to.equal('talsi');
      expect(event.detail.organization.city).to.equal('Talsi');
    });

    it("finds organisations by the country and the type their cards name, in the reader's language", async () => {
      const el = await directory(DATA, 'lang="lt"');
      const find = async (q: string) => {
        searchBox(el).value = q;
        searchBox(el).dispatchEvent(new Event('input'));
        await el.updateComplete;
        return titles(el);
      };
      expect(await find('lietuva,')).to.deep.equal(['Šiaulių bendruomenė']);
      expect(await find('graikija')).to.have.length(1);
      expect(await find('bendruomenės grupė')).to.deep.equal([
        'Šiaulių bendruomenė',
      ]);
    });

    it('closes a description opened for one organisation when another takes its row', async () => {
      const el = await directory();
      const first = parts(el, 'details')[0] as HTMLDetailsElement;
      const owner = titles(el)[0];
      first.open = true;
      const box = searchBox(el);
      box.value = 'talsu';
      box.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(titles(el)).to.not.include(owner);
      for (const d of parts(el, 'details'))
        expect((d as HTMLDetailsElement).open).to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('takes the phone layout when added after the window narrowed with no directory on the page', async () => {
      // (With a media query, WebKit kept a shadow root's style sheet's media
      // queries as they were when the sheet was last used in the page.)
      const layout = (el: OrgDirectory) =>
        `${getComputedStyle(part(el, 'filters-button')!).display} ${
          part(el, 'facets')!.getClientRects().length
        }`;
      await setViewport({width: 800, height: 600});
      try {
        const wide = await directory();
        await observed();
        expect(layout(wide), 'wide').to.equal('none 1');
        wide.remove();
        // 600 px: as narrow as WebKit's MiniBrowser goes is 447.
        await setViewport({width: 600, height: 640});
        await nextFrame();
        const narrow = await directory();
        await observed();
        expect(layout(narrow), 'narrow').to.equal('flex 0');
        narrow.remove();
        await setViewport({width: 800, height: 600});
        await nextFrame();
        const again = await directory();
        await observed();
        expect(layout(again), 'wide again').to.equal('none 1');
      } finally {
        await setViewport({width: 800, height: 600});
      }
    });

    it('on a phone, keeps the facets behind a Filters button that opens them and counts the choices', async () => {
      // Made before the window narrows: see the test above for WebKit.
      const el = await directory();
      await setViewport({width: 360, height: 640});
      try {
        await observed();
        const button = part(el, 'filters-button')!;
        const facets = part(el, 'facets')!;
        // The first result is on the first screen, not two screens down.
        expect(facets.getClientRects()).to.have.length(0);
        expect(part(el, 'item')!.getBoundingClientRect().top).to.be.lessThan(
          innerHeight
        );
        searchBox(el).focus();
        await sendKeys({press: 'Tab'});
        expect(el.shadowRoot!.activeElement).to.equal(button);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        // The open/closed marker is seen, not read.
        expect(getComputedStyle(button, '::after').content).to.not.equal(
          'none'
        );
        // (The accessibility tree: Chromium's alone.)
        if (chromium)
          expect(
            (await a11yNodes())
              .filter((n) => n.role === 'button')
              .map((n) => n.name)
          ).to.include('Filters');
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(facets.getClientRects()).to.have.length(1);
        // Past the skip button (first in the facets) to the first checkbox.
        await sendKeys({press: 'Tab'});
        expect(el.shadowRoot!.activeElement).to.equal(part(el, 'skip-button'));
        await sendKeys({press: 'Tab'});
        const first = el.shadowRoot!.querySelector<HTMLInputElement>(
          'input[type="checkbox"]'
        )!;
        expect(el.shadowRoot!.activeElement).to.equal(first);
        await sendKeys({press: 'Space'});
        await el.updateComplete;
        expect(button.textContent!.trim()).to.equal('Filters (1)');
        // "Looking for partners" (a yes/no, not a list) counts as one more.
        el.shadowRoot!.querySelector<HTMLInputElement>(
          'input[data-facet="partners"]'
        )!.focus();
        await sendKeys({press: 'Space'});
        await el.updateComplete;
        expect(button.textContent!.trim()).to.equal('Filters (2)');
        // Closed again, it still says filters are on.
        button.focus();
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        expect(facets.getClientRects()).to.have.length(0);
        expect(button.textContent!.trim()).to.equal('Filters (2)');
      } finally {
        await setViewport({width: 800, height: 600});
      }
    });

    it('on a phone, ends the open facets with "Show results (N)", which folds them and takes the focus to the count', async () => {
      const el = await directory();
      const show = part(el, 'show-results-button')! as HTMLButtonElement;
      const spacer = document.createElement('div');
      await observed();
      // Beside the results (a wide window), it is not there.
      expect(show.getClientRects(), 'wide').to.have.length(0);
      await setViewport({width: 360, height: 640});
      try {
        await observed();
        part(el, 'filters-button')!.click();
        await el.updateComplete;
        expect(show.getClientRects()).to.have.length(1);
        // The last control in the facets.
        const facets = part(el, 'facets')!;
        expect(facets.lastElementChild).to.equal(show);
        const total = titles(el).length;
        expect(show.textContent!.trim()).to.equal(`Show results (${total})`);
        const first = el.shadowRoot!.querySelector<HTMLInputElement>(
          'input[type="checkbox"]'
        )!;
        first.focus();
        await sendKeys({press: 'Space'});
        await el.updateComplete;
        const count = part(el, 'count')!;
        const n = Number(/\d+/.exec(count.textContent!)![0]);
        expect(n).to.be.below(total);
        expect(show.textContent!.trim()).to.equal(`Show results (${n})`);
        // The page goes on below (its scroll position is not clamped when
        // the facets fold), and the button is at the window's bottom.
        spacer.style.height = '3000px';
        el.after(spacer);
        show.scrollIntoView({block: 'end'});
        show.focus();
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        await observed();
        expect(el.shadowRoot!.activeElement).to.equal(count);
        expect(facets.getClientRects()).to.have.length(0);
        expect(
          part(el, 'filters-button')!.getAttribute('aria-expanded')
        ).to.equal('false');
        const box = count.getBoundingClientRect();
        expect(box.top).to.be.at.least(0);
        expect(box.bottom).to.be.at.most(innerHeight);
        // The choice stays.
        expect(part(el, 'filters-button')!.textContent!.trim()).to.equal(
          'Filters (1)'
        );
        // "Skip to results", the facets' first stop, does the same.
        part(el, 'filters-button')!.click();
        await el.updateComplete;
        expect(facets.getClientRects()).to.have.length(1);
        part(el, 'skip-button')!.focus();
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        await observed();
        expect(el.shadowRoot!.activeElement).to.equal(count);
        expect(facets.getClientRects()).to.have.length(0);
      } finally {
        spacer.remove();
        await setViewport({width: 800, height: 600});
      }
    });

    it("scrolls a control Tab reaches at the window's bottom edge far enough to show its whole ring", async () => {
      const el = await directory();
      await setViewport({width: 360, height: 640});
      try {
        await observed();
        const button = part(el, 'filters-button')!;
        // The Filters button 10px into sight at the bottom, the search box
        // above it in full.
        window.scrollTo(0, 0);
        el.style.marginTop = `${
          innerHeight - 10 - button.getBoundingClientRect().top
        }px`;
        searchBox(el).focus();
        await sendKeys({press: 'Tab'});
        expect(el.shadowRoot!.activeElement).to.equal(button);
        const ring = getComputedStyle(button);
        const outside =
          parseFloat(ring.outlineWidth) + parseFloat(ring.outlineOffset);
        expect(outside).to.be.at.least(3);
        expect(
          button.getBoundingClientRect().bottom + outside,
          'the ring is cut off at the bottom of the window'
        ).to.be.at.most(innerHeight);
      } finally {
        await setViewport({width: 800, height: 600});
      }
    });

    it('on a 320px phone keeps the result count on one line in every language', async () => {
      await setViewport({width: 320, height: 640});
      try {
        for (const lang of LOCALES) {
          const el = await directory(DATA, `lang="${lang}"`);
          const count = part(el, 'count')!;
          const line = parseFloat(getComputedStyle(count).lineHeight);
          expect(count.getBoundingClientRect().height, lang).to.be.below(
            line * 1.5
          );
        }
      } finally {
        await setViewport({width: 800, height: 600});
      }
    });

    itChromium(
      'on a phone puts each label of a result over its value, which gets the whole width; beside it when there is room',
      async () => {
        const pairs = (el: OrgDirectory) => {
          const dl = part(el, 'item')!.querySelector('dl')!;
          const [dt, dd] = [
            dl.querySelector('dt')!,
            dl.querySelector('dd')!,
          ].map((n) => n.getBoundingClientRect());
          return {dt, dd, dl: dl.getBoundingClientRect()};
        };
        await setViewport({width: 320, height: 640});
        try {
          for (const lang of LOCALES) {
            const {dt, dd, dl} = pairs(await directory(DATA, `lang="${lang}"`));
            expect(dd.left, lang).to.equal(dt.left);
            expect(dd.top, lang).to.be.at.least(dt.bottom - 1);
            expect(dd.width, lang).to.equal(dl.width);
          }
        } finally {
          await setViewport({width: 800, height: 600});
        }
        const {dt, dd} = pairs(await directory());
        expect(dd.left).to.be.above(dt.right);
        expect(dd.top).to.equal(dt.top);
        // Two columns of results 44rem wide on a wide screen (or on A4 paper)
        // are as narrow as a phone's: a value beside its label broke words
        // such as "Entrepreneurship" in the middle.
        await setViewport({width: 1280, height: 800});
        try {
          const el = await directory(DATA, 'hide-filters=""');
          el.style.width = '44rem';
          await el.updateComplete;
          const items = parts(el, 'item');
          expect(items[0].getBoundingClientRect().top).to.equal(
            items[1].getBoundingClientRect().top
          );
          const {dt, dd, dl} = pairs(el);
          expect(dd.left).to.equal(dt.left);
          expect(dd.width).to.equal(dl.width);
        } finally {
          await setViewport({width: 800, height: 600});
        }
      }
    );

    it('on a wide screen shows the facets beside the results and no Filters button', async () => {
      await setViewport({width: 1200, height: 800});
      try {
        const el = await directory();
        expect(part(el, 'filters-button')!.getClientRects()).to.have.length(0);
        expect(part(el, 'facets')!.getClientRects()).to.have.length(1);
        expect(part(el, 'facets')!.getBoundingClientRect().right).to.be.at.most(
          part(el, 'list')!.getBoundingClientRect().left
        );
      } finally {
        await setViewport({width: 800, height: 600});
      }
    });

    it("in a narrow column of a wide window (a CMS page's content), keeps the facets behind the Filters button; beside the results again once it has the room", async () => {
      await setViewport({width: 1200, height: 800});
      try {
        const el = await directory();
        await observed();
        expect(shown(el), 'wide').to.equal('0 1');
        // 40rem: the results wrap below the filters.
        el.style.width = '40rem';
        await observed();
        expect(shown(el), 'narrow').to.equal('1 0');
        expect(part(el, 'item')!.getBoundingClientRect().top).to.be.below(
          innerHeight
        );
        part(el, 'filters-button')!.click();
        await el.updateComplete;
        expect(shown(el), 'opened').to.equal('1 1');
        el.style.width = '';
        await observed();
        expect(shown(el), 'wide again').to.equal('0 1');
        expect(part(el, 'facets')!.getBoundingClientRect().right).to.be.at.most(
          part(el, 'list')!.getBoundingClientRect().left
        );
        // The filters taken away (hide-filters) and rendered again in a
        // narrow column: their new search box is the one observed.
        el.style.width = '20rem';
        el.hideFilters = true;
        await el.updateComplete;
        await observed();
        el.hideFilters = false;
        await el.updateComplete;
        await observed();
        // (Opened above, the facets stay open.)
        expect(shown(el), 'filters again, narrow').to.equal('1 1');
        part(el, 'filters-button')!.click();
        await el.updateComplete;
        expect(shown(el), 'filters again, closed').to.equal('1 0');
        el.style.width = '';
        await observed();
        expect(shown(el), 'filters again, wide').to.equal('0 1');
      } finally {
        await setViewport({width: 800, height: 600});
      }
    });

    // The window resized or zoomed while the focus is in what the fold
    // would hide: the facets open (and stay open), the button stays shown
    // until the focus moves on; either way the button says what is shown.
    it('keeps what has the focus when the facets fold or unfold: a checkbox, the Filters button', async () => {
      await setViewport({width: 1200, height: 800});
      try {
        const el = await directory();
        await observed();
        const root = el.shadowRoot!;
        const box = root.querySelector<HTMLInputElement>('[data-facet]')!;
        box.focus();
        el.style.width = '40rem';
        await observed();
        expect(root.activeElement, 'a checkbox, folded').to.equal(box);
        expect(shown(el), 'folded, the focus in the facets').to.equal('1 1');
        const button = part(el, 'filters-button')! as HTMLButtonElement;
        // They opened: the button says so, and they stay when the focus goes.
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        button.focus();
        expect(shown(el), 'folded, the focus moved on').to.equal('1 1');
        button.click();
        await el.updateComplete;
        expect(shown(el), 'folded, closed by the button').to.equal('1 0');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        el.style.width = '';
        await observed();
        expect(root.activeElement, 'the button, unfolded').to.equal(button);
        expect(shown(el), 'unfolded, the focus on the button').to.equal('1 1');
        // Closed before, the facets are in sight again: the button says so.
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        // Pressed there, it cannot hide facets the layout shows: it still
        // says "expanded" over them (it said "collapsed").
        button.click();
        await el.updateComplete;
        expect(shown(el), 'unfolded, the button pressed').to.equal('1 1');
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        searchBox(el).focus();
        expect(shown(el), 'unfolded, the focus moved on').to.equal('0 1');
      } finally {
        await setViewport({width: 800, height: 600});
      }
    });

    it('sizes the facet checkboxes with the text, centred on its first line', async () => {
      const el = await directory();
      for (const size of [16, 32]) {
        el.style.fontSize = `${size}px`;
        const box = el.shadowRoot!.querySelector<HTMLInputElement>(
          'input[type="checkbox"]'
        )!;
        const label = box.nextElementSibling!.getBoundingClientRect();
        const rect = box.getBoundingClientRect();
        // 1.15em: a browser's own box stays 13px whatever the text size.
        expect(Math.round(rect.width), `width at ${size}px`).to.equal(
          Math.round(1.15 * size)
        );
        expect(Math.round(rect.height)).to.equal(Math.round(1.15 * size));
        // The box's middle is the label line's middle (within a pixel).
        expect(
          Math.abs(rect.top + rect.height / 2 - (label.top + label.height / 2)),
          `off centre at ${size}px`
        ).to.be.at.most(1);
      }
    });

    itChromium(
      'skips the facets with a button that shows only when focused, to the count and then the sort',
      async () => {
        await setViewport({width: 1200, height: 800});
        try {
          for (const lang of LOCALES) {
            const el = await directory(DATA, `lang="${lang}"`);
            const skip = part(el, 'skip-button')!;
            const name = (await a11yNodes()).find(
              (n) => n.role === 'button' && n.name === skip.textContent!.trim()
            );
            expect(
              name,
              `${lang}: the skip button in the accessibility tree`
            ).to.not.equal(undefined);
            if (lang !== 'en')
              expect(skip.textContent!.trim(), lang).to.not.equal(
                'Skip to results'
              );
            // Out of sight, and taking no room, until focused.
            const facetsAt = () =>
              part(el, 'facet')!.getBoundingClientRect().top -
              el.getBoundingClientRect().top;
            const facets = facetsAt();
            // (Where the pointer finds it: what clip-path hides, it does not.)
            const hit = () => {
              const box = skip.getBoundingClientRect();
              return el.shadowRoot!.elementFromPoint(
                box.left + box.width / 2,
                box.top + box.height / 2
              );
            };
            skip.scrollIntoView({block: 'center'});
            expect(hit() === skip, `${lang}: seen before focus`).to.equal(
              false
            );
            searchBox(el).focus();
            await sendKeys({press: 'Tab'});
            expect(
              el.shadowRoot!.activeElement === skip,
              `${lang}: focus on the skip button`
            ).to.equal(true);
            expect(hit() === skip, `${lang}: seen when focused`).to.equal(true);
            const seen = skip.getBoundingClientRect();
            expect(seen.width, lang).to.be.above(40);
            expect(seen.height, lang).to.be.at.least(44);
            expect(skip.scrollWidth, `${lang}: the label fits`).to.be.at.most(
              skip.clientWidth
            );
            expect(seen.bottom, lang).to.be.at.most(
              part(el, 'facet')!.getBoundingClientRect().top
            );
            await expect(el).to.be.accessible();
            await sendKeys({press: 'Enter'});
            expect(
              el.shadowRoot!.activeElement === part(el, 'count'),
              `${lang}: focus on the count`
            ).to.equal(true);
            // Out of focus, it takes no room again: the facets are back where they were.
            expect(facetsAt(), lang).to.equal(facets);
            await sendKeys({press: 'Tab'});
            expect(
              el.shadowRoot!.activeElement === part(el, 'sort'),
              `${lang}: focus on the sort`
            ).to.equal(true);
          }
        } finally {
          await setViewport({width: 800, height: 600});
        }
      }
    );

    it('types in the search, tabs past the skip button to a facet and toggles it with Space', async () => {
      const el = await directory();
      searchBox(el).focus();
      await sendKeys({type: 'a'});
      await el.updateComplete;
      expect(searchBox(el).value).to.equal('a');
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Tab'});
      const first = el.shadowRoot!.querySelector<HTMLInputElement>(
        'input[type="checkbox"]'
      )!;
      expect(el.shadowRoot!.activeElement).to.equal(first);
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      expect(first.checked).to.equal(true);
      expect(titles(el).length).to.be.greaterThan(0);
      for (const t of titles(el)) expect(t).to.not.equal('');
      await waitUntil(
        () =>
          new URLSearchParams(location.search).get('od.country') ===
          first.value,
        'the chosen country never reached the URL'
      );
    });

    it('shows the default 12 a page for a page-size that is not a number of at least 1', async () => {
      for (const size of ['-5', '0', '0.5', 'ten', ''])
        expect(
          parts(await directory(feed(many(45)), `page-size="${size}"`), 'item'),
          size
        ).to.have.length(12);
      const el = await directory(feed(many(45)), 'page-size="2.5"');
      expect(parts(el, 'item')).to.have.length(2);
    });

    it('pages with the buttons and moves focus to the first new result', async () => {
      const el = await directory(feed(many(45)), 'page-size="20"');
      expect(parts(el, 'item')).to.have.length(20);
      // Both buttons are a part of their own, for a theme to style.
      const buttons = parts(el, 'page-button');
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([
        'Previous page',
        'Next page',
      ]);
      const next = buttons[1];
      next.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(parts(el, 'item')).to.have.length(20);
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'item__title'));
      await waitUntil(
        () => new URLSearchParams(location.search).get('od.page') === '2',
        'the page never reached the URL'
      );
      expect(part(el, 'pagination')!.textContent).to.contain('Page 2 of 3');
      // Said in the live region too (the focus reads the first result).
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      await waitUntil(
        () => status.textContent!.trim() === 'Page 2 of 3',
        `the page was not announced: "${status.textContent!.trim()}"`,
        {timeout: 2000}
      );
    });

    it('shows the ring on the first new result after a click on Next page too', async () => {
      // A pointer or a spoken "click Next page" moves focus as a key does;
      // the eye has to find where the list went, so the ring shows (the
      // browser's :focus-visible leaves it out after a click).
      const el = await directory(feed(many(45)), 'page-size="20"');
      await clickMiddle(parts(el, 'page-button')[1]);
      await el.updateComplete;
      const heading = part(el, 'item__title')!;
      await waitUntil(
        () => el.shadowRoot!.activeElement === heading,
        'focus did not move to the first new result'
      );
      expect(heading.matches(':focus-visible')).to.equal(false);
      expect(getComputedStyle(heading).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(heading).outlineWidth)).to.be.at.least(
        2
      );
    });
  });

  describe('URL', function () {
    // History navigation is slow on a busy machine.
    this.timeout(30000);

    it('reads its state from the URL', async () => {
      history.replaceState(null, '', '?od.q=talsu&od.country=LV');
      const el = await directory();
      expect(titles(el)).to.deep.equal(['Talsu novada jauniešu centrs']);
      expect(searchBox(el).value).to.equal('talsu');
      expect(checkbox(el, 'country', 'LV').checked).to.equal(true);
    });

    it('goes back and forward through filter changes', async () => {
      const el = await directory();
      checkbox(el, 'country', 'LV').click();
      await el.updateComplete;
      checkbox(el, 'country', 'LT').click();
      await el.updateComplete;
      expect(titles(el)).to.have.length(2);
      await waitUntil(
        () => location.search.includes('od.country=LV%2CLT'),
        'the countries never reached the URL'
      );
      await traverse(-1);
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Talsu novada jauniešu centrs']);
      expect(checkbox(el, 'country', 'LT').checked).to.equal(false);
      await traverse(-1);
      await el.updateComplete;
      expect(titles(el)).to.have.length(4);
      await traverse(1);
      await el.updateComplete;
      expect(titles(el)).to.have.length(1);
      expect(checkbox(el, 'country', 'LV').checked).to.equal(true);
    });

    it('writes the URL without requestIdleCallback too (a timer), as a history entry of its own', async () => {
      const rIC = window.requestIdleCallback;
      // @ts-expect-error: a browser without it
      delete window.requestIdleCallback;
      try {
        expect('requestIdleCallback' in window).to.equal(false);
        const el = await directory();
        checkbox(el, 'country', 'LV').click();
        await el.updateComplete;
        await waitUntil(
          () => location.search.includes('od.country=LV'),
          'the country never reached the URL'
        );
        await traverse(-1);
        expect(location.search).to.equal('');
      } finally {
        putBackIdle(rIC);
      }
      expect(typeof window.requestIdleCallback).to.equal(typeof rIC);
    });

    it('replaces the history entry while typing, so one Back undoes the typing', async () => {
      const el = await directory();
      checkbox(el, 'partners', 'yes').click();
      await el.updateComplete;
      const box = searchBox(el);
      for (const q of ['t', 'ta', 'tal', 'talsu']) {
        box.value = q;
        box.dispatchEvent(new Event('input'));
      }
      await el.updateComplete;
      expect(titles(el)).to.have.length(1);
      // The URL is written once typing pauses.
      expect(new URLSearchParams(location.search).get('od.q')).to.equal(null);
      await waitUntil(
        () => new URLSearchParams(location.search).get('od.q') === 'talsu',
        'the typed query never reached the URL'
      );
      await traverse(-1);
      await el.updateComplete;
      expect(location.search).to.equal('?od.partners=1');
      expect(searchBox(el).value).to.equal('');
      expect(titles(el)).to.have.length(2);
    });

    it('gives typing its own history entry when a filter follows before the URL was written', async () => {
      const el = await directory();
      const box = searchBox(el);
      box.value = 'a';
      box.dispatchEvent(new Event('input'));
      checkbox(el, 'country', 'LT').click();
      await el.updateComplete;
      await waitUntil(
        () => location.search.includes('od.country=LT'),
        'the country never reached the URL'
      );
      expect(new URLSearchParams(location.search).get('od.q')).to.equal('a');
      await traverse(-1);
      await el.updateComplete;
      expect(location.search).to.equal('?od.q=a');
      expect(checkbox(el, 'country', 'LT').checked).to.equal(false);
      expect(searchBox(el).value).to.equal('a');
    });

    it('keeps two directories on one page apart', async () => {
      // fixtureSync: fixture() waits an animation frame for a plain <div>, which
      // never comes while the test page is in the background.
      const wrap = fixtureSync<HTMLElement>(
        html`<div>
          <org-directory .data=${DATA}></org-directory>
          <org-directory id="partners" .data=${DATA}></org-directory>
        </div>`
      );
      const [a, b] = [...wrap.querySelectorAll('org-directory')];
      await ready(a);
      await ready(b);
      checkbox(a, 'country', 'LT').click();
      await a.updateComplete;
      const box = searchBox(b);
      box.value = 'athens';
      box.dispatchEvent(new Event('input'));
      await b.updateComplete;
      expect(titles(a)).to.deep.equal(['Šiauliai Community']);
      expect(titles(b)).to.deep.equal(['Athens Youth Association']);
      await waitUntil(() => location.search.includes('partners.q'));
      const params = new URLSearchParams(location.search);
      expect(params.get('od.country')).to.equal('LT');
      expect(params.get('partners.q')).to.equal('athens');
      expect(params.get('od.q')).to.equal(null);
      await traverse(-1);
      await a.updateComplete;
      await b.updateComplete;
      expect(titles(a)).to.deep.equal(['Šiauliai Community']);
      expect(titles(b)).to.have.length(4);
    });
  });

  describe('feeds', () => {
    it('merges several feeds, the later one winning for the same id', async () => {
      const el = await fixture<OrgDirectory>(
        html`<org-directory
          src="/api/test/feed?file=test/org-directory/fixtures/feed-a.json /api/test/feed?file=test/org-directory/fixtures/feed-b.json"
        ></org-directory>`
      );
      await ready(el);
      expect(titles(el)).to.deep.equal([
        'Sabiles kultūras nams',
        'Šiaulių bendruomenių centras',
        'Talsi Municipality Youth Centre',
      ]);
      // Every feed loaded: no note that some are missing.
      expect(
        part(el, 'partial') === null,
        'a note with nothing missing'
      ).to.equal(true);
    });

    it('shows the feeds that loaded when another one fails, names it in the event, and tells the visitor some are missing', async () => {
      const el = document.createElement('org-directory') as OrgDirectory;
      el.src =
        '/api/test/feed?file=test/org-directory/fixtures/feed-a.json /api/test/feed?status=500&n=partial';
      const error = oneEvent(el, 'lym-feed-error');
      document.body.append(el);
      try {
        const {detail} = await error;
        expect(detail.partial).to.equal(true);
        expect(detail.kind).to.equal('http');
        expect(detail.status).to.equal(500);
        await ready(el);
        expect(titles(el)).to.have.length.greaterThan(0);
        expect(part(el, 'error')).to.equal(null);
        // The visitor is told the list may miss some, under the count.
        const note = part(el, 'partial')!;
        expect(note.textContent!.trim()).to.equal(
          'Some organisations could not be loaded.'
        );
        expect(
          note.compareDocumentPosition(part(el, 'count')!) &
            Node.DOCUMENT_POSITION_PRECEDING
        ).to.not.equal(0);
        expect(
          note.compareDocumentPosition(part(el, 'list')!) &
            Node.DOCUMENT_POSITION_FOLLOWING
        ).to.not.equal(0);
        await expect(el).to.be.accessible();
        // In the reader's language (each different from the others).
        const words = new Set<string>();
        for (const lang of LOCALES) {
          el.lang = lang;
          await waitUntil(
            () => !words.has(part(el, 'partial')!.textContent!.trim()),
            `not in ${lang}`
          );
          words.add(part(el, 'partial')!.textContent!.trim());
          await expect(el).to.be.accessible();
        }
        // Nothing missing on the next load (here from `.data`): the note goes.
        el.data = DATA;
        await waitUntil(
          () => titles(el).length === DATA.organizations.length,
          'the data never showed'
        );
        expect(part(el, 'partial') === null, 'the note stayed').to.equal(true);
      } finally {
        el.remove();
      }
    });

    it('shows the failure with Retry, not an empty list, when the organisations may all be in the feed that failed', async () => {
      // Recommendations only in the first feed; the organisations in the second, which fails once.
      const el = document.createElement('org-directory') as OrgDirectory;
      el.src = `/api/test/feed?file=test/recommendation-list/feed.json /api/test/feed?fails=1&t=dir-none-${Math.random()}&file=test/org-directory/fixtures/feed-a.json`;
      document.body.append(el);
      try {
        await waitUntil(() => part(el, 'error'), 'no failure', {timeout: 5000});
        expect(part(el, 'error')!.textContent).to.contain(
          'not available at the moment'
        );
        expect(part(el, 'count') === null, 'a count of none').to.equal(true);
        await expect(el).to.be.accessible();
        part(el, 'retry-button')!.focus();
        await sendKeys({press: 'Enter'});
        await waitUntil(
          () => titles(el).length > 0,
          'no organisations after Retry',
          {timeout: 5000}
        );
        expect(
          part(el, 'partial') === null,
          'a note after a full load'
        ).to.equal(true);
      } finally {
        el.remove();
      }
    });

    it('keeps the shadow DOM small at 10,000 organisations', async () => {
      const el = await directory(feed(many(10000)));
      expect(parts(el, 'item')).to.have.length(12);
      // Every node: elements, texts and Lit's marker comments; not the
      // whitespace between tags, which the built bundle's templates drop.
      const count = (n: Node): number =>
        [...n.childNodes].reduce(
          (s, c) =>
            s + (c.nodeType === 3 && !c.textContent!.trim() ? 0 : 1) + count(c),
          0
        );
      expect(count(el.shadowRoot!)).to.be.at.most(1000);
      expect(part(el, 'count')!.textContent).to.contain('10,000');
    });
  });

  describeChromium('print', () => {
    it('prints the results, the count and the page number, not the controls', async () => {
      const el = await directory(feed(many(30)));
      const [opened, closed] = parts(el, 'details') as HTMLDetailsElement[];
      opened.open = true;
      const shown = (name: string) => !!part(el, name)?.getClientRects().length;
      const controls = ['filters', 'sort', 'csv-button'];
      expect(controls.map(shown)).to.deep.equal([true, true, true]);
      await emulateMedia({media: 'print'});
      try {
        expect(controls.map(shown)).to.deep.equal([false, false, false]);
        expect(shown('count')).to.equal(true);
        expect(
          parts(el, 'item').every((i) => i.getClientRects().length)
        ).to.equal(true);
        const nav = part(el, 'pagination')!;
        expect(nav.innerText.trim()).to.equal('Page 1 of 3');
        expect(getComputedStyle(part(el, 'item')!).breakInside).to.equal(
          'avoid'
        );
        // A description the visitor opened is printed; a closed one is left out.
        expect(opened.getClientRects().length).to.equal(1);
        expect(closed.getClientRects().length).to.equal(0);
      } finally {
        await emulateMedia({media: 'screen'});
      }
      expect(controls.map(shown)).to.deep.equal([true, true, true]);
      expect(closed.getClientRects().length).to.equal(1);
    });
  });

  describe('CSV', () => {
    /** Presses Download CSV and catches the file instead of saving it. */
    async function downloadCsv(el: OrgDirectory) {
      const original = URL.createObjectURL;
      let blob: Blob | undefined;
      URL.createObjectURL = (b: Blob | MediaSource) => (
        (blob = b as Blob),
        original.call(URL, b)
      );
      let name = '';
      const catchLink = (e: Event) => {
        const a = e.target as HTMLAnchorElement;
        if (a.localName === 'a' && a.download) {
          name = a.download;
          e.preventDefault();
        }
      };
      el.shadowRoot!.addEventListener('click', catchLink);
      try {
        part(el, 'csv-button')!.click();
      } finally {
        URL.createObjectURL = original;
        el.shadowRoot!.removeEventListener('click', catchLink);
      }
      const bytes = new Uint8Array(await blob!.arrayBuffer());
      // Blob.text() drops the byte order mark, as a UTF-8 reader does.
      return {name, bytes, lines: (await blob!.text()).split('\r\n')};
    }

    it('downloads the current results as organisations.csv with a BOM', async () => {
      const el = await directory();
      checkbox(el, 'country', 'LV').click();
      checkbox(el, 'country', 'GR').click();
      await el.updateComplete;
      const {name, bytes, lines} = await downloadCsv(el);
      expect(name).to.equal('organisations.csv');
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(lines[0]).to.equal(
        '"id","name","country","municipality","city","types","fields","languages","lookingForPartners","website","email","phones","updated"'
      );
      expect(lines).to.have.length(4);
      expect(lines[1]).to.contain(
        '"athens","Athens Youth Association","Greece"'
      );
      expect(lines[2]).to.contain(
        '"\'+371 6322 0000; +371 2000 0000 (WhatsApp); Ask at the reception"'
      );
    });

    it('separates cells with a semicolon where the language writes a decimal comma, as Excel expects there', async () => {
      const seps: Record<string, string> = {};
      for (const lang of LOCALES) {
        const el = await fixture<OrgDirectory>(
          html`<org-directory lang=${lang} .data=${DATA}></org-directory>`
        );
        await waitUntil(() => part(el, 'csv-button'), 'ready');
        seps[lang] = (await downloadCsv(el)).lines[0][4];
      }
      expect(JSON.stringify(seps)).to.equal(
        JSON.stringify({en: ',', lv: ';', lt: ';', sv: ';', el: ';', pt: ';'})
      );
    });
  });

  describe('accessibility', () => {
    for (const lang of LOCALES) {
      describe(lang, function () {
        this.timeout(30000);

        it('loading state has no axe violations', async () => {
          const el = await fixture<OrgDirectory>(
            html`<org-directory
              lang=${lang}
              src=${`/api/test/feed?file=test/org-directory/fixtures/feed-a.json&delay=3000&l=${lang}`}
            ></org-directory>`
          );
          await el.updateComplete;
          expect(part(el, 'loading')).to.not.equal(null);
          await expect(el).to.be.accessible();
        });

        it('error state has no axe violations', async () => {
          const el = await fixture<OrgDirectory>(
            html`<org-directory
              lang=${lang}
              src=${`/api/test/feed?status=500&l=${lang}`}
              ><a href="/list">Full list</a></org-directory
            >`
          );
          await ready(el);
          expect(part(el, 'error')).to.not.equal(null);
          await expect(el).to.be.accessible();
        });

        it('results, filtered and empty states have no axe violations', async () => {
          const el = await directory(DATA, `lang="${lang}"`);
          expect(part(el, 'list')).to.not.equal(null);
          await expect(el).to.be.accessible();

          checkbox(el, 'country', 'LV').click();
          checkbox(el, 'partners', 'yes').click();
          await el.updateComplete;
          expect(titles(el)).to.have.length(1);
          el.shadowRoot!.querySelector('details')!.open = true;
          await expect(el).to.be.accessible();

          const box = searchBox(el);
          box.value = 'qqqq';
          box.dispatchEvent(new Event('input'));
          await el.updateComplete;
          expect(part(el, 'empty')).to.not.equal(null);
          await expect(el).to.be.accessible();
        });

        it('on a phone, the facets closed and open have no axe violations', async () => {
          await setViewport({width: 360, height: 640});
          try {
            const el = await directory(DATA, `lang="${lang}"`);
            await observed();
            const button = part(el, 'filters-button')!;
            expect(button.getClientRects()).to.have.length(1);
            expect(part(el, 'facets')!.getClientRects()).to.have.length(0);
            expect(button.getAttribute('aria-expanded')).to.equal('false');
            await expect(el).to.be.accessible();
            button.click();
            await el.updateComplete;
            checkbox(el, 'country', 'LV').click();
            await el.updateComplete;
            expect(button.getAttribute('aria-expanded')).to.equal('true');
            await expect(el).to.be.accessible();
          } finally {
            await setViewport({width: 800, height: 600});
          }
        });

        it('paginated list has no axe violations', async () => {
          const el = await directory(feed(many(45)), `lang="${lang}"`);
          expect(part(el, 'pagination')).to.not.equal(null);
          await expect(el).to.be.accessible();
        });
      });
    }

    itChromium(
      'exposes every result on the page to assistive technology, also those below the fold',
      async () => {
        // A screen reader lists headings before scrolling: rendering shortcuts
        // for off-screen content (content-visibility: auto) leave them out.
        const el = await directory(feed(many(45)));
        const names = titles(el);
        expect(names).to.have.length(12);
        expect(
          el
            .shadowRoot!.querySelector('[part~="list"] > :last-child')!
            .getBoundingClientRect().top
        ).to.be.greaterThan(innerHeight);
        const headings = (await a11yNodes())
          .filter((n) => n.role === 'heading')
          .map((n) => n.name);
        for (const name of names) expect(headings).to.include(name);
      }
    );

    it('keeps each facet count on one line beside a long label', async () => {
      // Latvian has the longest type labels ("Biedrība vai nodibinājums (NVO)").
      const el = await directory(DATA, 'lang="lv"');
      el.style.width = '12rem';
      await el.updateComplete;
      const counts = [
        ...el.shadowRoot!.querySelectorAll<HTMLElement>(
          '[part~="facet__count"]'
        ),
      ];
      expect(counts.length).to.be.greaterThan(5);
      for (const count of counts) {
        const line = parseFloat(getComputedStyle(count).lineHeight);
        expect(
          count.getBoundingClientRect().height,
          `${count.previousElementSibling!.textContent} ${count.textContent}`
        ).to.be.below(line * 1.5);
      }
    });

    it("counts in Portugal's Portuguese: none found is plural", async () => {
      const el = await directory(DATA, 'lang="pt"');
      const box = searchBox(el);
      box.value = 'qqqq';
      box.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(part(el, 'count')!.textContent!.trim()).to.equal(
        '0 organizações encontradas'
      );
    });

    it('shows its UI in the element language', async () => {
      const el = await directory(DATA, 'lang="lv"');
      expect(part(el, 'count')!.textContent!.trim()).to.equal(
        'Atrastas 4 organizācijas'
      );
    });
  });
});
