import {expect} from '@open-wc/testing';
import {
  DEFAULT_STATE,
  filterEntries,
  indexOrganizations,
} from '../../src/org-directory/filter.js';
import {
  filterRecommendations,
  NO_FILTER,
} from '../../src/recommendation-list/filter.js';
import {pickText} from '../../src/i18n/locale.js';
import {org} from '../org-directory/helpers.js';

/**
 * <org-directory> and <recommendation-list> each carry a copy of the code
 * that reads a search into words (one shared module would load on every
 * page, <signup-form>'s too): a search must find the same text in both.
 */
const TEXTS = [
  'Talsu novada jauniešu centrs',
  'Pašvaldības un kopienas partnerība',
  'Šiaulių bendruomenė',
  'Σύλλογος Κοινωνικής Επιχειρηματικότητας',
  'Ένωση Συλλόγων Λευκωσίας',
  'Associação Juvenil de Lisboa',
  'Göteborgs föreningar',
  'Community partnership (2026)',
  '“Quoted”, and +371 26 000 000',
];
const QUERIES = [
  'Talsi',
  'talsu novads',
  'pašvaldība',
  'kopiena, partnerības',
  'Šiauliai',
  'συλλόγου',
  'ΕΠΙΧΕΙΡΗΜΑΤΙΚΟΤΗΤΑ',
  'σύλλογος Λευκωσία',
  'associacao juvenis',
  'Lisboa!',
  'goteborg forening',
  'communities',
  'community partner',
  '"quoted"',
  '+371',
  '(2026)',
  'Talsi Göteborg',
  '  …  ',
  '',
];

function foundByDirectory(text: string, q: string): boolean {
  const entries = indexOrganizations(
    [org({id: 'o', name: text})],
    (t) => pickText(t, 'en'),
    () => '',
    'en'
  );
  return filterEntries(entries, {...DEFAULT_STATE, q}).results.length === 1;
}

function foundByRecommendations(text: string, query: string): boolean {
  const list = [{id: 'r', title: text, audience: [], topics: [], steps: []}];
  return filterRecommendations(list, {...NO_FILTER, query}).length === 1;
}

describe('search words: <org-directory> and <recommendation-list> alike', () => {
  it('find the same texts for every search', () => {
    let found = 0;
    for (const text of TEXTS) {
      for (const q of QUERIES) {
        const directory = foundByDirectory(text, q);
        expect(foundByRecommendations(text, q), `"${q}" in "${text}"`).to.equal(
          directory
        );
        if (directory) found++;
      }
    }
    // Neither finds everything nor nothing: the searches tell texts apart.
    expect(found).to.be.above(TEXTS.length * 2);
    expect(found).to.be.below(TEXTS.length * QUERIES.length);
  });
});
