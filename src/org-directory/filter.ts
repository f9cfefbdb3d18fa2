/**
 * Pure search, facet and sort logic of `<org-directory>` (no DOM).
 *
 * The element indexes a feed once per feed and locale ({@link indexOrganizations}):
 * each organisation gets its facet values and, when first needed, a
 * normalised haystack, and the list comes sorted by name. A keystroke then
 * costs one linear scan ({@link filterEntries}) that also counts the facet
 * options.
 */
import {
  FIELDS,
  type LocalizedText,
  type Organization,
  type OrganizationType,
} from '../feed/types.js';
import {fold} from '../shared/text.js';

export type Facet = 'country' | 'type' | 'field' | 'language' | 'partners';
/** The facets, in the order they are shown. */
export const FACETS: readonly Facet[] = [
  'country',
  'type',
  'field',
  'language',
  'partners',
];
export type SortKey = 'name' | 'updated';

/** What a visitor searched and chose: the detail of `lym-filter-change`, kept in the URL. */
export interface FilterState {
  /** The search text as typed. */
  q: string;
  /** ISO 3166-1 alpha-2 codes, upper case. */
  country: string[];
  type: string[];
  /** Field keys; unknown ones are grouped as `other`. */
  field: string[];
  /** ISO 639-1 codes. */
  language: string[];
  /** Only organisations looking for partners. */
  partners: boolean;
  sort: SortKey;
  /** 1-based page of the results. */
  page: number;
}

export const DEFAULT_STATE: FilterState = Object.freeze({
  q: '',
  country: [],
  type: [],
  field: [],
  language: [],
  partners: false,
  sort: 'name',
  page: 1,
}) as FilterState;

/** An organisation prepared for searching. */
export interface Entry {
  readonly org: Organization;
  /** The name in the element's locale. */
  readonly name: string;
  /** The entry's number in its {@link Index}. */
  readonly n: number;
  readonly index: Index;
}

/**
 * What one indexing shares among its entries, laid out for a fast scan: the
 * facet values numbered per facet and stored column-wise (entry `n`'s values
 * of facet `i` are `flat[i][off[i][n] .. off[i][n + 1]]`), and, from
 * {@link hay}, every haystack (name, municipality and city in every language,
 * each text once; description, country, type and field names in the
 * reader's, as the cards show them; normalised)
 * in one string (entry `n`'s from `starts[n]`), so that a word is found with
 * a few `indexOf` calls instead of one per organisation. Nothing else is kept
 * per organisation: 10,000 of them make a small heap.
 */
export interface Index {
  readonly ids: readonly Map<string, number>[];
  readonly values: readonly string[][];
  readonly off: readonly Int32Array[];
  readonly flat: readonly Uint16Array[];
  /**
   * The haystacks, made on the first call. The first results need only the
   * names and the facets, and the haystacks are the larger part of indexing
   * (some 200 ms of a feed of 10,000 organisations here), so the element
   * asks for them when the browser is idle after its first results, unless
   * a search asks first.
   */
  hay(): Haystacks;
}

/** Every entry's haystack in one string, entry `n`'s from `starts[n]`. */
export interface Haystacks {
  readonly all: string;
  readonly starts: Int32Array;
}

export type FacetCounts = Record<Facet, Map<string, number>>;

/** A field key as the facet sees it: unknown keys are `other`. */
export const fieldKey = (key: string): string =>
  (FIELDS as readonly string[]).includes(key) ? key : 'other';

/** The values an organisation has in each facet. No type reads as `other`. */
export function facetValues(org: Organization): Record<Facet, string[]> {
  const types: readonly OrganizationType[] = org.types.length
    ? org.types
    : ['other'];
  return {
    country: [org.country.toUpperCase()],
    type: [...new Set(types)],
    field: [...new Set(org.fields.map(fieldKey))],
    language: [...new Set(org.languages)],
    partners: org.lookingForPartners ? ['yes'] : [],
  };
}

/**
 * Prepares organisations for searching, sorted by name with the locale's
 * collation. `text` picks a feed text in the reader's language; `label`
 * names a country, a type or a field of activity in it.
 */
