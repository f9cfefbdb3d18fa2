// Organisations ⇄ Open Referral HSDS 3.0 JSON (organization with nested
// locations, addresses, phones, organization_identifiers and attributes).
// HSDS ids are UUIDs: ours are derived from the feed id (UUID v5), and the
// feed id itself travels as an organization_identifier so that import gives
// it back. See the README section for the mapping and what is lost.

import {createHash} from 'node:crypto';
import {lookupCountry, lookupLanguage, lookupVocab, LOCALES} from './vocab.mjs';

/** Namespace of our UUID v5 ids (a fixed random UUID). */
const NAMESPACE = '6f1d2c3e-8a4b-4c5d-9e6f-0a1b2c3d4e5f';
export const ID_SCHEME = 'local-y-mpact-feed-id';
const TAXONOMY = {
  type: 'local-y-mpact:organization-type',
  field: 'local-y-mpact:field',
  partners: 'local-y-mpact:looking-for-partners',
  sample: 'local-y-mpact:sample',
};

export function uuid5(name, namespace = NAMESPACE) {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** One language of a text: `locale`, else the default locale, else English, else the first. */
export function pick(text, locale, defaultLocale = 'en') {
  if (text === undefined || text === null) return undefined;
  if (typeof text === 'string') return text;
  for (const l of [locale, defaultLocale, 'en'])
    if (l && typeof text[l] === 'string' && text[l]) return text[l];
  return Object.values(text).find((v) => typeof v === 'string' && v);
}

function languageName(code) {
  try {
    return new Intl.DisplayNames(['en'], {type: 'language'}).of(code);
  } catch {
    return code;
  }
}

function attribute(orgId, taxonomy, code, label) {
  const termId = uuid5(`${taxonomy}:${code}`);
  return {
    id: uuid5(`${orgId}|${taxonomy}|${code}`),
    link_id: orgId,
    link_type: 'organization',
    link_entity: 'organization',
    taxonomy_term_id: termId,
    value: code,
    label,
    taxonomy_term: {
      id: termId,
      code,
      name: label,
      description: label,
      taxonomy,
    },
  };
}

/**
 * Feed → HSDS 3.0 organizations (a page as the HSDS API's GET /organizations answers).
 * @returns {{hsds: object, losses: string[]}}
 */
export function feedToHsds(feed, {locale} = {}) {
  const dl = feed.defaultLocale ?? 'en';
  const lang = locale ?? dl;
  const losses = new Set();
  const contents = (feed.organizations ?? []).map((o) => {
    const id = uuid5(o.id);
    for (const k of ['name', 'description', 'municipality', 'city'])
      if (o[k] && typeof o[k] === 'object' && Object.keys(o[k]).length > 1)
        losses.add(
          `texts in several languages: only ${lang} (or the nearest) is kept, HSDS has one language per text`
        );
    if (o.municipality)
      losses.add(
        'municipality: kept in address region only when there is no region'
      );
    const org = {
      id,
      name: pick(o.name, lang, dl) ?? o.id,
      description: pick(o.description, lang, dl) ?? '',
    };
    if (o.email) org.email = o.email;
    if (o.website) org.website = o.website;
    org.phones = (o.phones ?? []).map((p, i) => {
      const phone = {
        id: uuid5(`${o.id}|phone|${i}`),
        organization_id: id,
        number: p.number,
      };
      const d = pick(p.description, lang, dl);
      if (d) phone.description = d;
      return phone;
    });
    org.organization_identifiers = [
      {
        id: uuid5(`${o.id}|feed-id`),
        organization_id: id,
        identifier_scheme: ID_SCHEME,
        identifier_type: 'feed id',
        identifier: o.id,
      },
      ...(o.identifiers ?? []).map((x) => ({
        id: uuid5(`${o.id}|identifier|${x.scheme}|${x.value}`),
        organization_id: id,
        identifier_scheme: x.scheme,
        identifier_type: x.scheme,
        identifier: x.value,
      })),
    ];
    const a = o.address ?? {};
    const city = pick(a.city ?? o.city, lang, dl) ?? '';
    const region = pick(a.region ?? o.municipality, lang, dl) ?? '';
    const locId = uuid5(`${o.id}|location`);
    const location = {
      id: locId,
      location_type: 'physical',
      organization_id: id,
      name: pick(o.name, lang, dl) ?? o.id,
      addresses: [
        {
          id: uuid5(`${o.id}|address`),
          location_id: locId,
          address_1: pick(a.street, lang, dl) ?? '',
          city,
          region,
          state_province: region,
          postal_code: a.postalCode ?? '',
          country: (a.country ?? o.country ?? '').toUpperCase(),
          address_type: 'physical',
        },
      ],
      languages: (o.languages ?? []).map((code) => ({
        id: uuid5(`${o.id}|language|${code}`),
        location_id: locId,
        name: languageName(code),
        code,
      })),
    };
    if (o.geo) {
      location.latitude = o.geo.lat;
      location.longitude = o.geo.lon;
    }
    org.locations = [location];
    org.attributes = [
      ...(o.types ?? []).map((t) => attribute(id, TAXONOMY.type, t, t)),
      ...(o.fields ?? []).map((f) => attribute(id, TAXONOMY.field, f, f)),
      attribute(
        id,
        TAXONOMY.partners,
        String(Boolean(o.lookingForPartners)),
        'Looking for partners'
      ),
      ...(o.sample
        ? [attribute(id, TAXONOMY.sample, 'true', 'Sample data')]
        : []),
    ];
    if (o.updated)
      org.metadata = [
        {
          id: uuid5(`${o.id}|metadata`),
          resource_id: id,
          resource_type: 'organization',
          last_action_date: o.updated,
          last_action_type: 'update',
          field_name: '',
          previous_value: '',
          replacement_value: '',
          updated_by: pick(feed.publisher?.name, lang, dl) ?? '',
        },
      ];
    return org;
  });
  for (const k of ['events', 'recommendations', 'forms'])
    if ((feed[k] ?? []).length)
      losses.add(
        `${k}: not part of the HSDS organisation export (${feed[k].length} left out)`
      );
  if (feed.publisher) losses.add('publisher: kept only as metadata updated_by');
  return {
    hsds: {
      total_items: contents.length,
      total_pages: 1,
      page_number: 1,
      size: contents.length,
      first_page: true,
      last_page: true,
      empty: contents.length === 0,
      contents,
    },
    losses: [...losses],
  };
}

function organizationsOf(doc) {
  if (Array.isArray(doc)) return doc;
  if (doc && typeof doc === 'object') {
    if (Array.isArray(doc.contents)) return doc.contents;
    if (Array.isArray(doc.organizations)) return doc.organizations;
    if (typeof doc.name === 'string' && typeof doc.id === 'string')
      return [doc];
  }
  return undefined;
}

/**
 * HSDS 3.0 organizations → feed. Accepts a page ({contents: […]}), an array,
 * {organizations: […]} or a single organization.
 * @returns {{feed?: object, problems: {level: string, where: string, message: string}[]}}
 */
export function hsdsToFeed(
  doc,
  {locale, country: defaultCountry, defaultLocale = 'en', publisher} = {}
) {
  const list = organizationsOf(doc);
  const problems = [];
  if (!list)
    return {
      problems: [
        {
          level: 'error',
          where: '/',
          message:
            'found no HSDS organizations; expected an HSDS 3.0 page ({"contents": [organization, …]}), a list of organizations or one organization.',
        },
      ],
    };
  const text = (s) =>
    typeof s === 'string' && s.trim()
      ? locale
        ? {[locale]: s.trim()}
        : s.trim()
      : undefined;
  const organizations = [];
  const seen = new Set();
  list.forEach((h, i) => {
    const where = `/contents/${i}${h?.name ? ` (${JSON.stringify(h.name)})` : ''}`;
    if (
      !h ||
      typeof h !== 'object' ||
      typeof h.name !== 'string' ||
      !h.name.trim()
    ) {
      problems.push({
        level: 'error',
        where,
        message: 'an organization without a name; skipped.',
      });
      return;
    }
    const ids = Array.isArray(h.organization_identifiers)
      ? h.organization_identifiers
      : [];
    const own = ids.find((x) => x?.identifier_scheme === ID_SCHEME);
    let id = own?.identifier ?? h.id;
    if (typeof id !== 'string' || !id.trim()) id = uuid5(h.name);
    id = id.trim().replace(/\s+/g, '-');
    if (seen.has(id)) {
      problems.push({
        level: 'error',
        where,
        message: `the id ${JSON.stringify(id)} appears twice; the second is skipped.`,
      });
      return;
    }
    seen.add(id);
    const locations = Array.isArray(h.locations) ? h.locations : [];
    const location =
      locations.find((l) => l?.location_type === 'physical') ?? locations[0];
    const addresses = Array.isArray(location?.addresses)
      ? location.addresses
      : [];
    const address =
      addresses.find((a) => a?.address_type === 'physical') ?? addresses[0];
    let country = address?.country ? lookupCountry(address.country) : undefined;
    if (!country) country = defaultCountry;
    if (!country) {
      problems.push({
        level: 'error',
        where,
        message:
          'no country: the organization has no address with a country; pass --country LV (or another code) to use for such records. Skipped.',
      });
      return;
    }
    const attrs = Array.isArray(h.attributes) ? h.attributes : [];
    const codes = (taxonomy) =>
      attrs
        .filter((a) => a?.taxonomy_term?.taxonomy === taxonomy)
        .map((a) => a.value ?? a.taxonomy_term?.code)
        .filter(Boolean);
    const types = codes(TAXONOMY.type).filter((t) => lookupVocab('type', t));
    const fields = codes(TAXONOMY.field);
    // Attributes from other taxonomies whose names match our labels.
    for (const a of attrs) {
      const name = a?.taxonomy_term?.name ?? a?.label;
      if (!name || Object.values(TAXONOMY).includes(a?.taxonomy_term?.taxonomy))
        continue;
      const t = lookupVocab('type', name);
      const f = lookupVocab('field', name);
      if (t && !types.includes(t)) types.push(t);
      else if (f && !fields.includes(f)) fields.push(f);
    }
    const phones = [
      ...(Array.isArray(h.phones) ? h.phones : []),
      ...locations.flatMap((l) => (Array.isArray(l?.phones) ? l.phones : [])),
    ]
      .filter((p) => typeof p?.number === 'string' && p.number.trim())
      .map((p) => {
        const out = {
          number: p.number.trim() + (p.extension ? ` / ${p.extension}` : ''),
        };
        if (p.description) out.description = text(p.description);
        return out;
      });
    const languages = [];
    for (const l of locations.flatMap((x) =>
      Array.isArray(x?.languages) ? x.languages : []
    )) {
      const code =
        (l?.code && lookupLanguage(l.code)) ||
        (l?.name && lookupLanguage(l.name));
      if (code && !languages.includes(code)) languages.push(code);
    }
    const org = {id, name: text(h.name), country};
    if (h.description?.trim()) org.description = text(h.description);
    if (address?.city?.trim()) org.city = text(address.city);
    org.types = types;
    org.fields = fields;
    org.languages = languages;
    org.lookingForPartners = codes(TAXONOMY.partners)[0] === 'true';
    if (typeof h.website === 'string' && /^https?:\/\/\S+$/i.test(h.website))
      org.website = h.website;
    else if (h.website)
      problems.push({
        level: 'warning',
        where,
        message: `the website ${JSON.stringify(h.website)} is not an http(s) address; left out.`,
      });
    if (typeof h.email === 'string' && /^[^\s@]+@[^\s@]+$/.test(h.email))
      org.email = h.email;
    org.phones = phones;
    if (address) {
      const a = {};
      if (address.address_1?.trim())
        a.street = text(
          [address.address_1, address.address_2]
            .filter((x) => x?.trim())
            .join(', ')
        );
      if (address.city?.trim()) a.city = text(address.city);
      const region = address.region?.trim() || address.state_province?.trim();
      if (region) a.region = text(region);
      if (address.postal_code?.trim())
        a.postalCode = address.postal_code.trim();
      a.country = country;
      org.address = a;
    }
    if (
      typeof location?.latitude === 'number' &&
      typeof location?.longitude === 'number'
    )
      org.geo = {lat: location.latitude, lon: location.longitude};
    org.identifiers = ids
      .filter((x) => x && x.identifier_scheme !== ID_SCHEME && x.identifier)
      .map((x) => ({
        scheme: x.identifier_scheme || x.identifier_type || 'unknown',
        value: String(x.identifier),
      }));
    const updated = (Array.isArray(h.metadata) ? h.metadata : [])
      .map((m) => m?.last_action_date)
      .filter((d) => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}/.test(d))
      .sort()
      .pop();
    if (updated)
      org.updated =
        /T/.test(updated) && !/(Z|[+-]\d{2}:\d{2})$/.test(updated)
          ? updated.slice(0, 10)
          : updated;
    if (codes(TAXONOMY.sample)[0] === 'true') org.sample = true;
    organizations.push(org);
  });
  const feed = {version: 1};
  if (publisher) feed.publisher = {name: publisher};
  feed.defaultLocale =
    LOCALES.includes(defaultLocale) || /^[a-z]{2,3}$/.test(defaultLocale)
      ? defaultLocale
      : 'en';
  feed.updated = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  feed.organizations = organizations;
  feed.events = [];
  feed.recommendations = [];
  feed.forms = [];
  return {feed, problems};
}
