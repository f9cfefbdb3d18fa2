import {expect} from '@open-wc/testing';
import ICAL from 'ical.js';
import {
  calendarUrl,
  escapeText,
  foldLine,
  googleUrl,
  icsText,
  outlookUrl,
  type CalendarEntry,
} from '../../src/event-card/calendar.js';
import {eventTimes} from '../../src/event-card/when.js';

const NOW = new Date('2023-07-01T09:30:00Z');

const talsi: CalendarEntry = {
  id: 'talsi-2023',
  title: 'Partnerības pasākums Talsos',
  description: 'Line one; with, commas\nLine two \\ backslash',
  location:
    'Talsu Tautas nams, Tornīša zāle, Lielā iela 19/21, 3201 Talsi, Latvija',
  url: 'https://example.org/events/talsi',
  times: eventTimes({
    id: 'talsi-2023',
    start: '2023-08-10T13:00+03:00',
    end: '2023-08-10T15:00+03:00',
    timeZone: 'Europe/Riga',
  }),
};

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return {cal, ev: cal.getFirstSubcomponent('vevent')!};
}

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('icsText', () => {
  it('round-trips every property through ical.js', () => {
    const {cal, ev} = parse(icsText(talsi, 'example.org', NOW));
    expect(cal.getFirstPropertyValue('version')).to.equal('2.0');
    expect(cal.getFirstPropertyValue('prodid')).to.equal(
      '-//local-y-mpact//event-card//EN'
    );
    // No CALSCALE: GREGORIAN is its default (RFC 5545, 3.7.1).
    expect(cal.getFirstPropertyValue('calscale')).to.equal(null);
    expect(cal.getFirstPropertyValue('method')).to.equal('PUBLISH');
    expect(ev.getFirstPropertyValue('uid')).to.equal('talsi-2023@example.org');
    expect(String(ev.getFirstPropertyValue('dtstamp'))).to.equal(
      '2023-07-01T09:30:00Z'
    );
    expect(String(ev.getFirstPropertyValue('dtstart'))).to.equal(
      '2023-08-10T10:00:00Z'
    );
    expect(String(ev.getFirstPropertyValue('dtend'))).to.equal(
      '2023-08-10T12:00:00Z'
    );
    expect(ev.getFirstPropertyValue('summary')).to.equal(talsi.title);
    expect(ev.getFirstPropertyValue('description')).to.equal(talsi.description);
    expect(ev.getFirstPropertyValue('location')).to.equal(talsi.location);
    expect(ev.getFirstPropertyValue('url')).to.equal(talsi.url);
    expect(ev.getFirstPropertyValue('status')).to.equal(null);
  });

  it('uses CRLF line ends and ends with one', () => {
    const ics = icsText(talsi, 'example.org', NOW);
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('makes a stable UID, with local-y-mpact when the feed has no host', () => {
    const a = icsText(talsi, '', NOW);
    const b = icsText(talsi, '', new Date());
    expect(parse(a).ev.getFirstPropertyValue('uid')).to.equal(
      'talsi-2023@local-y-mpact'
    );
    expect(parse(b).ev.getFirstPropertyValue('uid')).to.equal(
      'talsi-2023@local-y-mpact'
    );
  });

  it('writes a whole-day event as dates with DTEND the day after the last day', () => {
    const entry = {
      ...talsi,
      times: eventTimes({id: 'd', start: '2023-12-30', end: '2023-12-31'}),
    };
    const ics = icsText(entry, 'example.org', NOW);
    expect(ics)
      .to.include('DTSTART;VALUE=DATE:20231230\r\n')
      .and.include('DTEND;VALUE=DATE:20240101\r\n');
    const {ev} = parse(ics);
    const start = ev.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).to.equal(true);
    expect(String(start)).to.equal('2023-12-30');
    expect(String(ev.getFirstPropertyValue('dtend'))).to.equal('2024-01-01');
  });

  it('ends a timed event with a date-only end at the end of that day where it takes place, not at its first hour', () => {
    const entry = {
      ...talsi,
      times: eventTimes({
        id: 's',
        start: '2027-06-24T18:00+03:00',
        end: '2027-06-25',
        timeZone: 'Europe/Riga',
      }),
    };
    // Midnight after 25 June in Riga (+03:00) is 21:00 UTC on the 25th.
    const ics = icsText(entry, 'x.org', NOW);
    expect(ics)
      .to.include('DTSTART:20270624T150000Z\r\n')
      .and.include('DTEND:20270625T210000Z\r\n');
    const {ev} = parse(ics);
    expect(String(ev.getFirstPropertyValue('dtend'))).to.equal(
      '2027-06-25T21:00:00Z'
    );
    expect(googleUrl(entry)).to.include(
      'dates=20270624T150000Z%2F20270625T210000Z'
    );
  });

  it('leaves DTEND out when the event has no end', () => {
    const entry = {
      ...talsi,
      times: eventTimes({id: 'n', start: '2023-08-10T13:00+03:00'}),
    };
    const {ev} = parse(icsText(entry, 'x.org', NOW));
    expect(String(ev.getFirstPropertyValue('dtstart'))).to.equal(
      '2023-08-10T10:00:00Z'
    );
    expect(ev.hasProperty('dtend')).to.equal(false);
  });

  it('marks a cancelled event STATUS:CANCELLED', () => {
    const {ev} = parse(icsText({...talsi, cancelled: true}, 'x.org', NOW));
    expect(ev.getFirstPropertyValue('status')).to.equal('CANCELLED');
  });

  it('leaves out empty optional properties', () => {
    const ics = icsText(
      {id: 'bare', title: 'T', times: talsi.times},
      'x.org',
      NOW
    );
    expect(ics).not.to.match(/DESCRIPTION|LOCATION|URL:/);
  });

  it('folds long Greek and Latvian lines at 75 octets without splitting a character', () => {
    const title =
      'Συνάντηση εταιρικής σχέσης για την κοινωνική ένταξη των νέων στην ύπαιθρο — '.repeat(
        3
      );
    const description =
      'Ļoti garš apraksts ar garumzīmēm un mīkstinājuma zīmēm: ķiršu, ģerbonis, šķūnis. '.repeat(
        4
      ) + '😀'.repeat(30);
    const ics = icsText({...talsi, title, description}, 'example.org', NOW);
    const lines = ics.split('\r\n');
    for (const line of lines) expect(octets(line), line).to.be.at.most(75);
    expect(lines.some((l) => l.startsWith(' '))).to.equal(true);
    expect(ics).not.to.include('\uFFFD');
    const {ev} = parse(ics);
    expect(ev.getFirstPropertyValue('summary')).to.equal(title);
    expect(ev.getFirstPropertyValue('description')).to.equal(description);
  });

  it('round-trips hostile text as text', () => {
    const title = '<img src=x onerror=alert(1)>; DROP, "x"\r\nEND:VEVENT';
    const ics = icsText({...talsi, title}, 'x.org', NOW);
    expect(ics.split('\r\n').filter((l) => l === 'END:VEVENT')).to.have.length(
      1
    );
    expect(parse(ics).ev.getFirstPropertyValue('summary')).to.equal(
      title.replace('\r\n', '\n')
    );
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
  });
  it('leaves a 75-octet line alone and folds the 76th octet', () => {
    expect(foldLine('x'.repeat(75))).to.equal('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
  });
  it('moves a two-byte character that would cross the limit to the next line', () => {
    const folded = foldLine(`${'x'.repeat(74)}ā`);
    expect(folded).to.equal(`${'x'.repeat(74)}\r\n ā`);
  });
});

describe('calendar links', () => {
  it('builds a Google Calendar link with UTC dates and the event zone', () => {
    const url = new URL(googleUrl(talsi));
    expect(url.origin + url.pathname).to.equal(
      'https://calendar.google.com/calendar/render'
    );
    const p = url.searchParams;
    expect(p.get('action')).to.equal('TEMPLATE');
    expect(p.get('text')).to.equal(talsi.title);
    expect(p.get('dates')).to.equal('20230810T100000Z/20230810T120000Z');
    expect(p.get('details')).to.equal(`${talsi.description}\n\n${talsi.url}`);
    expect(p.get('location')).to.equal(talsi.location);
    expect(p.get('ctz')).to.equal('Europe/Riga');
  });

  it('builds whole-day Google dates with an exclusive end and no zone', () => {
    const p = new URL(
      googleUrl({...talsi, times: eventTimes({id: 'd', start: '2023-08-10'})})
    ).searchParams;
    expect(p.get('dates')).to.equal('20230810/20230811');
    expect(p.has('ctz')).to.equal(false);
  });

  it('encodes spaces as %20, not +, so every service reads them', () => {
    expect(googleUrl(talsi)).not.to.include('+');
    expect(googleUrl(talsi)).to.include('Partner%C4%ABbas%20pas%C4%81kums');
  });

  for (const [kind, host] of [
    ['outlook', 'outlook.live.com'],
    ['office365', 'outlook.office.com'],
  ] as const) {
    it(`builds the ${kind} link`, () => {
      const url = new URL(calendarUrl(talsi, kind));
      expect(url.host).to.equal(host);
      expect(url.pathname).to.equal('/calendar/0/action/compose');
      const p = url.searchParams;
      expect(p.get('subject')).to.equal(talsi.title);
      expect(p.get('startdt')).to.equal('2023-08-10T10:00:00Z');
      expect(p.get('enddt')).to.equal('2023-08-10T12:00:00Z');
      expect(p.get('body')).to.include(talsi.url);
      expect(p.get('location')).to.equal(talsi.location);
      expect(p.has('allday')).to.equal(false);
    });
  }

  it('marks whole-day Outlook events allday with dates', () => {
    const p = new URL(
      outlookUrl(
        {
          ...talsi,
          times: eventTimes({id: 'd', start: '2023-12-31', end: '2024-01-01'}),
        },
        'outlook'
      )
    ).searchParams;
    expect(p.get('startdt')).to.equal('2023-12-31');
    expect(p.get('enddt')).to.equal('2024-01-02');
    expect(p.get('allday')).to.equal('true');
  });

  it('uses the start as the end when the event has none', () => {
    const entry = {
      ...talsi,
      times: eventTimes({id: 'n', start: '2023-08-10T13:00+03:00'}),
    };
    expect(new URL(googleUrl(entry)).searchParams.get('dates')).to.equal(
      '20230810T100000Z/20230810T100000Z'
    );
    expect(
      new URL(outlookUrl(entry, 'office365')).searchParams.get('enddt')
    ).to.equal('2023-08-10T10:00:00Z');
  });
});
