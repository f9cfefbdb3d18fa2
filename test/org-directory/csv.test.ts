import {expect} from '@open-wc/testing';
import {
  CSV_COLUMNS,
  csvCell,
  organizationsCsv,
  toCsv,
} from '../../src/org-directory/csv.js';
import type {Facet} from '../../src/org-directory/filter.js';
import type {LocalizedText} from '../../src/feed/types.js';
import {pickText} from '../../src/i18n/locale.js';
import {org} from './helpers.js';

const text = (t: LocalizedText | undefined) => pickText(t, 'en');
const NAMES: Record<string, Record<string, string>> = {
  country: {LV: 'Latvia', GR: 'Greece'},
  type: {ngo: 'NGO'},
  field: {youth: 'Youth'},
  language: {lv: 'Latvian', el: 'Greek'},
};
const label = (facet: Facet, value: string) =>
  NAMES[facet]?.[value] ??
  (facet === 'type' || facet === 'field' ? 'Other' : value);

/** A small RFC 4180 reader, to check that the output parses back. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else throw new Error(`unexpected ${JSON.stringify(c)} at ${i}`);
  }
  expect(cell, 'ends with CRLF').to.equal('');
  return rows;
}

describe('csv', () => {
  it('quotes every cell and doubles quotes', () => {
    expect(csvCell('plain')).to.equal('"plain"');
    expect(csvCell('')).to.equal('""');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('a,b')).to.equal('"a,b"');
  });

  it('keeps newlines inside a quoted cell', () => {
    expect(csvCell('line 1\r\nline 2\nline 3')).to.equal(
      '"line 1\r\nline 2\nline 3"'
    );
  });

  it('neutralises cells that would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).to.equal(
      '"\'=HYPERLINK(""http://evil"",""x"")"'
    );
    expect(csvCell('+371 2000 0000')).to.equal('"\'+371 2000 0000"');
    expect(csvCell('-2+3')).to.equal('"\'-2+3"');
    expect(csvCell('@SUM(A1)')).to.equal('"\'@SUM(A1)"');
    expect(csvCell('\t=1')).to.equal('"\'\t=1"');
    expect(csvCell('\r=1')).to.equal('"\'\r=1"');
  });

  it('leaves harmless cells alone, even with a formula character inside', () => {
    expect(csvCell('a=b')).to.equal('"a=b"');
    expect(csvCell(' =1')).to.equal('" =1"');
    expect(csvCell("'quoted")).to.equal('"\'quoted"');
  });

  it('starts with a BOM and ends every row with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(csv.charCodeAt(0)).to.equal(0xfeff);
    expect(csv.slice(1)).to.equal('"a","b"\r\n"c","d"\r\n');
    expect(toCsv([])).to.equal('\uFEFF');
  });

  it('writes a header and one row per organisation, with labels', () => {
    const csv = organizationsCsv(
      [
        org({
          id: 'talsi',
          name: 'Talsu novada jauniešu centrs',
          country: 'LV',
          municipality: 'Talsu novads',
          city: 'Talsi',
          types: ['ngo'],
          fields: ['youth', 'marine', 'space'],
          languages: ['lv', 'el'],
          lookingForPartners: true,
          website: 'https://talsi.example.lv/',
          email: 'info@talsi.example.lv',
          phones: [{number: '+371 2000 0000'}, {number: '6322 0000'}],
          updated: '2024-05-01',
        }),
        org({
          id: 'athens',
          name: {el: 'Σύλλογος "Νέων"', en: ''},
          country: 'GR',
        }),
      ],
      text,
      label
    );
    const rows = parse(csv.slice(1));
    expect(rows[0]).to.deep.equal([...CSV_COLUMNS]);
    expect(rows[1]).to.deep.equal([
      'talsi',
      'Talsu novada jauniešu centrs',
      'Latvia',
      'Talsu novads',
      'Talsi',
      'NGO',
      'Youth; Other',
      'Latvian; Greek',
      'yes',
      'https://talsi.example.lv/',
      'info@talsi.example.lv',
      "'+371 2000 0000; 6322 0000",
      '2024-05-01',
    ]);
    expect(rows[2][1]).to.equal('Σύλλογος "Νέων"');
    expect(rows[2][8]).to.equal('no');
    expect(rows).to.have.length(3);
  });

  it('neutralises hostile feed values in any column', () => {
    const csv = organizationsCsv(
      [
        org({
          id: '=cmd|calc',
          name: '@evil',
          city: '-1',
          description: 'x',
          municipality: '\t=1',
        }),
      ],
      text,
      label
    );
    const row = parse(csv.slice(1))[1];
    expect(row[0]).to.equal("'=cmd|calc");
    expect(row[1]).to.equal("'@evil");
    // Trimmed as every feed text is shown; csvCell's own test covers a
    // leading tab.
    expect(row[3]).to.equal("'=1");
    expect(row[4]).to.equal("'-1");
  });

  it('splits cells by the separator it is given (a semicolon for Excel in lv, lt, sv, el, pt)', () => {
    expect(
      toCsv(
        [
          ['a;b', 'c'],
          ['d', ''],
        ],
        ';'
      ).slice(1)
    ).to.equal('"a;b";"c"\r\n"d";""\r\n');
    const csv = organizationsCsv(
      [org({id: 'x', name: 'X; Y', phones: [{number: '1'}, {number: '2'}]})],
      text,
      label,
      ';'
    );
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).to.equal(CSV_COLUMNS.map((c) => `"${c}"`).join(';'));
    expect(row.split('";"')).to.have.length(CSV_COLUMNS.length);
    expect(row).to.contain('"X; Y"');
    expect(row).to.contain('"1; 2"');
  });

  it('writes only the header for no results', () => {
    expect(parse(organizationsCsv([], text, label).slice(1))).to.deep.equal([
      [...CSV_COLUMNS],
    ]);
  });
});