export function indexOrganizations(
  orgs: readonly Organization[],
  text: (value: LocalizedText | undefined) => string,
  label: (facet: Facet, key: string) => string,
  locale: string
): Entry[] {
  const collator = new Intl.Collator(locale, {
    sensitivity: 'base',
    numeric: true,
  });
  const ids = FACETS.map(() => new Map<string, number>());
  const values: string[][] = FACETS.map(() => []);
  const columns: number[][] = FACETS.map(() => []);
  const off = FACETS.map(() => new Int32Array(orgs.length + 1));
  const prepared = orgs.map((org, n) => {
    const facets = facetValues(org);
    FACETS.forEach((f, i) => {
      for (const v of facets[f]) {
        let id = ids[i].get(v);
        if (id === undefined) ids[i].set(v, (id = values[i].push(v) - 1));
        columns[i].push(id);
      }
      off[i][n + 1] = columns[i].length;
    });
    return {org, name: text(org.name), n};
  });
  let made: Haystacks | undefined;
  const index: Index = {
    ids,
    values,
    off,
    flat: columns.map((c) => Uint16Array.from(c)),
    hay() {
      if (made) return made;
      const starts = new Int32Array(orgs.length + 1);
      // Each country named once (Intl's names, 10,000 times, were slow).
      const countries: Record<string, string> = {};
      // Names and places in every language they are given in (people know an
      // organisation and a town by their own names); the rest in the
      // reader's: a country or a type searched for ("Lietuva", "NVO") finds
      // the organisations the cards say it of.
      const all = orgs.map((org, n) => {
        const h = fold(
          [
            ...new Set(
              [
                org.name,
                org.municipality,
                org.city,
                text(org.description),
                (countries[org.country] ??= label(
                  'country',
                  org.country.toUpperCase()
                )),
                ...org.types.map((t) => label('type', t)),
                ...org.fields.map((f) => label('field', f)),
              ].flatMap((v) => (typeof v == 'object' ? Object.values(v) : v))
            ),
          ].join('\n')
        );
        starts[n + 1] = starts[n] + h.length + 1;
        return h;
      });
      // A search word has no line break, so no match spans two haystacks.
      return (made = {all: all.join('\n'), starts});
    },
  };
  return prepared
    .map((p): Entry => ({...p, index}))
    .sort(
      (a, b) =>
        collator.compare(a.name, b.name) || (a.org.id < b.org.id ? -1 : 1)
    );
}

// No date (NaN) or none readable: last.
const time = (e: Entry) => Date.parse(e.org.updated ?? '') || -Infinity;

/** Entries (sorted by name) in the order of a sort key: `updated` puts the most recent first. */
export function sortEntries(
  entries: readonly Entry[],
  sort: SortKey
): readonly Entry[] {
  return sort === 'updated'
    ? [...entries].sort((a, b) => time(b) - time(a) || 0)
    : entries;
}

/** The chosen values of a facet. */
export function selected(state: FilterState, facet: Facet): readonly string[] {
  return facet === 'partners' ? (state.partners ? ['yes'] : []) : state[facet];
}

/** True when the visitor has searched or chosen anything. */
export function isFiltered(state: FilterState): boolean {
  return !!state.q.trim() || FACETS.some((f) => selected(state, f).length);
}

/**
 * Marks (`1` at `n`) the entries of `index` whose haystack contains `word`:
 * one `indexOf` per match, skipping to the next haystack after each.
 */
function scan({all, starts}: Haystacks, word: string, mask: Uint8Array) {
  let n = 0;
  for (let p = all.indexOf(word); p >= 0; p = all.indexOf(word, starts[n])) {
    while (starts[n + 1] <= p) n++;
    mask[n] = 1;
    n++;
  }
}

/**
 * The entries that match the search (every word, anywhere in the haystack)
 * and the facets (OR within a facet, AND across), in their given order; for
 * each facet option the number of results it would give with the other
 * facets as they are; and the entries that match the search alone
 * (`matched`): when the next query extends this one, only those can match.
 * The entries must come from one {@link indexOrganizations} call.
 */
