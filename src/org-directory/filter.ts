/**
 * Pure search, facet and sort logic of `<org-directory>` (no DOM).
 *
 * The element indexes a feed once per feed and locale ({@link indexOrganizations}):
 * each organisation gets a normalised haystack and its facet values, and the
 * list comes sorted by name. A keystroke then costs one linear scan
 * ({@link filterEntries}) that also counts the facet options.
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
  /** Name, description, municipality, city and field labels, normalised. */
  readonly hay: string;
  readonly facets: Readonly<Record<Facet, readonly string[]>>;
  /** The same values, in the order of {@link FACETS}. */
  readonly values: readonly (readonly string[])[];
  /** The values as small numbers of {@link dict}, in the order of {@link FACETS}. */
  readonly ids: readonly (readonly number[])[];
  /** The numbering of facet values, shared by all entries of one index. */
  readonly dict: FacetDict;
}

/** Facet values numbered per facet, so a keystroke counts into typed arrays, not maps. */
export interface FacetDict {
  readonly ids: readonly Map<string, number>[];
  readonly values: readonly string[][];
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
    language: [...org.languages],
    partners: org.lookingForPartners ? ['yes'] : [],
  };
}

/**
 * Prepares organisations for searching, sorted by name with the locale's
 * collation. `text` picks a feed text in the reader's language; `fieldLabel`
 * names a field of activity in it.
 */
export function indexOrganizations(
  orgs: readonly Organization[],
  text: (value: LocalizedText | undefined) => string,
  fieldLabel: (key: string) => string,
  locale: string
): Entry[] {
  const collator = new Intl.Collator(locale, {
    sensitivity: 'base',
    numeric: true,
  });
  const dict: FacetDict = {ids: FACETS.map(() => new Map()), values: FACETS.map(() => [])};
  const idOf = (i: number, value: string) => {
    let id = dict.ids[i].get(value);
    if (id === undefined) {
      id = dict.values[i].push(value) - 1;
      dict.ids[i].set(value, id);
    }
    return id;
  };
  return orgs
    .map((org) => {
      const name = text(org.name);
      const parts = [
        name,
        text(org.description),
        text(org.municipality),
        text(org.city),
      ];
      const facets = facetValues(org);
      const values = FACETS.map((f) => facets[f]);
      return {
        org,
        name,
        hay: fold([...parts, ...org.fields.map(fieldLabel)].join('\n')),
        facets,
        values,
        ids: values.map((list, i) => list.map((v) => idOf(i, v))),
        dict,
      };
    })
    .sort(
      (a, b) =>
        collator.compare(a.name, b.name) || (a.org.id < b.org.id ? -1 : 1)
    );
}

const time = (e: Entry) => {
  const t = Date.parse(e.org.updated ?? '');
  return Number.isNaN(t) ? -Infinity : t;
};

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
  return !!state.q.trim() || FACETS.some((f) => selected(state, f).length > 0);
}

/**
 * The entries that match the search (every word, anywhere in the haystack)
 * and the facets (OR within a facet, AND across), in their given order; for
 * each facet option the number of results it would give with the other
 * facets as they are; and the entries that match the search alone
 * (`matched`): when the next query extends this one, only those can match.
 */
export function filterEntries(
  entries: readonly Entry[],
  state: FilterState
): {results: Entry[]; counts: FacetCounts; matched: Entry[]} {
  const words = fold(state.q).split(/\s+/).filter(Boolean);
  const dict = entries[0]?.dict;
  const n = FACETS.length;
  // Per facet: a mask of the chosen value ids (undefined: nothing chosen),
  // and a count per value id.
  const chosen = FACETS.map((f, i) => {
    const values = selected(state, f);
    if (!values.length) return undefined;
    const mask = new Uint8Array(dict?.values[i].length ?? 0);
    for (const v of values) {
      const id = dict?.ids[i].get(v);
      if (id !== undefined) mask[id] = 1;
    }
    return mask;
  });
  const counts = FACETS.map((_, i) => new Int32Array(dict?.values[i].length ?? 0));
  const results: Entry[] = [];
  const matched: Entry[] = [];
  entries: for (const entry of entries) {
    for (const w of words) if (!entry.hay.includes(w)) continue entries;
    matched.push(entry);
    let failed = -1;
    for (let i = 0; i < n; i++) {
      const want = chosen[i];
      if (!want) continue;
      let hit = false;
      for (const id of entry.ids[i]) if (want[id]) hit = true;
      if (!hit) {
        if (failed >= 0) continue entries;
        failed = i;
      }
    }
    if (failed < 0) results.push(entry);
    // An entry that fails one facet still counts for that facet's options:
    // each option tells what it would give with the other facets as they are.
    for (let i = 0; i < n; i++) {
      if (failed >= 0 && failed !== i) continue;
      const count = counts[i];
      for (const id of entry.ids[i]) count[id]++;
    }
  }
  return {
    results,
    matched,
    counts: Object.fromEntries(
      FACETS.map((f, i) => {
        const map = new Map<string, number>();
        counts[i].forEach((c, id) => {
          if (c > 0) map.set(dict!.values[i][id], c);
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
  const sets = FACETS.map(() => new Set<string>());
  for (const e of entries)
    e.values.forEach((values, i) => values.forEach((v) => sets[i].add(v)));
  return Object.fromEntries(FACETS.map((f, i) => [f, [...sets[i]]])) as Record<
    Facet,
    string[]
  >;
}
