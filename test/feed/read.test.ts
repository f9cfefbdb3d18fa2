import {expect} from '@open-wc/testing';
import {event} from '../../src/feed/event.js';
import {organization} from '../../src/feed/organization.js';
import {readFeed, type ReadMemo} from '../../src/feed/read.js';
import {catchWarnings} from '../console.js';

// An organisation without a country and an event without a start: one
// problem in each section.
const doc = {
  version: 1,
  defaultLocale: 'lv',
  organizations: [{id: 'o1', name: 'Biedrība', country: 'LV'}, {id: 'o2', name: 'Bez valsts'}],
  events: [{id: 'e1', title: 'Soli pa solim', start: '2027-08-10T13:00:00+03:00'}, {id: 'e2', title: 'Bez laika'}],
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
    expect([o.id, o.email, o.phones[0].number, o.address?.postalCode]).to.deep.equal([
      'o1',
      'info@gro.elpmaxe',
      '+371 2000 0001',
      'LV-3201',
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
    expect(issues.map((i) => i.path)).to.deep.equal(['/organizations/1/country']);
  });

  it('shares what one reader read with the next through the memo, and reports each problem once', () => {
    const memo: ReadMemo = new Map();
    const directory = readFeed(doc, {organizations: organization}, 'feed.json', memo);
    const card = readFeed(doc, {events: event, organizations: organization}, 'feed.json', memo);
    // The organisations were read once and are shared.
    expect(card.feed.organizations).to.equal(directory.feed.organizations);
    expect(card.feed.events.map((e) => e.id)).to.deep.equal(['e1']);
    // Each result holds the problems of its own sections...
    expect(card.issues.map((i) => i.path)).to.deep.equal(['/organizations/1/country', '/events/1/start']);
    // ...but the console heard of each once: the organisation's, then the event's.
    expect(warnings.map((w) => (w[1] as {path: string}[]).map((i) => i.path))).to.deep.equal([
      ['/organizations/1/country'],
      ['/events/1/start'],
    ]);
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
          {id: 'b', title: 'B', start: '2027-02-10T10:00+02:00', registration: {closes: '2027-02-29'}},
          {id: 'c', title: 'C', start: '2028-02-29', end: '2027-04-31'},
        ],
      },
      {events: event}
    );
    expect(feed.events.map((e) => e.id)).to.deep.equal(['b', 'c']);
    expect(feed.events[0].registration?.closes).to.equal(undefined);
    expect(feed.events[1].start, 'a leap day is a day').to.equal('2028-02-29');
    expect(feed.events[1].end).to.equal(undefined);
    expect(issues.map((i) => i.path)).to.deep.equal(['/events/0/start', '/events/0/start', '/events/1/registration/closes', '/events/2/end']);
  });

  it('reports nothing without a place to name', () => {
    readFeed(doc, {organizations: organization, events: event});
    expect(warnings).to.deep.equal([]);
  });
});
