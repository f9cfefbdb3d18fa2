import {
  aTimeout,
  expect,
  fixture,
  html,
  oneEvent,
  waitUntil,
} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import {clearFeedCache} from '../../src/feed/load.js';
import '../../src/recommendation-list/define.js';
import type {RecommendationList} from '../../src/recommendation-list/recommendation-list.js';
import {storageKey} from '../../src/recommendation-list/progress.js';
import feed from './feed.json';
import {TEXT_SPACING, textLeft} from '../layout.js';
import {expectStyledByPart} from '../parts.js';
import {a11yNodes} from '../a11y-tree.js';
import {chromium, itChromium} from '../engine.js';

const FEED = '/api/test/feed?file=test/recommendation-list/feed.json';
const LOCALES = ['en', 'lv', 'lt', 'sv', 'el', 'pt'];

const $ = <T extends Element = HTMLElement>(
  el: RecommendationList,
  selector: string
) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(
  el: RecommendationList,
  selector: string
) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const item = (el: RecommendationList, id: string) =>
  $$(el, '[part~="item"]').find((li) => li.dataset.id === id)!;
const titles = (el: RecommendationList) =>
  $$(el, '[part~="item__title"]').map((h) => h.textContent!.trim());
const ids = (el: RecommendationList) =>
  $$(el, '[part~="item"]').map((li) => li.dataset.id);
const said = (el: RecommendationList) =>
  $(el, '[role="status"]:not([part~="status"])')!.textContent!.trim();
const text = (node: Element | null) =>
  node?.textContent?.replace(/\s+/g, ' ').trim();

async function settled(el: RecommendationList) {
  await waitUntil(
    () => $(el, '[part~="base"], [part~="error"]'),
    'the feed did not settle',
    {timeout: 5000}
  );
  await el.updateComplete;
  return el;
}

async function make(
  template = html`<recommendation-list .data=${feed}></recommendation-list>`
): Promise<RecommendationList> {
  return settled(await fixture<RecommendationList>(template));
}

function clearStorage() {
  for (const key of Object.keys(localStorage))
    if (key.startsWith('lym-checklist:')) localStorage.removeItem(key);
}

async function change(
  target: HTMLInputElement | HTMLSelectElement,
  value: string | boolean
) {
  if (typeof value === 'boolean') (target as HTMLInputElement).checked = value;
  else target.value = value;
  target.dispatchEvent(
    new Event(
      typeof value === 'string' && target.type === 'search'
        ? 'input'
        : 'change',
      {bubbles: true, composed: true}
    )
  );
}

const opened = (el: RecommendationList) =>
  $$<HTMLDetailsElement>(el, 'details')
    .filter((d) => d.open)
    .map((d) => d.closest('li')!.dataset.id);
/** After the disclosures' toggle events (a task after they open or close). */
const toggled = async (el: RecommendationList) => {
  await aTimeout(0);
  await el.updateComplete;
};

