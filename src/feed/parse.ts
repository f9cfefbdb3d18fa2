/**
 * The whole feed, all four sections: for the package's API, the tools and
 * the tests. The elements read only their own sections (see `read.ts`).
 */
import {event} from './event.js';
import {form} from './form.js';
import {loadSections, type LoadedFeed} from './load.js';
import {organization} from './organization.js';
import {readFeed, type Readers} from './read.js';
import {recommendation} from './recommendation.js';
import type {ParseResult} from './types.js';

const ALL: Readers = {
  organizations: organization,
  events: event,
  recommendations: recommendation,
  forms: form,
};

/**
 * Reads a feed. Throws {@link FeedError} (kind `invalid` or `version`) only
 * when the document is not an object or not `version: 1`.
 */
export function parseFeed(value: unknown): ParseResult {
  return readFeed(value, ALL);
}

/**
 * Loads and reads the feed at `url` (absolute), sharing one request with
 * every other load of that URL on the page (see {@link loadSections}).
 */
export function loadFeed(
  url: string,
  options?: {signal?: AbortSignal; timeoutMs?: number}
): Promise<LoadedFeed> {
  return loadSections(url, ALL, options);
}
