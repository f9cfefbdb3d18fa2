/**
 * Shared story helpers. Stories read the sample feed through the same loader
 * the elements use: Storybook serves `src/feed/` at `./feed/`.
 */
import {html, nothing} from 'lit';
import type {Decorator} from '@storybook/web-components-vite';
import {
  Directive,
  PartType,
  directive,
  type ElementPart,
  type PartInfo,
} from 'lit/directive.js';
import sample from '../src/feed/sample-feed.json';
import clock from '../demo/sample-clock.json';
import manifest from '../custom-elements.json';
import {BUNDLE, MISSING, PENDING} from './source.js';
import {feedUrls} from '../src/shared/feed-controller.js';
import {
  DRAFT_PREFIX,
  draftStorage,
  writeDraft,
} from '../src/signup-form/draft.js';
import type {Answers} from '../src/signup-form/validate.js';

export const FEED = './feed/sample-feed.json';

type Described = {tagName?: string; description?: string};
/**
 * An element's Docs description: its JSDoc, as the manifest and the
 * README's tables have it, then markup to paste.
 */
export function describeElement(tag: string, snippet: string): string {
  const element = (
    manifest as {modules: {declarations?: Described[]}[]}
  ).modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === tag);
  return `${element?.description ?? ''}\n\n\`\`\`html\n${BUNDLE}\n${snippet}\n\`\`\``;
}
export {MISSING, PENDING};

/**
 * "Today" for the stories of the event card and the signup form: the sample
 * feed's made-up events are in 2027, and a story named "registration open"
 * or "opens later" must show that state whatever the calendar says.
 */
export const SAMPLE_NOW = new Date(clock.now);

/** A `now` arg (ms, from the date control) as the elements' `now`; none: the clock. */
export const asDate = (now: unknown): Date | undefined =>
  typeof now === 'number' ? new Date(now) : undefined;

const LONG_LT = 'Nebeprisikiškiakopūsteliaujantiesiems';
const LONG_EL = 'Κοινωνικοοικονομικοπολιτιστικοαναπτυξιακός';
// Organisations' names start with A, so that they come first by name.
const LONG_LV = 'Apvienotāsnevalstiskāsorganizācijaspārstāvniecība';
const long300 = (seed: string) =>
  `${seed} `.repeat(Math.ceil(300 / (seed.length + 1))).slice(0, 300);

/** The sample feed with long and awkward texts in every record. */
export function awkwardFeed(): unknown {
  const feed = structuredClone(sample) as typeof sample;
  const stretch = (text: unknown, seed = LONG_LT) =>
    typeof text === 'object' && text
      ? Object.fromEntries(
          Object.keys(text).map((k) => [
            k,
            long300(k === 'el' ? LONG_EL : seed),
          ])
        )
      : long300(seed);
  for (const o of feed.organizations.slice(0, 6))
    (o as {name: unknown}).name = stretch(o.name, LONG_LV);
  for (const e of feed.events) (e as {title: unknown}).title = stretch(e.title);
  for (const r of feed.recommendations.slice(0, 4))
    (r as {title: unknown}).title = stretch(r.title);
  return feed;
}

/** The sample feed with the Talsi event postponed (its old date long gone). */
export function postponedFeed(): unknown {
  const feed = structuredClone(sample) as typeof sample;
  for (const e of feed.events)
    if (e.id === 'talsi-2023-08-10')
      (e as {status?: string}).status = 'postponed';
  return feed;
}

/** The sample feed with one event that lasts until a day, its hour unknown (a date-only end). */
export function dateOnlyEndFeed(): unknown {
  const feed = structuredClone(sample) as typeof sample;
  for (const e of feed.events)
    // Starts 24 March 2027 at 10:00 (Riga); now "until 26 March".
    if (e.id === 'sample-2027-partnership-lab')
      (e as {end?: string}).end = '2027-03-26';
  return feed;
}

/** The sample feed with `change` made to one of its events. */
function sampleWithEvent(
  id: string,
  change: (event: Record<string, unknown>) => void
): unknown {
  const feed = structuredClone(sample) as typeof sample;
  for (const e of feed.events) if (e.id === id) change(e);
  return feed;
}

/** The sample feed with every place at the partnership lab taken (60 of 60 registered). */
export const fullFeed = () =>
  sampleWithEvent('sample-2027-partnership-lab', (e) => {
    const registration = e.registration as {capacity: number};
    e.registration = {...registration, registered: registration.capacity};
  });

