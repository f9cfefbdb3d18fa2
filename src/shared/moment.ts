/**
 * Time zones and single moments (a registration's opening or closing), for
 * the event card and the signup form. Pure.
 */

/** True when Intl knows the zone (IANA name or offset). */
export function isZone(zone: string | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', {timeZone: zone});
    return true;
  } catch {
    return false;
  }
}

/**
 * A single moment in a zone (one Intl does not know: the visitor's): an ISO
 * text (a date alone is named without a time) or milliseconds since 1970.
 */
export function formatMoment(
  iso: string | number,
  locale: string,
  zone?: string
): string {
  const allDay = (iso as string).length === 10;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    ...(allDay
      ? {timeZone: 'UTC'}
      : {
          hour: 'numeric',
          minute: '2-digit',
          timeZone: isZone(zone) ? zone : undefined,
          timeZoneName: 'short',
        }),
  }).format(allDay ? new Date(`${iso}T00:00:00Z`) : new Date(iso));
}
