/**
 * Loading feeds: one fetch per URL per page, however many elements read it;
 * a timeout; aborted when the last element waiting for it leaves the page.
 * Plain HTTP caching applies (no cache-busting). Each element reads the
 * sections it shows from the shared document (see `read.ts`).
 */
import {FeedError} from './errors.js';
import {byId, readFeed, SECTIONS, type ReadMemo, type Readers} from './read.js';
import type {Feed, ParseResult} from './types.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * A timeout in ms as given when a timer takes it (above 0, below 2^31: 24.8
 * days), else `fallback`: "10s", 0 or Infinity is the default.
 */
export const timeoutOr = (ms: number | undefined, fallback: number) =>
  ms! > 0 && ms! < 2 ** 31 ? ms! : fallback;

/**
 * Resolves in a later task: work after it starts a task of its own, so a big
 * feed blocks the page in shorter pieces and the page can answer between.
 */
export const nextTask = () => new Promise((r) => setTimeout(r));

export interface LoadedFeed extends ParseResult {
  /** The absolute URL it came from; undefined for inline or `.data` feeds. */
  readonly url?: string;
}

/** A fetched feed document, not yet read. */
interface LoadedJson {
  readonly body: unknown;
  /** The sections read of it so far, shared by the elements reading it. */
  readonly memo: ReadMemo;
}

interface Entry {
  readonly promise: Promise<LoadedJson>;
  readonly controller: AbortController;
  /**
   * How many callers wait for it; Infinity once it has settled, when there
   * is nothing left to abort.
   */
  waiting: number;
}

const cache = new Map<string, Entry>();

async function fetchJson(
  url: string,
  controller: AbortController,
  timeoutMs: number
): Promise<LoadedJson> {
  // The timeout is the wait for the server's answer, then for each next
  // piece of the download, not for the whole of it: a big feed arriving over
  // a slow phone link (1,000 organisations, 0.47 MB gzipped, take 10 s at
  // 400 kbit/s) is not cut off and started over by Retry, and one that stops
  // arriving halfway (a phone's connection lost without a word) fails rather
  // than loading for ever. (Not all browsers reject with an abort's reason:
  // WebKit does not.) The timer is not cleared at the end: firing after the
  // feed has arrived (or failed), it aborts nothing that is still used.
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  let response: Response;
  const parts: Uint8Array[] = [];
  try {
    wait();
    // Cookies go only to the page's own origin (fetch's default credentials).
    response = await fetch(url, {
      signal: controller.signal,
      headers: {accept: 'application/json'},
    });
    // (A body cut off on the way is a network failure, not bad JSON. A 204
    // has an empty body, not none, in Chromium, Firefox and WebKit: tested.)
    if (response.ok)
      for (
        let reader = response.body!.getReader(), part;
        !(part = await reader.read()).done;
        wait()
      )
        parts.push(part.value);
  } catch (e) {
    if (timedOut)
      throw new FeedError(
        'timeout',
        `Nothing from ${url} for ${timeoutMs} ms.`,
        url
      );
    // The browser tells a refused cross-origin read (CORS) from a network
    // failure to nobody: the message names both when it may be the first.
    throw new FeedError(
      'network',
      `Could not reach ${url}${new URL(url).origin != location.origin ? ' (or no Access-Control-Allow-Origin for this page)' : ''}: ${(e as Error).message}`,
      url
    );
  }
  if (!response.ok) {
    throw new FeedError(
      'http',
      `${url} answered HTTP ${response.status}.`,
      url,
      response.status
    );
  }
  let body: unknown;
  try {
    // The bytes decoded in one go, then parsed: faster than response.json()
    // for a big feed. With the nextTask() pauses (here and in
    // FeedController), an <org-directory> on one 19 MB feed of 10,000
    // organisations showed its first results after 1.6 s instead of
    // 1.9–2.3 s, its longest task 0.44 s instead of 0.65–0.69 s (Chromium,
    // the benchmark's machine).
    body = JSON.parse(await new Blob(parts as BlobPart[]).text());
  } catch {
    throw new FeedError('json', `${url} did not return JSON.`, url);
  }
  await nextTask(); // reading (validation) in a task of its own
  return {body, memo: new Map()};
}

/**
 * Loads the feed document at `url` (absolute). Concurrent and later calls
 * for the same URL share one request and its result. When `signal` aborts,
 * this caller stops waiting; the request itself is aborted only when nobody
 * else waits for it a task later.
 */
function loadJson(
  url: string,
  options: {signal?: AbortSignal; timeoutMs?: number} = {}
): Promise<LoadedJson> {
  const signal = options.signal;
  // Nobody would wait for it: no request.
  if (signal?.aborted)
    return Promise.reject(new FeedError('network', 'Aborted.', url));
  let entry = cache.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = {
      controller,
      waiting: 0,
      promise: fetchJson(
        url,
        controller,
        timeoutOr(options.timeoutMs, DEFAULT_TIMEOUT_MS)
      )
        .finally(() => (created.waiting = Infinity))
        .catch((error: unknown) => {
          // A failure is not cached: Retry fetches again.
          if (cache.get(url) === created) cache.delete(url);
          throw error;
        }),
    };
    entry = created;
    cache.set(url, entry);
  }
  const shared = entry;
  // Counted while the request runs: the last caller to leave before it
  // settles aborts it (a caller without a signal never leaves).
  shared.waiting++;
  if (!signal) return shared.promise;
  return new Promise<LoadedJson>((resolve, reject) => {
    const onAbort = () => {
      shared.waiting--;
      // In a task: an element moved in the page (taken out and put back in
      // one go, as a framework's reorder does) asks again before it, and the
      // download goes on rather than starting over.
      setTimeout(() => {
        if (!shared.waiting) {
          if (cache.get(url) === shared) cache.delete(url);
          shared.controller.abort();
        }
      });
      reject(new FeedError('network', 'Aborted.', url));
    };
    // (An abort happens once: the listener needs no `once`.)
    signal.addEventListener('abort', onAbort);
    shared.promise
      .then(resolve, reject)
      .then(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Loads the feed at `url` (see {@link loadJson}) and reads the sections
 * `readers` names, each once for every caller (see `readFeed`).
 */
export async function loadSections(
  url: string,
  readers: Readers,
  options?: {signal?: AbortSignal; timeoutMs?: number}
): Promise<LoadedFeed> {
  const json = await loadJson(url, options);
  return {...readFeed(json.body, readers, url, json.memo), url};
}

/** Forgets cached feeds (all, or one URL): the next load fetches again. */
export function clearFeedCache(url?: string) {
  if (url === undefined) cache.clear();
  else cache.delete(url);
}

/**
 * Merges feeds in order. Records with the same `id` resolve deterministically:
 * the later feed wins, and takes the earlier record's place in the order.
 */
export function mergeFeeds(feeds: readonly Feed[]): Feed {
  if (feeds.length === 1) return feeds[0];
  // The first feed's publisher and default locale; the latest `updated`.
  const merged: Record<string, unknown> = {
    version: 1,
    defaultLocale: 'en',
    ...(feeds[0] as Partial<Feed>),
    updated:
      feeds
        .map((f) => f.updated ?? '')
        .sort()
        .pop() || undefined,
  };
  for (const key of SECTIONS)
    merged[key] = byId(feeds.flatMap((f): readonly {id: string}[] => f[key]));
  return merged as unknown as Feed;
}
