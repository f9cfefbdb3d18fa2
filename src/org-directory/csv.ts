/**
 * The CSV download of `<org-directory>`: UTF-8 with a byte order mark (so
 * Excel reads Latvian and Greek correctly), CRLF line ends, every cell quoted,
 * and cells that a spreadsheet would run as a formula neutralised.
 */
import type {LocalizedText, Organization} from '../feed/types.js';

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

/** A CSV document: BOM, quoted cells, CRLF after every row. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

/** How values read in the reader's language. */
export interface CsvLabels {
  text(value: LocalizedText | undefined): string;
  country(code: string): string;
  type(key: string): string;
  field(key: string): string;
  language(code: string): string;
}

/** The organisations as CSV, one row each, in the given order, with a header row. */
export function organizationsCsv(orgs: readonly Organization[], l: CsvLabels): string {
  const join = (values: readonly string[]) => [...new Set(values)].join('; ');
  return toCsv([
    CSV_COLUMNS,
    ...orgs.map((o) => [
      o.id,
      l.text(o.name),
      l.country(o.country),
      l.text(o.municipality),
      l.text(o.city),
      join(o.types.map(l.type)),
      join(o.fields.map(l.field)),
      join(o.languages.map(l.language)),
      o.lookingForPartners ? 'yes' : 'no',
      o.website ?? '',
      o.email ?? '',
      join(o.phones.map((p) => p.number)),
      o.updated ?? '',
    ]),
  ]);
}
