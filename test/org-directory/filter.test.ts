import {expect} from '@open-wc/testing';
import {
  DEFAULT_STATE,
  facetOptions,
  facetValues,
  fieldKey,
  filterEntries,
  indexOrganizations,
  isFiltered,
  sortEntries,
  type Facet,
  type FilterState,
} from '../../src/org-directory/filter.js';
import type {LocalizedText, Organization} from '../../src/feed/types.js';
import {pickText} from '../../src/i18n/locale.js';
import {org} from './helpers.js';
import {fold} from '../../src/shared/text.js';

const labels: Record<string, string> = {
  youth: 'Youth',
  culture: 'Culture',
  education: 'Education',
};
// Countries and types as a reader of Latvian, say, sees them on the cards.
const names: Record<string, string> = {
  LT: 'Lietuva',
  PT: 'Portugal',
  ngo: 'Nevalstiska organizācija (NVO)',
};
const label = (facet: Facet, k: string) =>
  facet == 'field' ? (labels[k] ?? 'Other') : (names[k] ?? '');
const index = (orgs: Organization[], locale = 'en') =>
  indexOrganizations(
    orgs,
    (t: LocalizedText | undefined) => pickText(t, locale),
    label,
    locale
  );
const state = (over: Partial<FilterState> = {}): FilterState => ({
  ...DEFAULT_STATE,
  ...over,
});
const ids = (orgs: Organization[], over: Partial<FilterState>, locale = 'en') =>
  filterEntries(index(orgs, locale), state(over)).results.map((e) => e.org.id);

const ORGS = [
  org({
    id: 'talsi',
    name: 'Talsu novada jauniešu centrs',
    municipality: 'Talsu novads',
    city: 'Talsi',
    country: 'LV',
    fields: ['youth'],
    languages: ['lv', 'en'],
    lookingForPartners: true,
  }),
  org({
    id: 'siauliai',
    name: 'Šiaulių bendruomenė',
    city: 'Šiauliai',
    country: 'LT',
    types: ['community-group'],
    fields: ['culture'],
    languages: ['lt'],
  }),
  org({
    id: 'athens',
    name: {el: 'Σύλλογος Νέων Αθήνας', en: 'Athens Youth Association'},
    city: {el: 'Αθήνα', en: 'Athens'},
    country: 'GR',
    fields: ['youth', 'education'],
    languages: ['el'],
  }),
  org({
    id: 'lisboa',
    name: 'Associação Cultural de Lisboa',
    description: 'Música e teatro',
    country: 'PT',
    types: ['ngo', 'social-enterprise'],
    fields: ['culture', 'marine-science'],
    languages: ['pt'],
    lookingForPartners: true,
  }),
  org({
    id: 'umea',
    name: 'Umeå Föreningen',
    country: 'SE',
    types: [],
    fields: [],
    languages: ['sv'],
  }),
];

