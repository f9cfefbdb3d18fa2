import {expect} from '@open-wc/testing';
import type {FeedEvent, Registration} from '../../src/feed/types.js';
import {nextEvent} from '../../src/event-card/registration.js';
import {eventEnd, registrationState} from '../../src/shared/registration.js';

const base = {
  id: 'e',
  title: 'E',
  organizers: [],
  start: '2023-08-10T13:00+03:00',
  end: '2023-08-10T15:00+03:00',
  timeZone: 'Europe/Riga',
};
const BEFORE = new Date('2023-07-01T12:00:00Z');

function state(
  registration: Registration | undefined,
  now = BEFORE,
  extra: Partial<FeedEvent> = {}
) {
  const ev = {...base, ...extra, registration} as FeedEvent;
  return registrationState(ev, eventEnd(ev), +now);
}

describe('registrationState', () => {
  it('is open with a link and no dates', () => {
    expect(state({url: 'https://example.org/r'})).to.deep.equal({kind: 'open'});
  });
  it('opens on a later date', () => {
    expect(state({opens: '2023-07-15T09:00+03:00'})).to.deep.equal({
      kind: 'opens',
      date: '2023-07-15T09:00+03:00',
    });
  });
  it('is open until a closing date, once the opening date has passed', () => {
    expect(
      state({opens: '2023-06-01T09:00+03:00', closes: '2023-08-05T23:59+03:00'})
    ).to.deep.equal({
      kind: 'closes',
      date: '2023-08-05T23:59+03:00',
    });
  });
  it('is closed after the closing moment', () => {
    expect(state({closes: '2023-07-01T14:59+03:00'})).to.deep.equal({
      kind: 'closed',
    });
  });
  it('keeps a date-only closing day open all that day', () => {
    expect(state({closes: '2023-07-01'})?.kind).to.equal('closes');
    expect(state({closes: '2023-06-30'})?.kind).to.equal('closed');
  });
  it("ends a date-only closing day where the event is: at its start's offset", () => {
    // The event starts at 13:00+03:00 (Riga): 1 July ends at 21:00 UTC.
    const at = (iso: string) => state({closes: '2023-07-01'}, new Date(iso));
    expect(at('2023-07-01T20:59:00Z')?.kind).to.equal('closes');
    expect(at('2023-07-01T21:00:00Z')?.kind).to.equal('closed');
    // West of UTC: a day ends later than in UTC.
    const west = (iso: string) =>
      state({closes: '2023-07-01'}, new Date(iso), {
        start: '2023-08-10T13:00:00.000-04:00',
        end: undefined,
      });
    expect(west('2023-07-02T03:59:00Z')?.kind).to.equal('closes');
    expect(west('2023-07-02T04:00:00Z')?.kind).to.equal('closed');
    // A whole-day event has no offset: the day ends in UTC.
    const allDay = (iso: string) =>
      state({closes: '2023-07-01'}, new Date(iso), {
        start: '2023-08-10',
        end: undefined,
      });
    expect(allDay('2023-07-01T23:59:00Z')?.kind).to.equal('closes');
    expect(allDay('2023-07-02T00:00:00Z')?.kind).to.equal('closed');
  });
  it('is closed when the feed says so', () => {
    expect(
      state({status: 'closed', closes: '2023-08-05T23:59+03:00'})
    ).to.deep.equal({kind: 'closed'});
  });
  it('is full by status, or when the registered reach the capacity', () => {
    expect(state({status: 'full'})).to.deep.equal({kind: 'full'});
    expect(state({capacity: 40, registered: 40})).to.deep.equal({kind: 'full'});
    expect(state({capacity: 40, registered: 39})).to.deep.equal({kind: 'open'});
    expect(state({capacity: 40})).to.deep.equal({kind: 'open'});
    // No places at all (the signup form says the same).
    expect(state({capacity: 0})).to.deep.equal({kind: 'full'});
  });
  it('is cancelled when the event or its registration is cancelled, even afterwards', () => {
    expect(state({}, BEFORE, {status: 'cancelled'})).to.deep.equal({
      kind: 'cancelled',
    });
    expect(state({status: 'cancelled'})).to.deep.equal({kind: 'cancelled'});
    expect(
      state(undefined, new Date('2024-01-01'), {status: 'cancelled'})
    ).to.deep.equal({kind: 'cancelled'});
  });
  it('is past once the event has ended, whatever registration says', () => {
    expect(
      state({status: 'full'}, new Date('2023-08-10T12:00:00Z'))
    ).to.deep.equal({kind: 'past'});
    expect(
      state({url: 'https://example.org'}, new Date('2023-08-10T11:59:00Z'))
    ).to.deep.equal({kind: 'open'});
  });
  it('is not past when the event is postponed: its old date has gone, the event has not', () => {
    const later = new Date('2023-09-01T12:00:00Z');
    expect(
      state({url: 'https://example.org'}, later, {status: 'postponed'})
    ).to.deep.equal({kind: 'open'});
    expect(state(undefined, later, {status: 'postponed'})).to.equal(undefined);
    expect(
      state({closes: '2023-08-05'}, later, {status: 'postponed'})
    ).to.deep.equal({kind: 'closed'});
  });
  it('ends a whole-day event at the end of its last day', () => {
    const opts = {start: '2023-08-10', end: '2023-08-11'};
    expect(state({}, new Date('2023-08-11T20:00:00Z'), opts)?.kind).to.equal(
      'open'
    );
    expect(state({}, new Date('2023-08-12T00:00:00Z'), opts)?.kind).to.equal(
      'past'
    );
  });
  it("ends a timed event with a date-only end when that day ends at its start's offset", () => {
    // As its calendar entry does (src/event-card/when.ts).
    expect(
      eventEnd({start: '2023-08-10T13:00+03:00', end: '2023-08-11'})
    ).to.equal(Date.parse('2023-08-11T21:00:00Z'));
    expect(eventEnd({start: '2023-08-10T13:00Z', end: '2023-08-11'})).to.equal(
      Date.parse('2023-08-12T00:00:00Z')
    );
  });
  it('does not end an event before it starts', () => {
    const opts = {
      start: '2023-08-10T13:00+03:00',
      end: '2023-08-09T15:00+03:00',
    };
    expect(eventEnd(opts)).to.equal(Date.parse('2023-08-10T10:00:00Z'));
    expect(
      eventEnd({start: '2023-08-10', end: '2023-08-11T10:00+03:00'})
    ).to.equal(Date.parse('2023-08-12T00:00:00Z'));
  });
  it('is undefined for an upcoming event without registration', () => {
    expect(state(undefined)).to.equal(undefined);
  });
});

