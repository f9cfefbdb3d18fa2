/**
 * Our own words are marked with the language they are in (WCAG 3.1.2). On a
 * page in a language we do not ship (Arabic), they are English: a screen
 * reader must read them with an English voice, not an Arabic one. Every text
 * that is one of our messages (the XLIFF sources), in every state the
 * elements show, must resolve to the UI's language, and be laid out left to
 * right on the right-to-left page (WCAG 1.3.2): all six of our languages are.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import sample from '../../src/feed/sample-feed.json';
import {SHOWN, contentRoot, mount, named, openAll, type Lym} from '../mount.js';
import {localeLoaders} from '../../src/generated/locale-loaders.js';

/** Our English messages without placeholders (the XLIFF sources). */
let messages: Set<string>;
before(async () => {
  const xlf = await (await fetch('/locales/lv.xlf')).text();
  const doc = new DOMParser().parseFromString(xlf, 'application/xml');
  messages = new Set(
    [...doc.querySelectorAll('source')]
      .filter((s) => s.children.length === 0)
      .map((s) => s.textContent!.trim())
  );
});

/**
 * The language a node is in. In shadow trees, as the browser computes it
 * (through the flat tree: slotted content takes its slot's), which is what
 * hyphenation, fonts and quotes follow. In the signup form's light-DOM form,
 * by its `lang` attributes (what the accessibility tree reads): the form's
 * reset (`all: revert`, against the page's styles) also undoes what `lang`
 * does to rendering there.
 */
function langAt(node: Node): string {
  const el = node instanceof Element ? node : node.parentElement!;
  if (el.closest('signup-form'))
    return el.closest('[lang]')!.getAttribute('lang')!;
  return String(
    (getComputedStyle(el) as unknown as {webkitLocale: string}).webkitLocale
  ).replace(/"/g, '');
}

/** The direction a node is laid out in, as the browser computes it (through the flat tree). */
const dirAt = (node: Node) =>
  getComputedStyle(node instanceof Element ? node : node.parentElement!)
    .direction;

/** The text nodes that are exactly one of our messages, in what the element renders. */
function ourTexts(el: Element): Text[] {
  const roots: Node[] = [el.shadowRoot!];
  if (el.localName === 'signup-form') roots.push(contentRoot(el) as Node);
  const found: Text[] = [];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (messages.has(t.textContent!.trim())) found.push(t as Text);
    }
  }
  return found;
}

describe('Our words are marked with their language', () => {
  for (const [tag, attrs] of SHOWN) {
    it(`${named(tag, attrs)} on an Arabic page: every message of ours is read as English, left to right`, async () => {
      const el = await mount(tag, attrs, sample, {lang: 'ar'});
      el.parentElement!.dir = 'rtl';
      await openAll(el);
      const texts = ourTexts(el);
      expect(texts.length > 0, 'some of our messages are shown').to.equal(true);
      const wrong = texts
        .filter((t) => langAt(t) !== 'en' || dirAt(t) !== 'ltr')
        .map((t) => `${t.textContent!.trim()} (${langAt(t)}, ${dirAt(t)})`);
      expect(wrong.join(' | ')).to.equal('');
    });
  }

  it('a Latvian page: the messages are Latvian and marked so; a language change follows', async () => {
    const el = await mount(
      'event-card',
      {'event-id': 'sample-2027-partnership-lab'},
      sample,
      {lang: 'lv'}
    );
    const button = () =>
      el.shadowRoot!.querySelector('[part~="calendar-button"]')!;
    expect(button().textContent!.trim()).to.equal('Pievienot kalendāram');
    expect(langAt(button())).to.equal('lv');
    el.lang = 'de';
    await waitUntil(() => button().textContent!.trim() === 'Add to calendar');
    await el.updateComplete;
    expect(langAt(button())).to.equal('en');
    el.lang = 'en-GB';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(langAt(button())).to.equal('en');
  });

  it("a Portuguese page whose messages cannot load: our English is marked English, the feed's Portuguese Portuguese", async () => {
    const real = localeLoaders.pt;
    localeLoaders.pt = real.map(
      () => () => Promise.reject(new Error('offline'))
    );
    try {
      const feed = {
        version: 1,
        defaultLocale: 'pt',
        organizations: [
          {
            id: 'lisboa',
            name: 'Associação Juvenil de Lisboa',
            country: 'PT',
            types: ['ngo'],
            fields: [],
            languages: [],
          },
        ],
      };
      const el = await mount('org-directory', {}, feed, {lang: 'pt'});
      const label = el.shadowRoot!.querySelector('.label')!;
      expect(label.textContent!.trim()).to.equal('Search');
      expect(langAt(label)).to.equal('en');
      expect(
        langAt(el.shadowRoot!.querySelector('[part~="item__title"]')!)
      ).to.equal('pt');
    } finally {
      localeLoaders.pt = real;
    }
  });

  it('the signup form: its light-DOM form is marked too, and follows a change', async () => {
    const el = await mount(
      'signup-form',
      SHOWN.find(([t]) => t === 'signup-form')![1],
      sample,
      {lang: 'ru'}
    );
    const form = el.querySelector('form')!;
    expect(langAt(form)).to.equal('en');
    el.lang = 'sv';
    await waitUntil(
      () =>
        el.querySelector('[part~="submit-button"]')!.textContent!.trim() ===
        'Anmäl dig'
    );
    expect(langAt(el.querySelector('form')!)).to.equal('sv');
  });

  for (const tag of [
    'org-directory',
    'event-card',
    'signup-form',
    'recommendation-list',
  ]) {
    it(`<${tag}> on an Arabic page: the error state is read as English, left to right; the page's fallback keeps its language and direction`, async () => {
      const el = await fixture<Lym>(html`<div lang="ar" dir="rtl"></div>`);
      const child = document.createElement(tag) as Lym;
      child.setAttribute('src', `/api/test/feed?status=500&t=ui-lang-${tag}`);
      // The page's own fallback, in the page's language.
      child.innerHTML = '<p class="fallback">سجّل عبر الهاتف.</p>';
      el.append(child);
      const alert = () => contentRoot(child).querySelector('[role="alert"]');
      await waitUntil(alert, `${tag}: no error shown`, {timeout: 5000});
      const texts = ourTexts(child);
      expect(texts.length > 0).to.equal(true);
      expect(texts.every((t) => langAt(t) === 'en')).to.equal(true);
      expect(texts.every((t) => dirAt(t) === 'ltr')).to.equal(true);
      const fallback = child.querySelector('.fallback')!;
      expect(fallback.assignedSlot !== null, 'the fallback is shown').to.equal(
        true
      );
      expect(
        langAt(fallback),
        "the page's fallback keeps the page's language"
      ).to.equal('ar');
      expect(dirAt(fallback), '… and its direction').to.equal('rtl');
    });
  }
});
