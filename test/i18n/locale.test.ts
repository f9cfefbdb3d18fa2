import {expect, fixture, html} from '@open-wc/testing';
import {
  intlLocaleFor,
  langOf,
  pickText,
  plural,
  textLang,
  uiLocaleFor,
} from '../../src/i18n/locale.js';

describe('uiLocaleFor', () => {
  it('maps the six languages and their regional variants', () => {
    expect(uiLocaleFor('lv')).to.equal('lv');
    expect(uiLocaleFor('lv-LV')).to.equal('lv');
    expect(uiLocaleFor('LT')).to.equal('lt');
    expect(uiLocaleFor('sv_SE')).to.equal('sv');
    expect(uiLocaleFor('el-CY')).to.equal('el');
    expect(uiLocaleFor('pt-BR')).to.equal('pt');
    expect(uiLocaleFor('en-GB')).to.equal('en');
  });
  it('falls back to English for other or empty tags', () => {
    expect(uiLocaleFor('de')).to.equal('en');
    expect(uiLocaleFor('')).to.equal('en');
    expect(uiLocaleFor(undefined)).to.equal('en');
    expect(uiLocaleFor('x-klingon')).to.equal('en');
  });
  it('keeps a regional tag for Intl when it matches the UI locale', () => {
    expect(intlLocaleFor('en-GB', 'en')).to.equal('en-GB');
    // Our English is British: plain "en" (and English shown on another
    // language's page) formats as en-GB; a page's en-US keeps its own.
    expect(intlLocaleFor('de-DE', 'en')).to.equal('en-GB');
    expect(intlLocaleFor('en', 'en')).to.equal('en-GB');
    expect(intlLocaleFor('en-US', 'en')).to.equal('en-US');
    expect(
      new Intl.DateTimeFormat(intlLocaleFor('en', 'en'), {
        timeStyle: 'short',
        timeZone: 'UTC',
      }).format(0)
    ).to.equal('00:00');
    expect(intlLocaleFor('pt-br', 'pt')).to.equal('pt-BR');
    // Our Portuguese is Portugal's: plain "pt" formats and names as pt-PT.
    expect(intlLocaleFor('pt', 'pt')).to.equal('pt-PT');
    expect(intlLocaleFor('pt-_', 'pt')).to.equal('pt-PT');
    expect(
      new Intl.DisplayNames([intlLocaleFor('pt', 'pt')], {type: 'region'}).of(
        'LV'
      )
    ).to.equal('Letónia');
  });
});

describe('langOf', () => {
  it('reads the element, then ancestors, then the document', async () => {
    const root = await fixture<HTMLDivElement>(
      html`<div lang="lt"><p><span id="a"></span><span id="b" lang="el"></span></p></div>`
    );
    expect(langOf(root.querySelector('#a')!)).to.equal('lt');
    expect(langOf(root.querySelector('#b')!)).to.equal('el');
  });
  it('crosses shadow roots to the host', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="sv"></div>`);
    const shadow = host.attachShadow({mode: 'open'});
    const inner = document.createElement('span');
    shadow.append(inner);
    expect(langOf(inner)).to.equal('sv');
  });
});

describe('pickText', () => {
  const text = {lv: 'Talsi (lv)', en: 'Talsi (en)', 'pt-PT': 'Talsi (pt)'};
  it('picks the locale, then the default locale, then English, then any', () => {
    expect(pickText(text, 'lv')).to.equal('Talsi (lv)');
    expect(pickText(text, 'lv-LV')).to.equal('Talsi (lv)');
    expect(pickText(text, 'pt')).to.equal('Talsi (pt)');
    expect(pickText(text, 'el', 'lv')).to.equal('Talsi (lv)');
    expect(pickText(text, 'el')).to.equal('Talsi (en)');
    expect(pickText({lt: 'Šiauliai'}, 'sv', 'lv')).to.equal('Šiauliai');
  });
  it('handles strings and missing texts', () => {
    expect(pickText('Plain', 'el')).to.equal('Plain');
    expect(pickText(undefined, 'el')).to.equal('');
    expect(pickText({}, 'el')).to.equal('');
  });
  it('drops bidi embedding, override and isolate controls (one left open reverses what follows)', () => {
    expect(pickText('First Org\u202e', 'en')).to.equal('First Org');
    expect(pickText({lv: '\u2067Talsi\u2069 \u202aA\u202c'}, 'lv')).to.equal(
      'Talsi A'
    );
    // Marks that set no state stay: left-to-right and right-to-left marks.
    expect(pickText('A\u200fB\u200e', 'en')).to.equal('A\u200fB\u200e');
  });
  it('leaves out control characters (a browser draws them as boxes) but tab and line breaks; a vertical tab or form feed is a line break', () => {
    // A vertical tab: Word's line break, and a spreadsheet cell's in some
    // exports. NUL, BEL, ESC, DEL; U+0096, a C1 control: an en dash of
    // Windows-1252 read as Latin-1.
    expect(
      pickText({lv: 'Talsi\vLielā iela\0 A\x07B\x1bC\x7fD\u0096E'}, 'lv')
    ).to.equal('Talsi\nLielā iela ABCDE');
    expect(pickText('A\tB\nC\r\nD\fE\u0085F', 'en')).to.equal(
      'A\tB\nC\r\nD\nE\nF'
    );
    // Trimmed: a description's line break at an end is no empty line.
    expect(pickText({en: '\n Talsi\v\0'}, 'en')).to.equal('Talsi');
  });
  it('tells the language of the picked text', () => {
    expect(textLang(text, 'el', 'lv')).to.equal('lv');
    expect(textLang(text, 'lv')).to.equal('lv');
    expect(textLang('Plain', 'lv')).to.equal(undefined);
  });
});

describe('plural', () => {
  const forms = {
    zero: 'zero',
    one: 'one',
    two: 'two',
    few: 'few',
    many: 'many',
    other: 'other',
  };
  it('uses Latvian rules (zero, one, other)', () => {
    expect(plural('lv', 0, forms)).to.equal('zero');
    expect(plural('lv', 1, forms)).to.equal('one');
    expect(plural('lv', 21, forms)).to.equal('one');
    expect(plural('lv', 11, forms)).to.equal('zero');
    expect(plural('lv', 2, forms)).to.equal('other');
  });
  it('uses Lithuanian rules (one, few, many, other)', () => {
    expect(plural('lt', 1, forms)).to.equal('one');
    expect(plural('lt', 2, forms)).to.equal('few');
    expect(plural('lt', 10, forms)).to.equal('other');
    expect(plural('lt', 0.5, forms)).to.equal('many');
    expect(plural('lt', 21, forms)).to.equal('one');
  });
  it('uses English, Swedish and Greek rules (one, other)', () => {
    for (const l of ['en', 'sv', 'el']) {
      expect(plural(l, 1, forms)).to.equal('one');
      expect(plural(l, 0, forms)).to.equal('other');
      expect(plural(l, 5, forms)).to.equal('other');
    }
  });
  it('falls back to other when a form is not given', () => {
    expect(plural('lt', 2, {other: 'o'})).to.equal('o');
  });
});