describe('search', () => {
  it('finds "Talsū"-style names without diacritics ("talsu")', () => {
    expect(ids(ORGS, {q: 'talsu'})).to.deep.equal(['talsi']);
  });

  it('finds "Šiauliai" from "siauliai" and from "ŠIAULIAI"', () => {
    expect(ids(ORGS, {q: 'siauliai'})).to.deep.equal(['siauliai']);
    expect(ids(ORGS, {q: 'ŠIAULIAI'})).to.deep.equal(['siauliai']);
  });

  it('finds Greek text with or without tonos and with either sigma', () => {
    expect(ids(ORGS, {q: 'συλλογος'}, 'el')).to.deep.equal(['athens']);
    expect(ids(ORGS, {q: 'ΣΎΛΛΟΓΟΣ'}, 'el')).to.deep.equal(['athens']);
    expect(ids(ORGS, {q: 'αθηνα'}, 'el')).to.deep.equal(['athens']);
  });

  it("searches names and places in every language, the description in the reader's", () => {
    expect(ids(ORGS, {q: 'athens'}, 'en')).to.deep.equal(['athens']);
    expect(ids(ORGS, {q: 'athens'}, 'el')).to.deep.equal(['athens']);
    expect(ids(ORGS, {q: 'συλλογος νεων'}, 'en')).to.deep.equal(['athens']);
    expect(ids(ORGS, {q: 'αθηνα'}, 'pt')).to.deep.equal(['athens']);
    const o = org({
      id: 'theatre',
      name: {lv: 'Teātris', en: 'Theatre'},
      municipality: {lv: 'Talsu novads', en: 'Talsi Municipality'},
      description: {lv: 'Izrādes bērniem', en: 'Plays for children'},
    });
    expect(ids([o], {q: 'teatris talsu'}, 'en')).to.deep.equal(['theatre']);
    expect(ids([o], {q: 'children'}, 'en')).to.deep.equal(['theatre']);
    expect(ids([o], {q: 'izrades'}, 'en')).to.deep.equal([]);
    expect(ids([o], {q: 'izrades'}, 'lv')).to.deep.equal(['theatre']);
  });

  it("finds a name in another grammatical form: a word's ending (vowels, s) is left out after four letters", () => {
    // Latvian "Talsi" (the town) finds "Talsu novads"; the genitive "Šiaulių"
    // the nominative "Šiauliai"'s organisation; Greek "Συλλόγου" "Σύλλογος".
    expect(ids(ORGS, {q: 'Talsi'})).to.deep.equal(['talsi']);
    expect(ids(ORGS, {q: 'Talsos jaunieši'})).to.deep.equal(['talsi']);
    expect(ids(ORGS, {q: 'Šiaulių'})).to.deep.equal(['siauliai']);
    expect(ids(ORGS, {q: 'Συλλόγου'}, 'el')).to.deep.equal(['athens']);
    expect(ids(ORGS, {q: 'Αθήνας'}, 'el')).to.deep.equal(['athens']);
    expect(ids(ORGS, {q: 'associações'})).to.deep.equal(['lisboa']);
    expect(ids(ORGS, {q: 'Föreningens'})).to.deep.equal(['umea']);
    // Only vowels and s: the Swedish plural's -ar stays.
    expect(ids(ORGS, {q: 'Föreningar'})).to.deep.equal([]);
    // Four letters stay: "Umeå" is not "Um", "talu" finds nothing.
    expect(ids(ORGS, {q: 'umea'})).to.deep.equal(['umea']);
    expect(ids(ORGS, {q: 'talu'})).to.deep.equal([]);
    expect(ids(ORGS, {q: 'talsx'})).to.deep.equal([]);
  });

  it('narrows as typing extends the query, word endings and all', () => {
    // The element searches only the last matches when the query grows:
    // that holds only if each longer query finds a subset.
    let before = ids(ORGS, {q: ''});
    for (const q of ['t', 'ta', 'tal', 'tals', 'talsi', 'talsio', 'talsiox']) {
      const now = ids(ORGS, {q});
      expect(before, q).to.include.members(now);
      before = now;
    }
    expect(before).to.deep.equal([]);
  });

  it('needs every word to match (AND), in any order and field', () => {
    expect(ids(ORGS, {q: 'talsi jauniesu'})).to.deep.equal(['talsi']);
    expect(ids(ORGS, {q: 'talsi siauliai'})).to.deep.equal([]);
    expect(ids(ORGS, {q: '  musica   lisboa '})).to.deep.equal(['lisboa']);
  });

  it('matches description, municipality, city and field labels', () => {
    expect(ids(ORGS, {q: 'teatro'})).to.deep.equal(['lisboa']);
    expect(ids(ORGS, {q: 'novads'})).to.deep.equal(['talsi']);
    expect(ids(ORGS, {q: 'education'})).to.deep.equal(['athens']);
    expect(ids(ORGS, {q: 'other'})).to.deep.equal(['lisboa']);
  });

  it('finds organisations by the country and the type their cards name', () => {
    expect(ids(ORGS, {q: 'lietuva'})).to.deep.equal(['siauliai']);
    // (The test organisations are NGOs unless they say otherwise.)
    expect(ids(ORGS, {q: 'nvo'})).to.have.members([
      'lisboa',
      'athens',
      'talsi',
    ]);
    expect(ids(ORGS, {q: 'portugal nvo'})).to.deep.equal(['lisboa']);
  });

  it('does not search for the punctuation around a word (pasted "Kaunas," or a quoted name)', () => {
    expect(ids(ORGS, {q: 'siauliai,'})).to.deep.equal(['siauliai']);
    expect(ids(ORGS, {q: '"talsu novada"'})).to.deep.equal(['talsi']);
    expect(ids(ORGS, {q: '„Talsu novada”.'})).to.deep.equal(['talsi']);
    expect(ids(ORGS, {q: '(NVO), portugal.'})).to.deep.equal(['lisboa']);
    // A word of punctuation alone is still a word.
    expect(ids(ORGS, {q: '!!'})).to.deep.equal([]);
  });

  it('returns everything for an empty or blank query', () => {
    expect(ids(ORGS, {q: ''})).to.have.length(5);
    expect(ids(ORGS, {q: '   \t '})).to.have.length(5);
  });

  it('does not treat regex or markup characters specially', () => {
    expect(ids(ORGS, {q: '.*'})).to.deep.equal([]);
    expect(ids(ORGS, {q: '<script>'})).to.deep.equal([]);
    const hostile = org({id: 'x', name: '<img src=x onerror=alert(1)>'});
    expect(ids([hostile], {q: 'onerror'})).to.deep.equal(['x']);
  });

  it('does not match across field boundaries', () => {
    const o = org({id: 'a', name: 'Ab', city: 'Cd'});
    expect(ids([o], {q: 'abcd'})).to.deep.equal([]);
    expect(ids([o], {q: 'b c'})).to.deep.equal(['a']);
  });

  it('copes with an empty name and a 300-character name', () => {
    const list = [
      org({id: 'e', name: ''}),
      org({id: 'long', name: 'Ž'.repeat(300)}),
    ];
    expect(ids(list, {q: 'z'.repeat(300)})).to.deep.equal(['long']);
    expect(ids(list, {})).to.have.length(2);
  });
});

