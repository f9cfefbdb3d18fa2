/**
 * Where registration for an event stands at a moment: one rule for the event
 * card and the signup form, so that a card never offers "Register" beside a
 * form that says registration has closed. Pure.
 */
import type {FeedEvent} from '../feed/types.js';

export type RegistrationState =
  | {readonly kind: 'open' | 'closed' | 'full' | 'cancelled' | 'past'}
  /** Registration opens later, at `date` (ISO). */
  | {readonly kind: 'opens'; readonly date: string}
  /** Registration is open until `date` (ISO). */
  | {readonly kind: 'closes'; readonly date: string};

/**
 * An ISO moment as a time; a date alone stands for the end of that day
 * where the event is: at the UTC offset of its timed `start` (a registration
 * closing on "2027-03-20" in Riga closes at midnight there), else in UTC.
 */
export const endOf = (iso: string, start = ''): number =>
  Date.parse(
    iso.length > 10
      ? iso
      : iso + (start.slice(10).replace(/T[\d:.]+/, 'T24:00') || 'T24:00Z')
  );

/**
 * When an event is over: its end, else its start; a whole-day event at the
 * end of its last day; an end before the start does not count.
 */
export function eventEnd(ev: Pick<FeedEvent, 'start' | 'end'>): number {
  const end = ev.end && (ev.start.length === 10 ? ev.end.slice(0, 10) : ev.end);
  return Math.max(endOf(ev.start), end ? endOf(end, ev.start) : 0);
}

/**
 * The registration state at `now` of an event that is over at `ends` (both
 * times): cancelled and past (never when postponed) first, then full, closed,
 * not yet open; undefined when the event is upcoming and has no registration.
 * A capacity of 0 is full; a date-only closing day stays open all that day.
 */
export function registrationState(
  ev: Pick<FeedEvent, 'status' | 'registration'> & {start?: string},
  ends: number,
  now: number
): RegistrationState | undefined {
  const r = ev.registration;
  if (ev.status === 'cancelled' || r?.status === 'cancelled')
    return {kind: 'cancelled'};
  // A postponed event has not taken place, whatever its old date says.
  if (ends <= now && ev.status !== 'postponed') return {kind: 'past'};
  if (!r) return undefined;
  if (
    r.status === 'full' ||
    (r.capacity !== undefined && (r.registered ?? 0) >= r.capacity)
  )
    return {kind: 'full'};
  if (r.status === 'closed' || (r.closes && endOf(r.closes, ev.start) <= now))
    return {kind: 'closed'};
  if (r.opens && Date.parse(r.opens) > now)
    return {kind: 'opens', date: r.opens};
  return r.closes ? {kind: 'closes', date: r.closes} : {kind: 'open'};
}
