/**
 * Pure filtering of recommendations: by audience, by topics (any of them),
 * and by a short text search. No DOM, no locale: the search looks at every
 * language of every text, so a visitor finds a recommendation by words from
 * any translation the feed carries.
 */
import {AUDIENCES} from '../feed/recommendation.js';
import type {Audience, LocalizedText, Recommendation} from '../feed/types.js';
import {fold} from '../shared/text.js';

export interface RecommendationFilter {
  /** '' for any audience, else one audience key. */
  readonly audience: string;
  /** Topic keys; a recommendation matches when it has any of them. Empty: any topic. */
  readonly topics: readonly string[];
  /** Words that must all appear (after `fold` of src/shared/text.ts). */
  readonly query: string;
}

export const NO_FILTER: RecommendationFilter = {
  audience: '',
  topics: [],
  query: '',
};

/**
 * An `audience` attribute as a filter value: a known audience key, or ''
 * (any audience) for "all", empty or unknown values.
 */
export function parseAudience(value: string | null | undefined): Audience | '' {
  const key = (value ?? '').trim().toLowerCase();
  return key !== 'all' && (AUDIENCES as readonly string[]).includes(key)
    ? (key as Audience)
    : '';
}

/** Every topic of the recommendations, in order of first appearance. */
export function topicsOf(recommendations: readonly Recommendation[]): string[] {
  return [...new Set(recommendations.flatMap((r) => r.topics))];
}

function texts(text: LocalizedText | undefined): string[] {
  return text === undefined
    ? []
    : typeof text === 'string'
      ? [text]
      : Object.values(text);
}

/** The folded text a recommendation is searched in (title, summary, steps, source). */
export function searchText(r: Recommendation): string {
  return fold(
    [
      r.title,
      r.summary,
      ...r.steps.flatMap((s) => [s.title, s.text]),
      r.source?.title,
    ]
      .flatMap(texts)
      .join('\n')
  );
}

/**
 * Whether a recommendation passes the filter. A recommendation for "all" (or
 * one that names no audience) matches every audience.
 */
export function matches(
  r: Recommendation,
  filter: RecommendationFilter
): boolean {
  const audience = parseAudience(filter.audience);
  if (
    audience &&
    r.audience.length &&
    !r.audience.includes('all') &&
    !r.audience.includes(audience)
  ) {
    return false;
  }
  if (filter.topics.length && !filter.topics.some((t) => r.topics.includes(t)))
    return false;
  // Punctuation around a word ("grants,", quotes) is not searched for
  // (a word of punctuation alone is), nor the vowels and s that end it after
  // its first four letters: endings change with the grammar ("pašvaldības"
  // finds "pašvaldība", "συλλόγου" "σύλλογος").
  // The same words as in src/org-directory/filter.ts: a module of its own
  // would load on every page (test/shared/search-words.test.ts keeps the
  // two alike).
  const words = fold(filter.query)
    .split(/\s+/)
    .map((w) =>
      (w.replace(/^\p{P}+|\p{P}+$/gu, '') || w).replace(
        /(?<=.{4})[aeiouyαεηιουω]*[sσ]?$/,
        ''
      )
    )
    .filter(Boolean);
  if (!words.length) return true;
  const haystack = searchText(r);
  return words.every((w) => haystack.includes(w));
}

export function filterRecommendations(
  recommendations: readonly Recommendation[],
  filter: RecommendationFilter
): Recommendation[] {
  return recommendations.filter((r) => matches(r, filter));
}

/** Whether any filter is set. */
export function isFiltered(filter: RecommendationFilter): boolean {
  return !!(
    parseAudience(filter.audience) ||
    filter.topics.length ||
    filter.query.trim()
  );
}
