// `feed template`: empty spreadsheets with the documented columns and one
// example row, as three CSV files and one XLSX workbook.

import {mkdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {COLUMNS, KINDS} from './columns.mjs';
import {UserError, columnLetter} from './errors.mjs';
import {TEMPLATE_HEADERS} from './header-words.mjs';
import el from './template-help/el.mjs';
import lt from './template-help/lt.mjs';
import lv from './template-help/lv.mjs';
import pt from './template-help/pt.mjs';
import sv from './template-help/sv.mjs';
import {
  ATTENDANCE_LABELS,
  AUDIENCE_LABELS,
  EVENT_STATUS_LABELS,
  REGISTRATION_STATUS_LABELS,
  FIELD_LABELS,
  LOCALES,
  TOPIC_LABELS,
  TYPE_LABELS,
  countryName,
} from './vocab.mjs';

export const FILE_NAMES = {
  organizations: 'organisations',
  events: 'events',
  recommendations: 'recommendations',
};

/** The languages of the headers: en, the documented names, and those of TEMPLATE_HEADERS. */
export const HEADER_LANGUAGES = ['en', ...Object.keys(TEMPLATE_HEADERS)];

/**
 * A column's header in `language`: its documented name in en ("name.lv",
 * "step1.text"), else its word ("Nosaukums (lv)", "Solis 1 - teksts").
 */
function headerOf(name, language, locale) {
  if (language === 'en') return locale ? `${name}.${locale}` : name;
  const words = TEMPLATE_HEADERS[language];
  const step = /^step(\d+)(\.text)?$/.exec(name);
  const word = step
    ? `${words.step} ${step[1]}${step[2] ? ` - ${words.stepText}` : ''}`
    : words[name];
  return locale ? `${word} (${locale})` : word;
}

/** Each header's help in the languages of TEMPLATE_HEADERS, by kind and column (en: columns.mjs). */
export const TEMPLATE_HELP = {lv, lt, sv, el, pt};

/** Yes and no in `language`, as the build reads them. */
const yesNo = (language) => TEMPLATE_HEADERS[language]?.yesNo ?? ['yes', 'no'];

/**
 * Header, example row and each header's help of one kind, the headers in
 * `language` (en: the documented names). Columns with examples per
 * language get one column per locale.
 */
export function templateRows(kind, locales = LOCALES, language = 'en') {
  const header = [];
  const example = [];
  const help = [];
  const columns = [];
  // The documented name first in a translated header's help.
  const named = (name, text) => (language === 'en' ? text : `${name}: ${text}`);
  for (const c of COLUMNS[kind]) {
    if (c.extra) continue;
    const text = TEMPLATE_HELP[language]?.[kind][c.name] ?? c.help;
    if (c.localized && c.examples) {
      for (const l of locales) {
        header.push(headerOf(c.name, language, l));
        example.push(c.examples[l] ?? '');
        help.push(named(`${c.name}.${l}`, `${text} (${l})`));
        columns.push(c.name);
      }
    } else {
      header.push(headerOf(c.name, language));
      const value = c.name === 'sample' ? 'yes' : (c.example ?? '');
      example.push(value === 'yes' ? yesNo(language)[0] : value);
      help.push(named(c.name, text));
      columns.push(c.name);
    }
  }
  return {header, example, help, columns};
}

function csvLine(cells) {
  return cells
    .map((c) => (/[",;\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
    .join(',');
}

export function templateCsv(kind, locales, language) {
  const {header, example} = templateRows(kind, locales, language);
  // The BOM makes Excel open the file as UTF-8.
  return `\uFEFF${csvLine(header)}\r\n${csvLine(example)}\r\n`;
}

/** The events sheet's columns of codes (a drop-down each), and the lists sheet's words for them. */
const CHOICES = {
  attendanceMode: ATTENDANCE_LABELS,
  status: EVENT_STATUS_LABELS,
  registrationStatus: REGISTRATION_STATUS_LABELS,
};

const PARTNER_COUNTRIES = ['LV', 'LT', 'SE', 'CY', 'PT', 'GR'];

const YES_NO = ['yes', 'no'];

/** Columns of one value from a short list: a drop-down each in the workbook. */
const DROPDOWNS = {
  ...Object.fromEntries(
    Object.entries(CHOICES).map(([column, labels]) => [
      column,
      Object.keys(labels),
    ])
  ),
  country: PARTNER_COUNTRIES,
  venueCountry: PARTNER_COUNTRIES,
  timeZone: [
    'Europe/Riga',
    'Europe/Vilnius',
    'Europe/Stockholm',
    'Asia/Nicosia',
    'Europe/Lisbon',
    'Europe/Athens',
  ],
  language: LOCALES,
  lookingForPartners: YES_NO,
  sample: YES_NO,
};

async function templateXlsx(path, locales, language) {
  const {default: ExcelJS} = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'local-y-mpact-elements feed template';
  for (const [n, kind] of KINDS.entries()) {
    const ws = wb.addWorksheet(
      TEMPLATE_HEADERS[language]?.sheets[n] ?? FILE_NAMES[kind],
      {views: [{state: 'frozen', ySplit: 1}]}
    );
    const {header, example, help, columns} = templateRows(
      kind,
      locales,
      language
    );
    ws.addRow(header);
    // Text cells, so that spreadsheet programs do not turn ids, postal codes or dates into numbers.
    const row = ws.addRow(example);
    ws.getRow(1).font = {bold: true};
    header.forEach((h, i) => {
      const col = ws.getColumn(i + 1);
      col.width = Math.min(
        40,
        Math.max(12, h.length + 2, String(example[i]).length + 2)
      );
      col.numFmt = '@';
      ws.getCell(1, i + 1).note = help[i];
      // A drop-down of the codes; anything else typed (a word in another
      // language, another country) is still accepted (no error box), and
      // read or reported by the build.
      const codes =
        DROPDOWNS[columns[i]] === YES_NO
          ? yesNo(language)
          : DROPDOWNS[columns[i]];
      if (codes)
        ws.dataValidations.add(`${columnLetter(i)}2:${columnLetter(i)}1000`, {
          type: 'list',
          allowBlank: true,
          formulae: [`"${codes.join(',')}"`],
          showErrorMessage: false,
        });
    });
    row.commit?.();
  }
  // The lists sheet, in the headers' language too: its lists named as
  // their columns, the labels' columns by their languages.
  const [sheet, list, code] = TEMPLATE_HEADERS[language]?.lists ?? [
    'lists',
    'list',
    'code',
  ];
  const languageNames = new Intl.DisplayNames([language], {type: 'language'});
  const lists = wb.addWorksheet(sheet);
  lists.addRow([
    list,
    code,
    ...LOCALES.map((l) =>
      language === 'en' ? `label.${l}` : languageNames.of(l)
    ),
  ]);
  lists.getRow(1).font = {bold: true};
  for (const [name, table] of [
    ['types', TYPE_LABELS],
    ['fields', FIELD_LABELS],
    ['audience', AUDIENCE_LABELS],
    ['topics', TOPIC_LABELS],
    ...Object.entries(CHOICES),
  ])
    for (const [key, labels] of Object.entries(table))
      lists.addRow([headerOf(name, language), key, ...labels]);
  for (const key of PARTNER_COUNTRIES)
    lists.addRow([
      headerOf('country', language),
      key,
      ...LOCALES.map((l) => countryName(key, l)),
    ]);
  lists.columns.forEach((c) => (c.width = 28));
  await wb.xlsx.writeFile(path);
}

/** Writes organisations.csv, events.csv, recommendations.csv and feed-template.xlsx into `dir`. */
export async function writeTemplate({
  dir = '.',
  locales = LOCALES,
  formats = ['csv', 'xlsx'],
  language = 'en',
} = {}) {
  try {
    await mkdir(dir, {recursive: true});
  } catch (error) {
    throw new UserError(`Cannot create the folder ${dir}: ${error.message}`);
  }
  const written = [];
  try {
    if (formats.includes('csv'))
      for (const kind of KINDS) {
        const path = join(dir, `${FILE_NAMES[kind]}.csv`);
        await writeFile(path, templateCsv(kind, locales, language));
        written.push(path);
      }
    if (formats.includes('xlsx')) {
      const path = join(dir, 'feed-template.xlsx');
      await templateXlsx(path, locales, language);
      written.push(path);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `Cannot write the template into ${dir}: ${error.message}`
    );
  }
  return written;
}