describe('nextEvent', () => {
  const events = [
    {id: 'old', start: '2022-05-01T10:00+03:00'},
    {id: 'later', start: '2023-09-01T10:00+03:00'},
    {
      id: 'soon',
      start: '2023-08-10T13:00+03:00',
      end: '2023-08-10T15:00+03:00',
    },
    {id: 'older', start: '2021-05-01'},
  ];
  it('picks the next upcoming event', () => {
    expect(nextEvent(events, BEFORE)?.id).to.equal('soon');
  });
  it('keeps an event that is under way', () => {
    expect(nextEvent(events, new Date('2023-08-10T11:00:00Z'))?.id).to.equal(
      'soon'
    );
  });
  it('picks the most recent past event when none is upcoming', () => {
    expect(nextEvent(events, new Date('2030-01-01'))?.id).to.equal('later');
  });
  it('returns undefined for no events', () => {
    expect(nextEvent([], BEFORE)).to.equal(undefined);
  });
  it('passes over a cancelled event when another one is ahead', () => {
    const withCancelled = [
      {
        id: 'cancelled',
        start: '2023-08-09T10:00+03:00',
        status: 'cancelled' as const,
      },
      ...events,
    ];
    expect(nextEvent(withCancelled, BEFORE)?.id).to.equal('soon');
    expect(nextEvent(withCancelled.slice(0, 1), BEFORE)?.id).to.equal(
      'cancelled'
    );
  });
  it('shows a postponed event whose date has passed rather than one that is over', () => {
    const postponed = [
      {
        id: 'moved',
        start: '2022-06-01T10:00+03:00',
        status: 'postponed' as const,
      },
      {
        id: 'moved-before',
        start: '2022-04-01T10:00+03:00',
        status: 'postponed' as const,
      },
      ...events,
    ];
    const after = new Date('2030-01-01');
    // Over: 'later' started last; but 'moved' has not taken place yet.
    expect(nextEvent(postponed, after)?.id).to.equal('moved');
    // An event ahead still comes first, even a cancelled one (news of that date).
    expect(nextEvent(postponed, BEFORE)?.id).to.equal('soon');
    const cancelledAhead = {
      id: 'off',
      start: '2031-01-01T10:00+02:00',
      status: 'cancelled' as const,
    };
    expect(nextEvent([...postponed, cancelledAhead], after)?.id).to.equal(
      'off'
    );
    // The feed's order is left as it was.
    expect(postponed[0].id).to.equal('moved');
  });
});
