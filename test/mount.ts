/**
 * The four elements mounted on a feed in each of the states a visitor can
 * open, for the tests that look at all of them at once (reflow, themes).
 */
import {fixture, html, waitUntil} from '@open-wc/testing';
import '../src/org-directory/define.js';
import '../src/event-card/define.js';
import '../src/signup-form/define.js';
import '../src/recommendation-list/define.js';
import clock from '../demo/sample-clock.json';

/** When the sample feed's made-up 2027 event and its registration are still to come (demo/sample-clock.json). */
export const SAMPLE_NOW = new Date(clock.now);

export type Lym = HTMLElement & {
  data?: unknown;
  now?: Date;
  updateComplete: Promise<boolean>;
};

/**
 * Each element with the attributes that show its states on the sample feed:
 * the card open for registration, full, cancelled, past and compact; the
 * form open for registration; the recommendations as a checklist.
 */
export const SHOWN: readonly [tag: string, attrs: Record<string, string>][] = [
  ['org-directory', {}],
  ['event-card', {'event-id': 'sample-2027-partnership-lab'}],
  ['event-card', {'event-id': 'sample-2027-lisbon-exchange'}],
  ['event-card', {'event-id': 'sample-2027-online-webinar'}],
  ['event-card', {'event-id': 'talsi-2023-08-10'}],
  [
    'event-card',
    {'event-id': 'sample-2027-partnership-lab', variant: 'compact'},
  ],
  [
    'signup-form',
    {
      'form-id': 'sample-2027-partnership-lab-registration',
      'min-fill-time': '0',
    },
  ],
  ['recommendation-list', {mode: 'checklist'}],
];

/** `<tag a=b>`, for test names and messages. */
export const named = (tag: string, attrs: Record<string, string>) =>
  `<${tag}${Object.entries(attrs)
    .map(([k, v]) => ` ${k}=${v}`)
    .join('')}>`;

/** Where an element renders: the signup form in its light DOM (for autofill), the others in their shadow root. */
export const contentRoot = (el: Element): ParentNode =>
  el.localName === 'signup-form' ? el : el.shadowRoot!;

/**
 * Mounts `<tag>` with `attrs` on `feed` (at 30 November 2026, noon UTC) in a
 * `<div>` with `style`, adds `sheets` to its shadow root, and waits until it
 * shows its content.
 */
export async function mount(
  tag: string,
  attrs: Record<string, string>,
  feed: unknown,
  {
    lang,
    style = '',
    sheets = [],
  }: {lang?: string; style?: string; sheets?: CSSStyleSheet[]} = {}
): Promise<Lym> {
  const el = document.createElement(tag) as Lym;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (lang) el.lang = lang;
  el.now = new Date('2026-11-30T12:00:00Z');
  el.data = feed;
  await fixture(html`<div style=${style}>${el}</div>`);
  el.shadowRoot!.adoptedStyleSheets = [
    ...el.shadowRoot!.adoptedStyleSheets,
    ...sheets,
  ];
  await waitUntil(
    () =>
      contentRoot(el).querySelector('[part~="list"], [part~="title"], form'),
    `${named(tag, attrs)} did not render its content`
  );
  await el.updateComplete;
  return el;
}

/**
 * Opens what the visitor can open (the directory's filters, the calendar
 * options, descriptions and steps), ticks the first step of a checklist and
 * submits the form empty, so that its errors show.
 */
export async function openAll(el: Lym) {
  const root = contentRoot(el);
  for (const b of root.querySelectorAll<HTMLButtonElement>(
    'button[aria-expanded="false"]'
  )) {
    b.click();
    await el.updateComplete;
  }
  for (const d of root.querySelectorAll('details')) d.open = true;
  root
    .querySelector<HTMLInputElement>('[part~="step"] input[type="checkbox"]')
    ?.click();
  root.querySelector<HTMLButtonElement>('[part~="submit-button"]')?.click();
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
}