describe('<recommendation-list>', () => {
  const startHash = location.hash;
  beforeEach(() => {
    clearFeedCache();
    clearStorage();
  });
  afterEach(() => {
    clearStorage();
    history.replaceState(
      history.state,
      '',
      location.pathname + location.search + startHash
    );
  });

  describe('parts', () => {
    it("lets a page style its filters' controls, the steps' summary and checkboxes by ::part", () =>
      expectStyledByPart(
        'recommendation-list',
        {
          'audience-select': 'select',
          'topic-options': 'fieldset',
          summary: 'summary',
          step__checkbox: '[part~="steps"] input[type="checkbox"]',
        },
        () =>
          make(
            html`<recommendation-list
              .data=${feed}
              mode="checklist"
            ></recommendation-list>`
          )
      ));
  });

  describe('states', () => {
    it('shows a polite loading state while the feed arrives, then the list', async () => {
      const el = await fixture<RecommendationList>(
        html`<recommendation-list src=${`${FEED}&delay=600`}
          ><p>Fallback</p></recommendation-list
        >`
      );
      await el.updateComplete;
      const loading = $(el, '[part~="loading"]');
      expect(loading).not.to.equal(null);
      expect(loading!.getAttribute('role')).to.equal('status');
      await settled(el);
      expect(ids(el)).to.have.length(5);
    });

    it('shows the recommendations that loaded, and says some are missing, when one feed of several fails', async () => {
      const el = await make(
        html`<recommendation-list src=${`${FEED} /api/test/feed?status=500&n=rl-partial-${Math.random()}`}></recommendation-list>`
      );
      expect(ids(el)).to.have.length(5);
      expect($(el, '[part~="error"]')).to.equal(null);
      const note = () => $(el, '[part~="partial"]');
      expect(text(note())).to.equal(
        'Some recommendations could not be loaded.'
      );
      // Under the count, above the list.
      expect(
        note()!.compareDocumentPosition($(el, '[part~="count"]')!) &
          Node.DOCUMENT_POSITION_PRECEDING
      ).to.not.equal(0);
      expect(
        note()!.compareDocumentPosition($(el, '[part~="list"]')!) &
          Node.DOCUMENT_POSITION_FOLLOWING
      ).to.not.equal(0);
      // In the reader's language (each different from the others).
      const words = new Set<string>();
      for (const lang of LOCALES) {
        el.lang = lang;
        await waitUntil(() => !words.has(text(note())!), `not in ${lang}`);
        words.add(text(note())!);
        await expect(el).to.be.accessible();
      }
      // Nothing missing on the next load: the note goes.
      el.data = feed;
      el.src = undefined;
      await waitUntil(() => !note(), 'the note stayed');
      expect(ids(el)).to.have.length(5);
    });

    it('shows the failure with Retry, not "no recommendations yet", when they may all be in the feed that failed', async () => {
      const key = `rl-none-${Math.random()}`;
      // Organisations only in the first feed; the recommendations in the second, which fails once.
      const el = await make(
        html`<recommendation-list
          src=${`/api/test/feed?file=test/org-directory/fixtures/feed-a.json /api/test/feed?fails=1&t=${key}&file=test/recommendation-list/feed.json`}
          ><p>Read the recommendations in the PDF.</p></recommendation-list
        >`
      );
      const error = $(el, '[part~="error"]')!;
      expect(text(error)).to.contain('not available at the moment');
      expect($(el, '[part~="empty"]')).to.equal(null);
      expect(
        $<HTMLSlotElement>(el, '[part~="fallback"] slot')!.assignedElements()
      ).to.have.length(1);
      await expect(el).to.be.accessible();
      // Retry, by keyboard: the missing feed comes, and the list with it.
      $(el, '[part~="retry-button"]')!.focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => ids(el).length === 5, 'no list after Retry', {
        timeout: 5000,
      });
      expect($(el, '[part~="partial"]')).to.equal(null);
    });

    it('shows the error state with the fallback content and retries when asked', async () => {
      const n = String(Math.random());
      const el = await make(
        html`<recommendation-list src=${`/api/test/feed?status=500&n=${n}`}
          ><p>Read the recommendations in the PDF.</p></recommendation-list
        >`
      );
      const error = $(el, '[part~="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      const slot = $<HTMLSlotElement>(el, '[part~="fallback"] slot')!;
      expect(text(slot.assignedElements()[0])).to.equal(
        'Read the recommendations in the PDF.'
      );
      const count = async () =>
        (
          (await (await fetch('/api/test/requests')).json()) as {
            query: {n?: string};
          }[]
        ).filter((r) => r.query.n === n).length;
      expect(await count()).to.equal(1);
      $(el, '[part~="retry-button"]')!.click();
      await waitUntil(
        async () => (await count()) === 2,
        'Retry did not load again'
      );
      await settled(el);
      expect($(el, '[part~="error"]')).not.to.equal(null);
    });

    it('says there are no recommendations yet for a feed without any, with no clear button', async () => {
      const el = await make(
        html`<recommendation-list
          .data=${{version: 1, recommendations: []}}
        ></recommendation-list>`
      );
      expect(text($(el, '[part~="empty"]'))).to.equal(
        'There are no recommendations yet.'
      );
      expect($(el, '[part~="clear-button"]')).to.equal(null);
      expect($(el, '[part~="list"]')).to.equal(null);
    });

    itChromium(
      'renders each recommendation with its title, summary, ordered steps behind a disclosure and source',
      async () => {
        const el = await make();
        expect(titles(el)[0]).to.equal('Set up a youth council together');
        expect(text($(el, '[part~="count"]'))).to.equal('5 recommendations');
        const first = item(el, 'youth-council');
        expect(
          first.querySelector('[part~="item__title"]')!.getAttribute('role')
        ).to.equal('heading');
        expect(
          first
            .querySelector('[part~="item__title"]')!
            .getAttribute('aria-level')
        ).to.equal('2');
        expect(text(first.querySelector('[part~="item__summary"]'))).to.match(
          /^Municipalities and youth/
        );
        const details = first.querySelector('details')!;
        expect(details.open).to.equal(false);
        expect(text(details.querySelector('summary'))).to.equal('Steps (3)');
        // Ten disclosures must not all be called "Steps (3)": the name says whose.
        expect(
          details.querySelector('summary')!.getAttribute('aria-label')
        ).to.equal('Steps (3): Set up a youth council together');
        // … and "Steps (3)" is not said again as its description.
        const node = (await a11yNodes()).find((n) =>
          n.name.startsWith('Steps (3): Set up')
        )!;
        expect(node.description ?? '').to.equal('');
        expect(
          details.querySelectorAll('ol[part~="steps"] > li[part~="step"]')
        ).to.have.length(3);
        expect(text(details.querySelector('[part~="step"]'))).to.equal(
          'Map who is already active List the groups.'
        );
        const link =
          first.querySelector<HTMLAnchorElement>('[part~="source"] a')!;
        expect(link.href).to.equal('https://example.org/handbook.pdf');
        expect(text(first.querySelector('[part~="source"]'))).to.equal(
          'Source: Youth participation handbook, 2021'
        );
      }
    );

    it('draws a right-to-left source title before its year, as written ("title, 2023")', async () => {
      // An Arabic title followed by ", 2023" would otherwise take the year
      // into its right-to-left run and show it on the title's left.
      const title = 'دليل التعاون مع البلديات';
      for (const url of [undefined, 'https://example.org/guide.pdf']) {
        const el = await make(
          html`<recommendation-list
            .data=${{version: 1, recommendations: [{id: 'r', title: 'R', source: {title, year: 2023, ...(url ? {url} : {})}}]}}
          ></recommendation-list>`
        );
        const source = $(el, '[part~="source"]')!;
        const titled = source.querySelector(url ? 'a' : 'cite')!;
        expect(
          titled.getBoundingClientRect().right <= textLeft(source, '2023'),
          `${url ? 'a link' : 'a citation'}: the year is drawn right of the title`
        ).to.equal(true);
      }
    });

    it('renders what a recommendation has: no steps, no source, no summary', async () => {
      const el = await make();
      const premises = item(el, 'shared-premises');
      expect(premises.querySelector('[part~="source"]')).to.equal(null);
      expect(premises.querySelector('[part~="item__summary"]')).not.to.equal(
        null
      );
      const voice = item(el, 'youth-voice');
      expect(voice.querySelector('details')).to.equal(null);
      expect(voice.querySelector('[part~="item__summary"]')).to.equal(null);
      expect(text(voice.querySelector('[part~="source"]'))).to.equal(
        'Source: Hostile <b>source</b>'
      );
    });

    it('shows hostile feed text as text and never links a javascript: URL', async () => {
      const hostile = {
        version: 1,
        recommendations: [
          ...feed.recommendations,
          {
            id: 'x',
            title: 'X',
            audience: [],
            topics: [],
            steps: [],
            source: {title: 'S', url: 'javascript:alert(1)'},
          },
          {
            id: 'y',
            title: 'Y',
            audience: [],
            topics: [],
            steps: [],
            source: {title: 'T', url: ' jav\tascript:alert(1)'},
          },
        ],
      };
      const el = await make(
        html`<recommendation-list .data=${hostile}></recommendation-list>`
      );
      expect(text(item(el, 'x').querySelector('[part~="source"]'))).to.equal(
        'Source: S'
      );
      const voice = item(el, 'youth-voice');
      expect(text(voice.querySelector('[part~="item__title"]'))).to.equal(
        'Listen to young people <img src=x onerror=alert(1)>'
      );
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(voice.querySelector('a')).to.equal(null);
      for (const a of $$<HTMLAnchorElement>(el, 'a'))
        expect(a.protocol).to.match(/^https?:$/);
    });

    it('uses the heading level it is given, within 1–6', async () => {
      const el = await make(
        html`<recommendation-list
          heading-level="3"
          .data=${feed}
        ></recommendation-list>`
      );
      expect(
        $(el, '[part~="item__title"]')!.getAttribute('aria-level')
      ).to.equal('3');
      el.headingLevel = 12;
      await el.updateComplete;
      expect(
        $(el, '[part~="item__title"]')!.getAttribute('aria-level')
      ).to.equal('6');
    });

    it('marks feed texts shown in another language than the UI with lang', async () => {
      const el = await make(
        html`<recommendation-list
          lang="lt"
          .data=${feed}
        ></recommendation-list>`
      );
      const title = item(el, 'youth-council').querySelector(
        '[part~="item__title"]'
      )!;
      expect(title.getAttribute('lang')).to.equal('en');
      const lv = await make(
        html`<recommendation-list
          lang="lv"
          .data=${feed}
        ></recommendation-list>`
      );
      const lvTitle = item(lv, 'youth-council').querySelector(
        '[part~="item__title"]'
      )!;
      expect(text(lvTitle)).to.equal('Kopā izveidojiet jauniešu padomi');
      expect(lvTitle.hasAttribute('lang')).to.equal(false);
      expect(text(lv.shadowRoot!.querySelector('[part~="count"]'))).to.equal(
        '5 ieteikumi'
      );
    });
  });

  describe('filters', () => {
    it('writes a query in a right-to-left script right to left', async () => {
      const el = await make(
        html`<recommendation-list .data=${feed}></recommendation-list>`
      );
      const box = $<HTMLInputElement>(el, '#q')!;
      box.value = 'שיתוף';
      expect(box.matches(':dir(rtl)')).to.equal(true);
      box.value = 'grants';
      expect(box.matches(':dir(ltr)')).to.equal(true);
    });

    it('applies the audience and topics presets', async () => {
      const el = await make(
        html`<recommendation-list
          audience="municipality"
          .data=${feed}
        ></recommendation-list>`
      );
      expect(ids(el)).to.deep.equal([
        'youth-council',
        'small-grants',
        'shared-premises',
      ]);
      expect($<HTMLSelectElement>(el, '#aud')!.value).to.equal('municipality');
      el.topics = 'funding, premises';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['small-grants', 'shared-premises']);
      const ticked = $$<HTMLInputElement>(el, '.topics input')
        .filter((i) => i.checked)
        .map((i) => i.value);
      expect(ticked).to.deep.equal(['funding', 'premises']);
    });

    it('hides the filters with hide-filters and still applies the presets', async () => {
      const el = await make(
        html`<recommendation-list
          hide-filters
          audience="youth"
          topics="funding"
          .data=${feed}
        ></recommendation-list>`
      );
      expect($(el, '[part~="filters"]')).to.equal(null);
      expect(ids(el)).to.deep.equal(['small-grants']);
    });

    it('has labelled controls: a search box, an audience select and topic checkboxes', async () => {
      const el = await make();
      expect(text($(el, 'label[for="q"]'))).to.equal('Search');
      expect($<HTMLInputElement>(el, '#q')!.type).to.equal('search');
      expect(text($(el, 'label[for="aud"]'))).to.equal('Audience');
      expect(text($(el, '.topics legend'))).to.equal('Topics');
      const labels = $$(el, '.topics label').map(text);
      expect(labels).to.deep.equal([
        'Participation',
        'Governance',
        'Funding',
        'Premises',
        'Capacity building',
      ]);
    });

    it('announces the count again when a change leaves the same number (the live region changes)', async () => {
      const el = await make();
      const region = () =>
        $(el, '[role="status"]:not([part~="status"])')!.textContent!;
      await change($<HTMLSelectElement>(el, '#aud')!, 'youth');
      await el.updateComplete;
      const first = region();
      expect(first.trim()).to.equal('2 recommendations');
      await change($<HTMLSelectElement>(el, '#aud')!, 'youth');
      await el.updateComplete;
      expect(region().trim()).to.equal('2 recommendations');
      expect(
        region() !== first,
        'the same words, but a change a screen reader reads'
      ).to.equal(true);
    });

    it('filters by audience, topic and search, and announces the count once typing pauses', async () => {
      const el = await make();
      await change($<HTMLSelectElement>(el, '#aud')!, 'youth');
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['small-grants', 'youth-voice']);
      expect(said(el)).to.equal('2 recommendations');
      await change($<HTMLSelectElement>(el, '#aud')!, '');
      await change(
        $$<HTMLInputElement>(el, '.topics input').find(
          (i) => i.value === 'premises'
        )!,
        true
      );
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['shared-premises']);
      expect(said(el)).to.equal('1 recommendation');
      // With results, Clear filters is in the filters.
      expect($(el, '[part~="filters"] [part~="clear-button"]')).not.to.equal(
        null
      );
      await change(
        $$<HTMLInputElement>(el, '.topics input').find(
          (i) => i.value === 'premises'
        )!,
        false
      );
      await el.updateComplete;
      await change($<HTMLInputElement>(el, '#q')!, 'κοινοχρηστουσ');
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['shared-premises']);
      expect(said(el), 'not on every keystroke').to.equal('5 recommendations');
      await waitUntil(
        () => said(el) === '1 recommendation',
        'the count was not announced'
      );
    });

    it('shows an empty state with Clear filters, which brings everything back', async () => {
      const el = await make();
      await change($<HTMLInputElement>(el, '#q')!, 'no such thing');
      await el.updateComplete;
      expect(text($(el, '[part~="empty"] p'))).to.equal(
        'No recommendations match the filters.'
      );
      // One Clear filters, the empty state's (not a second in the filters).
      expect(
        el.shadowRoot!.querySelectorAll('[part~="clear-button"]')
      ).to.have.length(1);
      $(el, '[part~="empty"] [part~="clear-button"]')!.click();
      await el.updateComplete;
      expect(ids(el)).to.have.length(5);
      expect($<HTMLInputElement>(el, '#q')!.value).to.equal('');
      expect($(el, '[part~="clear-button"]')).to.equal(null);
      expect(
        el.shadowRoot!.activeElement,
        'focus is not lost with the button'
      ).to.equal($(el, '#q'));
    });
  });

  describe('checklist', () => {
    const checklist = (data: unknown = feed) =>
      make(
        html`<recommendation-list
          mode="checklist"
          .data=${data}
        ></recommendation-list>`
      );
    const boxes = (el: RecommendationList, id: string) => [
      ...item(el, id).querySelectorAll<HTMLInputElement>(
        'input[type="checkbox"]'
      ),
    ];

    it('makes each step a checkbox labelled by its title, with progress per recommendation and overall', async () => {
      const el = await checklist();
      const council = boxes(el, 'youth-council');
      expect(council).to.have.length(3);
      expect(text(council[1].closest('label'))).to.equal('Agree on a mandate');
      expect(
        text(item(el, 'youth-council').querySelector('[part~="progress"]'))
      ).to.equal('Steps done: 0 of 3');
      expect(
        item(el, 'youth-voice').querySelector('[part~="progress"]'),
        'no steps, no progress'
      ).to.equal(null);
      expect(text($(el, '[part~="overall"]'))).to.equal(
        'Steps done in all shown: 0 of 7'
      );
    });

    // WCAG 2.5.8: a hand that shakes, aiming at the first step, must not
    // close the steps (the "Steps" toggle is right above it).
    it("gives a step's checkbox a target 24 px tall, spaced from the Steps toggle", async () => {
      const el = await checklist();
      const details = item(el, 'youth-council').querySelector('details')!;
      details.open = true;
      const [first] = boxes(el, 'youth-council');
      const target = first.closest('label')!.getBoundingClientRect();
      const box = first.getBoundingClientRect();
      const toggle = details.querySelector('summary')!.getBoundingClientRect();
      expect(target.height).to.be.at.least(24);
      expect(target.width).to.be.at.least(24);
      // A 24 px circle around the checkbox clears the toggle.
      expect(box.top + box.height / 2 - 12).to.be.at.least(toggle.bottom);
    });

    itChromium(
      "describes a step's checkbox by the step's explanation, and shows its title bold as in the list",
      async () => {
        const el = await checklist();
        const [mapped, mandate] = boxes(el, 'youth-council');
        const described = mapped.getAttribute('aria-describedby');
        expect(described).to.be.a('string');
        expect(text(el.shadowRoot!.getElementById(described!))).to.equal(
          'List the groups.'
        );
        expect(
          mandate.hasAttribute('aria-describedby'),
          'a step without text'
        ).to.equal(false);
        // What assistive technology is given: the name, then the description.
        item(el, 'youth-council').querySelector('details')!.open = true;
        mapped.focus();
        const node = (await a11yNodes()).find(
          (n) => n.role === 'checkbox' && n.name === 'Map who is already active'
        );
        expect(
          (node as {description?: string} | undefined)?.description
        ).to.equal('List the groups.');
        const title = mapped.closest('label')!.querySelector('strong')!;
        const list = await make();
        const listTitle = item(list, 'youth-council').querySelector(
          '[part~="step"] strong'
        )!;
        expect(getComputedStyle(title).fontWeight).to.equal(
          getComputedStyle(listTitle).fontWeight
        );
        expect(Number(getComputedStyle(title).fontWeight)).to.be.at.least(600);
      }
    );

    it('fires lym-step-toggle, counts, announces and stores a ticked step', async () => {
      const el = await checklist();
      const box = boxes(el, 'youth-council')[2];
      const event = oneEvent(el, 'lym-step-toggle');
      box.click();
      const {detail} = await event;
      expect(detail).to.deep.equal({
        recommendationId: 'youth-council',
        stepIndex: 2,
        checked: true,
      });
      await el.updateComplete;
      expect(
        text(item(el, 'youth-council').querySelector('[part~="progress"]'))
      ).to.equal('Steps done: 1 of 3');
      expect(text($(el, '[part~="overall"]'))).to.equal(
        'Steps done in all shown: 1 of 7'
      );
      expect(said(el)).to.equal(
        'Set up a youth council together: Steps done: 1 of 3'
      );
      expect(
        JSON.parse(localStorage.getItem(storageKey(location.pathname))!)
      ).to.deep.equal({
        'youth-council': ['Hold elections'],
      });
    });

    it('keeps each tick on its step when the feed inserts a step before it', async () => {
      const el = await checklist();
      boxes(el, 'youth-council')[1].click(); // Agree on a mandate
      await el.updateComplete;
      el.remove();
      const edited = {
        ...feed,
        recommendations: feed.recommendations.map((r) =>
          r.id === 'youth-council'
            ? {...r, steps: [{title: 'Invite the schools'}, ...r.steps]}
            : r
        ),
      };
      const again = await checklist(edited);
      expect(boxes(again, 'youth-council').map((b) => b.checked)).to.deep.equal(
        [false, false, true, false]
      );
      expect(text(boxes(again, 'youth-council')[2].closest('label'))).to.equal(
        'Agree on a mandate'
      );
      expect(
        text(item(again, 'youth-council').querySelector('[part~="progress"]'))
      ).to.equal('Steps done: 1 of 4');
    });

    it('keeps a tick whatever language the list is shown in', async () => {
      const el = await checklist();
      boxes(el, 'youth-council')[0].click(); // Map who is already active
      await el.updateComplete;
      el.remove();
      const lv = await make(
        html`<recommendation-list
          mode="checklist"
          lang="lv"
          .data=${feed}
        ></recommendation-list>`
      );
      expect(text(boxes(lv, 'youth-council')[0].closest('label'))).to.equal(
        'Apzināt aktīvos'
      );
      expect(boxes(lv, 'youth-council')[0].checked).to.equal(true);
    });

    it('keeps progress across a re-created element, per feed', async () => {
      const el = await checklist();
      boxes(el, 'small-grants')[1].click();
      await el.updateComplete;
      el.remove();
      const again = await checklist();
      expect(boxes(again, 'small-grants').map((b) => b.checked)).to.deep.equal([
        false,
        true,
      ]);
      expect(
        text(item(again, 'small-grants').querySelector('[part~="progress"]'))
      ).to.equal('Steps done: 1 of 2');
      const otherFeed = await make(
        html`<recommendation-list
          mode="checklist"
          src=${FEED}
        ></recommendation-list>`
      );
      expect(
        boxes(otherFeed, 'small-grants').map((b) => b.checked)
      ).to.deep.equal([false, false]);
    });

    // A feed's id is a key like any other in the stored progress, also one
    // that names a member of every object (Object.prototype's).
    it('ticks, counts and keeps the steps of recommendations with ids such as "constructor" and "__proto__"', async () => {
      const odd = {
        ...feed,
        recommendations: feed.recommendations.map((r) =>
          r.id === 'youth-council'
            ? {...r, id: 'constructor'}
            : r.id === 'small-grants'
              ? {...r, id: '__proto__'}
              : r
        ),
      };
      const el = await checklist(odd);
      expect(
        text(item(el, 'constructor').querySelector('[part~="progress"]'))
      ).to.equal('Steps done: 0 of 3');
      boxes(el, 'constructor')[2].click();
      boxes(el, '__proto__')[0].click();
      await el.updateComplete;
      expect(text($(el, '[part~="overall"]'))).to.equal(
        'Steps done in all shown: 2 of 7'
      );
      el.remove();
      const again = await checklist(odd);
      expect(boxes(again, 'constructor').map((b) => b.checked)).to.deep.equal([
        false,
        false,
        true,
      ]);
      expect(boxes(again, '__proto__').map((b) => b.checked)).to.deep.equal([
        true,
        false,
      ]);
    });

    it('ignores a corrupt stored value', async () => {
      localStorage.setItem(
        storageKey(location.pathname),
        '{"small-grants": "yes", oops'
      );
      const el = await checklist();
      expect(boxes(el, 'small-grants').map((b) => b.checked)).to.deep.equal([
        false,
        false,
      ]);
      boxes(el, 'small-grants')[0].click();
      await el.updateComplete;
      expect(
        text(item(el, 'small-grants').querySelector('[part~="progress"]'))
      ).to.equal('Steps done: 1 of 2');
    });

    it('resets progress without firing lym-step-toggle and says so', async () => {
      const el = await checklist();
      boxes(el, 'youth-council')[0].click();
      boxes(el, 'small-grants')[0].click();
      await el.updateComplete;
      let fired = 0;
      el.addEventListener('lym-step-toggle', () => fired++);
      $(el, '[part~="reset-button"]')!.click();
      await el.updateComplete;
      expect(
        [...boxes(el, 'youth-council'), ...boxes(el, 'small-grants')].some(
          (b) => b.checked
        )
      ).to.equal(false);
      expect(text($(el, '[part~="overall"]'))).to.equal(
        'Steps done in all shown: 0 of 7'
      );
      expect(said(el)).to.equal('Progress reset.');
      expect(localStorage.getItem(storageKey(location.pathname))).to.equal(
        null
      );
      expect(fired).to.equal(0);
    });
    it('greys an unavailable Reset progress rather than fading it: its focus ring keeps its full colour', async () => {
      const el = await checklist();
      const reset = $<HTMLButtonElement>(el, '[part~="reset-button"]')!;
      const search = $<HTMLInputElement>(el, 'input[type="search"]')!;
      expect(reset.getAttribute('aria-disabled')).to.equal('true');
      search.focus();
      const ring = getComputedStyle(search).outlineColor;
      reset.focus();
      expect(reset.matches(':focus-visible')).to.equal(true);
      // Opacity would fade the ring too (2.3:1 on white in the Talsi theme).
      const style = getComputedStyle(reset);
      expect(style.opacity).to.equal('1');
      expect([style.outlineStyle, style.outlineColor]).to.deep.equal([
        'solid',
        ring,
      ]);
      // Greyed: not the colour it has once there is something to reset.
      const grey = style.color;
      boxes(el, 'youth-council')[0].click();
      await el.updateComplete;
      expect(reset.getAttribute('aria-disabled')).to.equal('false');
      expect(getComputedStyle(reset).color).to.not.equal(grey);
    });
    it('undoes a reset with the same button, until a step is ticked again', async () => {
      const el = await checklist();
      const reset = $<HTMLButtonElement>(el, '[part~="reset-button"]')!;
      // With nothing ticked there is nothing to reset: the button stays in
      // the tab order but says it is unavailable, and a press does nothing.
      expect(reset.getAttribute('aria-disabled')).to.equal('true');
      reset.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(text(reset)).to.equal('Reset progress');
      expect(said(el)).to.equal('');
      boxes(el, 'youth-council')[0].click();
      await el.updateComplete;
      expect(reset.getAttribute('aria-disabled')).to.equal('false');
      boxes(el, 'small-grants')[1].click();
      await el.updateComplete;
      const key = storageKey(location.pathname);
      const stored = localStorage.getItem(key);
      reset.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(text($(el, '[part~="overall"]'))).to.equal(
        'Steps done in all shown: 0 of 7'
      );
      expect(text(reset)).to.equal('Undo reset');
      // Nothing is ticked now, but the reset can be undone.
      expect(reset.getAttribute('aria-disabled')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(reset);
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(said(el)).to.equal('Progress restored.');
      expect(boxes(el, 'youth-council')[0].checked).to.equal(true);
      expect(boxes(el, 'small-grants').map((b) => b.checked)).to.deep.equal([
        false,
        true,
      ]);
      expect(localStorage.getItem(key)).to.equal(stored);
      expect(text(reset)).to.equal('Reset progress');
      reset.click();
      await el.updateComplete;
      expect(text(reset)).to.equal('Undo reset');
      boxes(el, 'small-grants')[0].click();
      await el.updateComplete;
      expect(text(reset)).to.equal('Reset progress');
      reset.click();
      await el.updateComplete;
      expect(said(el)).to.equal('Progress reset.');
      expect(boxes(el, 'small-grants')[0].checked).to.equal(false);
    });
    it('resets only the shown recommendations, and undoes that after the filter changes', async () => {
      const el = await checklist();
      boxes(el, 'youth-council')[0].click();
      boxes(el, 'small-grants')[1].click();
      await el.updateComplete;
      await change($<HTMLSelectElement>(el, '#aud')!, 'youth');
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['small-grants', 'youth-voice']);
      const reset = $<HTMLButtonElement>(el, '[part~="reset-button"]')!;
      reset.click();
      await el.updateComplete;
      expect(boxes(el, 'small-grants').map((b) => b.checked)).to.deep.equal([
        false,
        false,
      ]);
      await change($<HTMLSelectElement>(el, '#aud')!, '');
      await el.updateComplete;
      // The hidden one kept its tick; the button still offers the undo.
      expect(boxes(el, 'youth-council')[0].checked).to.equal(true);
      expect(text(reset)).to.equal('Undo reset');
      reset.click();
      await el.updateComplete;
      expect(said(el)).to.equal('Progress restored.');
      expect(boxes(el, 'youth-council')[0].checked).to.equal(true);
      expect(boxes(el, 'small-grants').map((b) => b.checked)).to.deep.equal([
        false,
        true,
      ]);
      // Ticks only among the hidden ones: nothing shown to reset, and a
      // press leaves the hidden ticks alone.
      const premises = $$<HTMLInputElement>(el, '.topics input').find(
        (i) => i.value === 'premises'
      )!;
      await change(premises, true);
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['shared-premises']);
      expect(reset.getAttribute('aria-disabled')).to.equal('true');
      const before = said(el);
      reset.click();
      await el.updateComplete;
      expect(said(el)).to.equal(before);
      await change(premises, false);
      await el.updateComplete;
      expect(boxes(el, 'youth-council')[0].checked).to.equal(true);
      expect(boxes(el, 'small-grants')[1].checked).to.equal(true);
    });
  });

  describe('progress shared by lists and tabs', () => {
    const two = async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div>
          <recommendation-list id="a" mode="checklist" .data=${feed}></recommendation-list>
          <recommendation-list id="b" mode="checklist" .data=${feed}></recommendation-list>
        </div>`
      );
      const [a, b] = [
        ...wrap.querySelectorAll<RecommendationList>('recommendation-list'),
      ];
      await settled(a);
      await settled(b);
      return [a, b];
    };
    const boxes = (el: RecommendationList, id: string) => [
      ...item(el, id).querySelectorAll<HTMLInputElement>(
        'input[type="checkbox"]'
      ),
    ];
    const key = () => storageKey(location.pathname);

    it('two lists on one feed keep each other’s ticks, and each shows the other’s', async () => {
      const [a, b] = await two();
      boxes(a, 'youth-council')[0].click();
      await b.updateComplete;
      expect(boxes(b, 'youth-council')[0].checked, 'B shows A’s tick').to.equal(
        true
      );
      boxes(b, 'small-grants')[1].click();
      boxes(a, 'youth-council')[2].click();
      await a.updateComplete;
      await b.updateComplete;
      expect(JSON.parse(localStorage.getItem(key())!)).to.deep.equal({
        'youth-council': ['Map who is already active', 'Hold elections'],
        'small-grants': ['Publish a one-page form'],
      });
      expect(
        text(item(b, 'youth-council').querySelector('[part~="progress"]'))
      ).to.equal('Steps done: 2 of 3');
      expect(said(b), 'only the list ticked in speaks').to.equal(
        'Small grants for youth initiatives: Steps done: 1 of 2'
      );
      // A reset in one is a reset in both.
      $(a, '[part~="reset-button"]')!.click();
      await b.updateComplete;
      expect(boxes(b, 'small-grants')[1].checked).to.equal(false);
    });

    it('leaves a list on another feed alone when one saves', async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div>
          <recommendation-list mode="checklist" .data=${feed}></recommendation-list>
          <recommendation-list mode="checklist" src=${FEED}></recommendation-list>
        </div>`
      );
      const [page, other] = [
        ...wrap.querySelectorAll<RecommendationList>('recommendation-list'),
      ];
      await settled(page);
      await settled(other);
      boxes(page, 'small-grants')[0].click();
      await page.updateComplete;
      await other.updateComplete;
      expect(boxes(page, 'small-grants')[0].checked).to.equal(true);
      expect(
        boxes(other, 'small-grants')[0].checked,
        'another feed’s list'
      ).to.equal(false);
    });

    it('follows a save in another tab (its storage event)', async () => {
      const el = await make(
        html`<recommendation-list mode="checklist" .data=${feed}></recommendation-list>`
      );
      boxes(el, 'youth-council')[0].click();
      await el.updateComplete;
      // What another tab's tick does here: it writes the key, and this tab gets a storage event.
      localStorage.setItem(
        key(),
        JSON.stringify({
          'youth-council': ['Map who is already active'],
          'small-grants': ['Set a budget line'],
        })
      );
      dispatchEvent(new StorageEvent('storage', {key: key()}));
      await el.updateComplete;
      expect(boxes(el, 'small-grants')[0].checked).to.equal(true);
      boxes(el, 'youth-council')[1].click();
      expect(JSON.parse(localStorage.getItem(key())!)).to.deep.equal({
        'youth-council': ['Map who is already active', 'Agree on a mandate'],
        'small-grants': ['Set a budget line'],
      });
    });

    it('keeps the progress of a page whatever its query (?utm_source=…, a directory’s search)', async () => {
      const url = location.href;
      const el = await make(
        html`<recommendation-list mode="checklist" .data=${feed}></recommendation-list>`
      );
      boxes(el, 'small-grants')[0].click();
      await el.updateComplete;
      el.remove();
      try {
        history.replaceState(
          history.state,
          '',
          `${location.pathname}?utm_source=newsletter&od.q=talsi`
        );
        const again = await make(
          html`<recommendation-list mode="checklist" .data=${feed}></recommendation-list>`
        );
        expect(boxes(again, 'small-grants')[0].checked).to.equal(true);
      } finally {
        history.replaceState(history.state, '', url);
      }
    });
  });

  describe('deep links', () => {
    it('opens the recommendation in the hash on load and moves focus to it', async () => {
      history.replaceState(null, '', '#small-grants');
      const el = await make();
      await waitUntil(() => el.shadowRoot!.activeElement, 'focus did not move');
      expect(item(el, 'small-grants').querySelector('details')!.open).to.equal(
        true
      );
      expect(item(el, 'youth-council').querySelector('details')!.open).to.equal(
        false
      );
      expect(el.shadowRoot!.activeElement).to.equal(
        item(el, 'small-grants').querySelector('[part~="item__title"]')
      );
    });

    it('follows hashchange, clearing the filters that hide the target', async () => {
      const el = await make(
        html`<recommendation-list
          audience="youth"
          .data=${feed}
        ></recommendation-list>`
      );
      expect(ids(el)).not.to.include('shared-premises');
      const changed = oneEvent(window, 'hashchange');
      location.hash = '#shared-premises';
      await changed;
      await waitUntil(() => el.shadowRoot!.activeElement, 'focus did not move');
      expect(ids(el)).to.include('shared-premises');
      expect(
        item(el, 'shared-premises').querySelector('details')!.open
      ).to.equal(true);
    });

    it('does not override hidden presets for a deep link to a recommendation they exclude', async () => {
      history.replaceState(null, '', '#shared-premises');
      const el = await make(
        html`<recommendation-list
          hide-filters
          audience="youth"
          .data=${feed}
        ></recommendation-list>`
      );
      await aTimeout(50);
      expect(ids(el)).to.deep.equal(['small-grants', 'youth-voice']);
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });

    it('ignores a hash that names no recommendation', async () => {
      history.replaceState(null, '', '#nothing-here');
      const el = await make();
      await aTimeout(50);
      expect(el.shadowRoot!.activeElement).to.equal(null);
      expect(
        $$<HTMLDetailsElement>(el, 'details').some((d) => d.open)
      ).to.equal(false);
    });

    it('puts the recommendation the visitor opens into the hash without a hashchange', async () => {
      const el = await make();
      let changes = 0;
      const count = () => changes++;
      window.addEventListener('hashchange', count);
      item(el, 'youth-council').querySelector('summary')!.click();
      await aTimeout(20);
      window.removeEventListener('hashchange', count);
      expect(location.hash).to.equal('#youth-council');
      expect(item(el, 'youth-council').querySelector('details')!.open).to.equal(
        true
      );
      expect(changes).to.equal(0);
    });

    it('leaves the route of an app routed by the hash (#/…, #!…) as it is', async () => {
      for (const route of ['#/app/guide', '#!/guide']) {
        history.replaceState(null, '', route);
        const el = await make();
        item(el, 'youth-council').querySelector('summary')!.click();
        await aTimeout(20);
        expect(location.hash).to.equal(route);
        expect(
          item(el, 'youth-council').querySelector('details')!.open
        ).to.equal(true);
      }
    });
  });

  describe('keyboard', function () {
    // Key presses travel through the test server; give them room on a busy machine.
    this.timeout(20000);
    it('Tab reaches a summary, Enter opens it, Space ticks a step', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button>before</button>
          <recommendation-list
            hide-filters
            mode="checklist"
            .data=${feed}
          ></recommendation-list>
        </div>`
      );
      const el = await settled(wrapper.querySelector('recommendation-list')!);
      wrapper.querySelector('button')!.focus();
      await sendKeys({press: 'Tab'}); // Reset progress
      expect(el.shadowRoot!.activeElement).to.equal(
        $(el, '[part~="reset-button"]')
      );
      await sendKeys({press: 'Tab'}); // Show all steps
      expect(el.shadowRoot!.activeElement).to.equal(
        $(el, '[part~="expand-button"]')
      );
      await sendKeys({press: 'Tab'});
      const summary = item(el, 'youth-council').querySelector('summary')!;
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      await sendKeys({press: 'Enter'});
      await aTimeout(20);
      expect(summary.parentElement!.hasAttribute('open')).to.equal(true);
      await sendKeys({press: 'Tab'});
      const box = item(el, 'youth-council').querySelector<HTMLInputElement>(
        'input[type="checkbox"]'
      )!;
      expect(el.shadowRoot!.activeElement).to.equal(box);
      const event = oneEvent(el, 'lym-step-toggle');
      await sendKeys({press: 'Space'});
      expect((await event).detail).to.deep.equal({
        recommendationId: 'youth-council',
        stepIndex: 0,
        checked: true,
      });
      expect(box.checked).to.equal(true);
    });

    it('Enter on Show all steps opens every recommendation, and again closes them', async () => {
      const el = await make(
        html`<recommendation-list hide-filters .data=${feed}></recommendation-list>`
      );
      const expand = $(el, '[part~="expand-button"]')!;
      expand.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(opened(el)).to.have.length(4);
      expect(el.shadowRoot!.activeElement).to.equal(expand);
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      expect(opened(el)).to.deep.equal([]);
    });

    it('reaches the search box and the filters in order with Tab', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button>before</button>
          <recommendation-list .data=${feed}></recommendation-list>
        </div>`
      );
      const el = await settled(wrapper.querySelector('recommendation-list')!);
      wrapper.querySelector('button')!.focus();
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#q'));
      await sendKeys({type: 'grants'});
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal($(el, '#aud'));
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['small-grants']);
    });
  });

  describe('show all steps', () => {
    const expand = (el: RecommendationList) => $(el, '[part~="expand-button"]');

    it('opens and closes every shown recommendation with steps, its state in aria-expanded and its words', async () => {
      const el = await make();
      const button = expand(el)!;
      expect(text(button)).to.equal('Show all steps');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      // Before the list, after the count.
      expect(
        button.compareDocumentPosition($(el, '[part~="list"]')!) &
          Node.DOCUMENT_POSITION_FOLLOWING
      ).to.not.equal(0);
      button.click();
      await toggled(el);
      expect(opened(el)).to.deep.equal([
        'youth-council',
        'small-grants',
        'shared-premises',
        'long-words',
      ]);
      expect(text(button)).to.equal('Hide all steps');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      // The hash is the visitor's single choice: Show all leaves it alone.
      expect(location.hash).not.to.equal('#youth-council');
      button.click();
      await toggled(el);
      expect(opened(el)).to.deep.equal([]);
      expect(text(button)).to.equal('Show all steps');
    });

    it('follows the disclosures: all opened one by one is Hide all steps; one closed, or a filter that shows a closed one, Show all steps', async () => {
      const el = await make();
      for (const d of $$<HTMLDetailsElement>(el, 'details')) {
        expect(text(expand(el))).to.equal('Show all steps');
        d.open = true;
        await toggled(el);
      }
      expect(text(expand(el))).to.equal('Hide all steps');
      item(el, 'small-grants').querySelector('details')!.open = false;
      await toggled(el);
      expect(text(expand(el))).to.equal('Show all steps');
      expect(expand(el)!.getAttribute('aria-expanded')).to.equal('false');
      item(el, 'small-grants').querySelector('details')!.open = true;
      await toggled(el);
      expect(text(expand(el))).to.equal('Hide all steps');
      // One shown with steps: its own disclosure is all there is.
      await change($<HTMLInputElement>(el, '#q')!, 'youth council');
      await aTimeout(900); // the search's pause
      await toggled(el);
      expect(ids(el)).to.deep.equal(['youth-council']);
      expect(expand(el)).to.equal(null);
      // The others come back closed.
      await change($<HTMLInputElement>(el, '#q')!, '');
      await aTimeout(900);
      await toggled(el);
      expect(opened(el)).to.deep.equal(['youth-council']);
      expect(text(expand(el))).to.equal('Show all steps');
      expect(expand(el)!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('is not there when at most one shown recommendation has steps', async () => {
      const one = await make(
        html`<recommendation-list
          topics="funding"
          .data=${feed}
        ></recommendation-list>`
      );
      expect(ids(one)).to.deep.equal(['small-grants']);
      expect(expand(one)).to.equal(null);
      const none = await make(
        html`<recommendation-list
          .data=${{
            ...feed,
            recommendations: feed.recommendations.map((r) => ({
              ...r,
              steps: [],
            })),
          }}
        ></recommendation-list>`
      );
      expect(ids(none)).to.have.length(5);
      expect(expand(none)).to.equal(null);
    });

    it('is left out of print, where every recommendation is open anyway', async function () {
      if (!chromium) this.skip();
      const el = await make();
      await emulateMedia({media: 'print'});
      try {
        expect(getComputedStyle(expand(el)!).display).to.equal('none');
      } finally {
        await emulateMedia({media: 'screen'});
      }
      expect(getComputedStyle(expand(el)!).display).not.to.equal('none');
    });
  });

  describe('print', () => {
    it('opens every recommendation before printing and restores them after', async () => {
      const el = await make();
      item(el, 'small-grants').querySelector('details')!.open = true;
      window.dispatchEvent(new Event('beforeprint'));
      expect(
        $$<HTMLDetailsElement>(el, 'details').every((d) => d.open)
      ).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      expect(
        $$<HTMLDetailsElement>(el, 'details')
          .filter((d) => d.open)
          .map((d) => d.closest('li')!.dataset.id)
      ).to.deep.equal(['small-grants']);
    });
  });

  describe('accessibility', () => {
    for (const lang of LOCALES) {
      it(`fits a 288px column with WCAG text spacing (1.4.12) in ${lang}`, async () => {
        const el = await make(
          html`<recommendation-list
            lang=${lang}
            .data=${feed}
            style="width: 288px"
          ></recommendation-list>`
        );
        const spacing = new CSSStyleSheet();
        spacing.replaceSync(TEXT_SPACING);
        el.shadowRoot!.adoptedStyleSheets = [
          ...el.shadowRoot!.adoptedStyleSheets,
          spacing,
        ];
        const right = el.getBoundingClientRect().right;
        const over = $$(el, '*')
          .filter((n) => n.getBoundingClientRect().right > right + 0.5)
          .map((n) => n.id || n.getAttribute('part') || n.localName);
        expect(over).to.deep.equal([]);
      });

      describe(`in ${lang}`, () => {
        it('is accessible while loading', async () => {
          const el = await fixture<RecommendationList>(
            html`<recommendation-list
              lang=${lang}
              src=${`${FEED}&delay=3000&l=${lang}`}
            ></recommendation-list>`
          );
          await el.updateComplete;
          expect($(el, '[part~="loading"]')).not.to.equal(null);
          await expect(el).to.be.accessible();
        });

        it('is accessible in the error state', async () => {
          const el = await make(
            html`<recommendation-list
              lang=${lang}
              src="/api/test/feed?status=500"
              ><p>Fallback</p></recommendation-list
            >`
          );
          expect($(el, '[part~="error"]')).not.to.equal(null);
          await expect(el).to.be.accessible();
        });

        it('is accessible when nothing matches', async () => {
          const el = await make(
            html`<recommendation-list
              lang=${lang}
              .data=${feed}
            ></recommendation-list>`
          );
          await change($<HTMLInputElement>(el, '#q')!, 'zzzz');
          await el.updateComplete;
          expect($(el, '[part~="empty"]')).not.to.equal(null);
          await expect(el).to.be.accessible();
        });

        it('is accessible with results, filters set and a recommendation open', async () => {
          const el = await make(
            html`<recommendation-list
              lang=${lang}
              topics="funding participation"
              .data=${feed}
            ></recommendation-list>`
          );
          item(el, 'youth-council').querySelector('details')!.open = true;
          await expect(el).to.be.accessible();
        });

        it('is accessible with every recommendation opened by Show all steps, in its words', async () => {
          const el = await make(
            html`<recommendation-list
              lang=${lang}
              .data=${feed}
            ></recommendation-list>`
          );
          const button = $(el, '[part~="expand-button"]')!;
          const show = text(button);
          button.click();
          await toggled(el);
          expect(opened(el)).to.have.length(4);
          expect(text(button)).not.to.equal(show);
          if (lang !== 'en') {
            expect(show).not.to.equal('Show all steps');
            expect(text(button)).not.to.equal('Hide all steps');
          }
          await expect(el).to.be.accessible();
        });

        it('is accessible as a checklist with progress', async () => {
          const el = await make(
            html`<recommendation-list
              lang=${lang}
              mode="checklist"
              .data=${feed}
            ></recommendation-list>`
          );
          for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
          item(el, 'youth-council')
            .querySelector<HTMLInputElement>('input')!
            .click();
          await el.updateComplete;
          await expect(el).to.be.accessible();
          const reset = $(el, '[part~="reset-button"]')!;
          const label = text(reset);
          reset.click();
          await el.updateComplete;
          expect(text(reset)).not.to.equal(label);
          if (lang !== 'en') expect(text(reset)).not.to.equal('Undo reset');
          await expect(el).to.be.accessible();
        });
      });
    }
  });
});
