import {expect} from '@open-wc/testing';
import {describeWhen, eventTimes} from '../../src/event-card/when.js';
import {formatMoment, isZone} from '../../src/shared/moment.js';
import {catchWarnings} from '../console.js';

const LOCALES = ['en', 'lv', 'lt', 'sv', 'el', 'pt'] as const;
/** How 13:00 and 11:00 read in each locale (en and el use a 12-hour clock). */
const H13 = {
  en: '1:00',
  lv: '13:00',
  lt: '13:00',
  sv: '13:00',
  el: '1:00',
  pt: '13:00',
};
const H11 = {
  en: '11:00',
  lv: '11:00',
  lt: '11:00',
  sv: '11:00',
  el: '11:00',
  pt: '11:00',
};

const talsi = {
  id: 'talsi',
  start: '2023-08-10T13:00+03:00',
  end: '2023-08-10T15:00+03:00',
  timeZone: 'Europe/Riga',
};

/** The zone's name as Intl writes it at a moment, to compare without hard-coding ICU data. */
function zoneName(
  locale: string,
  zone: string,
  iso: string,
  style: 'long' | 'short' = 'long'
) {
  return new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    timeZoneName: style,
    hour: 'numeric',
  })
    .formatToParts(new Date(iso))
    .find((p) => p.type === 'timeZoneName')!.value;
}

/** The card names a zone by its short name (Chromium's ranges would anyway). */
function namesZone(
  text: string | undefined,
  locale: string,
  zone: string,
  iso: string
) {
  return [
    zoneName(locale, zone, iso),
    zoneName(locale, zone, iso, 'short'),
  ].some((n) => text?.includes(n));
}

const warnings = catchWarnings();

// npm test runs these files again with the machine in far time zones (see
// bin/test.mjs): this proves the browser really is in the machine's zone, so
// that those runs test something the run in CI's UTC does not.
describe('the time zone the tests run in', () => {
  it("is the machine's", async () => {
    const {tz, offsets} = await (await fetch('/api/test/zone')).json();
    const here = [0, 6].map((m) =>
      new Date(Date.UTC(2026, m, 15)).getTimezoneOffset()
    );
    expect(here).to.deep.equal(offsets);
    // Compared as Intl names them (it says "Asia/Katmandu" for "Asia/Kathmandu").
    const canonical = (timeZone?: string) =>
      new Intl.DateTimeFormat('en', {timeZone}).resolvedOptions().timeZone;
    if (tz) expect(canonical()).to.equal(canonical(tz));
  });
});

