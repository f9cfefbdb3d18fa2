/**
 * Where an element gets its feed: `src` (one URL, or several separated by
 * spaces, resolved against the page), the `.data` property, or an inline
 * `<script type="application/json">` child. One controller per element.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {FeedError, type FeedErrorKind} from '../feed/errors.js';
import {
  loadSections,
  mergeFeeds,
  nextTask,
  type LoadedFeed,
} from '../feed/load.js';
import {readFeed, unique, type Readers} from '../feed/read.js';
import type {Feed, FeedIssue} from '../feed/types.js';
import {lymEvent} from './event.js';
import {httpUrl} from './safe-url.js';

export interface FeedErrorDetail {
  readonly kind: FeedErrorKind;
  readonly message: string;
  readonly url?: string;
  readonly status?: number;
  /** True when other feeds of a several-URL `src` did load and are shown. */
  readonly partial: boolean;
}

/** Fired when the feed (or one of several) cannot be used. */
export const LymFeedErrorEvent = lymEvent<FeedErrorDetail>('lym-feed-error');
export type LymFeedErrorEvent = InstanceType<typeof LymFeedErrorEvent>;

export interface FeedLoadDetail {
  readonly feed: Feed;
  /** Records and values skipped in the sections this element reads, with paths and reasons. */
  readonly issues: readonly FeedIssue[];
  /** How many problems were found (`issues.length`). */
  readonly skipped: number;
}

/** Fired when the feed is loaded and parsed. */
export const LymFeedLoadEvent = lymEvent<FeedLoadDetail>('lym-feed-load');
export type LymFeedLoadEvent = InstanceType<typeof LymFeedLoadEvent>;

declare global {
  interface GlobalEventHandlersEventMap {
    'lym-feed-error': LymFeedErrorEvent;
    'lym-feed-load': LymFeedLoadEvent;
  }
}

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  data?: unknown;
  timeout?: number;
}

/** Splits a `src` attribute into absolute http(s) URLs (resolved against the page); others are ignored. */
export function feedUrls(src: string | undefined, base: string): string[] {
  return unique(
    (src ?? '').split(/\s+/).flatMap((part) => httpUrl(part, base) ?? [])
  );
}

/**
 * The controllers on the page. One failed request can stop several elements:
 * the first of them to show it while visible announces it (whichever renders
 * first, not the topmost), and a Retry in any of them loads them all again.
 */
const connected = new Set<FeedController>();

