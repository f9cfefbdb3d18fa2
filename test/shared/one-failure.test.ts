/**
 * Several elements on one feed (an event page with its card and its form;
 * the demo page with all four): when the feed fails, every element shows
 * the message, but assistive technology hears it once, and one Retry loads
 * them all again.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/org-directory/define.js';
import '../../src/event-card/define.js';
import '../../src/signup-form/define.js';
import '../../src/recommendation-list/define.js';
import {contentRoot, SAMPLE_NOW, type Lym} from '../mount.js';
import {catchWarnings} from '../console.js';

const TAGS = [
  'event-card',
  'signup-form',
  'org-directory',
  'recommendation-list',
] as const;
let run = 0;

/** The four elements, each on `srcs[i]` (the first for all when one is given). */
async function page(...srcs: string[]): Promise<Lym[]> {
  const [a, b = a, c = a, d = a] = srcs;
  const box = await fixture<HTMLElement>(html`<div>
    <event-card event-id="sample-2027-partnership-lab" src=${a} .now=${SAMPLE_NOW}></event-card>
    <signup-form form-id="sample-2027-partnership-lab-registration" src=${b} .now=${SAMPLE_NOW}></signup-form>
    <org-directory src=${c}></org-directory>
    <recommendation-list src=${d}></recommendation-list>
  </div>`);
  const els = TAGS.map((tag) => box.querySelector(tag) as Lym);
  await waitUntil(
    () => els.every(errorBox),
    'not every element shows the error',
    {timeout: 5000}
  );
  return els;
}

const errorBox = (el: Lym) =>
  contentRoot(el).querySelector<HTMLElement>('[part~="status"][part~="error"]');
const alerts = (els: Lym[]) =>
  els.filter((el) => errorBox(el)?.getAttribute('role') === 'alert');
const loaded = (el: Lym) =>
  !errorBox(el) &&
  !!contentRoot(el).querySelector('[part~="base"]:not([part~="status"]), form');

/** An event card alone on `src`, once it shows its failure. */
async function cardFailing(src: string) {
  const box = await fixture<HTMLElement>(html`<div>
    <event-card event-id="sample-2027-partnership-lab" src=${src} .now=${SAMPLE_NOW}></event-card>
  </div>`);
  const card = box.querySelector('event-card') as Lym;
  await waitUntil(() => errorBox(card), 'the card shows no error', {
    timeout: 5000,
  });
  return {box, card};
}

/** How many requests the test server has had for the feed marked `t`. */
async function requestsFor(t: string): Promise<number> {
  const all: {query: {t?: string}}[] = await (
    await fetch('/api/test/requests')
  ).json();
  return all.filter((r) => r.query.t === t).length;
}

async function pressRetry(el: Lym) {
  contentRoot(el)
    .querySelector<HTMLButtonElement>('[part~="retry-button"]')!
    .focus();
  await sendKeys({press: 'Enter'});
}

