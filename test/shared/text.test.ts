import {expect} from '@open-wc/testing';
import {fold, parseList} from '../../src/shared/text.js';

describe('fold', () => {
  it('drops case, accents and diacritics in Latvian, Lithuanian, Portuguese and Swedish', () => {
    expect(fold('Talsū ĀČĒĢĪĶĻŅŠŪŽ')).to.equal('talsu acegiklnsuz');
    expect(fold('Šiaulių ąčęėįšųūž')).to.equal('siauliu aceeisuuz');
    expect(fold('Associação Música')).to.equal('associacao musica');
    expect(fold('Umeå Göteborg')).to.equal('umea goteborg');
    expect(fold('Jauniešu PADOME Šiauliai São')).to.equal(
      'jauniesu padome siauliai sao'
    );
  });

  it('folds Greek tonos, dialytika and final sigma', () => {
    expect(fold('Σύλλογος')).to.equal('συλλογοσ');
    expect(fold('ΣΥΛΛΟΓΟΣ')).to.equal('συλλογοσ');
    expect(fold('Αθήνα ΐ ΰ')).to.equal('αθηνα ι υ');
    expect(fold('ΔΉΜΟΣ Δήμος δημος')).to.equal('δημοσ δημοσ δημοσ');
  });

  it('keeps the empty string and hostile markup as plain text', () => {
    expect(fold('')).to.equal('');
    expect(fold('<img src=x onerror=alert(1)>')).to.equal(
      '<img src=x onerror=alert(1)>'
    );
  });

  it('handles a 300-character name', () => {
    expect(fold('Ā'.repeat(300))).to.equal('a'.repeat(300));
  });
});

describe('parseList', () => {
  it('splits on spaces and commas, drops empties and duplicates, keeps order', () => {
    expect(parseList('LV, LT  SE,,LV')).to.deep.equal(['LV', 'LT', 'SE']);
    expect(parseList('funding, participation  funding,,')).to.deep.equal([
      'funding',
      'participation',
    ]);
    expect(parseList('')).to.deep.equal([]);
    expect(parseList(undefined)).to.deep.equal([]);
    expect(parseList(null)).to.deep.equal([]);
  });
});