describe('facets', () => {
  it('reads unknown fields and missing types as "other"', () => {
    expect(fieldKey('marine-science')).to.equal('other');
    expect(fieldKey('youth')).to.equal('youth');
    expect(facetValues(ORGS[4]).type).to.deep.equal(['other']);
    expect(facetValues(ORGS[3]).field).to.deep.equal(['culture', 'other']);
    expect(facetValues(ORGS[0]).partners).to.deep.equal(['yes']);
  });

  it('combines options of one facet with OR', () => {
    expect(ids(ORGS, {country: ['LV', 'LT']})).to.have.members([
      'talsi',
      'siauliai',
    ]);
  });

  it('combines facets with AND', () => {
    expect(
      ids(ORGS, {country: ['LV', 'LT'], field: ['culture']})
    ).to.deep.equal(['siauliai']);
    expect(ids(ORGS, {field: ['culture'], partners: true})).to.deep.equal([
      'lisboa',
    ]);
    expect(ids(ORGS, {country: ['GR'], field: ['culture']})).to.deep.equal([]);
  });

  it('combines facets with the search', () => {
    expect(ids(ORGS, {q: 'a', country: ['PT']})).to.deep.equal(['lisboa']);
  });

  it('counts what each option would give with the other facets as they are', () => {
    const {counts, results} = filterEntries(
      index(ORGS),
      state({country: ['LV'], field: ['culture']})
    );
    expect(results).to.have.length(0);
    // Country options given field=culture: LT 1, PT 1, LV 0.
    expect(counts.country.get('LT')).to.equal(1);
    expect(counts.country.get('PT')).to.equal(1);
    expect(counts.country.get('LV')).to.equal(undefined);
    // Field options given country=LV: youth 1.
    expect(counts.field.get('youth')).to.equal(1);
    expect(counts.field.get('culture')).to.equal(undefined);
    // Other facets count only the (empty) results.
    expect(counts.language.size).to.equal(0);
  });

  it('counts options of an untouched facet among the results', () => {
    const {counts} = filterEntries(index(ORGS), state({q: 'a'}));
    const total = filterEntries(index(ORGS), state({q: 'a'})).results.length;
    expect([...counts.country.values()].reduce((a, b) => a + b, 0)).to.equal(
      total
    );
    expect(counts.partners.get('yes')).to.equal(2);
  });

  it('counts with a selected option still counting its siblings (OR)', () => {
    const {counts} = filterEntries(index(ORGS), state({type: ['ngo']}));
    expect(counts.type.get('ngo')).to.equal(3);
    expect(counts.type.get('community-group')).to.equal(1);
    expect(counts.type.get('other')).to.equal(1);
  });

  it('lists every option present, including "other"', () => {
    const options = facetOptions(index(ORGS));
    expect(options.country).to.have.members(['LV', 'LT', 'GR', 'PT', 'SE']);
    expect(options.field).to.have.members([
      'youth',
      'culture',
      'education',
      'other',
    ]);
    expect(options.partners).to.deep.equal(['yes']);
  });

  it('lists only the options of the entries it is given (a preset slice)', () => {
    const lv = filterEntries(index(ORGS), state({country: ['LV']})).results;
    const options = facetOptions(lv);
    expect(options.country).to.deep.equal(['LV']);
    expect(options.type).to.deep.equal(['ngo']);
    expect(options.field).to.deep.equal(['youth']);
    expect(options.language).to.deep.equal(['lv', 'en']);
    expect(options.partners).to.deep.equal(['yes']);
  });

  it('counts an organisation once under "other", however many unknown fields it has', () => {
    const o = org({id: 'x', fields: ['marine-science', 'space', 'youth']});
    expect(facetValues(o).field).to.deep.equal(['other', 'youth']);
    const {counts} = filterEntries(index([o]), state({field: ['other']}));
    expect(counts.field.get('other')).to.equal(1);
    expect(counts.field.get('youth')).to.equal(1);
  });

  it('says whether anything is filtered', () => {
    expect(isFiltered(DEFAULT_STATE)).to.equal(false);
    expect(isFiltered(state({q: '  '}))).to.equal(false);
    expect(isFiltered(state({sort: 'updated', page: 3}))).to.equal(false);
    expect(isFiltered(state({q: 'a'}))).to.equal(true);
    expect(isFiltered(state({partners: true}))).to.equal(true);
    expect(isFiltered(state({language: ['lv']}))).to.equal(true);
  });
});