/** The sample feed with the partnership lab cancelled. */
export const cancelledFeed = () =>
  sampleWithEvent('sample-2027-partnership-lab', (e) => {
    e.status = 'cancelled';
  });

/** A valid feed with nothing in it. */
export const EMPTY_FEED = {
  version: 1,
  organizations: [],
  events: [],
  recommendations: [],
  forms: [],
};

/**
 * For a story's `play`: the first match of `selector` in the story's element
 * (in its shadow root; for the signup form, in its light DOM) once the
 * element has loaded its feed and rendered it; null after five seconds.
 */
export async function rendered<T extends Element = HTMLElement>(
  canvas: HTMLElement,
  selector: string
): Promise<T | null> {
  for (let i = 0; i < 100; i++) {
    const el = canvas.querySelector(
      'org-directory, event-card, signup-form, recommendation-list'
    );
    const root = el?.localName === 'signup-form' ? el : el?.shadowRoot;
    const found = root?.querySelector<T>(selector);
    if (found) return found;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  return null;
}

/**
 * A story's args on its element, so that every control in the docs' table
 * does what it says: an object (`data`) or a camelCase name is set as a
 * property; any other name (`event-id`, `hide-filters`, `color-scheme`) as
 * an attribute, `true` as present and `false` or `''` as absent. An arg
 * that is cleared takes its attribute or property away again.
 */
class ArgsDirective extends Directive {
  /** The names set so far: true for a property, false for an attribute. */
  private set = new Map<string, boolean>();
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('withArgs() goes in an element tag');
  }
  render(_args: Record<string, unknown>) {
    return nothing;
  }
  override update(part: ElementPart, [args]: [Record<string, unknown>]) {
    const el = part.element;
    const props = el as unknown as Record<string, unknown>;
    for (const [name, property] of this.set)
      if (args[name] === undefined) {
        if (property) props[name] = undefined;
        else el.removeAttribute(name);
        this.set.delete(name);
      }
    for (const [name, value] of Object.entries(args)) {
      if (value === undefined) continue;
      const property =
        /[A-Z]/.test(name) || (typeof value === 'object' && value !== null);
      this.set.set(name, property);
      if (property) props[name] = value;
      else if (value === false || value === '' || value === null)
        el.removeAttribute(name);
      else el.setAttribute(name, value === true ? '' : String(value));
    }
    return nothing;
  }
}
export const withArgs = directive(ArgsDirective);

/**
 * A story decorator: the element on a right-to-left page in a language the
 * elements do not ship (Arabic), where they speak English, marked so.
 */
export const rightToLeftPage: Decorator = (story) =>
  html`<div dir="rtl" lang="ar">${story()}</div>`;

/**
 * For a signup story's loader: a draft of `answers` kept as the form keeps
 * one, with its own code (the storage `persist` picks) and under its key
 * (the feed, the form and the element's id, as the element writes it), as
 * if the visitor had typed them before a reload. Give the story an `id`: the
 * draft is then that form's alone, also on the Docs page. The next story's
 * loader takes it away again.
 */
export function seedDraft(args: Record<string, unknown>, answers: Answers) {
  const source =
    feedUrls(String(args.src ?? ''), document.baseURI).join(' ') ||
    location.pathname;
  const id = args.id ? `#${args.id}` : '';
  const now = Date.now();
  writeDraft(
    draftStorage(args.persist === true),
    `${DRAFT_PREFIX}${source}#${args['form-id']}${id}`,
    {answers, savedAt: now, startedAt: now}
  );
  return {};
}

let bringNetworkBack: (() => void) | undefined;
/**
 * For a story's play function: the story frame as with its network down, as
 * a browser has it then: `navigator.onLine` is false and every request fails
 * as fetch fails then (a TypeError). Until the story is left: give the story
 * `beforeEach: networkBackAfter`.
 */
export function takeNetworkDown() {
  if (bringNetworkBack) return;
  const fetchBefore = window.fetch;
  window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
  Object.defineProperty(navigator, 'onLine', {
    configurable: true,
    get: () => false,
  });
  dispatchEvent(new Event('offline'));
  bringNetworkBack = () => {
    window.fetch = fetchBefore;
    delete (navigator as {onLine?: boolean}).onLine;
    bringNetworkBack = undefined;
    dispatchEvent(new Event('online'));
  };
}
/** A story's `beforeEach`: its cleanup brings back a network its play function took down. */
export const networkBackAfter = () => () => bringNetworkBack?.();
