/**
 * Retry by keyboard: the button goes away while the feed loads again, and
 * focus must not fall to the page's start. After the load it lands on the
 * new Retry button (another failure) or on the first control of what
 * loaded, unless the visitor has moved it meanwhile.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import '../../src/org-directory/define.js';
import '../../src/event-card/define.js';
import '../../src/signup-form/define.js';
import '../../src/recommendation-list/define.js';
import {SAMPLE_NOW, type Lym} from '../mount.js';

const ELEMENTS: readonly [tag: string, attrs: string][] = [
  ['org-directory', ''],
  ['event-card', 'event-id="sample-2027-partnership-lab"'],
  ['signup-form', 'form-id="sample-2027-partnership-lab-registration"'],
  ['recommendation-list', ''],
];

let run = 0;

/** The focused element, inside shadow roots. */
function focused(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

const inside = (el: Element, node: Element | null) =>
  !!node && (el.contains(node) || el.shadowRoot!.contains(node));

const retryButton = (el: Element) =>
  (el.shadowRoot!.querySelector('[part~="retry-button"]') ??
    el.querySelector('[part~="retry-button"]')) as HTMLButtonElement | null;

const loading = (el: Element) =>
  el.shadowRoot!.querySelector('[part~="loading"]') ??
  el.querySelector('[part~="loading"]');

async function mount(tag: string, attrs: string, query: string) {
  const src = `/api/test/feed?${query}&t=retry-focus-${++run}`;
  const el = await fixture<Lym>(
    staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attrs)} src=${src}><a href="/fallback">Fallback</a></${unsafeStatic(tag)}>`
  );
  // The event card and the form as on a day before the sample event.
  (el as Lym & {now?: Date}).now = SAMPLE_NOW;
  await waitUntil(() => retryButton(el), `${tag}: no Retry button`, {
    timeout: 5000,
  });
  return el;
}

/** Puts focus on the element's Retry button and presses Enter, as a keyboard user does. */
async function pressRetry(el: Element) {
  const button = retryButton(el)!;
  button.focus();
  expect(focused() === button, 'Retry has focus').to.equal(true);
  await sendKeys({press: 'Enter'});
}

describe('Retry keeps focus in the element', () => {
  for (const [tag, attrs] of ELEMENTS) {
    it(`<${tag}>: after a Retry that loads, focus is on the first control of what loaded`, async () => {
      const el = await mount(tag, attrs, 'fails=1');
      await pressRetry(el);
      await waitUntil(
        () => !retryButton(el) && !loading(el) && focused() !== document.body,
        `${tag}: focus stayed on the page`,
        {
          timeout: 5000,
        }
      );
      const now = focused();
      expect(inside(el, now), `${tag}: focus in the element`).to.equal(true);
      expect(
        /^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(now!.tagName),
        `${tag}: focus on a control, not ${now!.tagName}`
      ).to.equal(true);
      expect(
        now!.closest('[part~="fallback"]') === null &&
          now!.getAttribute('href') !== '/fallback'
      ).to.equal(true);
      if (tag === 'org-directory')
        expect((now as HTMLInputElement).type).to.equal('search');
    });

    it(`<${tag}>: while a Retry loads, focus is on the "Loading…" message that replaced the button`, async () => {
      // The load takes 1.2 s, so that a slow machine still sees it loading.
      const el = await mount(tag, attrs, 'fails=1&delay=1200');
      await pressRetry(el);
      await waitUntil(() => loading(el), `${tag}: no loading message`, {
        timeout: 5000,
      });
      await el.updateComplete;
      expect(
        focused() === loading(el),
        `${tag}: focus on the loading message, not ${focused()?.outerHTML.slice(0, 80)}`
      ).to.equal(true);
      // Then on what loaded.
      await waitUntil(
        () => !loading(el) && focused() !== document.body,
        `${tag}: focus fell to the page after the load`,
        {timeout: 5000}
      );
      expect(inside(el, focused()), `${tag}: focus in the element`).to.equal(
        true
      );
    });

    it(`<${tag}>: after a Retry that fails again, focus is on the new Retry button`, async () => {
      const el = await mount(tag, attrs, 'fails=2');
      const first = retryButton(el);
      await pressRetry(el);
      await waitUntil(
        () => retryButton(el) && retryButton(el) !== first,
        `${tag}: no new Retry button`,
        {timeout: 5000}
      );
      await waitUntil(
        () => focused() === retryButton(el),
        `${tag}: focus is not on the new Retry button`,
        {timeout: 5000}
      );
      await sendKeys({press: 'Enter'});
      await waitUntil(
        () => !retryButton(el) && !loading(el) && inside(el, focused()),
        `${tag}: the second Retry did not load`,
        {timeout: 5000}
      );
    });
  }

  // What loads may have no control of its own: a closed form, an event the
  // feed does not have. Focus goes to its message (not to the page's
  // fallback link, which a closed form does not show).
  for (const [tag, attrs, selector] of [
    [
      'signup-form',
      'form-id="talsi-2023-08-10-registration"',
      '[part~="status"]',
    ],
    ['event-card', 'event-id="no-such-event"', '[part~="status"]'],
  ]) {
    it(`<${tag}>: after a Retry that loads a state with no control, focus is on its message`, async () => {
      const el = await mount(tag, attrs, 'fails=1');
      await pressRetry(el);
      await waitUntil(
        () => !retryButton(el) && !loading(el) && focused() !== document.body,
        `${tag}: focus fell to the page`,
        {
          timeout: 5000,
        }
      );
      const message = (el.shadowRoot!.querySelector(selector) ??
        el.querySelector(selector))!;
      expect(
        focused() === message,
        `${tag}: focus on the message, not ${focused()?.outerHTML.slice(0, 80)}`
      ).to.equal(true);
      expect(message.textContent!.trim().length > 10).to.equal(true);
    });
  }

  it('does not take focus back from where the visitor put it while loading', async () => {
    const outside = await fixture<HTMLButtonElement>(
      html`<button>Elsewhere</button>`
    );
    const el = await mount('org-directory', '', 'fails=1&delay=300');
    await pressRetry(el);
    outside.focus();
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part~="item"]'),
      'did not load',
      {timeout: 5000}
    );
    await el.updateComplete;
    expect(document.activeElement === outside).to.equal(true);
  });
});

/** A page's own component, with our element inside its shadow root. */
class OuterPanel extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({mode: 'open'}).innerHTML =
      '<section><h2>Partners</h2><slot></slot></section>';
  }
}
customElements.define('outer-panel', OuterPanel);

describe('Retry keeps focus inside another component', () => {
  it('<org-directory> in another shadow root: focus goes to the search field after the load', async () => {
    const panel = await fixture<OuterPanel>(html`<outer-panel></outer-panel>`);
    const el = document.createElement('org-directory') as Lym;
    el.setAttribute(
      'src',
      `/api/test/feed?fails=1&t=retry-focus-nested-${++run}`
    );
    panel.shadowRoot!.querySelector('section')!.append(el);
    await waitUntil(() => retryButton(el), 'no Retry button', {timeout: 5000});
    await pressRetry(el);
    await waitUntil(
      () => el.shadowRoot!.querySelector('[part~="item"]'),
      'did not load',
      {timeout: 5000}
    );
    await el.updateComplete;
    await waitUntil(
      () => (focused() as HTMLInputElement | null)?.type === 'search',
      'focus is not on the search field',
      {timeout: 2000}
    );
  });
});
