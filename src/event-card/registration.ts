/**
 * Which event a card shows when the page names none. Pure.
 */
import type {FeedEvent} from '../feed/types.js';
import {eventEnd} from '../shared/registration.js';

/**
 * The next event that has not ended at `now` (one that takes place before a
 * cancelled one), else a postponed one whose old date has passed (it has not
 * taken place), else the one that started last.
 */
export function nextEvent<
  E extends Pick<FeedEvent, 'start' | 'end' | 'status'>,
>(events: readonly E[], now: Date): E | undefined {
  const rank = (e: E) =>
    eventEnd(e) > +now
      ? +(e.status === 'cancelled')
      : e.status === 'postponed'
        ? 2
        : 3;
  const start = (e: E) => Date.parse(e.start);
  // Ahead: the soonest first; postponed and over: the latest first.
  return [...events].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (rank(a) > 1 ? start(b) - start(a) : start(a) - start(b))
  )[0];
}
