/**
 * The CSV download of `<org-directory>`: UTF-8 with a byte order mark (so
 * Excel reads Latvian and Greek correctly), CRLF line ends, every cell quoted,
 * and cells that a spreadsheet would run as a formula neutralised. The
 * separator is the one Excel expects where the page's language is spoken: a
 * semicolon where numbers have a decimal comma (lv, lt, sv, el, pt), else a
 * comma; Excel opens either in columns by a double click.
 */
import type {LocalizedText, Organization} from '../feed/types.js';
import type {Facet} from './filter.js';

export const CSV_COLUMNS = [
  'id',
  'name',
  'country',
  'municipality',
  'city',
  'types',
  'fields',
  'languages',
  'lookingForPartners',
  'website',
  'email',
  'phones',
  'updated',
] as const;

/**
 * One quoted cell. A value that starts with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading apostrophe, so it is read as text.
 */
export function csvCell(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** A CSV document: BOM, quoted cells split by `separator`, CRLF after every row. */
export function toCsv(
  rows: readonly (readonly string[])[],
  separator = ','
): string {
  return (
    '\uFEFF' +
    rows.map((row) => row.map(csvCell).join(separator) + '\r\n').join('')
  );
}

/**
 * The organisations as CSV, one row each, in the given order, with a header
 * row. `text` picks a feed text in the reader's language; `label` names a
 * country, type, field or language code in it; `separator` splits the cells
 * (default a comma).
 */
export function organizationsCsv(
  orgs: readonly Organization[],
  text: (value: LocalizedText | undefined) => string,
  label: (facet: Facet, value: string) => string,
  separator?: string
): string {
  const list = (facet: Facet, values: readonly string[]) =>
    [...new Set(values.map((v) => label(facet, v)))].join('; ');
  return toCsv(
    [
      CSV_COLUMNS,
      ...orgs.map((o) => [
        o.id,
        text(o.name),
        label('country', o.country),
        text(o.municipality),
        text(o.city),
        list('type', o.types),
        list('field', o.fields),
        list('language', o.languages),
        o.lookingForPartners ? 'yes' : 'no',
        o.website ?? '',
        o.email ?? '',
        o.phones.map((p) => p.number).join('; '),
        o.updated ?? '',
      ]),
    ],
    separator
  );
}