export function filterEntries(
  entries: readonly Entry[],
  state: FilterState
): {results: Entry[]; counts: FacetCounts; matched: Entry[]} {
  // Punctuation around a word ("Kaunas,", quotes) is not searched for
  // (a word of punctuation alone is), nor the vowels and s that end it after
  // its first four letters: endings change with the grammar ("Talsi" finds
  // "Talsu novads", "Kauno" "Kaunas", "συλλόγου" "σύλλογος").
  // The same words as in src/recommendation-list/filter.ts: a module of its own
  // would load on every page (test/shared/search-words.test.ts keeps the
  // two alike).
  const words = fold(state.q)
    .split(/\s+/)
    .map((w) =>
      (w.replace(/^\p{P}+|\p{P}+$/gu, '') || w).replace(
        /(?<=.{4})[aeiouyαεηιουω]*[sσ]?$/,
        ''
      )
    )
    .filter(Boolean);
  const index = entries[0]?.index;
  const n = FACETS.length;
  const counts = FACETS.map(
    (_, i) => new Int32Array(index?.values[i].length ?? 0)
  );
  const matched: Entry[] = [];
  let results = matched;
  if (index) {
    const {off, flat} = index;
    // Per facet: a mask of the chosen value ids (undefined: nothing chosen).
    const chosen = FACETS.map((f, i) => {
      const values = selected(state, f);
      if (!values.length) return undefined;
      const mask = new Uint8Array(index.values[i].length);
      for (const v of values) {
        const id = index.ids[i].get(v);
        if (id !== undefined) mask[id] = 1;
      }
      return mask;
    });
    // With no facet chosen, what matches the search is the result.
    const narrowing = chosen.some(Boolean);
    if (narrowing) results = [];
    // A long list is searched in the joined haystacks, a short one entry by entry.
    let found: Uint8Array | undefined;
    const hay = words.length ? index.hay() : undefined;
    if (hay && entries.length * 8 > hay.starts.length) {
      for (const w of words) {
        const mask = new Uint8Array(hay.starts.length);
        scan(hay, w, mask);
        if (found) for (let k = 0; k < mask.length; k++) found[k] &= mask[k];
        else found = mask;
      }
    }
    entries: for (const entry of entries) {
      const k = entry.n;
      if (found) {
        if (!found[k]) continue;
      } else if (hay) {
        const own = hay.all.slice(hay.starts[k], hay.starts[k + 1] - 1);
        for (const w of words) if (!own.includes(w)) continue entries;
      }
      matched.push(entry);
      let failed = -1;
      for (let i = 0; narrowing && i < n; i++) {
        const want = chosen[i];
        if (!want) continue;
        let hit = false;
        for (let j = off[i][k], end = off[i][k + 1]; j < end; j++) {
          if (want[flat[i][j]]) {
            hit = true;
            break;
          }
        }
        if (!hit) {
          if (failed >= 0) continue entries;
          failed = i;
        }
      }
      if (narrowing && failed < 0) results.push(entry);
      // An entry that fails one facet still counts for that facet's options:
      // each option tells what it would give with the other facets as they are.
      for (let i = 0; i < n; i++) {
        if (failed >= 0 && failed !== i) continue;
        const count = counts[i];
        const ids = flat[i];
        for (let j = off[i][k], end = off[i][k + 1]; j < end; j++)
          count[ids[j]]++;
      }
    }
  }
  return {
    results,
    matched,
    counts: Object.fromEntries(
      FACETS.map((f, i) => {
        const map = new Map<string, number>();
        counts[i].forEach((c, id) => {
          if (c > 0) map.set(index!.values[i][id], c);
        });
        return [f, map];
      })
    ) as FacetCounts,
  };
}

/** Every value each facet has among the entries (unsorted). */
export function facetOptions(
  entries: readonly Entry[]
): Record<Facet, string[]> {
  const index = entries[0]?.index;
  return Object.fromEntries(
    FACETS.map((f, i) => {
      const seen = new Uint8Array(index?.values[i].length ?? 0);
      for (const {n} of entries)
        for (let j = index!.off[i][n]; j < index!.off[i][n + 1]; j++)
          seen[index!.flat[i][j]] = 1;
      return [f, index ? index.values[i].filter((_, id) => seen[id]) : []];
    })
  ) as Record<Facet, string[]>;
}
