/** An organisation of the feed's `organizations` (the directory's and the event card's records). */
import {COUNTRY_RE, address, geo, oneOf, unique, type Obj} from './read.js';
import type {Organization, OrganizationType} from './types.js';

/** Kinds of organisation. Unknown values in a feed are read as `other`. */
export const ORGANIZATION_TYPES = [
  'ngo',
  'social-enterprise',
  'youth-organization',
  'community-group',
  'public-body',
  'other',
] as const;

export function organization(o: Obj): Organization {
  const country = o.string('country');
  const email = o.string('email');
  return {
    id: o.id(),
    name: o.required('name', o.text('name')),
    description: o.text('description'),
    country:
      country && COUNTRY_RE.test(country)
        ? country.toUpperCase()
        : o.skip('country', 'missing or not an ISO 3166-1 alpha-2 code'),
    municipality: o.text('municipality'),
    city: o.text('city'),
    types: unique(
      o
        .strings('types')
        .map(
          (t): OrganizationType =>
            oneOf(ORGANIZATION_TYPES, t.toLowerCase()) ?? 'other'
        )
    ),
    fields: unique(o.strings('fields').map((f) => f.toLowerCase())),
    languages: unique(
      o
        .strings('languages')
        .map((l) => l.toLowerCase())
        .filter((l) => /^[a-z]{2,3}$/.test(l))
    ),
    lookingForPartners: o.bool('lookingForPartners'),
    website: o.url('website'),
    email: email && /^[^\s@]+@[^\s@]+$/.test(email) ? email : undefined,
    phones: o.list('phones', (p) => ({
      number: p.required('number', p.string('number')),
      description: p.text('description'),
    })),
    address: address(o.child('address')),
    geo: geo(o.child('geo')),
    identifiers: o.list('identifiers', (i) => ({
      scheme: i.required('scheme', i.string('scheme')),
      value: i.required('value', i.string('value')),
    })),
    updated: o.date('updated'),
    sample: o.o.sample === true || undefined,
  };
}