export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  feed?: Feed;
  /**
   * The failure: with status `'error'`, the feed's; with `'ready'`, the
   * first of several feeds in `src` that failed while the others loaded
   * and are shown (the element can say that what it shows may be
   * incomplete, or that what it was asked for may be in the missing one).
   */
  error?: FeedError;
  /** The URL the form actions and relative links resolve against. */
  baseUrl?: string;
  /**
   * What a draft or a checklist's progress is kept under: the feed's URLs as
   * the page resolved `src` at the last load (joined by spaces; the same
   * after a single-page app's route change), or for `.data` and an inline
   * feed the page's path (storage is per origin; `?utm_source=…`, or a
   * directory's `?od.q=…` on the same page, is the same page).
   */
  source = '';

  private key?: string;
  private data?: unknown;
  private abort?: AbortController;
  private generation = 0;
  private refocus?: boolean;
  /** The failure (its message) this element announces (see `alert`). */
  private announces?: string;

  /** `readers`: the sections the host shows, each with its record reader. */
  constructor(
    private readonly host: FeedHost,
    private readonly readers: Readers
  ) {
    host.addController(this);
  }

  hostConnected() {
    connected.add(this);
    // Re-load when re-attached after a load had been cut short.
    if (this.status === 'loading') {
      this.key = undefined;
      this.host.requestUpdate();
    }
  }

  hostUpdate() {
    const key = `${this.host.src ?? ''}|${this.host.timeout ?? ''}`;
    if (key !== this.key || this.host.data !== this.data) {
      this.key = key;
      this.data = this.host.data;
      void this.load();
    }
  }

  hostDisconnected() {
    connected.delete(this);
    this.abort?.abort();
    this.abort = undefined;
  }

  /**
   * Loads again (the Retry button), with every other element on the page
   * that the same failure stopped (by its message, as `alert` tells it):
   * one Retry, not one per element.
   */
  retry() {
    const message = this.error!.message;
    this.refocus = true;
    for (const c of connected) if (c.error?.message == message) void c.load();
  }

  /**
   * After a Retry, the button is gone and focus with it: while the feed
   * loads, focus goes to the "Loading…" message that replaced it; when the
   * load ends, to the element's first control (the new Retry button after
   * another failure); each time unless the visitor has put it somewhere
   * meanwhile. The shadow root's first, else the light DOM's (<signup-form>'s
   * form).
   */
  hostUpdated() {
    if (this.refocus) {
      this.refocus = this.status == 'loading';
      // (The loading message, and a state with no control such as a closed
      // form, mark their message tabindex="-1": focus goes there rather than
      // to the page's start.)
      const controls = '[href],button,input,select,textarea,[tabindex]';
      if (document.activeElement == document.body)
        (
          this.host.shadowRoot!.querySelector<HTMLElement>(controls) ??
          this.host.querySelector<HTMLElement>(controls)
        )?.focus();
    }
  }

  private inlineJson(): unknown {
    const script = this.host.querySelector(
      ':scope > script[type="application/json"]'
    );
    if (!script) return undefined;
    try {
      return JSON.parse(script.textContent ?? '');
    } catch {
      throw new FeedError('json', 'The inline feed is not valid JSON.');
    }
  }

  private async load() {
    const generation = ++this.generation;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.error = this.announces = undefined;
    // hostUpdate runs inside the host's update, where a requestUpdate() is
    // folded into the running cycle: start after it, so every state change
    // below renders.
    await null;
    if (generation !== this.generation) return;
    try {
      const data = this.host.data;
      // Links and form actions resolve against the page, or the feed's URL.
      const urls = feedUrls(this.host.src, (this.baseUrl = document.baseURI));
      this.source = urls.join(' ') || location.pathname;
      let result: {feed: Feed; issues: readonly FeedIssue[]};
      if (data == null && urls.length > 0) {
        this.status = 'loading';
        this.host.requestUpdate();
        const settled = await Promise.allSettled(
          urls.map((url) =>
            loadSections(url, this.readers, {
              signal: abort.signal,
              timeoutMs: this.host.timeout,
            })
          )
        );
        if (generation !== this.generation) return;
        const loaded = settled
          .filter(
            (s): s is PromiseFulfilledResult<LoadedFeed> =>
              s.status === 'fulfilled'
          )
          .map((s) => s.value);
        const failed = settled
          .filter((s): s is PromiseRejectedResult => s.status === 'rejected')
          .map((s) => toFeedError(s.reason));
        if (loaded.length === 0) throw failed[0];
        result = {
          feed: mergeFeeds(loaded.map((l) => l.feed)),
          issues: loaded.flatMap((l) => l.issues),
        };
        this.baseUrl = loaded[loaded.length - 1].url;
        await nextTask(); // the element indexes and renders in a task of its own
        if (generation !== this.generation) return;
        // Set with the feed below, in the same update: an update between
        // (a new language) would show the failure as the whole state.
        this.error = failed[0];
        for (const error of failed) this.dispatchError(error, true);
      } else {
        // `.data` first; else, with no src, an inline JSON script.
        const json = data ?? this.inlineJson();
        if (json === undefined) {
          throw new FeedError(
            'missing',
            'No feed: set src, .data or an inline JSON script.'
          );
        }
        result = readFeed(
          json,
          this.readers,
          `<${this.host.localName}> ${data == null ? 'inline feed' : '.data'}`
        );
      }
      this.feed = result.feed;
      this.status = 'ready';
      this.host.requestUpdate();
      this.host.dispatchEvent(
        new LymFeedLoadEvent({
          feed: result.feed,
          issues: result.issues,
          skipped: result.issues.length,
        })
      );
    } catch (e) {
      if (generation !== this.generation || abort.signal.aborted) return;
      this.feed = undefined;
      this.status = 'error';
      this.host.requestUpdate();
      this.dispatchError((this.error = toFeedError(e)), false);
    }
  }

  /**
   * The role of this element's message for its failure, asked when it shows
   * it: `'alert'` for the first element to show that failure while visible
   * (one in a closed tab or a hidden box would announce nothing), so that it
   * is announced once. Which one it is varies with load order; the words are
   * the same in each.
   */
  alert() {
    const message = this.error!.message;
    // By its message: an element that starts after the feed failed asks
    // again and may get the same failure as an error of its own (as does
    // each element reading a feed of another version). One that has left
    // the page announces nothing more; a new load forgets it (a Retry that
    // fails again is announced again).
    if (
      ![...connected].some((c) => c.announces == message) &&
      this.host.checkVisibility?.() != false
    )
      this.announces = message;
    return this.announces == message ? 'alert' : undefined;
  }

  private dispatchError(error: FeedError, partial: boolean) {
    // For the webmaster: the reason, which the visitor's words leave out
    // (with `partial`, a failure the visitor sees as a note, as the error
    // where what the element was asked for is missing, or not at all).
    console.warn(`[local-y-mpact] <${this.host.localName}> ${error.message}`);
    this.host.dispatchEvent(
      new LymFeedErrorEvent({
        kind: error.kind,
        message: error.message,
        url: error.url,
        status: error.status,
        partial,
      })
    );
  }
}

function toFeedError(e: unknown): FeedError {
  return e instanceof FeedError
    ? e
    : new FeedError('invalid', `${(e as Error)?.message ?? e}`);
}