describe('describeWhen', () => {
  for (const locale of LOCALES) {
    it(`shows the Talsi event at 13:00 Riga time and 11:00 for a Lisbon visitor (${locale})`, () => {
      const w = describeWhen(talsi, locale, 'Europe/Lisbon');
      const start = w.parts.find((p) => p.datetime === talsi.start)!;
      const end = w.parts.find((p) => p.datetime === talsi.end)!;
      expect(start.text).to.include(H13[locale]);
      expect(end.text).to.include(H13[locale] === '1:00' ? '3:00' : '15:00');
      expect(w.text).to.include('2023').and.include('10');
      expect(
        namesZone(w.text, locale, 'Europe/Riga', talsi.start),
        w.text
      ).to.equal(true);
      expect(w.local).to.include(H11[locale]);
      expect(
        namesZone(w.local, locale, 'Europe/Lisbon', talsi.start),
        w.local
      ).to.equal(true);
      expect(w.local).not.to.include(H13[locale] === '1:00' ? '3:00' : '15:00');
    });

    it(`names a whole-day range naturally, without times (${locale})`, () => {
      const w = describeWhen(
        {id: 'x', start: '2023-08-10', end: '2023-08-12'},
        locale,
        'America/New_York'
      );
      expect(w.allDay).to.equal(true);
      expect(w.text).not.to.match(/\d:\d\d/);
      expect(w.text).to.include('10').and.include('12').and.include('2023');
      expect(w.parts.map((p) => p.datetime).filter(Boolean)).to.deep.equal([
        '2023-08-10',
        '2023-08-12',
      ]);
      expect(w.local, 'dates are the same everywhere').to.equal(undefined);
    });

    it(`crosses the year end in the event's zone and keeps the visitor's date (${locale})`, () => {
      const ev = {
        id: 'ny',
        start: '2023-12-31T23:00+02:00',
        end: '2024-01-01T01:00+02:00',
        timeZone: 'Europe/Riga',
      };
      const w = describeWhen(ev, locale, 'Europe/Lisbon');
      expect(w.parts.find((p) => p.datetime === ev.start)!.text)
        .to.include('2023')
        .and.include('31');
      expect(w.parts.find((p) => p.datetime === ev.end)!.text).to.include(
        '2024'
      );
      expect(w.local).to.include('2023').and.not.include('2024');
    });
  }

  it('does not repeat the time for a visitor whose offset is the same (Vilnius vs Riga)', () => {
    expect(describeWhen(talsi, 'lt', 'Europe/Vilnius').local).to.equal(
      undefined
    );
    expect(describeWhen(talsi, 'lv', 'Europe/Riga').local).to.equal(undefined);
  });

  it('gives New York visitors their morning time', () => {
    expect(describeWhen(talsi, 'en', 'America/New_York').local)
      .to.include('6:00')
      .and.include('8:00 AM');
  });

  it('handles the half-hour zone of Kolkata', () => {
    const ev = {
      id: 'k',
      start: '2023-08-10T18:30+05:30',
      end: '2023-08-10T20:00+05:30',
      timeZone: 'Asia/Kolkata',
    };
    const w = describeWhen(ev, 'sv', 'Europe/Riga');
    expect(w.text).to.include('18:30').and.include('20:00');
    expect(w.local).to.include('16:00').and.include('17:30');
  });

  it('handles the 45-minute zone of the Chatham Islands', () => {
    const ev = {
      id: 'c',
      start: '2023-08-10T13:00+12:45',
      timeZone: 'Pacific/Chatham',
    };
    const w = describeWhen(ev, 'pt', 'Europe/Lisbon');
    expect(w.text).to.include('13:00').and.include('10 de agosto');
    expect(w.local).to.include('01:15').and.include('10 de agosto');
  });

  it('names both zones when summer time starts during the event (Riga, 26 March 2023)', () => {
    const ev = {
      id: 'dst',
      start: '2023-03-26T01:00+02:00',
      end: '2023-03-26T05:00+03:00',
      timeZone: 'Europe/Riga',
    };
    const w = describeWhen(ev, 'lv', 'Europe/Lisbon');
    const start = w.parts.find((p) => p.datetime === ev.start)!.text;
    const end = w.parts.find((p) => p.datetime === ev.end)!.text;
    expect(start)
      .to.include('01:00')
      .and.include(zoneName('lv', 'Europe/Riga', ev.start, 'short'));
    expect(end)
      .to.include('05:00')
      .and.include(zoneName('lv', 'Europe/Riga', ev.end, 'short'));
    expect(zoneName('lv', 'Europe/Riga', ev.start, 'short')).not.to.equal(
      zoneName('lv', 'Europe/Riga', ev.end, 'short')
    );
    // Lisbon changes the same night: 23:00 on the 25th to 03:00 on the 26th.
    expect(w.local).to.include('25.').and.include('23:00').and.include('03:00');
  });

  it('keeps wall-clock times when summer time ends during the event (Riga, 29 October 2023)', () => {
    const ev = {
      id: 'dst2',
      start: '2023-10-29T02:00+03:00',
      end: '2023-10-29T05:00+02:00',
      timeZone: 'Europe/Riga',
    };
    const w = describeWhen(ev, 'en', 'America/New_York');
    expect(w.parts.find((p) => p.datetime === ev.start)!.text).to.include(
      '2:00 AM'
    );
    expect(w.parts.find((p) => p.datetime === ev.end)!.text).to.include(
      '5:00 AM'
    );
    expect(w.local)
      .to.include('October 28')
      .and.include('7:00')
      .and.include('11:00 PM');
  });

  it('writes a multi-day timed event with both dates', () => {
    const ev = {
      id: 'm',
      start: '2023-08-10T10:00+03:00',
      end: '2023-08-12T16:00+03:00',
      timeZone: 'Europe/Riga',
    };
    const w = describeWhen(ev, 'el', 'Europe/Riga');
    expect(w.text).to.include('10 Αυγούστου').and.include('12 Αυγούστου');
    expect(w.local).to.equal(undefined);
  });

  it('writes a date-only end of a timed event as a date, never with an hour it does not have', () => {
    // A stay until a day (its hour unknown): 24 June 18:00 to 25 June.
    const ev = {
      id: 'stay',
      start: '2027-06-24T18:00+03:00',
      end: '2027-06-25',
      timeZone: 'Europe/Riga',
    };
    for (const locale of LOCALES) {
      const w = describeWhen(ev, locale, 'America/New_York');
      expect(w.endDay).to.equal(true);
      const last = w.parts.at(-1)!;
      expect(last.datetime).to.equal('2027-06-25');
      expect(last.text, locale).to.equal(formatMoment('2027-06-25', locale));
      expect(w.parts[0].datetime).to.equal(ev.start);
      expect(w.text, `${locale}: no invented 03:00`).to.not.match(
        /\b0?3[:.]00\b/
      );
      expect(
        w.local!.endsWith(formatMoment('2027-06-25', locale)),
        `${locale}: the visitor's range ends with the day too`
      ).to.equal(true);
    }
    expect(warnings).to.have.length(0);
  });

  it('reads a date-only end by the day where the event is, not in UTC', () => {
    // On the start's own day (01:30 in Riga is still 23 June in UTC): no end.
    const same = describeWhen(
      {
        id: 'same',
        start: '2027-06-24T01:30+03:00',
        end: '2027-06-24',
        timeZone: 'Europe/Riga',
      },
      'en'
    );
    expect(same.end).to.equal(undefined);
    expect(same.parts).to.have.length(1);
    // The next day in New York (21:00 there is already the 25th in UTC): kept.
    const next = describeWhen(
      {
        id: 'next',
        start: '2027-06-24T21:00-04:00',
        end: '2027-06-25',
        timeZone: 'America/New_York',
      },
      'en'
    );
    expect(next.endIso).to.equal('2027-06-25');
    expect(
      next.end!.toISOString(),
      'midnight after the 25th in New York'
    ).to.equal('2027-06-26T04:00:00.000Z');
    expect(next.parts.at(-1)!.text).to.equal(formatMoment('2027-06-25', 'en'));
    // A day before the start: no end either.
    expect(
      eventTimes({
        id: 'before',
        start: '2027-06-24T18:00+03:00',
        end: '2027-06-23',
      }).end
    ).to.equal(undefined);
  });

  it('shows a single day for a whole-day event without end', () => {
    const w = describeWhen({id: 'd', start: '2024-02-29'}, 'lt');
    expect(w.parts).to.have.length(1);
    expect(w.parts[0].datetime).to.equal('2024-02-29');
    expect(w.text).to.include('29').and.include('vasario');
  });

  for (const locale of LOCALES) {
    it(`names the zone by its short name, a lone start as a range, in any browser (${locale})`, () => {
      const at = '2023-08-10T13:00+03:00';
      const short = zoneName(locale, 'Europe/Riga', at, 'short');
      const long = zoneName(locale, 'Europe/Riga', at);
      expect(short).to.not.equal(long);
      for (const ev of [talsi, {id: 'n', start: at, timeZone: 'Europe/Riga'}]) {
        const w = describeWhen(ev, locale, 'Europe/Lisbon');
        expect(w.text).to.include(short).and.not.include(long);
        expect(w.local)
          .to.include(zoneName(locale, 'Europe/Lisbon', at, 'short'))
          .and.not.include(zoneName(locale, 'Europe/Lisbon', at));
      }
    });
  }

  it('shows the start only when there is no end', () => {
    const w = describeWhen(
      {id: 'n', start: '2023-08-10T13:00+03:00', timeZone: 'Europe/Riga'},
      'lv'
    );
    expect(w.parts).to.have.length(1);
    expect(w.parts[0].datetime).to.equal('2023-08-10T13:00+03:00');
    expect(w.end).to.equal(undefined);
    expect(warnings).to.have.length(0);
  });

  it('treats an end before the start as no end and warns', () => {
    const w = describeWhen(
      {
        id: 'back',
        start: '2023-08-10T13:00+03:00',
        end: '2023-08-10T12:00+03:00',
        timeZone: 'Europe/Riga',
      },
      'sv'
    );
    expect(w.end).to.equal(undefined);
    expect(w.endIso).to.equal(undefined);
    expect(w.parts).to.have.length(1);
    expect(w.text).to.include('13:00').and.not.include('12:00');
    expect(String(warnings[0]?.[0]))
      .to.include('"back"')
      .and.include('before it starts');
  });

  it('falls back to the offset of the start for an unknown zone and warns', () => {
    const w = describeWhen(
      {id: 'mars', start: '2023-08-10T13:00+05:45', timeZone: 'Mars/Olympus'},
      'en',
      'Europe/Lisbon'
    );
    expect(w.zone).not.to.equal('Mars/Olympus');
    expect(w.text).to.include('1:00 PM').and.include('GMT+5:45');
    expect(w.local).to.include('8:15 AM');
    expect(String(warnings[0]?.[0])).to.include('Mars/Olympus');
  });

  it('uses UTC for an unknown zone with a Z start, and does not warn when no zone is given', () => {
    expect(
      describeWhen(
        {id: 'z', start: '2023-08-10T13:00Z', timeZone: 'Nowhere'},
        'en'
      ).zone
    ).to.equal('UTC');
    warnings.length = 0;
    const w = describeWhen({id: 'nz', start: '2023-08-10T13:00+03:00'}, 'lv');
    expect(w.text).to.include('13:00');
    expect(warnings).to.have.length(0);
  });
});

describe('eventTimes', () => {
  it('reads whole-day events as UTC midnights and inclusive last days', () => {
    const t = eventTimes({id: 'a', start: '2023-12-31', end: '2024-01-01'});
    expect(t.allDay).to.equal(true);
    expect(t.start.toISOString()).to.equal('2023-12-31T00:00:00.000Z');
    expect(t.end!.toISOString()).to.equal('2024-01-01T00:00:00.000Z');
  });

  it('knows real zones from made-up ones', () => {
    expect(isZone('Pacific/Chatham')).to.equal(true);
    expect(isZone('Europe/Atlantis')).to.equal(false);
    expect(isZone('')).to.equal(false);
  });
});

describe('formatMoment', () => {
  it('writes a registration deadline in the event zone with the zone', () => {
    expect(formatMoment('2023-08-01T20:59Z', 'lv', 'Europe/Riga'))
      .to.include('23:59')
      .and.include('1. augusts');
  });
  it('writes a date-only deadline as a date', () => {
    expect(formatMoment('2023-08-01', 'el', 'Europe/Riga')).to.equal(
      '1 Αυγούστου 2023'
    );
  });
});
