import {expect} from '@open-wc/testing';
import {event} from '../../src/feed/event.js';
import {organization} from '../../src/feed/organization.js';
import {recommendation} from '../../src/feed/recommendation.js';
import {readFeed, type ReadMemo} from '../../src/feed/read.js';
import {catchWarnings} from '../console.js';

// An organisation without a country and an event without a start: one
// problem in each section.
const doc = {
  version: 1,
  defaultLocale: 'lv',
  organizations: [
    {id: 'o1', name: 'Biedrība', country: 'LV'},
    {id: 'o2', name: 'Bez valsts'},
  ],
  events: [
    {id: 'e1', title: 'Soli pa solim', start: '2027-08-10T13:00:00+03:00'},
    {id: 'e2', title: 'Bez laika'},
  ],
  recommendations: [{id: 'r1', title: 'Ieteikums'}],
  forms: [{id: 'f1', fields: 'not a list'}],
};

describe('readFeed', () => {
  const warnings = catchWarnings();

  it('keeps one record per id, the later winning in the earlier’s place (rows numbered 1, 2, 3 by two partners)', () => {
    const {feed} = readFeed(
      {
        version: 1,
        organizations: [
          {id: '1', name: 'Alpha biedrība', country: 'LV'},
          {id: '2', name: 'Gamma', country: 'SE'},
          {id: '1', name: 'Beta bendruomenė', country: 'LT'},
        ],
      },
      {organizations: organization}
    );
    expect(feed.organizations.map((o) => [o.id, o.name])).to.deep.equal([
      ['1', 'Beta bendruomenė'],
      ['2', 'Gamma'],
    ]);
  });

  it('reads plain strings (e-mail, phones, postal code) without bidi controls, as texts are shown', () => {
    // An override left open (U+202E) would show "info@gro.elpmaxe" as
    // "info@example.org", and reverse what follows it on the line.
    const {feed} = readFeed(
      {
        version: 1,
        organizations: [
          {
            id: 'o\u20661',
            name: 'Biedrība',
            country: 'LV',
            email: 'info@\u202egro.elpmaxe',
            phones: [{number: '+371 \u202d2000 0001\u2069'}],
            address: {postalCode: '\u202bLV-3201\u202c', country: 'lv'},
          },
        ],
      },
      {organizations: organization}
    );
    const [o] = feed.organizations;
    expect([
      o.id,
      o.email,
      o.phones[0].number,
      o.address?.postalCode,
    ]).to.deep.equal(['o1', 'info@gro.elpmaxe', '+371 2000 0001', 'LV-3201']);
  });

  it('reads plain strings and lists without control characters, as texts are shown', () => {
    const {feed} = readFeed(
      {
        version: 1,
        organizations: [
          {
            id: 'o1',
            name: 'Biedrība',
            country: 'LV',
            phones: [{number: '\x00+371 2000\x7f 0001\x1b'}],
            languages: ['lv', '\x07', 'en\x00'],
          },
        ],
      },
      {organizations: organization}
    );
    const [o] = feed.organizations;
    expect([o.phones[0].number, o.languages]).to.deep.equal([
      '+371 2000 0001',
      ['lv', 'en'],
    ]);
  });

  it('reads lists of strings (topics, languages) without bidi controls; one of only controls is dropped', () => {
    const {feed, issues} = readFeed(
      {
        version: 1,
        recommendations: [
          {
            id: 'r',
            title: 'R',
            topics: ['funding', '\u202eabc', 'zz\u202e', '\u2066\u2069'],
          },
        ],
      },
      {recommendations: recommendation}
    );
    expect(feed.recommendations[0].topics).to.deep.equal([
      'funding',
      'abc',
      'zz',
    ]);
    expect(issues.map((i) => i.path)).to.deep.equal([
      '/recommendations/0/topics',
    ]);
  });

  it('reads only the sections it is given readers for', () => {
    const {feed, issues} = readFeed(doc, {organizations: organization});
    expect(feed.defaultLocale).to.equal('lv');
    expect(feed.organizations.map((o) => o.id)).to.deep.equal(['o1']);
    expect(feed.events).to.deep.equal([]);
    expect(feed.recommendations).to.deep.equal([]);
    expect(feed.forms).to.deep.equal([]);
    // The other sections' problems are not this reader's.
    expect(issues.map((i) => i.path)).to.deep.equal([
      '/organizations/1/country',
    ]);
  });

  it('shares what one reader read with the next through the memo, and reports each problem once', () => {
    const memo: ReadMemo = new Map();
    const directory = readFeed(
      doc,
      {organizations: organization},
      'feed.json',
      memo
    );
    const card = readFeed(
      doc,
      {events: event, organizations: organization},
      'feed.json',
      memo
    );
    // The organisations were read once and are shared.
    expect(card.feed.organizations).to.equal(directory.feed.organizations);
    expect(card.feed.events.map((e) => e.id)).to.deep.equal(['e1']);
    // Each result holds the problems of its own sections...
    expect(card.issues.map((i) => i.path)).to.deep.equal([
      '/organizations/1/country',
      '/events/1/start',
    ]);
    // ...but the console heard of each once: the organisation's, then the event's.
    expect(
      warnings.map((w) => (w[1] as {path: string}[]).map((i) => i.path))
    ).to.deep.equal([['/organizations/1/country'], ['/events/1/start']]);
    // The second reader's sections did not reach the first reader's feed.
    expect(directory.feed).not.to.equal(card.feed);
    expect(directory.feed.events).to.deep.equal([]);
  });

  it('refuses a day the calendar does not have (Date would roll 31 February over to 3 March)', () => {
    const {feed, issues} = readFeed(
      {
        version: 1,
        events: [
          {id: 'a', title: 'A', start: '2027-02-31T10:00+02:00'},
          {
            id: 'b',
            title: 'B',
            start: '2027-02-10T10:00+02:00',
            registration: {closes: '2027-02-29'},
          },
          {id: 'c', title: 'C', start: '2028-02-29', end: '2027-04-31'},
        ],
      },
      {events: event}
    );
    expect(feed.events.map((e) => e.id)).to.deep.equal(['b', 'c']);
    expect(feed.events[0].registration?.closes).to.equal(undefined);
    expect(feed.events[1].start, 'a leap day is a day').to.equal('2028-02-29');
    expect(feed.events[1].end).to.equal(undefined);
    expect(issues.map((i) => i.path)).to.deep.equal([
      '/events/0/start',
      '/events/0/start',
      '/events/1/registration/closes',
      '/events/2/end',
    ]);
  });

  it('reports nothing without a place to name', () => {
    readFeed(doc, {organizations: organization, events: event});
    expect(warnings).to.deep.equal([]);
  });

  it('reads no blank text, and of a text object only the entries under a locale tag', () => {
    const {feed, issues} = readFeed(
      {
        version: 1,
        organizations: [
          {id: 'blank', name: ' \n\t', country: 'LV'},
          {
            id: 'mixed',
            name: {lv: 'Biedrība', 'not a locale': 'x', LV: 'y', en: ' '},
            country: 'LV',
          },
          // Only invisible characters: zero-width, bidi controls, a soft
          // hyphen, a Hangul filler; empty headings if read.
          {id: 'zw', name: '\u200b\u200b', country: 'LV'},
          {
            id: 'bidi',
            name: {lv: '\u202e\u202c', en: '\u00ad\u3164'},
            country: 'LV',
          },
          // Only control characters, which are left out.
          {
            id: 'cc',
            name: {lv: '\x00\x07', en: '\x1b\x7f\u0085'},
            country: 'LV',
          },
          // Emoji and joiners among letters are text.
          {id: 'emoji', name: '👩\u200d💻 Kods\u00adklubs', country: 'LV'},
        ],
      },
      {organizations: organization}
    );
    expect(feed.organizations.map((o) => o.id)).to.deep.equal([
      'mixed',
      'emoji',
    ]);
    expect(feed.organizations[0].name).to.deep.equal({lv: 'Biedrība'});
    expect(issues.map((i) => i.path)).to.deep.equal([
      '/organizations/0/name',
      '/organizations/0/name',
      '/organizations/2/name',
      '/organizations/2/name',
      '/organizations/3/name',
      '/organizations/3/name',
      '/organizations/4/name',
      '/organizations/4/name',
    ]);
  });

  it('trims strings, and reads a blank one as absent', () => {
    const {feed} = readFeed(
      {
        version: 1,
        events: [
          {
            id: ' e1 ',
            title: 'E',
            start: '2027-08-10',
            timeZone: ' Europe/Riga ',
            language: '   ',
          },
        ],
      },
      {events: event}
    );
    expect(feed.events[0].id).to.equal('e1');
    expect(feed.events[0].timeZone).to.equal('Europe/Riga');
    expect(feed.events[0].language).to.equal(undefined);
  });

  it('skips a record whose id has a space in it', () => {
    const {feed, issues} = readFeed(
      {
        version: 1,
        organizations: [
          {id: 'a b', name: 'A', country: 'LV'},
          {id: 'a-b', name: 'B', country: 'LV'},
        ],
      },
      {organizations: organization}
    );
    expect(feed.organizations.map((o) => o.id)).to.deep.equal(['a-b']);
    expect(issues.map((i) => i.path)).to.deep.equal(['/organizations/0/id']);
  });

  it('keeps numbers at the ends of their range and drops those outside', () => {
    const {feed} = readFeed(
      {
        version: 1,
        events: [
          {
            id: 'a',
            title: 'A',
            start: '2027-08-10',
            registration: {capacity: 0, registered: 0},
            venue: {geo: {lat: -90, lon: 180}},
          },
          {
            id: 'b',
            title: 'B',
            start: '2027-08-10',
            registration: {capacity: -1},
            venue: {geo: {lat: 90.5, lon: 0}},
          },
        ],
      },
      {events: event}
    );
    const [a, b] = feed.events;
    expect(a.registration?.capacity).to.equal(0);
    expect(a.registration?.registered).to.equal(0);
    expect(a.venue?.geo).to.deep.equal({lat: -90, lon: 180});
    expect(b.registration?.capacity).to.equal(undefined);
    expect(b.venue?.geo, 'a latitude beyond the pole is no place').to.equal(
      undefined
    );
  });

  it('reads no place from a latitude without a longitude', () => {
    const {feed} = readFeed(
      {
        version: 1,
        organizations: [{id: 'o', name: 'O', country: 'LV', geo: {lat: 56.95}}],
      },
      {organizations: organization}
    );
    expect(feed.organizations[0].geo).to.equal(undefined);
  });

  it('refuses a date-time without an offset (whose zone would be the reader’s machine’s)', () => {
    const {feed, issues} = readFeed(
      {
        version: 1,
        events: [
          {id: 'a', title: 'A', start: '2027-08-10', end: '2027-08-10T18:00'},
        ],
      },
      {events: event}
    );
    expect(feed.events[0].end).to.equal(undefined);
    expect(issues.map((i) => i.path)).to.deep.equal(['/events/0/end']);
  });

  it('reads an empty URL as absent without a warning, and any other non-http(s) one with a warning', () => {
    const {feed, issues} = readFeed(
      {
        version: 1,
        organizations: [
          {id: 'a', name: 'A', country: 'LV', website: ''},
          {id: 'b', name: 'B', country: 'LV', website: 'ftp://x.lv/'},
        ],
      },
      {organizations: organization}
    );
    expect(feed.organizations.map((o) => o.website)).to.deep.equal([
      undefined,
      undefined,
    ]);
    expect(issues.map((i) => i.path)).to.deep.equal([
      '/organizations/1/website',
    ]);
  });

  it('falls back to English for a default locale that is not a locale tag', () => {
    expect(
      readFeed({version: 1, defaultLocale: 'Latvian'}, {}).feed.defaultLocale
    ).to.equal('en');
    expect(
      readFeed({version: 1, defaultLocale: ' lt '}, {}).feed.defaultLocale
    ).to.equal('lt');
  });

  it('reads no publisher without a name', () => {
    expect(
      readFeed({version: 1, publisher: {url: 'https://lsua.lv/'}}, {}).feed
        .publisher
    ).to.equal(undefined);
    expect(
      readFeed(
        {version: 1, publisher: {name: 'LSUA', url: 'https://lsua.lv/'}},
        {}
      ).feed.publisher
    ).to.deep.equal({
      name: 'LSUA',
      url: 'https://lsua.lv/',
    });
  });

  it('says when items of a list of strings are dropped', () => {
    const {feed, issues} = readFeed(
      {
        version: 1,
        organizations: [
          {
            id: 'o',
            name: 'O',
            country: 'LV',
            fields: ['youth', 7, ' ', ' culture '],
          },
        ],
      },
      {organizations: organization}
    );
    expect(feed.organizations[0].fields).to.deep.equal(['youth', 'culture']);
    expect(issues.map((i) => i.path)).to.deep.equal([
      '/organizations/0/fields',
    ]);
  });

  it('reads an address’s country in capitals, and drops one that is not a code', () => {
    const {feed} = readFeed(
      {
        version: 1,
        organizations: [
          {
            id: 'a',
            name: 'A',
            country: 'LV',
            address: {city: 'Talsi', country: 'lv'},
          },
          {
            id: 'b',
            name: 'B',
            country: 'LV',
            address: {city: 'Talsi', country: 'Latvia'},
          },
        ],
      },
      {organizations: organization}
    );
    expect(feed.organizations.map((o) => o.address?.country)).to.deep.equal([
      'LV',
      undefined,
    ]);
  });

  it('reports nothing for a feed without problems, even with a place to name', () => {
    readFeed(
      {version: 1, organizations: [{id: 'o', name: 'O', country: 'LV'}]},
      {organizations: organization},
      'feed.json'
    );
    expect(warnings).to.deep.equal([]);
  });
});
