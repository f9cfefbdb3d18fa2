import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {
  DEFAULT_STATE,
  type FilterState,
} from '../../src/org-directory/filter.js';
import {
  namespaceFor,
  readState,
  writeState,
} from '../../src/org-directory/url-state.js';

const state = (over: Partial<FilterState> = {}): FilterState => ({
  ...DEFAULT_STATE,
  ...over,
});

describe('url-state', () => {
  it('writes nothing for the default state', () => {
    expect(writeState('', 'od', DEFAULT_STATE)).to.equal('');
  });

  it('writes a namespaced, readable query', () => {
    const s = state({
      q: 'talsi',
      country: ['LV', 'LT'],
      partners: true,
      sort: 'updated',
      page: 2,
    });
    expect(writeState('', 'od', s)).to.equal(
      '?od.q=talsi&od.country=LV%2CLT&od.partners=1&od.sort=updated&od.page=2'
    );
  });

  it('reads what it wrote (round trip), with diacritics, Greek and hostile text', () => {
    for (const q of [
      'Talsū',
      'Šiaulių',
      'Σύλλογος νέων',
      '<img src=x onerror=alert(1)>',
      'a&b=c#d?e',
      '+ % 100%',
      'x'.repeat(200),
    ]) {
      const s = state({
        q,
        country: ['LV'],
        type: ['ngo', 'other'],
        field: ['youth'],
        language: ['el'],
        partners: true,
        sort: 'updated',
        page: 7,
      });
      expect(readState(writeState('', 'od', s), 'od')).to.deep.equal(s);
    }
  });

  it('round-trips any state (property)', () => {
    const code = fc.stringMatching(/^[a-z][a-z-]{0,12}$/);
    fc.assert(
      fc.property(
        fc.record({
          q: fc.string({maxLength: 200}),
          country: fc.uniqueArray(fc.stringMatching(/^[A-Z]{2}$/), {
            maxLength: 5,
          }),
          type: fc.uniqueArray(code, {maxLength: 5}),
          field: fc.uniqueArray(code, {maxLength: 5}),
          language: fc.uniqueArray(code, {maxLength: 5}),
          partners: fc.boolean(),
          sort: fc.constantFrom('name' as const, 'updated' as const),
          page: fc.integer({min: 1, max: 9999}),
        }),
        (s) => {
          expect(
            readState(writeState('?other=1', 'od', s), 'od')
          ).to.deep.equal(s);
        }
      )
    );
  });

  it('keeps unknown parameters and other directories untouched', () => {
    const search = '?utm_source=news&od2.q=riga&od.q=old&x=%C5%A0';
    const out = writeState(search, 'od', state({q: 'new'}));
    const params = new URLSearchParams(out);
    expect(params.get('utm_source')).to.equal('news');
    expect(params.get('x')).to.equal('Š');
    expect(params.get('od2.q')).to.equal('riga');
    expect(params.get('od.q')).to.equal('new');
    expect(readState(out, 'od2').q).to.equal('riga');
  });

  it("keeps the page's own parameters byte for byte (a signed link stays valid)", () => {
    const own = 'preview&a=b%20c&sig=x~y*z(1)!&path=/x/y&e=';
    expect(writeState(`?${own}&od.q=old`, 'od', state({q: 'new'}))).to.equal(
      `?${own}&od.q=new`
    );
    expect(writeState(`?${own}&od.q=old`, 'od', DEFAULT_STATE)).to.equal(
      `?${own}`
    );
    // Its own keys, however they were written, go.
    expect(
      writeState('?od%2Eq=a&keep=1&od.page=2', 'od', DEFAULT_STATE)
    ).to.equal('?keep=1');
  });

  it('removes its own keys when back to the defaults', () => {
    expect(
      writeState('?od.q=a&od.page=3&keep=1', 'od', DEFAULT_STATE)
    ).to.equal('?keep=1');
  });

  it('removes each of its keys when that part is back to the default', () => {
    const full =
      '?od.q=a&od.country=LV&od.type=ngo&od.field=youth&od.language=lv' +
      '&od.partners=1&od.sort=updated&od.page=3&keep=1';
    expect(writeState(full, 'od', DEFAULT_STATE)).to.equal('?keep=1');
    const s = readState(full, 'od');
    // Unticking "looking for partners", or back to sorting by name, alone.
    const unticked = readState(
      writeState(full, 'od', {...s, partners: false}),
      'od'
    );
    expect(unticked).to.deep.equal({...s, partners: false});
    const byName = readState(
      writeState(full, 'od', {...s, sort: 'name'}),
      'od'
    );
    expect(byName).to.deep.equal({...s, sort: 'name'});
  });

  it('reads a list typed with spaces after the commas', () => {
    const s = readState('?od.country=LV,%20lt&od.language=lv,+en', 'od');
    expect(s.country).to.deep.equal(['LV', 'LT']);
    expect(s.language).to.deep.equal(['lv', 'en']);
    // Spaces alone (a "+" in a link is a space), and a value given twice.
    const t = readState(
      '?od.country=LV+LT&od.field=youth++culture,youth',
      'od'
    );
    expect(t.country).to.deep.equal(['LV', 'LT']);
    expect(t.field).to.deep.equal(['youth', 'culture']);
  });

  it('reads a list given as the key repeated (a GET form, URLSearchParams.append)', () => {
    const s = readState('?od.country=LT&od.country=SE,lv&od.type=ngo', 'od');
    expect(s.country).to.deep.equal(['LT', 'SE', 'LV']);
    expect(s.type).to.deep.equal(['ngo']);
  });

  it('reads at most 100 values of a list', () => {
    const codes = Array.from({length: 150}, (_, i) => `t${i}`);
    const s = readState(`?od.type=${codes.join(',')}`, 'od');
    expect(s.type).to.deep.equal(codes.slice(0, 100));
  });

  it('reads keys typed in another case in a shared link', () => {
    const s = readState(
      '?od.country=lv&od.type=NGO&od.field=Youth&od.language=LV',
      'od'
    );
    expect([s.country, s.type, s.field, s.language]).to.deep.equal([
      ['LV'],
      ['ngo'],
      ['youth'],
      ['lv'],
    ]);
  });

  it('does not confuse namespaces that share a prefix', () => {
    const out = writeState('?a.b.q=deep', 'a', state({q: 'shallow'}));
    expect(readState(out, 'a').q).to.equal('shallow');
    expect(readState(out, 'a.b').q).to.equal('deep');
  });

  it('keeps two directories apart in one query string', () => {
    let search = writeState('', 'od', state({q: 'talsi', country: ['LV']}));
    search = writeState(search, 'partners', state({field: ['youth'], page: 2}));
    expect(readState(search, 'od')).to.deep.equal(
      state({q: 'talsi', country: ['LV']})
    );
    expect(readState(search, 'partners')).to.deep.equal(
      state({field: ['youth'], page: 2})
    );
  });

  it('falls back to defaults for malformed values', () => {
    const s = readState(
      '?od.page=-4&od.sort=evil&od.partners=yes&od.country=,,lv,,LV,',
      'od'
    );
    expect(s.page).to.equal(1);
    expect(s.sort).to.equal('name');
    expect(s.partners).to.equal(false);
    expect(s.country).to.deep.equal(['LV']);
    expect(readState('?od.page=2.5', 'od').page).to.equal(1);
    expect(readState('?od.page=1e99', 'od').page).to.equal(1);
    expect(readState('?od.page=abc', 'od').page).to.equal(1);
    expect(readState('', 'od')).to.deep.equal(DEFAULT_STATE);
    expect(readState('?%E0%A4%A=broken&od.q=ok', 'od').q).to.equal('ok');
  });

  it('caps an overlong query at 200 characters', () => {
    expect(readState(`?od.q=${'a'.repeat(5000)}`, 'od').q).to.have.length(200);
  });

  it('names a directory by its id, else by its place in the page', () => {
    expect(namespaceFor('partners', 0)).to.equal('partners');
    expect(namespaceFor('', 0)).to.equal('od');
    expect(namespaceFor('', -1)).to.equal('od');
    expect(namespaceFor('', 1)).to.equal('od2');
  });
});
