/**
 * When an event happens, in words: the range in the event's own time zone with
 * the zone named, and the visitor's local time when their clock differs.
 * Pure: no DOM; the visitor's zone is a parameter.
 */
import type {FeedEvent} from '../feed/types.js';
import {formatMoment, isZone} from '../shared/moment.js';
import {endOf} from '../shared/registration.js';

type Times = Pick<FeedEvent, 'id' | 'start' | 'end' | 'timeZone'>;

/** A piece of the formatted range; `datetime` marks the start or end for `<time>`. */
export interface WhenPart {
  readonly text: string;
  readonly datetime?: string;
}

export interface EventTimes {
  readonly start: Date;
  /** Absent when the feed gives none or an end before the start. */
  readonly end?: Date;
  /** Date-only start: a whole-day event (dates are UTC midnights). */
  readonly allDay: boolean;
  /** The zone shown: the event's IANA zone, else its start's offset. */
  readonly zone: string;
  /** The feed's start and (valid) end, for `<time datetime>` and JSON-LD. */
  readonly startIso: string;
  readonly endIso?: string;
  /**
   * A timed start with a date-only end (a stay until a day, its hour
   * unknown): the end is shown as a date, never with an hour we would have
   * to invent; `end` is the midnight after that day at the start's offset.
   */
  readonly endDay?: boolean;
}

export interface When extends EventTimes {
  readonly parts: readonly WhenPart[];
  /** The whole range as text, in the event's zone. */
  readonly text: string;
  /** The range in the visitor's zone, when its offset differs from the event's. */
  readonly local?: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const warn = (ev: Times, what: string) =>
  console.warn(`[local-y-mpact] <event-card> event "${ev.id}": ${what}`);

/** The zone for the offset at the end of an ISO date-time ("+03:00" → "+03:00" or "Etc/GMT-3"). */
function offsetZone(iso: string): string {
  const m = /([+-])(\d\d):(\d\d)$/.exec(iso);
  if (!m || /^[+-]00:00$/.test(m[0])) return 'UTC';
  const etc = `Etc/GMT${m[1] === '+' ? '-' : '+'}${+m[2]}`;
  return [m[0], m[3] === '00' ? etc : ''].find(isZone) ?? 'UTC';
}

/** "GMT+03:00" — the zone's offset at a moment. */
export function offsetAt(zone: string, date: Date): string {
  return (
    new Intl.DateTimeFormat('en', {timeZone: zone, timeZoneName: 'longOffset'})
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value ?? ''
  );
}

/** Parses an event's times; warns about an unknown zone or an end before the start. */
export function eventTimes(ev: Times): EventTimes {
  const allDay = DATE_ONLY.test(ev.start);
  const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  const start = allDay ? day(ev.start) : new Date(ev.start);
  let endIso = ev.end && (allDay ? ev.end.slice(0, 10) : ev.end);
  const endDay = !allDay && DATE_ONLY.test(endIso ?? '');
  // A date-only end after a timed start lasts to the end of that day where
  // the start is (at the start's offset); on the start's own day it adds
  // nothing, and is dropped like an end before the start.
  let end = endIso
    ? allDay
      ? day(endIso)
      : endDay
        ? new Date(endOf(endIso, ev.start))
        : new Date(endIso)
    : undefined;
  if (end && !(endDay ? endIso! > ev.start : end >= start)) {
    warn(
      ev,
      `ends (${ev.end}) before it starts (${ev.start}); showing the start only.`
    );
    end = endIso = undefined;
  }
  let zone = 'UTC';
  if (!allDay) {
    if (isZone(ev.timeZone)) zone = ev.timeZone;
    else {
      if (ev.timeZone)
        warn(
          ev,
          `unknown time zone "${ev.timeZone}"; using the offset of its start.`
        );
      zone = offsetZone(ev.start);
    }
  }
  return {
    start,
    end,
    allDay,
    zone,
    startIso: ev.start,
    endIso,
    endDay: !!end && endDay,
  };
}

function options(t: EventTimes, zone: string): Intl.DateTimeFormatOptions {
  const date: Intl.DateTimeFormatOptions = {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  };
  return t.allDay
    ? {...date, timeZone: 'UTC'}
    : {
        ...date,
        hour: 'numeric',
        minute: '2-digit',
        timeZone: zone,
        // Short ("EEST", "GMT+3"): Chromium writes a range with the short
        // name whatever is asked, Firefox as asked; short reads the same in
        // both, and as the registration dates name the zone.
        timeZoneName: 'short',
      };
}

type RangePart = Pick<Intl.DateTimeRangeFormatPart, 'value' | 'source'>;

/**
 * The range's parts. When the zone's offset changes between start and end
 * (a daylight-saving change), each end is written whole with its own zone
 * name: `formatRange` would name only one.
 */
function rangeParts(
  format: Intl.DateTimeFormat,
  zone: string,
  start: Date,
  end?: Date,
  /** The end in words of its own (a date-only end); else `format`'s. */
  endText?: string
): RangePart[] {
  if (!end) return [{value: format.format(start), source: 'startRange'}];
  if (!endText && offsetAt(zone, start) === offsetAt(zone, end))
    return format.formatRangeToParts(start, end);
  return [
    {value: format.format(start), source: 'startRange'},
    {value: ' – ', source: 'shared'},
    {value: endText ?? format.format(end), source: 'endRange'},
  ];
}

/**
 * Formats an event's date and time for a locale, in the event's zone, and in
 * the visitor's zone (`visitorZone`, an IANA name) when its offset differs.
 */
export function describeWhen(
  ev: Times,
  locale: string,
  visitorZone?: string
): When {
  const t = eventTimes(ev);
  const format = new Intl.DateTimeFormat(locale, options(t, t.zone));
  // A date-only end: the day alone (as a registration's closing day).
  const endText = t.endDay ? formatMoment(t.endIso!, locale) : undefined;
  let parts: {text: string; datetime?: string}[] = [];
  for (const p of rangeParts(format, t.zone, t.start, t.end, endText)) {
    const datetime =
      p.source === 'startRange'
        ? t.startIso
        : p.source === 'endRange'
          ? t.endIso
          : undefined;
    const last = parts.at(-1);
    if (last && last.datetime === datetime) last.text += p.value;
    else parts.push({text: p.value, datetime});
  }
  const text = parts.map((p) => p.text).join('');
  // A range that collapses to one moment has no start or end part of its own.
  if (!parts.some((p) => p.datetime)) parts = [{text, datetime: t.startIso}];
  const differs =
    !t.allDay &&
    isZone(visitorZone) &&
    [t.start, t.end ?? t.start].some(
      (d) => offsetAt(visitorZone, d) !== offsetAt(t.zone, d)
    );
  const local = differs
    ? rangeParts(
        new Intl.DateTimeFormat(locale, options(t, visitorZone)),
        visitorZone,
        t.start,
        t.end,
        endText
      )
        .map((p) => p.value)
        .join('')
    : undefined;
  return {...t, parts, text, local};
}

/**
 * The zone a registration moment is shown in: the event's. A whole-day
 * event's dates are UTC, so there it is the feed's zone, else the moment's
 * own offset.
 */
export const momentZone = (ev: Times, t: EventTimes, iso: string) =>
  !t.allDay ? t.zone : isZone(ev.timeZone) ? ev.timeZone : offsetZone(iso);
