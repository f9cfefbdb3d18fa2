/**
 * Which event a card shows when the page names none. Pure.
 */
import type {FeedEvent} from '../feed/types.js';
import {eventEnd} from '../shared/registration.js';

/** The next event that has not ended at `now`, else the one that started last. */
export function nextEvent<E extends Pick<FeedEvent, 'start' | 'end' | 'status'>>(
  events: readonly E[],
  now: Date
): E | undefined {
  const start = (e: E) => Date.parse(e.start);
  const upcoming = events.filter((e) => eventEnd(e) > now.getTime());
  // The next event that takes place; a cancelled one only when nothing else is ahead.
  const happening = upcoming.filter((e) => e.status !== 'cancelled');
  const ahead = happening.length ? happening : upcoming;
  const list = ahead.length
    ? ahead.sort((a, b) => start(a) - start(b))
    : [...events].sort((a, b) => start(b) - start(a));
  return list[0];
}
