/**
 * Where registration for an event stands at a moment. Pure.
 */
import type {FeedEvent} from '../feed/types.js';
import type {EventTimes} from './when.js';

export type RegistrationState =
  | {readonly kind: 'open' | 'closed' | 'full' | 'cancelled' | 'past'}
  /** Registration opens later, at `date` (ISO). */
  | {readonly kind: 'opens'; readonly date: string}
  /** Registration is open until `date` (ISO). */
  | {readonly kind: 'closes'; readonly date: string};

const DAY = 86_400_000;

/** When the event is over: its end, else its start; a whole-day event at the end of its last day. */
export function endsAt(
  times: Pick<EventTimes, 'start' | 'end' | 'allDay'>
): number {
  return (times.end ?? times.start).getTime() + (times.allDay ? DAY : 0);
}

/**
 * The registration state of an event at `now`: cancelled and past first, then
 * what the feed says about registration; undefined when the event is upcoming
 * and has no registration.
 */
export function registrationState(
  ev: Pick<FeedEvent, 'status' | 'registration'>,
  times: Pick<EventTimes, 'start' | 'end' | 'allDay'>,
  now: Date
): RegistrationState | undefined {
  const r = ev.registration;
  if (ev.status === 'cancelled' || r?.status === 'cancelled')
    return {kind: 'cancelled'};
  if (endsAt(times) <= now.getTime()) return {kind: 'past'};
  if (!r) return undefined;
  if (
    r.status === 'full' ||
    (r.capacity && r.registered !== undefined && r.registered >= r.capacity)
  ) {
    return {kind: 'full'};
  }
  if (r.status === 'closed') return {kind: 'closed'};
  if (r.opens && Date.parse(r.opens) > now.getTime())
    return {kind: 'opens', date: r.opens};
  if (r.closes) {
    // A date-only closing day is still open all that day.
    const closes = Date.parse(r.closes) + (r.closes.length === 10 ? DAY : 0);
    return closes <= now.getTime()
      ? {kind: 'closed'}
      : {kind: 'closes', date: r.closes};
  }
  return {kind: 'open'};
}

/** The next event that has not ended at `now`, else the one that started last. */
export function nextEvent<E extends Pick<FeedEvent, 'start' | 'end' | 'status'>>(
  events: readonly E[],
  now: Date
): E | undefined {
  const at = (iso: string) => Date.parse(iso) + (iso.length === 10 ? DAY : 0);
  const start = (e: E) => Date.parse(e.start);
  const upcoming = events.filter(
    (e) => Math.max(at(e.start), e.end ? at(e.end) : 0) > now.getTime()
  );
  // The next event that takes place; a cancelled one only when nothing else is ahead.
  const happening = upcoming.filter((e) => e.status !== 'cancelled');
  if (happening.length) upcoming.splice(0, upcoming.length, ...happening);
  const list = upcoming.length
    ? upcoming.sort((a, b) => start(a) - start(b))
    : [...events].sort((a, b) => start(b) - start(a));
  return list[0];
}
