/**
 * Add-to-calendar, generated locally: an iCalendar (RFC 5545) file and links
 * to Google Calendar, Outlook.com and Microsoft 365. Times are written in UTC
 * (or as dates for whole-day events), which every calendar reads correctly.
 */
import type {EventTimes} from './when.js';

/** An event with its texts already picked in the reader's language. */
export interface CalendarEntry {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly location?: string;
  readonly url?: string;
  readonly cancelled?: boolean;
  readonly times: EventTimes;
}

export type CalendarKind = 'ics' | 'google' | 'outlook' | 'office365';

const DAY = 86_400_000;

/** `20230810T100000Z`, or `20230810` for a date. */
function stamp(date: Date, dateOnly = false): string {
  const s = date.toISOString().replace(/[-:]|\.\d+/g, '');
  return dateOnly ? s.slice(0, 8) : s;
}

/** Start and end; a whole-day event ends the day after its last day (exclusive). */
function range(t: EventTimes): [Date, Date | undefined] {
  return [
    t.start,
    t.allDay ? new Date((t.end ?? t.start).getTime() + DAY) : t.end,
  ];
}

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, '\\n')
    .replace(/[\u0000-\u001f\u007f]/g, '');
}

/** Folds a content line at 75 octets of UTF-8, never inside a character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + n > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += ch;
    octets += n;
  }
  return out;
}

/**
 * The .ics text of one event. `host` makes the UID (`<id>@<host>`) stable
 * across downloads; `now` is the DTSTAMP.
 */
export function icsText(entry: CalendarEntry, host: string, now: Date): string {
  const [start, end] = range(entry.times);
  const d = entry.times.allDay;
  const date = (name: string, value: Date) =>
    `${name}${d ? ';VALUE=DATE' : ''}:${stamp(value, d)}`;
  const text = (name: string, value?: string) =>
    value ? `${name}:${escapeText(value)}` : '';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//local-y-mpact//event-card//EN',
    // CALSCALE left out: GREGORIAN is its default (RFC 5545, 3.7.1).
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    text('UID', `${entry.id}@${host || 'local-y-mpact'}`),
    `DTSTAMP:${stamp(now)}`,
    date('DTSTART', start),
    end ? date('DTEND', end) : '',
    text('SUMMARY', entry.title),
    text('DESCRIPTION', entry.description),
    text('LOCATION', entry.location),
    entry.url ? `URL:${entry.url}` : '',
    entry.cancelled ? 'STATUS:CANCELLED' : '',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.filter(Boolean).map(foldLine).join('\r\n').concat('\r\n');
}

function query(
  base: string,
  params: Record<string, string | undefined>
): string {
  const pairs = Object.entries(params).filter(
    (p): p is [string, string] => !!p[1]
  );
  return `${base}?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

/** Description and page link together, for the links' text fields. */
const details = (e: CalendarEntry) =>
  [e.description, e.url].filter(Boolean).join('\n\n') || undefined;

/** A Google Calendar "add event" link. */
export function googleUrl(entry: CalendarEntry): string {
  const [start, end] = range(entry.times);
  const d = entry.times.allDay;
  return query('https://calendar.google.com/calendar/render', {
    action: 'TEMPLATE',
    text: entry.title,
    dates: `${stamp(start, d)}/${stamp(end ?? start, d)}`,
    details: details(entry),
    location: entry.location,
    ctz: !d && entry.times.zone.includes('/') ? entry.times.zone : undefined,
  });
}

/** An Outlook.com (`outlook`) or Microsoft 365 (`office365`) "new event" link. */
export function outlookUrl(
  entry: CalendarEntry,
  kind: 'outlook' | 'office365'
): string {
  const [start, end] = range(entry.times);
  const d = entry.times.allDay;
  const iso = (date: Date) =>
    d
      ? date.toISOString().slice(0, 10)
      : date.toISOString().replace(/\.\d+/, '');
  return query(
    `https://outlook.${kind === 'outlook' ? 'live.com' : 'office.com'}/calendar/0/action/compose`,
    {
      rru: 'addevent',
      subject: entry.title,
      startdt: iso(start),
      enddt: iso(end ?? start),
      allday: d ? 'true' : undefined,
      body: details(entry),
      location: entry.location,
    }
  );
}

/** The link for a calendar kind other than the .ics download. */
export function calendarUrl(
  entry: CalendarEntry,
  kind: Exclude<CalendarKind, 'ics'>
): string {
  return kind === 'google' ? googleUrl(entry) : outlookUrl(entry, kind);
}
