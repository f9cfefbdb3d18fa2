import {expect} from '@open-wc/testing';
import type {Recommendation} from '../../src/feed/types.js';
import {
  filterRecommendations,
  isFiltered,
  matches,
  NO_FILTER,
  parseAudience,
  searchText,
  topicsOf,
} from '../../src/recommendation-list/filter.js';

function rec(over: Partial<Recommendation> & {id: string}): Recommendation {
  return {title: over.id, audience: [], topics: [], steps: [], ...over};
}

const councils = rec({
  id: 'council',
  title: {en: 'Youth council', lv: 'Jauniešu padome', el: 'Συμβούλιο νέων'},
  summary: 'Share the work',
  audience: ['municipality', 'organization'],
  topics: ['participation', 'governance'],
  steps: [{title: 'Map who is active', text: {lt: 'Sudarykite sąrašą'}}],
  source: {title: 'Handbook of Δήμος cooperation'},
});
const grants = rec({
  id: 'grants',
  title: 'Small grants',
  audience: ['all'],
  topics: ['funding'],
});
const premises = rec({
  id: 'premises',
  title: 'Κοινόχρηστοι χώροι',
  audience: ['municipality'],
  topics: ['premises'],
});
const youth = rec({
  id: 'youth',
  title: 'Listen',
  audience: ['youth'],
  topics: [],
});
const unknown = rec({id: 'nobody', title: 'No audience given'});
const all = [councils, grants, premises, youth, unknown];
const ids = (list: readonly Recommendation[]) => list.map((r) => r.id);

describe('recommendation-list filter: presets', () => {
  it('reads known audiences and ignores unknown, "all" and empty ones', () => {
    expect(parseAudience('municipality')).to.equal('municipality');
    expect(parseAudience(' Youth ')).to.equal('youth');
    expect(parseAudience('all')).to.equal('');
    expect(parseAudience('martians')).to.equal('');
    expect(parseAudience('')).to.equal('');
    expect(parseAudience(null)).to.equal('');
  });
  it('lists topics in order of first appearance', () => {
    expect(topicsOf(all)).to.deep.equal([
      'participation',
      'governance',
      'funding',
      'premises',
    ]);
    expect(topicsOf([])).to.deep.equal([]);
  });
});

describe('recommendation-list filter: matching', () => {
  it('shows everything with no filter', () => {
    expect(ids(filterRecommendations(all, NO_FILTER))).to.deep.equal(ids(all));
    expect(isFiltered(NO_FILTER)).to.equal(false);
  });
  it('keeps an empty list empty', () => {
    expect(
      filterRecommendations([], {audience: 'youth', topics: ['x'], query: 'y'})
    ).to.deep.equal([]);
  });
  it('matches the audience, plus recommendations for all and those naming no audience', () => {
    expect(
      ids(filterRecommendations(all, {...NO_FILTER, audience: 'municipality'}))
    ).to.deep.equal(['council', 'grants', 'premises', 'nobody']);
    expect(
      ids(filterRecommendations(all, {...NO_FILTER, audience: 'youth'}))
    ).to.deep.equal(['grants', 'youth', 'nobody']);
  });
  it('treats an unknown audience as no audience filter', () => {
    expect(
      filterRecommendations(all, {...NO_FILTER, audience: 'martians'})
    ).to.have.length(all.length);
    expect(isFiltered({...NO_FILTER, audience: 'martians'})).to.equal(false);
  });
  it('matches any of the chosen topics', () => {
    expect(
      ids(
        filterRecommendations(all, {
          ...NO_FILTER,
          topics: ['funding', 'premises'],
        })
      )
    ).to.deep.equal(['grants', 'premises']);
    expect(
      filterRecommendations(all, {...NO_FILTER, topics: ['no-such-topic']})
    ).to.deep.equal([]);
  });
  it('combines audience and topics with AND', () => {
    expect(
      ids(
        filterRecommendations(all, {
          audience: 'youth',
          topics: ['funding', 'premises'],
          query: '',
        })
      )
    ).to.deep.equal(['grants']);
  });
  it('searches without regard to case and diacritics, in every language of the texts', () => {
    expect(matches(councils, {...NO_FILTER, query: 'JAUNIESU'})).to.equal(true);
    expect(matches(councils, {...NO_FILTER, query: 'sąrašą'})).to.equal(true);
    expect(matches(councils, {...NO_FILTER, query: 'sarasa'})).to.equal(true);
    expect(matches(grants, {...NO_FILTER, query: 'jauniesu'})).to.equal(false);
  });
  it('finds Greek words with or without accents and final sigma', () => {
    expect(matches(councils, {...NO_FILTER, query: 'συμβουλιο'})).to.equal(
      true
    );
    expect(matches(councils, {...NO_FILTER, query: 'ΔΉΜΟΣ'})).to.equal(true);
    expect(matches(premises, {...NO_FILTER, query: 'χωροι'})).to.equal(true);
    expect(matches(premises, {...NO_FILTER, query: 'χωριο'})).to.equal(false);
  });
  it('finds a word in another grammatical form (its ending left out after four letters)', () => {
    // Singular χώρος finds plural χώροι; Latvian pašvaldības finds pašvaldība.
    expect(matches(premises, {...NO_FILTER, query: 'χώρος'})).to.equal(true);
    const lv = rec({id: 'lv', title: 'Sadarbība ar pašvaldību'});
    expect(matches(lv, {...NO_FILTER, query: 'Pašvaldības'})).to.equal(true);
    expect(matches(lv, {...NO_FILTER, query: 'sadarbibas,'})).to.equal(true);
    // Four letters are kept: "padomes" is "padom", not in "pašvaldību".
    expect(matches(lv, {...NO_FILTER, query: 'padomes'})).to.equal(false);
    expect(matches(lv, {...NO_FILTER, query: 'arii'})).to.equal(false);
    // Consonant endings stay: "grant" does not find "grants"' neighbours.
    expect(matches(grants, {...NO_FILTER, query: 'grantx'})).to.equal(false);
    expect(matches(grants, {...NO_FILTER, query: 'grant'})).to.equal(true);
  });
  it('needs every word of the query, in any order', () => {
    expect(
      matches(councils, {...NO_FILTER, query: '  council   youth '})
    ).to.equal(true);
    expect(matches(councils, {...NO_FILTER, query: 'council grants'})).to.equal(
      false
    );
  });
  it('does not search for the punctuation around a word', () => {
    expect(
      matches(councils, {...NO_FILTER, query: '"youth council",'})
    ).to.equal(true);
    expect(matches(councils, {...NO_FILTER, query: '?!'})).to.equal(false);
  });
  it('searches step titles, step texts and the source title', () => {
    expect(searchText(councils))
      .to.include('map who is active')
      .and.include('handbook');
    expect(matches(councils, {...NO_FILTER, query: 'handbook'})).to.equal(true);
  });
  it('ignores a blank query and treats hostile text as text', () => {
    expect(matches(youth, {...NO_FILTER, query: '   '})).to.equal(true);
    expect(matches(youth, {...NO_FILTER, query: '<img src=x>'})).to.equal(
      false
    );
    expect(matches(youth, {...NO_FILTER, query: '.*'})).to.equal(false);
  });
});
