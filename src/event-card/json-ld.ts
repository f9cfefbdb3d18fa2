/**
 * A schema.org `Event` in JSON-LD for an event of the feed, and the check
 * whether a page already carries one. Pure.
 */
import type {Address, Feed, FeedEvent, LocalizedText} from '../feed/types.js';
import {pickText} from '../i18n/locale.js';
import {httpUrl} from '../shared/safe-url.js';

type Json = Record<string, unknown>;
const S = 'https://schema.org/';

function postalAddress(
  a: Address | undefined,
  text: (t?: LocalizedText) => string | undefined
) {
  return a
    ? {
        '@type': 'PostalAddress',
        streetAddress: text(a.street),
        addressLocality: text(a.city),
        addressRegion: text(a.region),
        postalCode: a.postalCode,
        addressCountry: a.country,
      }
    : undefined;
}

/** The event's organizers: organisations of the feed (unknown ids left out) or inline ones, with safe URLs. */
export function organizers(
  ev: FeedEvent,
  feed: Pick<Feed, 'organizations'>
): {name: LocalizedText; url?: string}[] {
  return ev.organizers.flatMap((o) => {
    if (o.id === undefined) return [{name: o.name, url: httpUrl(o.url)}];
    const org = feed.organizations.find((x) => x.id === o.id);
    return org ? [{name: org.name, url: httpUrl(org.website)}] : [];
  });
}

/** The schema.org Event for `ev`, its texts in `locale`. Undefined values are left out when serialised. */
export function eventJsonLd(
  ev: FeedEvent,
  feed: Pick<Feed, 'organizations' | 'defaultLocale'>,
  locale: string,
  /** The end the card shows (eventTimes' `endIso`: none before the start). */
  end?: string
): Json {
  const text = (t?: LocalizedText) =>
    pickText(t, locale, feed.defaultLocale) || undefined;
  const mode = ev.attendanceMode ?? 'offline';
  const place = ev.venue && {
    '@type': 'Place',
    name: text(ev.venue.name),
    address: postalAddress(ev.venue.address, text),
    geo: ev.venue.geo && {
      '@type': 'GeoCoordinates',
      latitude: ev.venue.geo.lat,
      longitude: ev.venue.geo.lon,
    },
  };
  const virtual = {'@type': 'VirtualLocation', url: ev.onlineUrl ?? ev.url};
  const location =
    mode === 'online'
      ? virtual
      : mode === 'mixed'
        ? [place, virtual].filter(Boolean)
        : place;
  const organizer = organizers(ev, feed).map((o) => ({
    '@type': 'Organization',
    name: text(o.name),
    url: o.url,
  }));
  const reg = ev.registration;
  const status = {
    cancelled: 'EventCancelled',
    postponed: 'EventPostponed',
    scheduled: 'EventScheduled',
  }[ev.status ?? 'scheduled'];
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: text(ev.title),
    description: text(ev.description),
    startDate: ev.start,
    endDate: end,
    eventStatus: S + status,
    eventAttendanceMode: `${S}${mode[0].toUpperCase()}${mode.slice(1)}EventAttendanceMode`,
    location,
    organizer: organizer.length ? organizer : undefined,
    image: ev.image && httpUrl(ev.image.url),
    url: httpUrl(ev.url),
    inLanguage: ev.language,
    offers: reg?.url && {
      '@type': 'Offer',
      url: httpUrl(reg.url),
      validFrom: reg.opens,
      availability: S + (reg.status === 'full' ? 'SoldOut' : 'InStock'),
    },
  };
}

/**
 * True when one of the JSON-LD texts (the page's `application/ld+json`
 * scripts) holds an Event (any `@type` ending in Event, alone or in a list;
 * at any depth, `@graph` included) with this name and the same start instant.
 */
export function hasEventJsonLd(
  scripts: readonly string[],
  name: string,
  start: string
): boolean {
  const at = Date.parse(start);
  return scripts.some((source) => {
    let found = false;
    try {
      // The reviver sees every value, nested ones first.
      JSON.parse(source, (_key, v: Json | null) => {
        if (
          v &&
          // A list of types reads "Place,Event": each name ends at a comma or the end.
          /Event(,|$)/.test(v['@type'] as string) &&
          v.name === name &&
          Date.parse(v.startDate as string) === at
        )
          found = true;
        return v;
      });
    } catch {
      // Not JSON: not ours to judge.
    }
    return found;
  });
}
