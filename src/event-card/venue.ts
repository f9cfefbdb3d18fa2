/**
 * A venue as text and as a link to OpenStreetMap. Pure.
 */
import type {Venue} from '../feed/types.js';

/**
 * The address's parts in the order a line shows them: street, postal code
 * and city, region, country (already in words); missing ones left out.
 */
export function addressParts(parts: {
  street?: string;
  postalCode?: string;
  city?: string;
  region?: string;
  country?: string;
}): string[] {
  return [
    parts.street,
    [parts.postalCode, parts.city].filter(Boolean).join(' '),
    parts.region,
    parts.country,
  ].filter((part): part is string => !!part);
}

/**
 * The place on OpenStreetMap: a marker at the coordinates when the feed has
 * them, else a search for the name and address; undefined with neither.
 */
export function mapUrl(
  venue: Pick<Venue, 'geo'> | undefined,
  query: string
): string | undefined {
  const geo = venue?.geo;
  if (geo && Number.isFinite(geo.lat) && Number.isFinite(geo.lon)) {
    const {lat, lon} = geo;
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  }
  return query.trim()
    ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`
    : undefined;
}