describe('sort', () => {
  it("sorts by name with the locale's collation", () => {
    const list = [
      org({id: '1', name: 'Zebra'}),
      org({id: '2', name: 'Šis'}),
      org({id: '3', name: 'Sala'}),
      org({id: '4', name: 'Tas'}),
    ];
    expect(index(list, 'lv').map((e) => e.name)).to.deep.equal([
      'Sala',
      'Šis',
      'Tas',
      'Zebra',
    ]);
    // Swedish sorts å, ä, ö after z.
    const sv = [
      org({id: 'a', name: 'Åre'}),
      org({id: 'b', name: 'Zorn'}),
      org({id: 'c', name: 'Ale'}),
    ];
    expect(index(sv, 'sv').map((e) => e.name)).to.deep.equal([
      'Ale',
      'Zorn',
      'Åre',
    ]);
  });

  it('sorts numbers inside names naturally and ties by id', () => {
    const list = [
      org({id: 'b', name: 'Club 10'}),
      org({id: 'a', name: 'Club 9'}),
      org({id: 'c', name: 'club 9'}),
    ];
    expect(index(list).map((e) => e.org.id)).to.deep.equal(['a', 'c', 'b']);
  });

  it('puts the most recently updated first, undated last, ties by name', () => {
    const list = [
      org({id: 'old', name: 'A', updated: '2020-01-01'}),
      org({id: 'none', name: 'B'}),
      org({id: 'new', name: 'C', updated: '2024-05-01T10:00:00+03:00'}),
      org({id: 'new2', name: 'D', updated: '2024-05-01T10:00:00+03:00'}),
      org({id: 'bad', name: 'E', updated: 'not a date'}),
    ];
    expect(
      sortEntries(index(list), 'updated').map((e) => e.org.id)
    ).to.deep.equal(['new', 'new2', 'old', 'none', 'bad']);
    expect(sortEntries(index(list), 'name').map((e) => e.org.id)).to.deep.equal(
      ['old', 'none', 'new', 'new2', 'bad']
    );
  });

  it('puts undated organisations after ones updated before 1970', () => {
    const list = [
      org({id: 'none', name: 'A'}),
      org({id: 'old', name: 'B', updated: '1965-03-01'}),
    ];
    expect(
      sortEntries(index(list), 'updated').map((e) => e.org.id)
    ).to.deep.equal(['old', 'none']);
  });

  it('keeps the sort order through filtering', () => {
    const sorted = sortEntries(index(ORGS), 'name');
    const names = filterEntries(sorted, state({partners: true})).results.map(
      (e) => e.name
    );
    expect(names).to.deep.equal([
      'Associação Cultural de Lisboa',
      'Talsu novada jauniešu centrs',
    ]);
  });
});

