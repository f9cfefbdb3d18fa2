import {expect} from '@open-wc/testing';
import {addressParts, mapUrl} from '../../src/event-card/venue.js';

describe('venue', () => {
  it('gives the address parts in line order, leaving out missing ones', () => {
    expect(
      addressParts({
        street: 'Lielā iela 19/21',
        postalCode: 'LV-3201',
        city: 'Talsi',
        country: 'Latvija',
      })
    ).to.deep.equal(['Lielā iela 19/21', 'LV-3201 Talsi', 'Latvija']);
    expect(
      addressParts({postalCode: 'LV-3201', region: 'Kurzeme'})
    ).to.deep.equal(['LV-3201', 'Kurzeme']);
    expect(addressParts({city: 'Talsi'})).to.deep.equal(['Talsi']);
    expect(addressParts({street: '', city: ''})).to.deep.equal([]);
    expect(addressParts({})).to.deep.equal([]);
  });

  it('links to the coordinates on OpenStreetMap', () => {
    expect(mapUrl({geo: {lat: 57.2455, lon: 22.5889}}, 'Talsi')).to.equal(
      'https://www.openstreetmap.org/?mlat=57.2455&mlon=22.5889#map=17/57.2455/22.5889'
    );
  });

  it('searches OpenStreetMap by address without coordinates', () => {
    const url = new URL(
      mapUrl({}, 'Talsu Tautas nams, Lielā iela 19/21, Talsi')!
    );
    expect(url.origin + url.pathname).to.equal(
      'https://www.openstreetmap.org/search'
    );
    expect(url.searchParams.get('query')).to.equal(
      'Talsu Tautas nams, Lielā iela 19/21, Talsi'
    );
  });

  it('has no link with neither', () => {
    expect(mapUrl(undefined, ' ')).to.equal(undefined);
  });
});
