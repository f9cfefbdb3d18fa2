import {expect} from '@open-wc/testing';
import sample from '../../src/feed/sample-feed.json';
import {parseFeed} from '../../src/feed/parse.js';
import type {FeedEvent} from '../../src/feed/types.js';
import {eventJsonLd, hasEventJsonLd} from '../../src/event-card/json-ld.js';
import {eventTimes} from '../../src/event-card/when.js';

const {feed} = parseFeed(sample);
const talsi = feed.events.find((e) => e.id === 'talsi-2023-08-10')!;
/** As written into the page (with the end the card shows): undefined values dropped. */
const ld = (ev: FeedEvent, locale = 'en') =>
  JSON.parse(
    JSON.stringify(eventJsonLd(ev, feed, locale, eventTimes(ev).endIso))
  );

describe('eventJsonLd', () => {
  it('describes the Talsi event as a schema.org Event', () => {
    const lsua = feed.organizations.find((o) => o.id === 'lsua')!;
    const data = ld(talsi);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('Event');
    expect(data.name).to.equal(
      'Step by step to a successful partnership with the municipality'
    );
    expect(data.startDate).to.equal('2023-08-10T13:00:00+03:00');
    expect(data.endDate).to.equal('2023-08-10T16:00:00+03:00');
    expect(data.eventStatus).to.equal('https://schema.org/EventScheduled');
    expect(data.eventAttendanceMode).to.equal(
      'https://schema.org/OfflineEventAttendanceMode'
    );
    expect(data.location).to.deep.equal({
      '@type': 'Place',
      name: 'Talsu Tautas nams, Tornīša zāle (Talsi People’s House, Tower Hall)',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Lielā iela 19/21',
        addressLocality: 'Talsi',
        postalCode: 'LV-3201',
        addressCountry: 'LV',
      },
      geo: {'@type': 'GeoCoordinates', latitude: 57.2455, longitude: 22.5889},
    });
    expect(data.organizer).to.have.length(2);
    expect(data.organizer[0]).to.deep.equal({
      '@type': 'Organization',
      name:
        typeof lsua.name === 'string'
          ? lsua.name
          : (lsua.name.en ?? lsua.name.lv),
      ...(lsua.website ? {url: lsua.website} : {}),
    });
    expect(data.url).to.equal('https://lsua.lv/');
    expect(data.inLanguage).to.equal('lv');
  });

  it('writes the texts in the requested language', () => {
    expect(ld(talsi, 'el').name).to.equal(
      'Βήμα βήμα προς μια επιτυχημένη σύμπραξη με τον δήμο'
    );
    expect(ld(talsi, 'el').location.address.addressLocality).to.equal('Τάλσι');
  });

  it('maps cancelled and postponed to schema.org statuses', () => {
    expect(ld({...talsi, status: 'cancelled'}).eventStatus).to.equal(
      'https://schema.org/EventCancelled'
    );
    expect(ld({...talsi, status: 'postponed'}).eventStatus).to.equal(
      'https://schema.org/EventPostponed'
    );
  });

  it('uses a VirtualLocation online, and both for mixed events', () => {
    const online = ld({
      ...talsi,
      attendanceMode: 'online',
      onlineUrl: 'https://meet.example.org/x',
      venue: undefined,
    });
    expect(online.eventAttendanceMode).to.equal(
      'https://schema.org/OnlineEventAttendanceMode'
    );
    expect(online.location).to.deep.equal({
      '@type': 'VirtualLocation',
      url: 'https://meet.example.org/x',
    });
    const mixed = ld({
      ...talsi,
      attendanceMode: 'mixed',
      onlineUrl: 'https://meet.example.org/x',
    });
    expect(mixed.eventAttendanceMode).to.equal(
      'https://schema.org/MixedEventAttendanceMode'
    );
    expect(
      mixed.location.map((l: {'@type': string}) => l['@type'])
    ).to.deep.equal(['Place', 'VirtualLocation']);
  });

  it('adds inline organizers, drops unknown ids and unsafe URLs', () => {
    const data = ld({
      ...talsi,
      organizers: [
        {id: 'nope'},
        {name: 'Ad hoc group', url: 'javascript:alert(1)'},
        {name: {lv: 'Biedrība'}, url: 'https://b.lv'},
      ],
    });
    expect(data.organizer).to.deep.equal([
      {'@type': 'Organization', name: 'Ad hoc group'},
      {'@type': 'Organization', name: 'Biedrība', url: 'https://b.lv/'},
    ]);
  });

  it('offers the registration page, sold out when full, and the image', () => {
    const data = ld({
      ...talsi,
      image: {url: 'https://example.org/i.jpg', alt: 'x'},
      registration: {
        url: 'https://example.org/register',
        opens: '2023-07-01T09:00+03:00',
        status: 'full',
      },
    });
    expect(data.image).to.equal('https://example.org/i.jpg');
    expect(data.offers).to.deep.equal({
      '@type': 'Offer',
      url: 'https://example.org/register',
      validFrom: '2023-07-01T09:00+03:00',
      availability: 'https://schema.org/SoldOut',
    });
  });

  it('leaves out an end before the start', () => {
    expect(
      ld({...talsi, end: '2023-08-10T12:00:00+03:00'})
    ).not.to.have.property('endDate');
  });
});

describe('hasEventJsonLd', () => {
  const name = 'Talsi';
  it('finds an Event with the same name and start instant, in any offset', () => {
    const page = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name,
      startDate: '2023-08-10T10:00:00Z',
    });
    expect(hasEventJsonLd([page], name, '2023-08-10T13:00+03:00')).to.equal(
      true
    );
  });
  it('looks into @graph, arrays and Event subtypes', () => {
    const page = JSON.stringify({
      '@graph': [
        {'@type': 'WebPage'},
        [
          {
            '@type': ['EducationEvent'],
            name,
            startDate: '2023-08-10T13:00+03:00',
          },
        ],
      ],
    });
    expect(hasEventJsonLd([page], name, '2023-08-10T13:00+03:00')).to.equal(
      true
    );
  });
  it('reads a list of types with the Event anywhere in it, and no type that only starts with Event', () => {
    const at = '2023-08-10T13:00+03:00';
    const page = (type: unknown) =>
      JSON.stringify({'@type': type, name, startDate: at});
    expect(hasEventJsonLd([page(['Event', 'Thing'])], name, at)).to.equal(true);
    expect(hasEventJsonLd([page(['Thing', 'SocialEvent'])], name, at)).to.equal(
      true
    );
    expect(hasEventJsonLd([page('EventSeries')], name, at)).to.equal(false);
    expect(hasEventJsonLd([page(['Place', 'EventVenue'])], name, at)).to.equal(
      false
    );
    expect(
      hasEventJsonLd([JSON.stringify([null, 3, 'x', {}])], name, at)
    ).to.equal(false);
  });
  it('does not match another name, another start, or broken JSON', () => {
    const page = JSON.stringify({
      '@type': 'Event',
      name,
      startDate: '2023-08-10T13:00+03:00',
    });
    expect(hasEventJsonLd([page], 'Other', '2023-08-10T13:00+03:00')).to.equal(
      false
    );
    expect(hasEventJsonLd([page], name, '2023-08-11T13:00+03:00')).to.equal(
      false
    );
    expect(
      hasEventJsonLd(['{not json', ''], name, '2023-08-10T13:00+03:00')
    ).to.equal(false);
  });
});