describe('narrowing while typing', () => {
  it('filters the last query’s matches to the same results and counts as the whole list', () => {
    const entries = index(ORGS);
    const queries = [
      '',
      't',
      'ta',
      'tal',
      'talsu',
      'talsu x',
      's',
      'si',
      'siau',
    ];
    let last:
      | {q: string; matched: ReturnType<typeof filterEntries>['matched']}
      | undefined;
    for (const q of queries) {
      const s = state({q, country: ['LV', 'LT']});
      const whole = filterEntries(entries, s);
      const from = last && fold(q).startsWith(last.q) ? last.matched : entries;
      const narrowed = filterEntries(from, s);
      expect(
        narrowed.results.map((e) => e.org.id),
        q
      ).to.deep.equal(whole.results.map((e) => e.org.id));
      expect([...narrowed.counts.type], q).to.deep.equal([
        ...whole.counts.type,
      ]);
      expect([...narrowed.counts.country], q).to.deep.equal([
        ...whole.counts.country,
      ]);
      last = {q: fold(q), matched: narrowed.matched};
    }
  });

  it('needs every word when it searches a short (narrowed) list entry by entry', () => {
    // A list of at most an eighth of the index is searched entry by entry.
    const fillers = Array.from({length: 8}, (_, i) =>
      org({id: `f${i}`, name: `Filler ${i}`})
    );
    const entries = index([...ORGS, ...fillers]);
    const {matched} = filterEntries(entries, state({q: 'talsu'}));
    expect(matched.map((e) => e.org.id)).to.deep.equal(['talsi']);
    const from = (q: string) =>
      filterEntries(matched, state({q})).results.map((e) => e.org.id);
    expect(from('talsu jauniesu')).to.deep.equal(['talsi']);
    expect(from('talsu novads centrs')).to.deep.equal(['talsi']);
    expect(from('talsu siauliai')).to.deep.equal([]);
    expect(from('talsu centrs x')).to.deep.equal([]);
  });

  it('counts a chosen value that no organisation has as nothing, and matches nothing', () => {
    const {results, counts} = filterEntries(
      index(ORGS),
      state({country: ['ZZ']})
    );
    expect(results).to.deep.equal([]);
    expect(counts.country.get('ZZ')).to.equal(undefined);
  });
});

describe('the search haystacks, made when first needed', () => {
  // What the reader's texts were asked for: names for the list, descriptions
  // (and field labels) only for the haystacks.
  const counted = () => {
    const asked: string[] = [];
    const entries = indexOrganizations(
      ORGS,
      (t) => {
        const s = pickText(t, 'en');
        asked.push(s);
        return s;
      },
      (facet, k) => {
        asked.push(`${facet}:${k}`);
        return label(facet, k);
      },
      'en'
    );
    return {entries, asked};
  };

  it('are not made for the first results, the facets or the counts', () => {
    const {entries, asked} = counted();
    const names = asked.length;
    expect(names).to.equal(ORGS.length);
    filterEntries(entries, state());
    filterEntries(entries, state({country: ['LV'], type: ['ngo']}));
    facetOptions(entries);
    sortEntries(entries, 'updated');
    expect(asked.length).to.equal(names);
  });

  it('are made by the first search, once, and then serve every search', () => {
    const {entries, asked} = counted();
    const names = asked.length;
    expect(
      filterEntries(entries, state({q: 'talsu'})).results.map((e) => e.org.id)
    ).to.deep.equal(['talsi']);
    const made = asked.length;
    expect(asked.slice(names)).to.include('field:youth');
    expect(
      filterEntries(entries, state({q: 'siau'})).results.map((e) => e.org.id)
    ).to.deep.equal(['siauliai']);
    expect(entries[0].index.hay()).to.equal(entries[0].index.hay());
    expect(asked.length).to.equal(made);
  });

  it('made ahead of a search give the same results as made by it', () => {
    const ahead = index(ORGS);
    ahead[0].index.hay();
    for (const q of ['t', 'talsu', 'αθ', 'youth', 'x']) {
      expect(
        filterEntries(ahead, state({q})).results.map((e) => e.org.id),
        q
      ).to.deep.equal(
        filterEntries(index(ORGS), state({q})).results.map((e) => e.org.id)
      );
    }
  });
});
