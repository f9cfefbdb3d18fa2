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
}

export type FacetCounts = Record<Facet, Map<string, number>>;

/**
 * Case-, accent- and diacritic-insensitive form of a text: "Šiauliai" →
 * "siauliai", "Ταλσί" → "ταλσι", final sigma ς → σ.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ς/g, 'σ');
}

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
      return {
        org,
        name,
        hay: normalize([...parts, ...org.fields.map(fieldLabel)].join('\n')),
        facets,
        values: FACETS.map((f) => facets[f]),
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
 * and the facets (OR within a facet, AND across), in their given order; and
 * for each facet option the number of results it would give with the other
 * facets as they are.
 */
export function filterEntries(
  entries: readonly Entry[],
  state: FilterState
): {results: Entry[]; counts: FacetCounts} {
  const words = normalize(state.q).split(/\s+/).filter(Boolean);
  const chosen = FACETS.map((f) => selected(state, f)).map((v) =>
    v.length ? new Set(v) : undefined
  );
  const maps = FACETS.map(() => new Map<string, number>());
  const results: Entry[] = [];
  const n = FACETS.length;
  entries: for (const entry of entries) {
    for (const w of words) if (!entry.hay.includes(w)) continue entries;
    let failed = -1;
    for (let i = 0; i < n; i++) {
      const want = chosen[i];
      if (want && !entry.values[i].some((v) => want.has(v))) {
        if (failed >= 0) continue entries;
        failed = i;
      }
    }
    if (failed < 0) results.push(entry);
    for (let i = 0; i < n; i++) {
      if (failed >= 0 && failed !== i) continue;
      const map = maps[i];
      for (const v of entry.values[i]) map.set(v, (map.get(v) ?? 0) + 1);
    }
  }
  return {
    results,
    counts: Object.fromEntries(
      FACETS.map((f, i) => [f, maps[i]])
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

/** An attribute list: values separated by spaces and/or commas. */
export function parseList(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))];
}