describe('one failed feed under several elements', () => {
  const warnings = catchWarnings();

  it('shows the message in each element and makes only the first an alert', async () => {
    const els = await page(`/api/test/feed?fails=1&t=one-failure-${++run}`);
    expect(alerts(els).map((el) => el.localName)).to.deep.equal(['event-card']);
    for (const el of els) {
      expect(errorBox(el)!.textContent, el.localName).to.contain(
        'not available at the moment'
      );
      expect(
        contentRoot(el).querySelector('[part~="retry-button"]'),
        el.localName
      ).not.to.equal(null);
    }
  });

  it('fails, with Retry, when the feed stops arriving halfway, and Retry loads it', async () => {
    const src = `/api/test/feed?stall=4000&stalls=1&t=one-failure-${++run}`;
    const box = await fixture<HTMLElement>(html`<div>
      <event-card event-id="sample-2027-partnership-lab" src=${src} timeout=300 .now=${SAMPLE_NOW}></event-card>
      <signup-form form-id="sample-2027-partnership-lab-registration" src=${src} timeout=300 .now=${SAMPLE_NOW}></signup-form>
      <org-directory src=${src} timeout=300></org-directory>
      <recommendation-list src=${src} timeout=300></recommendation-list>
    </div>`);
    const els = TAGS.map((tag) => box.querySelector(tag) as Lym);
    await waitUntil(() => els.every(errorBox), 'not every element failed', {
      timeout: 3000,
    });
    for (const el of els)
      expect(errorBox(el)!.textContent, el.localName).to.contain(
        'took too long to arrive'
      );
    await pressRetry(els[2]);
    await waitUntil(() => els.every(loaded), 'not every element loaded', {
      timeout: 5000,
    });
  });

  it('shows the message alike in each element (in the form too, not styled as a field error)', async () => {
    const els = await page(`/api/test/feed?fails=1&t=one-failure-${++run}`);
    const looks = els.map((el) => {
      const style = getComputedStyle(errorBox(el)!.querySelector('p')!);
      return `${el.localName}: ${style.fontWeight} ${style.color}`;
    });
    expect(
      new Set(looks.map((l) => l.replace(/^[^:]+: /, ''))).size,
      looks.join('; ')
    ).to.equal(1);
  });

  for (const from of [1, 3]) {
    it(`loads every element again with one Retry (pressed in <${TAGS[from]}>)`, async () => {
      const src = `/api/test/feed?fails=1&t=one-failure-${++run}`;
      const els = await page(src);
      await pressRetry(els[from]);
      await waitUntil(() => els.every(loaded), 'not every element loaded', {
        timeout: 5000,
      });
      // One request for the Retry, as for the first load.
      expect(await requestsFor(`one-failure-${run}`), 'requests').to.equal(2);
      // Focus stays in the element where Retry was pressed.
      await waitUntil(
        () => els[from].matches(':focus-within'),
        'focus left the element',
        {timeout: 2000}
      );
    });
  }

  it('announces a Retry that fails again once, and keeps every element on the new failure', async () => {
    const els = await page(`/api/test/feed?fails=2&t=one-failure-${++run}`);
    const before = els.map(errorBox);
    await pressRetry(els[2]);
    await waitUntil(
      () =>
        els.every(
          (el) => errorBox(el) && errorBox(el) !== before[els.indexOf(el)]
        ),
      'not every element failed anew',
      {
        timeout: 5000,
      }
    );
    expect(alerts(els)).to.have.length(1);
    // The second Retry loads them all.
    await pressRetry(els[2]);
    await waitUntil(() => els.every(loaded), 'not every element loaded', {
      timeout: 5000,
    });
  });

  it('announces it from the first element on screen, not from one in a closed box', async () => {
    const src = `/api/test/feed?fails=1&t=one-failure-${++run}`;
    const box = await fixture<HTMLElement>(html`<div>
      <details><summary>Partners</summary><org-directory src=${src}></org-directory></details>
      <div hidden><event-card event-id="sample-2027-partnership-lab" src=${src}></event-card></div>
      <signup-form form-id="sample-2027-partnership-lab-registration" src=${src} .now=${SAMPLE_NOW}></signup-form>
      <recommendation-list src=${src}></recommendation-list>
    </div>`);
    const els = [
      'org-directory',
      'event-card',
      'signup-form',
      'recommendation-list',
    ].map((tag) => box.querySelector(tag) as Lym);
    await waitUntil(
      () => els.every(errorBox),
      'not every element shows the error',
      {timeout: 5000}
    );
    expect(alerts(els).map((el) => el.localName)).to.deep.equal([
      'signup-form',
    ]);
  });

  it('announces one of several feeds failing once, from an element that cannot show what it was asked for', async () => {
    // The directory shows the feed that loaded, with a note (not an alert);
    // the card's event and the form are in the feed that failed.
    const src = `/api/test/feed?file=test/org-directory/fixtures/feed-a.json /api/test/feed?fails=1&t=one-failure-${++run}`;
    const box = await fixture<HTMLElement>(html`<div>
      <org-directory src=${src}></org-directory>
      <event-card event-id="sample-2027-partnership-lab" src=${src} .now=${SAMPLE_NOW}></event-card>
      <signup-form form-id="sample-2027-partnership-lab-registration" src=${src} .now=${SAMPLE_NOW}></signup-form>
    </div>`);
    const [dir, card, form] = [
      'org-directory',
      'event-card',
      'signup-form',
    ].map((tag) => box.querySelector(tag) as Lym);
    const note = () => contentRoot(dir).querySelector('[part~="partial"]');
    await waitUntil(
      () => note() && errorBox(card) && errorBox(form),
      'not shown',
      {timeout: 5000}
    );
    expect(alerts([dir, card, form]).map((el) => el.localName)).to.deep.equal([
      'event-card',
    ]);
    expect(note()!.hasAttribute('role'), 'the note is an alert').to.equal(
      false
    );
    // One Retry loads the three again: the event, the form, no note.
    await pressRetry(form);
    await waitUntil(
      () => [card, form].every(loaded) && !note(),
      'not every element loaded',
      {timeout: 5000}
    );
    expect(await requestsFor(`one-failure-${run}`), 'requests').to.equal(2);
  });

  it('leaves an element on another failed feed alone, with its own alert', async () => {
    const other = `/api/test/feed?status=404&t=one-failure-other-${++run}`;
    const src = `/api/test/feed?fails=1&t=one-failure-${run}`;
    const els = await page(src, src, src, other);
    expect(alerts(els).map((el) => el.localName)).to.deep.equal([
      'event-card',
      'recommendation-list',
    ]);
    await pressRetry(els[0]);
    await waitUntil(
      () => els.slice(0, 3).every(loaded),
      'the elements on the retried feed did not load',
      {timeout: 5000}
    );
    expect(errorBox(els[3])).not.to.equal(null);
    expect(await requestsFor(`one-failure-other-${run}`), 'requests').to.equal(
      1
    );
  });

  it('announces it once when an element starts after the feed failed and asks again', async () => {
    // The card's code arrives first and its request fails; the form's code
    // arrives later (each element is a chunk of its own) and asks again.
    const src = `/api/test/feed?fails=2&t=one-failure-${++run}`;
    const {box, card} = await cardFailing(src);
    const form = document.createElement('signup-form') as Lym & {now?: Date};
    form.setAttribute('form-id', 'sample-2027-partnership-lab-registration');
    form.now = SAMPLE_NOW;
    form.setAttribute('src', src);
    box.append(form);
    await waitUntil(() => errorBox(form), 'the form shows no error', {
      timeout: 5000,
    });
    const asked = () => requestsFor(`one-failure-${run}`);
    expect(await asked(), 'requests').to.equal(2);
    expect(alerts([card, form]).map((el) => el.localName)).to.deep.equal([
      'event-card',
    ]);
    // One Retry, in the later one, loads both, with one request.
    await pressRetry(form);
    await waitUntil(() => [card, form].every(loaded), 'not both loaded', {
      timeout: 5000,
    });
    expect(await asked(), 'requests').to.equal(3);
  });

  it('announces it again from an element that comes after the one that announced it left the page', async () => {
    const src = `/api/test/feed?status=404&t=one-failure-${++run}`;
    const {box, card} = await cardFailing(src);
    expect(alerts([card])).to.have.length(1);
    card.remove(); // a single-page app's new view
    const list = document.createElement('recommendation-list') as Lym;
    list.setAttribute('src', src);
    box.append(list);
    await waitUntil(() => errorBox(list), 'the list shows no error', {
      timeout: 5000,
    });
    expect(alerts([list])).to.have.length(1);
  });

  it('announces a feed of another version once, though each element reads it apart', async () => {
    const src = `/api/test/feed?file=test/shared/fixtures/version-2-feed.json&t=one-failure-${++run}`;
    const els = await page(src);
    expect(errorBox(els[0])!.textContent).to.contain('could not be read');
    expect(alerts(els).map((el) => el.localName)).to.deep.equal(['event-card']);
    // For the webmaster: which feed, and which version it has.
    expect(warnings.map((args) => args[0])).to.include(
      `[local-y-mpact] <event-card> ${new URL(src, location.href)} has version 2; these elements read version 1.`
    );
  });
});
