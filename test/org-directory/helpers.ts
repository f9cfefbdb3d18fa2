import type {Organization} from '../../src/feed/types.js';

/** A complete organisation with defaults; override what a test cares about. */
export function org(over: Partial<Organization> & {id: string}): Organization {
  return {
    name: over.id,
    country: 'LV',
    types: ['ngo'],
    fields: [],
    languages: [],
    lookingForPartners: false,
    phones: [],
    identifiers: [],
    ...over,
  };
}

/** A raw feed document (as JSON would give it) with these organisations. */
export function feed(
  organizations: readonly Record<string, unknown>[],
  extra: Record<string, unknown> = {}
) {
  return {version: 1, defaultLocale: 'en', organizations, ...extra};
}

/** n generated organisations, for size tests. */
export function many(n: number): Record<string, unknown>[] {
  const countries = ['LV', 'LT', 'SE', 'CY', 'PT', 'GR'];
  const fields = [
    'youth',
    'education',
    'culture',
    'sport',
    'health',
    'marine-science',
  ];
  return Array.from({length: n}, (_, i) => ({
    id: `org-${i}`,
    name: `Organisation ${i}`,
    description: `Description number ${i}`,
    country: countries[i % countries.length],
    types: [i % 3 ? 'ngo' : 'public-body'],
    fields: [fields[i % fields.length], fields[(i + 2) % fields.length]],
    languages: i % 2 ? ['lv', 'en'] : ['lt'],
    lookingForPartners: i % 4 === 0,
    website: `https://org${i}.example.org/`,
    email: `info@org${i}.example.org`,
    phones: [{number: '+371 2000 0000'}],
  }));
}
