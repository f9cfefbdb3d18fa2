// Spreadsheet tables → feed, with every problem located by file, row and column.

import {basename} from 'node:path';
import {
  COLUMNS,
  KINDS,
  closestColumn,
  distance,
  headerKey,
  kindFromName,
  parseHeader,
  withLanguage,
} from './columns.mjs';
import {UserError, columnLetter, show} from './errors.mjs';
import {LEGAL_ADDRESS_WORDS, TEMPLATE_HEADERS} from './header-words.mjs';
import {readTables} from './read-table.mjs';
import {loadSchema} from './validate.mjs';
import {
  ATTENDANCE_MODES,
  EVENT_STATUSES,
  REGISTRATION_STATUSES,
  fold,
  lookupBoolean,
  lookupCountry,
  lookupLanguage,
  lookupVocab,
} from './vocab.mjs';
import {
  isEmail,
  isTimeZone,
  isWebAddress,
  parseInteger,
  parseCoordinates,
  parseNumber,
  withCallingCode,
  lostDigits,
  twoNumbers,
  registerOf,
  registerLength,
  REGISTER_COUNTRIES,
  parsePhone,
  splitAddress,
  parseUrl,
  parseWhen,
  slug,
  splitList,
  textValues,
  wallTimeProblem,
  withOffset,
  looksLike,
  languageName,
} from './values.mjs';

const NOT_SHEET_NAMES =
  /^(lists?|help|readme|codes|instructions?|info|saraksti|pal[iī]dz[iī]ba)$/i;
/** Sheets of help, not records: "lists", "help", the template's "Λίστες". */
const notSheet = (name) =>
  NOT_SHEET_NAMES.test(name) ||
  Object.values(TEMPLATE_HEADERS).some(
    ({lists}) => headerKey(lists[0]) === headerKey(name)
  );

/**
 * @typedef {{level: 'error'|'warning', where: string, message: string}} Problem
 */

// Each word of the translated templates' headers ("Adrese", "Valsts") → the
// languages it is a header of.
const TEMPLATE_WORDS = new Map();
for (const [language, words] of Object.entries(TEMPLATE_HEADERS))
  for (const word of Object.values(words))
    if (typeof word === 'string') {
      const key = headerKey(word);
      TEMPLATE_WORDS.set(key, [...(TEMPLATE_WORDS.get(key) ?? []), language]);
    }

/**
 * The language a sheet's headers are written in, when its headers in words
 * ("Nosaukums (lv)", "Adrese", not the documented names) say one: the
 * language of the most of them that are a translated template's words,
 * where their letters do not say another (Latvian's ā, Greek script);
 * without such words, the one language their letters say. Else undefined.
 */
function headerLanguage(kind, headers) {
  const texts = [];
  const votes = new Map();
  for (const header of headers) {
    if (!header || !parseHeader(kind, header)?.word) continue;
    const words = withLanguage(header)?.words ?? header;
    texts.push(words);
    for (const language of TEMPLATE_WORDS.get(headerKey(words)) ?? [])
      votes.set(language, (votes.get(language) ?? 0) + 1);
  }
  const letters = looksLike(texts, 'en')?.codes;
  const most = Math.max(0, ...votes.values());
  const found = most
    ? [...votes.keys()].filter(
        (l) => votes.get(l) === most && (!letters || letters.includes(l))
      )
    : (letters ?? []);
  return found.length === 1 ? found[0] : undefined;
}

function kindOf(table, options) {
  if (options.kind) return options.kind;
  if (table.sheet) {
    const k = kindFromName(table.sheet);
    if (k) return k;
  }
  // The kinds whose telling columns the headers have (in any words). A
  // sheet of organisations with a "Datums" column has start too: the kind
  // that reads more of the headers, its telling columns counting twice.
  const read = (kind) =>
    table.headers.flatMap((x) => {
      const p = parseHeader(kind, x);
      return p ? [p.step === 1 ? 'step1' : p.column] : [];
    });
  const [best] = TELLING.map(([kind, ...telling]) => {
    const columns = read(kind);
    const told = columns.filter((c) => telling.includes(c)).length;
    return {kind, told, score: columns.length + 2 * told};
  })
    .filter((k) => k.told)
    .sort((a, b) => b.score - a.score);
  if (best) return best.kind;
  // Only organisations have a name (events and recommendations a title): a
  // CSV of them without its country column then gets that error, by name,
  // and with --country (organisations' option) a sheet of a workbook too.
  // (A workbook's other sheets, a list of contacts, are skipped as before.)
  return (
    kindFromName(basename(table.file)) ??
    ((!table.sheet || options.country) && read('organizations').includes('name')
      ? 'organizations'
      : undefined)
  );
}

/** Each kind and the columns that tell a sheet of it. */
const TELLING = [
  ['events', 'start'],
  ['recommendations', 'summary', 'topics', 'step1'],
  ['organizations', 'country', 'types', 'fields'],
];

/** Header analysis of one table: where each column (and language) is. */
function layout(table, kind, problems, notes, options = {}) {
  const columns = new Map(); // column → {plain?: idx, locales: Map<locale, idx>}
  const steps = new Map(); // n → {title: entry, text: entry}
  const unknown = [];
  const worded = [];
  table.headers.forEach((header, i) => {
    const parsed = parseHeader(kind, header);
    if (!parsed) {
      unknown.push({header, i});
      return;
    }
    let map = columns;
    let key = parsed.column;
    let name = parsed.column;
    if (parsed.step !== undefined) {
      if (!steps.has(parsed.step)) steps.set(parsed.step, new Map());
      map = steps.get(parsed.step);
      key = parsed.column === 'step' ? 'title' : 'text';
      name = `step${parsed.step}${key === 'text' ? '.text' : ''}`;
    }
    if (parsed.locale) name += `.${parsed.locale}`;
    if (!map.has(key)) map.set(key, {locales: new Map()});
    const entry = map.get(key);
    const before = parsed.locale
      ? entry.locales.get(parsed.locale)
      : entry.plain;
    // A list in several columns ("Joma 1", "Joma 2"): their items together.
    const list = COLUMNS[kind].find((c) => c.name === parsed.column)?.list;
    if (before !== undefined && list) {
      (entry.more ??= []).push(i);
      if (parsed.word) worded.push(`${show(header)} as ${name}`);
      return;
    }
    // Two headers for one column ("Adrese" and "Iela", both street): the
    // first is read.
    if (before !== undefined) {
      problems.push({
        level: 'warning',
        where: `${table.label}, row ${table.headerRow}, column ${columnLetter(i)}`,
        message: `the column ${show(header)} is read as ${name}, like column ${columnLetter(before)} (${show(table.headers[before])}) before it; it is ignored. Give each column one header, or delete one of them.`,
      });
      return;
    }
    if (parsed.locale) entry.locales.set(parsed.locale, i);
    else entry.plain = i;
    if (parsed.word) worded.push(`${show(header)} as ${name}`);
  });
  // Headers in the partner's words ("Nosaukums", "Valsts"): said once, so a
  // wrong guess ("Adrese" as the street) shows.
  if (worded.length)
    notes.push(
      `${table.label}: read the header${worded.length > 1 ? 's' : ''} ${worded.join(', ')}.`
    );
  const legal = new Set(LEGAL_ADDRESS_WORDS.map(headerKey));
  for (const {header, i} of unknown) {
    const guess = closestColumn(kind, header);
    problems.push({
      level: 'warning',
      where: `${table.label}, row ${table.headerRow}, column ${columnLetter(i)}`,
      message: legal.has(headerKey(header))
        ? `the column ${show(header)}, a legal address, is not read: the elements show where visitors find ${kind === 'organizations' ? 'an organisation' : 'it'} (the street column, or an actual address), and a small association's legal address is often a home.`
        : `the column ${show(header)} is not a known ${kindLabel(kind)} column and is ignored.` +
          (guess
            ? ` Did you mean "${guess}"?`
            : ` Known columns: ${COLUMNS[kind].map((c) => c.name).join(', ')}.`),
    });
  }
  // A partner's own sheet has no ids: they are made from the names.
  const makeIds = !columns.has('id');
  const missing = COLUMNS[kind]
    .filter((c) => c.required && !columns.has(c.name) && c.name !== 'id')
    .map((c) => c.name)
    // A national database has no country column: --country says it.
    .filter((name) => !(name === 'country' && options.country));
  if (missing.length)
    problems.push({
      level: 'error',
      where: `${table.label}, row ${table.headerRow}`,
      message: `the header row has no column ${missing.map((m) => `"${m}"`).join(', ')}; ${missing.length > 1 ? 'they are' : 'it is'} required for ${kindLabel(kind)}.${missing.includes('name') || missing.includes('title') ? ' A text column may also be given per language, e.g. name.lv, name.en.' : ''}${missing.includes('country') ? ' When every organisation is in one country, run with --country LV (its code or name) instead.' : ''}`,
    });
  return {columns, steps, kind, makeIds, ok: missing.length === 0};
}

/**
 * The column of a row's one cell when it is no id ("Kopā: 12", "Kurzemes
 * reģions"): a heading, a total or a note between or under the records,
 * which has none of their required cells; else undefined. (An id alone is a
 * record begun: its missing cells are errors.)
 */
function noteCell(row, lay) {
  const filled = row.cells.flatMap((c, i) => (c ? [i] : []));
  return filled.length === 1 &&
    (filled[0] !== lay.columns.get('id')?.plain ||
      /\s/.test(row.cells[filled[0]]))
    ? filled[0]
    : undefined;
}

/**
 * The text columns without a language in their names, as [name, index]
 * groups: each column alone, the steps' columns (step1, step1.text, step2,
 * …) together.
 */
function textColumns(kind, lay) {
  const groups = COLUMNS[kind]
    .filter((c) => c.localized && !/^step\d/.test(c.name))
    .map((c) => [[c.name, lay.columns.get(c.name)?.plain]]);
  groups.push(
    [...lay.steps.keys()]
      .sort((a, b) => a - b)
      .flatMap((n) => [
        [`step${n}`, lay.steps.get(n).get('title')?.plain],
        [`step${n}.text`, lay.steps.get(n).get('text')?.plain],
      ])
  );
  return groups
    .map((group) => group.filter(([, i]) => i !== undefined))
    .filter((group) => group.length);
}

/**
 * A text column without a language in its name (`name`, read in
 * --default-locale) whose words look like another language's: one warning
 * at its header. The elements tell screen readers each text's language, and
 * Latvian read out as English is hard to follow. The language whose letters
 * most words have, when a quarter of them do: an English text naming a place
 * ("the youth club of Kuldīga") is not taken for Latvian; letters Latvian and
 * Lithuanian share alone name both.
 */
function languageHints(table, lay, kind, defaultLocale, problems) {
  // The records' rows: not a heading or a note skipped as such, nor an
  // example (sample = yes: the template's own, to be deleted).
  const sample = lay.columns.get('sample')?.plain;
  const rows = table.rows.filter(
    (row) =>
      noteCell(row, lay) === undefined &&
      !lookupBoolean(row.cells[sample] ?? '')
  );
  for (const columns of textColumns(kind, lay)) {
    const look = looksLike(
      columns.flatMap(([, i]) => rows.map((row) => row.cells[i] ?? '')),
      defaultLocale
    );
    if (!look) continue;
    const i = columns[0][1];
    const several = columns.length > 1;
    // As the sheet names them: `name.lv`, or "Nosaukums (lv)" for a
    // header in words.
    const names = (code) =>
      columns
        .map(([name, at]) =>
          !code
            ? name
            : parseHeader(kind, table.headers[at])?.word
              ? `"${table.headers[at]} (${code})"`
              : `${name}.${code}`
        )
        .join(', ');
    problems.push({
      level: 'warning',
      where: `${table.label}, row ${table.headerRow}, column ${columnLetter(i)} (${table.headers[i]})`,
      message: `${several ? `the columns ${names()} have no language in their names, so their` : 'the column has no language in its name, so its'} texts are read as ${languageName(defaultLocale)} (--default-locale ${defaultLocale}), but ${look.words} of ${several ? 'their' : 'its'} ${look.of} words have ${look.name} letters. If they are ${look.name}, name ${several ? 'them' : 'the column'} ${look.codes.map(names).join(' or ')} (or run with --default-locale ${look.codes.join(' or ')}): the elements tell screen readers each text's language.${look.also}`,
    });
  }
}

function kindLabel(kind) {
  return {
    organizations: 'organisation',
    events: 'event',
    recommendations: 'recommendation',
  }[kind];
}

// The words of a time range in the six languages: "no 13:00 līdz 16:00",
// "nuo 13 iki 16", "från 13 till 16", "από 13:00 έως 16:00", "das 13h às 16h".
const FROM = /^(from|no|nuo|från|από|das|de)\s+/i;
const TO = /\s+(to|until|till|līdz|iki|έως|ως|às|as|até|a)\s+/i;

/**
 * A time of day as a cell gives it: an Excel time cell (a day of 1899 and
 * the time) or a fraction of a day in a number cell → "13:00"; a range in
 * words → "13:00–16:00"; an hour alone ("13", "kl. 13–16", "13h", "13h30")
 * → on the hour ("13:00"); else as is.
 */
function clock(cell) {
  const excel = /^1899-12-3[01] (\d{2}:\d{2})$/.exec(cell);
  if (excel) return excel[1];
  if (/^0?\.\d+$/.test(cell))
    return new Date(Math.round(Number(cell) * 1440) * 60000)
      .toISOString()
      .slice(11, 16);
  return cell
    .replace(/^(plkst|kl|klo)\.?\s*/i, '')
    .replace(FROM, '')
    .replace(TO, '–')
    .replace(/\b(\d{1,2})h(\d{2})\b/gi, '$1:$2')
    .replace(/(^|[–—-]\s*)(\d{1,2})h?(?=\s*(?:[–—-]|$))/gi, (m, before, h) =>
      Number(h) < 24 ? `${before}${h}:00` : m
    );
}

/** Reading one row. */
class RowReader {
  constructor(table, lay, row, problems, options) {
    this.table = table;
    this.lay = lay;
    this.row = row;
    this.problems = problems;
    this.options = options;
    this.failed = false;
  }

  where(i) {
    return `${this.table.label}, row ${this.row.row}, column ${columnLetter(i)} (${this.table.headers[i]})`;
  }

  error(i, message) {
    this.failed = true;
    this.problems.push({level: 'error', where: this.where(i), message});
  }

  warn(i, message) {
    this.problems.push({level: 'warning', where: this.where(i), message});
  }

  cell(i) {
    return i === undefined ? '' : (this.row.cells[i] ?? '');
  }

  /** [text, column index] of a plain column. */
  raw(column) {
    const entry = this.lay.columns.get(column);
    if (!entry) return ['', undefined];
    if (entry.plain !== undefined) return [this.cell(entry.plain), entry.plain];
    // A plain column given per language: take the first filled one.
    for (const i of entry.locales.values())
      if (this.cell(i)) return [this.cell(i), i];
    return ['', undefined];
  }

  text(column, entry = this.lay.columns.get(column)) {
    if (!entry) return undefined;
    const plain = this.cell(entry.plain);
    const out = {};
    let n = 0;
    for (const [locale, i] of entry.locales) {
      const v = this.cell(i);
      if (v) {
        out[locale] = v;
        n++;
      }
    }
    // A sheet whose texts are in another language than the feed's
    // defaultLocale names theirs.
    if (n === 0)
      return plain && this.options.defaultLocale !== this.options.feedLocale
        ? {[this.options.defaultLocale]: plain}
        : plain || undefined;
    if (plain && !(this.options.defaultLocale in out))
      out[this.options.defaultLocale] = plain;
    return out;
  }

  requiredText(column, entry = this.lay.columns.get(column)) {
    const v = this.text(column, entry);
    if (v === undefined) {
      const i = entry?.plain ?? entry?.locales.values().next().value;
      this.error(i ?? 0, `the ${column} is empty; it is required.`);
    }
    return v;
  }

  string(column) {
    return this.raw(column)[0] || undefined;
  }

  /**
   * The id of a row of a sheet without an id column: its name or title as
   * a slug, after its country's code (an organisation) or before its date
   * (an event): lv-talsu-jauniesu-klubs, soli-pa-solim-2027-08-10. A name of
   * no Latin or Greek letters gives row-N.
   */
  madeId() {
    const {kind} = this.lay;
    const [name] = this.raw(kind === 'organizations' ? 'name' : 'title');
    const [country] = this.raw('country');
    const code =
      kind === 'organizations' &&
      ((country ? lookupCountry(country) : undefined) ?? this.options.country);
    const start = kind === 'events' && parseWhen(this.raw('start')[0]);
    const date = start && (start.date ?? start.iso.slice(0, 10));
    return [
      code && code.toLowerCase(),
      slug(name) || `row-${this.row.row}`,
      date,
    ]
      .filter(Boolean)
      .join('-');
  }

  /**
   * A place's latitude and longitude: from their two columns, or from one
   * column of both as maps give them (`both`: "57.2456, 22.5877",
   * 57°14'44.2"N 22°35'15.7"E).
   */
  geo(lat, lon, both) {
    const [latText, latCol] = this.raw(lat);
    const [lonText, lonCol] = this.raw(lon);
    const [text, at] = this.raw(both);
    if (latText || lonText) {
      const la = this.number(lat);
      const lo = this.number(lon);
      if (!latText || !lonText)
        this.error(
          latText ? (lonCol ?? latCol) : (latCol ?? lonCol),
          `${lat} and ${lon} go together: give both or neither.`
        );
      return la !== undefined && lo !== undefined
        ? {lat: la, lon: lo}
        : undefined;
    }
    if (!text) return undefined;
    const geo = parseCoordinates(text);
    if (!geo || geo.why)
      this.error(
        at,
        `found ${show(text)}; expected the latitude and the longitude, like 57.2456, 22.5877 (as a map gives them) or 57°14'44"N 22°35'16"E.${geo ? ` ${geo.why}` : ''}`
      );
    return geo?.why ? undefined : geo;
  }

  /** A list's items, each with its column: of one cell, or of several columns ("Joma 1", "Joma 2"). */
  list(column) {
    const more = this.lay.columns.get(column)?.more ?? [];
    return [this.raw(column), ...more.map((at) => [this.cell(at), at])].flatMap(
      ([v, i]) => (v ? splitList(v).map((item) => [item, i]) : [])
    );
  }

  id() {
    if (this.lay.makeIds) return this.madeId();
    const [v, i] = this.raw('id');
    if (!v) {
      this.error(
        i ?? 0,
        'the id is empty; every row needs a unique id without spaces (e.g. lv-talsi-youth-club).'
      );
      return undefined;
    }
    if (/\s/.test(v)) {
      this.error(
        i,
        `found the id ${show(v)}, which contains spaces; expected an id without spaces (use - instead).`
      );
      return v;
    }
    return v;
  }

  /**
   * A country's code. A country before a place ("Portugal, Lisboa") gives
   * the place as the text of `cityColumn` when the row leaves that empty
   * (this.place).
   */
  country(column, cityColumn) {
    const [v, i] = this.raw(column);
    if (!v) return undefined;
    let code = lookupCountry(v);
    // A country with its code in brackets ("Latvia (LV)"), or before a
    // place ("Portugal, Lisboa"): the country, with a warning (a place
    // goes in its own column).
    const parts = !code && /^([^,(]+?)\s*(?:\(([^()]+)\)|,\s*(.+))$/.exec(v);
    const named = parts && lookupCountry(parts[1]);
    if (named && (!parts[2] || lookupCountry(parts[2]) === named)) {
      code = named;
      const place = parts[3];
      if (place && cityColumn && !this.text(cityColumn)) this.place = place;
      this.warn(
        i,
        `found ${show(v)}, read as ${code}${!place ? '.' : this.place ? `, and ${show(place)} as the ${cityColumn === 'city' ? 'town or city' : "place's town or city"} (a place goes in its own column, ${cityColumn}).` : `. ${show(place)} is left out: a place goes in its own column (${cityColumn ?? 'city'}), which has one.`}`
      );
    }
    if (!code)
      this.error(
        i,
        `found ${show(v)}, which is not a country we know; expected a two-letter code (LV, LT, SE, CY, PT, GR, …) or a country name such as Latvija, Lietuva, Sverige, Κύπρος, Portugal.`
      );
    return code;
  }

  /**
   * An address's street, town, postal code (and municipality) from their
   * `columns`; a whole address in the street's cell ("Lielā iela 19/21,
   * Talsi, LV-3201") gives those the row leaves empty, with a warning. Its
   * municipality ("…, Talsi, Talsu nov., LV-3201") is given also where
   * there is no municipality column (an event's venue keeps it as the
   * address's region).
   */
  address(columns, country) {
    const out = {
      street: this.text(columns.street),
      city: this.text(columns.city) ?? this.place,
      postalCode: this.string(columns.postalCode),
      municipality: columns.municipality && this.text(columns.municipality),
    };
    const whole =
      typeof out.street === 'string' &&
      !out.city &&
      !out.postalCode &&
      splitAddress(out.street, country);
    if (!whole) return clean(out);
    const given = whole.municipality && !out.municipality;
    this.warn(
      this.raw(columns.street)[1],
      `found ${show(out.street)}, a whole address: read as the street ${show(whole.street)}, the town ${show(whole.city)}${given ? `, the municipality ${show(whole.municipality)}` : ''} and the postal code ${show(whole.postalCode)}${whole.municipality && !given ? ` (${show(whole.municipality)} is left out)` : ''}. (A column each reads without guessing.)`
    );
    return clean({
      ...out,
      street: whole.street,
      city: whole.city,
      postalCode: whole.postalCode,
      municipality: given ? whole.municipality : out.municipality,
    });
  }

  bool(column) {
    const [v, i] = this.raw(column);
    if (!v) return undefined;
    let b = lookupBoolean(v);
    // Yes or no and more words ("Jā, meklē", "No, not now"): the first.
    const first = /^([\p{L}]+)[\s,;.:!-]+\p{L}/u.exec(v);
    if (b === undefined && first && lookupBoolean(first[1]) !== undefined) {
      b = lookupBoolean(first[1]);
      this.warn(i, `found ${show(v)}, read as ${b ? 'yes' : 'no'}.`);
    }
    if (b === undefined)
      this.error(
        i,
        `found ${show(v)}; expected yes or no (also jā/nē, taip/ne, ja/nej, ναι/όχι, sim/não, true/false, 1/0).`
      );
    return b;
  }

  number(column, {integer = false} = {}) {
    const [v, i] = this.raw(column);
    if (!v) return undefined;
    let n = integer ? parseInteger(v) : parseNumber(v);
    // A whole number with its unit or an "about" ("40 vietas", "40 places",
    // "~40", "apm. 40"): the number. ("40+" has no limit to read.)
    const counted =
      integer &&
      n === undefined &&
      /^(?:~|≈|ca\.?|apm\.?|apie|cirka|περίπου|cerca de)?\s*(\d+)(?:\s+\p{L}+\.?)?$/iu.exec(
        v
      );
    if (counted) {
      n = Number(counted[1]);
      this.warn(i, `found ${show(v)}, read as ${n}.`);
    }
    if (n === undefined)
      this.error(
        i,
        `found ${show(v)}; expected ${integer ? 'a whole number' : 'a number (decimal point or comma)'}.${/\d\s*\+$/.test(v) ? ' (A number with a + gives no limit to read: write the limit, or leave the cell empty for none.)' : ''}`
      );
    return n;
  }

  /**
   * A cell's text, or where it links when that is an address and the text
   * is not ("Mājaslapa" linking to https://…), with a warning.
   */
  linked(column, isAddress) {
    let [text, i] = this.raw(column);
    const kind = column === 'email' ? 'e-mail address' : 'web address';
    // An e-mail address spelt to keep it from spam robots
    // ("info(at)ozols.lv", "info [at] ozols [dot] lv"): the address.
    const plain =
      column === 'email' &&
      text
        .replace(/\s*[([{]\s*at\s*[)\]}]\s*/gi, '@')
        .replace(/\s*[([{]\s*dot\s*[)\]}]\s*/gi, '.');
    if (plain && plain !== text && !isAddress(text) && isAddress(plain)) {
      this.warn(
        i,
        `found ${show(text)}, written as ${show(plain)}: the elements show the address as a link to write to, which a spelling for robots is not.`
      );
      text = plain;
    }
    // Two addresses where the feed has one ("info@ozols.lv; valde@ozols.lv",
    // "www.ozols.lv, facebook.com/ozols", "a@ozols.lv / b@ozols.lv"): the
    // first, with a warning.
    const words = text.split(/\s+\/\s+|[\s,;]+/).filter(Boolean);
    const several = (addresses) =>
      this.warn(
        i,
        `found ${addresses.length} addresses (${addresses.map((a) => show(a)).join(', ')}); the feed has one ${kind} here, so the first is used. Put the others in the description if they matter.`
      );
    if (words.length > 1 && words.every(isAddress)) {
      several(words);
      return [words[0], i];
    }
    const target = i === undefined ? undefined : this.row.links?.[i];
    if (text && target && !isAddress(text) && isAddress(target)) {
      this.warn(
        i,
        `the cell shows ${show(text)} and links to ${show(target)}; the link's address is used.`
      );
      return [target, i];
    }
    // An address among other words: a label ("Facebook: facebook.com/ozols"),
    // a name ("Jānis Bērziņš <janis@ozols.lv>"), a note ("info@ozols.lv
    // (valde)"). The address, with a warning.
    // (A web address followed by words is one with a space in it, "…/par
    // mums", unless they are a note in brackets.)
    const found =
      text && !isAddress(text)
        ? words
            .map((w) => w.replace(/^[<(["'«]+|[>)\]"'»,;:.]+$/g, ''))
            .filter(
              (w) =>
                isAddress(w) &&
                (column === 'email' ||
                  /^\s*(\(.*\)|\[.*\])?\s*$/.test(
                    text.slice(text.indexOf(w) + w.length)
                  ))
            )
        : [];
    if (found.length > 1) several(found);
    else if (found.length)
      this.warn(
        i,
        `found ${show(text)}; the ${kind} in it, ${show(found[0])}, is used and the other words are left out. Put them in the description if they matter.`
      );
    return [found[0] ?? text, i];
  }

  url(column) {
    const [v, i] = this.linked(column, (x) => isWebAddress(x) || isEmail(x));
    if (!v) return undefined;
    // An e-mail address where a web page goes: said so, with where it goes.
    if (isEmail(v)) {
      this.error(
        i,
        `found ${show(v)}, an e-mail address; ${column} takes a web page (https://…). ${
          {
            website: 'Put the address in the email column.',
            registrationUrl:
              'The feed has no registration by e-mail: say in the description how to register (the card shows it), or register with a signup form (formId).',
          }[column] ??
          'Put the address in the description, or leave the cell empty.'
        }`
      );
      return undefined;
    }
    const {url, added} = parseUrl(v);
    if (/\s/.test(url)) {
      this.error(
        i,
        `found ${show(v)}, a web address with a space in it; write a space inside an address as %20, and put two addresses in two cells.`
      );
      return undefined;
    }
    if (added)
      this.warn(
        i,
        `found ${show(v)} without https://; written as ${show(url)}.`
      );
    return url;
  }

  /**
   * start's or end's cell with the time of day from a column of its own
   * (startTime, endTime: a "Datums" and a "Laiks" column): "10.08.2027" and
   * "13:00" → "2027-08-10 13:00". A range in startTime ("13:00–16:00") gives
   * the end's time too, and an end given by its time alone is on the start's
   * day. [text, column] to read, or undefined after an error.
   */
  withTime(column, v, i) {
    const [ownCell, ownAt] = this.raw(`${column}Time`);
    const [rangeCell, rangeAt] = this.raw('startTime');
    const [own, range] = [clock(ownCell), clock(rangeCell)];
    const parts = /^(.+?)\s*[–—-]\s*(.+)$/.exec(range);
    let [t, at] = [own, ownAt];
    if (parts && (column === 'start' || !t))
      [t, at] = [column === 'start' ? parts[1] : parts[2], rangeAt];
    if (!t) return [v, i];
    // A date alone: its own, or for an end without one the start's.
    const fromStart = !v && column === 'end';
    const [date, dateAt] = fromStart ? this.raw('start') : [v, i];
    const day = date && parseWhen(date);
    if (!day) return [v, i];
    if (!fromStart && !(day.date && !day.time)) {
      this.warn(
        at,
        `the ${column} (${show(date)}) has its time already; ${show(t)} is not used.`
      );
      return [v, i];
    }
    const joined = `${day.date ?? day.iso.slice(0, 10)} ${t}`;
    if (!parseWhen(joined)) {
      this.error(
        at,
        `found ${show(t)}, which is not a time of day we can read; expected a time like 13:00${at === rangeAt ? ', or a start and an end like 13:00–16:00' : ''}.`
      );
      return undefined;
    }
    return [joined, fromStart ? dateAt : i];
  }

  /** A date or date-time; `zoned` requires an offset (or a time zone to compute it). */
  when(column, {zone, zoned = false} = {}) {
    let read =
      column === 'start' || column === 'end'
        ? this.withTime(column, ...this.raw(column))
        : this.raw(column);
    // An end the start's cell gave (below), when the end's own is empty.
    if (column === 'end' && !read?.[0] && this.endFromStart)
      read = this.endFromStart;
    if (!read) return undefined;
    const [text, i] = read;
    if (!text) return undefined;
    // Registration "until 5 August" and "from 1 July", in the six
    // languages: the date.
    let v = text.replace(
      column === 'registrationCloses'
        ? /^(?:until|till|by|līdz|iki|senast|t\.o\.m\.|έως|μέχρι|até)\s+/iu
        : column === 'registrationOpens'
          ? /^(?:from|no|nuo|från|από|desde|a partir de)\s+/iu
          : /^$/,
      ''
    );
    let w = parseWhen(v);
    // A start written with its end ("10.08.2027 13:00–16:00", "10.08.2027 -
    // 12.08.2027", "10.–12.08.2027", "10.–12. augusts 2027"): the start, and
    // the end when the end's cell is empty (else one cell each is asked
    // for). The end as a date and time, or a time on the start's day.
    if (!w) {
      const parts =
        /^(\d{1,2})\.?\s*[–—-]\s*(\d{1,2}(?:\.|\s).*)$/.exec(v) ??
        /^(.+?)\s*[–—]\s*(.+)$/.exec(v) ??
        /^(.+?)\s+-\s+(.+)$/.exec(v) ??
        /^(.*\d[:.h]\d{2})-(\d.*)$/.exec(v);
      // A day alone before the range's end: that day of the end's month.
      const first =
        parts && /^\d{1,2}$/.test(parts[1])
          ? parts[2].replace(/^\d{1,2}/, parts[1])
          : parts?.[1];
      const from = parts && parseWhen(first);
      const to =
        from && (parseWhen(parts[2]) ?? parseWhen(`${from.date} ${parts[2]}`));
      const end = to && `${to.date}${to.time ? ` ${to.time}` : ''}`;
      if (to && (column !== 'start' || this.raw('end')[0])) {
        this.error(
          i,
          `found ${show(v)}, a start and an end in one cell${column === 'start' ? ', and an end in the end column too' : ''}; write the start ${column === 'start' ? 'here' : 'in the start column'} (${first.trim()}) and the end in the end column (${end}).`
        );
        return undefined;
      }
      if (to) {
        this.warn(
          i,
          `found ${show(v)}, a start and an end in one cell: read as the start ${show(first.trim())} and the end ${show(end)}. (A cell each, start and end, reads without guessing.)`
        );
        this.endFromStart = [end, i];
        v = first;
        w = from;
      }
    }
    // A date a spreadsheet wrote as its day number (45678: a date cell
    // formatted as a number, then saved as CSV), its time as the fraction
    // of the day: that day (2000 to 2099), with a warning.
    const serial = !w && /^(\d{5})(?:[.,](\d+))?(\s.+)?$/.exec(v);
    if (serial && serial[1] >= 36526 && serial[1] <= 73050) {
      const date = new Date(Date.UTC(1899, 11, 30) + serial[1] * 86400000)
        .toISOString()
        .slice(0, 10);
      const minutes = Math.min(1439, Math.round(`0.${serial[2] ?? 0}` * 1440));
      const time = serial[3]
        ? serial[3]
        : minutes
          ? ` ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
          : '';
      w = parseWhen(`${date}${time}`);
      if (w) {
        this.warn(
          i,
          `found ${show(v)}, a date as spreadsheets count days: read as ${date}${time}. Format the column as text and write the date so (a date cell formatted as a number shows its count of days), and it reads without this warning.`
        );
        v = `${date}${time}`;
      }
    }
    if (!w) {
      this.error(
        i,
        `found ${show(v)}, which is not a date we can read; expected a date like 2025-05-10 (or 10.05.2025, or 10 May 2025 with the month in any of the six languages; the year too)${zoned ? ', or a date and time like 2025-05-10 18:00' : ''}.`
      );
      return undefined;
    }
    if (w.ambiguous) {
      const [y, m, d] = w.date.split('-').map(Number);
      const day = (mo, da) =>
        new Date(Date.UTC(y, mo - 1, da)).toLocaleDateString('en-GB', {
          timeZone: 'UTC',
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        });
      this.warn(
        i,
        `found ${show(v)}, read day first as ${day(m, d)}; if ${day(d, m)} was meant, write ${y}-${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')} (the year, month and day, as the feed does).`
      );
    }
    if (w.weekday) {
      const date = w.date ?? w.iso.slice(0, 10);
      this.warn(
        i,
        `found ${show(v)}: ${date} is a ${w.weekday.is}, not a ${w.weekday.written}; read as ${date}. Check the date (or the day's name).`
      );
    }
    if (w.maybeRange)
      this.warn(
        i,
        `found ${show(v)}, read as ${w.iso}, ${w.iso.slice(11, 16)} at UTC${w.iso.slice(-6).replace('-', '−')}. If it is a start and an end, write the start here and the end in the end column; if the offset is meant, write it as ${w.iso}.`
      );
    if (w.iso || !w.time) return w.iso ?? w.date;
    if (!zoned) return w.date;
    if (!zone) {
      this.error(
        i,
        `found ${show(v)}, a time without a time zone; add a timeZone column (e.g. Europe/Riga), pass --time-zone, or write the offset (2025-05-10T18:00+03:00).`
      );
      return undefined;
    }
    const iso = withOffset(w.date, w.time, zone);
    const problem = wallTimeProblem(w.date, w.time, zone);
    if (problem?.kind === 'gap')
      this.warn(
        i,
        `found ${show(v)}, a time the clocks skip in ${zone} (they change then); written as ${iso}, which the clocks there show as ${problem.shown}: check the time.`
      );
    else if (problem?.kind === 'twice')
      this.warn(
        i,
        `found ${show(v)}, a time the clocks show twice in ${zone} (they go back then); written as ${iso}, the ${problem.first ? 'first' : 'second'} time: write ${problem.other} if the ${problem.first ? 'second' : 'first'} was meant.`
      );
    return iso;
  }

  /**
   * A list cell's items, as `list`; but an item that is no `known` value
   * and whose parts between `separators` all are (the sheet's lists take
   * ;) is read as those parts, with a warning. By default commas, slashes
   * and "and" in the six languages ("lv, en", "latviešu un angļu", "LV/EN",
   * "Jaunatne / izglītība"), not in brackets.
   */
  items(
    column,
    known,
    separators = /(?:,|\s*\/\s*|\s+(?:and|un|ir|och|και|e|&)\s+)(?![^()]*\))/i
  ) {
    const out = [];
    for (const [item, i] of this.list(column)) {
      const parts = item.split(separators).map((p) => p.trim());
      if (parts.length > 1 && !known(item) && parts.every(known)) {
        this.warn(
          i,
          `found ${show(item)}, read as ${parts.length} values (${parts.join('; ')}); separate several values with ; in a cell.`
        );
        out.push(...parts.map((p) => [p, i]));
      } else out.push([item, i]);
    }
    return out;
  }

  vocab(column, vocabulary, {unknown}) {
    const out = [];
    for (const [item, i] of this.items(column, (v) =>
      lookupVocab(vocabulary, v)
    )) {
      const key = lookupVocab(vocabulary, item);
      const several = item.includes(',')
        ? ' (Several values are separated with ;.)'
        : '';
      if (key) {
        if (!out.includes(key)) out.push(key);
      } else if (unknown === 'other') {
        this.warn(
          i,
          `${show(item)} is not one of the known types; written as "other". Known: ngo, social-enterprise, youth-organization, community-group, public-body, other (or their labels).${several}`
        );
        if (!out.includes('other')) out.push('other');
      } else if (unknown === 'keep') {
        this.warn(
          i,
          `${show(item)} is not one of the known ${column}; kept as written (${column === 'fields' ? 'the elements show it under "other"' : 'and shown so'}).${several}`
        );
        if (!out.includes(item)) out.push(item);
      } else {
        this.error(
          i,
          `found ${show(item)}; expected one of ${unknown.join(', ')} (or their labels in any of the six languages).${several}`
        );
      }
    }
    return out;
  }
}

function clean(object) {
  for (const k of Object.keys(object))
    if (object[k] === undefined) delete object[k];
  return object;
}

/** The warning for a phone parsePhone read with words before or after it. */
function phoneRead(item, {number, description}, {label, dropped, extension}) {
  const left = dropped ? `${show(dropped)} before it is left out` : '';
  if (label)
    return `found ${show(item)}: read as the number ${show(number)}, described as ${show(description)} (shown beside it; write ${show(`${number} (${description})`)} to read it without this warning).`;
  if (extension)
    return `found ${show(item)}: read as the number ${show(number)} and its extension, ${show(extension)}, shown beside it (a phone link dials the number alone). Written as ${show(`${number} (${description})`)}, it reads without this warning.${left ? ` ${left[0].toUpperCase()}${left.slice(1)}.` : ''}`;
  return `found ${show(item)}: read as the number ${show(number)}; ${left}.`;
}

function orgFromRow(r) {
  const id = r.id();
  const name = r.requiredText('name');
  const [countryText, countryCol] = r.raw('country');
  const country = r.country('country', 'city') ?? r.options.country;
  if (!countryText && !r.options.country)
    r.error(
      countryCol ?? r.lay.columns.get('country')?.plain ?? 0,
      'the country is empty; it is required (a code like LV or a name like Latvija; --country LV gives every organisation without one).'
    );
  const languages = [];
  for (const [item, i] of r.items('languages', lookupLanguage)) {
    const code = lookupLanguage(item);
    if (!code)
      r.error(
        i,
        `found ${show(item)}; expected a language code (lv, lt, sv, el, pt, en, …) or a language name.${item.includes(',') ? ' (Several values are separated with ;.)' : ''}`
      );
    else if (!languages.includes(code)) languages.push(code);
  }
  // (The schema's pattern for a number: validate says what is wrong with
  // one.) Two numbers with a slash after a space between them ("2912 3456
  // / 6320 0000") are two phones, as the elements read them; "031/123 45
  // 67" is one.
  // A word before the number ("mob. 2912 3456", "tel. …") and an
  // extension after it ("6320 0000 / ext. 12"): parsePhone.
  const phone = (v) => {
    const {number} = parsePhone(v);
    return /^\+?[0-9 ()./-]{3,}$/.test(number) && !twoNumbers(number);
  };
  const phones = r
    .items('phones', phone, /,(?![^()]*\))|\s+\/\s*(?![^()]*\))/)
    .flatMap(([item, i]) => {
      const {words, ...parsed} = parsePhone(item);
      if (words) r.warn(i, phoneRead(item, parsed, words));
      const digits = parsed.number.replace(/[\s./-]/g, '');
      // A spreadsheet keeps a phone typed in a number cell as a number: the +
      // goes ("+371 2000 0000" → 37120000000), a long one turns to 3.712E+10.
      // The partners' calling codes never start a local number there.
      if (lostDigits(parsed.number)) {
        r.error(
          i,
          `found ${show(item)}: a spreadsheet wrote the phone as a number and lost its digits. Format the column as text and type the number again, like +371 2000 0000.`
        );
        return [];
      }
      if (/^(371|370|357|351|46)\d{7,10}$/.test(digits))
        r.warn(
          i,
          `found ${show(item)}, a number that looks like it lost its + (a spreadsheet drops it from a number cell): if it is +${parsed.number}, write it so, in a column formatted as text; as it is, a phone dials it as a local number.`
        );
      else {
        // A national number ("29123456", "8 600 00000", "031-123 45 67") of an
        // organisation in a partner country: with its calling code, which a
        // visitor abroad needs.
        const international = withCallingCode(parsed.number, country);
        if (international) {
          r.warn(
            i,
            `found ${show(item)} without a country code; written as ${show(international)} (the organisation is in ${country}). If it is not a ${country} number, write it with its own + code.`
          );
          parsed.number = international;
        }
      }
      return [parsed];
    });
  const identifiers = [];
  for (const [item, i] of [
    ...r.list('identifiers'),
    ...r.list('registerNumber'),
  ]) {
    const identifier = registerNumber(r, item, i, country);
    if (
      identifier &&
      !identifiers.some(
        (d) => d.scheme === identifier.scheme && d.value === identifier.value
      )
    )
      identifiers.push(identifier);
  }
  const region = r.text('region');
  const {street, city, postalCode, municipality} = r.address(
    {
      street: 'street',
      city: 'city',
      postalCode: 'postalCode',
      municipality: 'municipality',
    },
    country
  );
  return clean({
    id,
    name,
    description: r.text('description'),
    country,
    municipality,
    city,
    types: r.vocab('types', 'type', {unknown: 'other'}),
    fields: r.vocab('fields', 'field', {unknown: 'keep'}),
    languages,
    // Left out when the sheet does not say (the elements read it as no).
    lookingForPartners: r.bool('lookingForPartners'),
    website: r.url('website'),
    email: r.linked('email', isEmail)[0]?.replace(/^mailto:/i, '') || undefined,
    phones,
    address:
      street || postalCode || region
        ? clean({street, city, region, postalCode, country})
        : undefined,
    geo: r.geo('lat', 'lon', 'coordinates'),
    identifiers,
    updated: r.when('updated'),
    sample: r.bool('sample') || undefined,
  });
}

/**
 * An identifier cell's item: SCHEME:value as written; a number alone
 * ("40008000000", "802012-3456") is one of the register of the
 * organisation's country (registerOf), which the sheet's note names. A
 * number of the wrong length for its register is warned about.
 */
function registerNumber(r, item, i, country) {
  const identifier = identifierOf(r, item, i, country);
  const wrong =
    identifier && registerLength(identifier.scheme, identifier.value);
  if (wrong) r.warn(i, `found ${show(item)}, ${wrong}`);
  return identifier;
}

/** registerNumber's item → {scheme, value}, or undefined after an error. */
function identifierOf(r, item, i, country) {
  const m = /^([^:]+):(.+)$/.exec(item);
  if (m) return {scheme: m[1].trim(), value: m[2].trim()};
  const bare = /^\d+$/.test(item.replace(/[\s./-]/g, ''));
  // A number cell turns a long number to 4.0008E+10: its digits are lost.
  if (lostDigits(item)) {
    r.error(
      i,
      `found ${show(item)}: a spreadsheet wrote the register number as a number and lost its digits. Format the column as text and type the number again.`
    );
    return undefined;
  }
  const register = bare && registerOf(country);
  if (!register) {
    r.error(
      i,
      `found ${show(item)}; expected SCHEME:value, the register's code at org-id.guide and the number, e.g. LV-RE:40008000000.${bare ? ` A number alone is read as one of the national register only for organisations in ${REGISTER_COUNTRIES.join(', ')}${country ? `, not ${country}` : ''}.` : ''}`
    );
    return undefined;
  }
  (r.lay.registers ??= new Map()).set(country, register);
  return {scheme: register.scheme, value: item};
}

/**
 * An organiser cell's item: an organisation's id (in any case), or its exact
 * name in any language, becomes a link to it ({id}); anything else is a name shown as
 * written ({name}), with a warning when it looks like a mistyped id.
 */
function organizer(r, orgs, item, i) {
  if (orgs.ids.has(item)) return {id: item};
  const named = orgs.byName.get(fold(item));
  if (named) return {id: named};
  // Lower case without spaces: an id, mistyped (`lsau`) or of an
  // organisation not in the feed (`lv-talsi-club`); a name has capitals.
  if (/^[\p{Ll}\d_.-]+$/u.test(item)) {
    let best;
    for (const id of orgs.ids) {
      const d = distance(item, id.toLowerCase());
      if (d <= Math.max(2, Math.floor(id.length / 5)) && (!best || d < best.d))
        best = {d, id};
    }
    if (best || /[\d_.-]/.test(item))
      r.warn(
        i,
        `found ${show(item)}, which looks like an organisation id, but no organisation in the feed has it; it is shown as a name, as written.${best ? ` Did you mean ${show(best.id)}?` : orgs.ids.size ? '' : ' The feed has no organisations: give their sheet too, or --base a feed that has them.'}`
      );
  } else {
    // A name a letter or two from an organisation's ("Talsu jauniešu
    // klub"): shown as written, which is no link; said once here.
    const key = fold(item);
    // (Once per name: events repeat their organisers.)
    if (!orgs.near.has(key)) {
      let best;
      const letters = key.length >= 6 && letterCounts(key);
      if (letters)
        for (const [name, written] of orgs.names) {
          const max = Math.max(1, Math.floor(name.length / 8));
          // Letters one has and the other has not: at least that many edits.
          if (Math.abs(key.length - name.length) > max) continue;
          if (lettersApart(letters, orgs.letters(name)) > max) continue;
          const d = distance(key, name, max);
          if (d <= max && (!best || d < best.d))
            best = {d, written, id: orgs.byName.get(name)};
        }
      orgs.near.set(key, best);
    }
    const best = orgs.near.get(key);
    if (best?.id)
      r.warn(
        i,
        `found ${show(item)}, which is no organisation's name in the feed; it is shown as written, without a link. Did you mean ${show(best.written)} (id ${show(best.id)})? Write its id or its name as the feed has it.`
      );
  }
  return {name: item};
}

/** How often each letter is in `text` (letters counted in 64 buckets). */
function letterCounts(text) {
  const counts = new Int16Array(64);
  for (let i = 0; i < text.length; i++) counts[text.charCodeAt(i) & 63]++;
  return counts;
}

/** The letters one text has more of than the other: no more than their edit distance. */
function lettersApart(a, b) {
  let more = 0;
  let fewer = 0;
  for (let i = 0; i < 64; i++) {
    const d = a[i] - b[i];
    if (d > 0) more += d;
    else fewer -= d;
  }
  return Math.max(more, fewer);
}

/** Names (folded, in every language; a name two organisations share is left out) and ids (folded) → id. */
function organisationIndex(ids, organizations) {
  const byName = new Map();
  // Folded name → as written, for "did you mean".
  const names = new Map();
  for (const o of organizations) {
    if (typeof o?.id !== 'string') continue;
    for (const written of textValues(o.name)) {
      const name = fold(written);
      if (!names.has(name)) names.set(name, written);
      byName.set(
        name,
        byName.has(name) && byName.get(name) !== o.id ? null : o.id
      );
    }
  }
  // An id in capitals ("LSUA" for lsua), where no name is written so.
  for (const id of ids) if (!byName.has(fold(id))) byName.set(fold(id), id);
  const counted = new Map();
  const letters = (name) => {
    if (!counted.has(name)) counted.set(name, letterCounts(name));
    return counted.get(name);
  };
  return {ids, byName, names, near: new Map(), letters};
}

function eventFromRow(r, orgs) {
  let zone = r.string('timeZone') ?? r.options.timeZone;
  if (zone && !isTimeZone(zone)) {
    const [, i] = r.raw('timeZone');
    r.error(
      i ?? 0,
      `found ${show(zone)}, which is not a time zone; expected an IANA zone like Europe/Riga, Europe/Vilnius, Europe/Stockholm, Asia/Nicosia or Europe/Lisbon.`
    );
    zone = undefined;
  }
  // A code, or its word in one of the six languages (klātienē, atcelts, …;
  // the template's lists sheet has them).
  const enumValue = (column, allowed) => {
    const [v, i] = r.raw(column);
    if (!v) return undefined;
    const k = lookupVocab(column, v);
    if (k === undefined)
      r.error(
        i,
        `found ${show(v)}; expected one of ${allowed.join(', ')}, or its word in one of the six languages (as on the template's lists sheet).`
      );
    return k ?? v.toLowerCase();
  };
  // Organisations of the feed written with commas or "and" ("LSUA, Talsu
  // novada pašvaldība", "LSUA un …"): each, with a warning; other names
  // with a comma ("Biedrība "Ozols", Talsi") as written.
  const organizers = r
    .items(
      'organizers',
      (v) => orgs.ids.has(v) || Boolean(orgs.byName.get(fold(v)))
    )
    .map(([item, i]) => organizer(r, orgs, item, i));
  const venueCountry = r.country('venueCountry', 'venueCity');
  const {municipality: region, ...place} = r.address(
    {street: 'venueStreet', city: 'venueCity', postalCode: 'venuePostalCode'},
    venueCountry
  );
  const venueAddress = clean({...place, region, country: venueCountry});
  const venue = clean({
    name: r.text('venueName'),
    address: Object.keys(venueAddress).length ? venueAddress : undefined,
    geo: r.geo('venueLat', 'venueLon', 'venueCoordinates'),
  });
  const imageUrl = r.string('imageUrl');
  const imageAlt = r.text('imageAlt');
  if (imageUrl && !imageAlt)
    r.warn(
      r.raw('imageUrl')[1],
      'the image has no imageAlt (what the image shows); it is required with an image, so the image is left out.'
    );
  const registration = clean({
    url: r.url('registrationUrl'),
    formId: r.string('formId'),
    opens: r.when('registrationOpens', {zone, zoned: true}),
    closes: r.when('registrationCloses', {zone, zoned: true}),
    capacity: r.number('capacity', {integer: true}),
    registered: r.number('registered', {integer: true}),
    status: enumValue('registrationStatus', REGISTRATION_STATUSES),
  });
  const [startText, startCol] = r.raw('start');
  if (!startText)
    r.error(
      startCol ?? r.lay.columns.get('start')?.plain ?? 0,
      'the start is empty; it is required (e.g. 2025-05-10 18:00).'
    );
  let language;
  const [langText, langCol] = r.raw('language');
  if (langText) {
    language = lookupLanguage(langText);
    if (!language)
      r.error(
        langCol,
        `found ${show(langText)}; expected a language code (lv, en, …) or a language name.`
      );
  }
  return clean({
    id: r.id(),
    title: r.requiredText('title'),
    description: r.text('description'),
    start: r.when('start', {zone, zoned: true}),
    end: r.when('end', {zone, zoned: true}),
    timeZone: zone,
    venue: Object.keys(venue).length ? venue : undefined,
    attendanceMode: enumValue('attendanceMode', ATTENDANCE_MODES),
    onlineUrl: r.url('onlineUrl'),
    organizers,
    audience: r.text('audience'),
    language,
    image: imageUrl && imageAlt ? {url: imageUrl, alt: imageAlt} : undefined,
    url: r.url('url'),
    registration: Object.keys(registration).length ? registration : undefined,
    status: enumValue('status', EVENT_STATUSES),
  });
}

/**
 * A cell of steps → each step's text: one per line, or numbered in one line
 * ("1. … 2. …", "1) … 2) …", the numbers from 1 in order); a number or a
 * bullet before each is left out.
 */
function stepsOf(text) {
  let items = text.split(/\r?\n/);
  if (items.filter((s) => s.trim()).length < 2) {
    const at = [];
    for (const m of text.matchAll(/(?:^|\s)(\d{1,2})[.)]\s+/g))
      if (Number(m[1]) === at.length + 1) at.push(m.index);
    if (at.length > 1)
      items = at.map((start, n) => text.slice(start, at[n + 1]));
  }
  return items
    .map((s) =>
      s
        .trim()
        .replace(/^(?:\d{1,2}[.)]|[-•*–·])\s*/, '')
        .trim()
    )
    .filter(Boolean);
}

/**
 * A step of a steps cell written "Title: text" → [title, text]; else
 * [step]. The title is what comes before the first colon followed by a
 * space (not the one of 13:00 or https://), if at most 80 characters.
 */
function splitStep(step) {
  const m = /^((?:[^:]|:(?!\s)){1,80}?):\s+(\S[\s\S]*)$/.exec(step);
  return m ? [m[1].trim(), m[2].trim()] : [step];
}

/**
 * A step given in one piece (a string, or {language: string}) → {title,
 * text}, each language split at "Title: text" by itself; a language whose
 * step has no such title keeps it whole as the title.
 */
function titleAndText(step) {
  if (typeof step === 'string') {
    const [title, text] = splitStep(step);
    return {title, text};
  }
  const parts = Object.entries(step).map(([l, v]) => [l, splitStep(v)]);
  const part = (i) => {
    const given = parts.filter(([, p]) => p[i]);
    return given.length
      ? Object.fromEntries(given.map(([l, p]) => [l, p[i]]))
      : undefined;
  };
  return {title: part(0), text: part(1)};
}

function recommendationFromRow(r) {
  const steps = [];
  for (const n of [...r.lay.steps.keys()].sort((a, b) => a - b)) {
    const s = r.lay.steps.get(n);
    const title = s.get('title')
      ? r.text(`step${n}`, s.get('title'))
      : undefined;
    const text = s.get('text')
      ? r.text(`step${n}.text`, s.get('text'))
      : undefined;
    // Without a step${n}.text column, "Title: text" in step${n} as in a
    // steps cell.
    if (title) steps.push(clean(text ? {title, text} : titleAndText(title)));
    else if (text) {
      const entry = s.get('text');
      r.error(
        entry.plain ?? entry.locales.values().next().value,
        `step ${n} has a text but no title; fill in step${n}.`
      );
    }
  }
  // All the steps in one cell (a "Soļi" column): each, in each language
  // the cell is given in.
  const listed = r.lay.columns.get('steps');
  const texts = listed && r.text('steps', listed);
  if (texts) {
    const at = listed.plain ?? listed.locales.values().next().value;
    const lists =
      typeof texts === 'string'
        ? [[undefined, stepsOf(texts)]]
        : Object.entries(texts).map(([l, t]) => [l, stepsOf(t)]);
    const counts = new Set(lists.map(([, list]) => list.length));
    if (steps.length)
      r.error(
        at,
        'the row has steps in step1, step2, … and in the steps column; give them in one of the two.'
      );
    else if (counts.size > 1)
      r.error(
        at,
        `the languages have different numbers of steps (${lists.map(([l, list]) => `${list.length} in ${l}`).join(', ')}): each needs the same steps, one per line or numbered.`
      );
    else
      for (let n = 0; n < lists[0][1].length; n++)
        steps.push(
          clean(
            titleAndText(
              lists[0][0] === undefined
                ? lists[0][1][n]
                : Object.fromEntries(lists.map(([l, list]) => [l, list[n]]))
            )
          )
        );
  }
  const sourceTitle = r.text('sourceTitle');
  const sourceUrl = r.url('sourceUrl');
  const sourceYear = r.number('sourceYear', {integer: true});
  if (!sourceTitle && (sourceUrl || sourceYear !== undefined))
    r.error(
      r.raw(sourceUrl ? 'sourceUrl' : 'sourceYear')[1],
      'a source needs a sourceTitle.'
    );
  return clean({
    id: r.id(),
    title: r.requiredText('title'),
    summary: r.text('summary'),
    audience: r.vocab('audience', 'audience', {
      unknown: ['municipality', 'organization', 'youth', 'all'],
    }),
    topics: r.vocab('topics', 'topic', {unknown: 'keep'}),
    steps,
    source: sourceTitle
      ? clean({title: sourceTitle, url: sourceUrl, year: sourceYear})
      : undefined,
  });
}

/**
 * `value` with each plain string where `schema` (a node of the feed's
 * schema) has a text (`#/definitions/text`) as `{[locale]: string}`.
 */
function labelTexts(value, schema, locale, root = loadSchema()) {
  const node = schema?.$ref
    ? root.definitions[schema.$ref.split('/').pop()]
    : schema;
  if (!node || value === null || typeof value !== 'object')
    return node === root.definitions.text && typeof value === 'string'
      ? {[locale]: value}
      : value;
  if (Array.isArray(value))
    return value.map((v) => labelTexts(v, node.items, locale, root));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      labelTexts(v, node.properties?.[k], locale, root),
    ])
  );
}

/**
 * With --base (the published feed), the ids of its records that the sheets
 * no longer have: pages and visitors hold them (a card's event-id, a form's
 * event, a link to a recommendation, a visitor's ticked steps), so a record
 * renamed rather than removed breaks them. One warning per kind; a record of
 * the sheets with the same name or title as a missing one is named as its
 * likely new id.
 */
function goneFromBase(feed, base, label = '--base', problems) {
  const WHAT = {
    organizations: [
      'organisation',
      'links to it and events naming it as organiser (by its id) lose it',
    ],
    events: [
      'event',
      'a page\'s <event-card event-id="…"> shows "not found", and a form for it loses its event',
    ],
    recommendations: [
      'recommendation',
      'links to it stop opening it, and visitors lose the steps they ticked',
    ],
  };
  const names = (record) =>
    new Set(textValues(record?.name ?? record?.title).map(fold));
  for (const [kind, [noun, breaks]] of Object.entries(WHAT)) {
    if (!Array.isArray(base[kind]) || !feed[kind]) continue;
    const now = new Set(feed[kind].map((x) => x.id));
    const before = new Set(base[kind].map((b) => b?.id));
    const added = feed[kind].filter((x) => !before.has(x.id));
    const gone = base[kind].filter(
      (b) => typeof b?.id === 'string' && !now.has(b.id)
    );
    if (!gone.length) continue;
    const shown = gone.slice(0, 10).map((b) => {
      const was = names(b);
      const renamed = added.find((x) => [...names(x)].some((n) => was.has(n)));
      return renamed
        ? `${show(b.id)} (now ${show(renamed.id)}? the same ${kind === 'organizations' ? 'name' : 'title'})`
        : show(b.id);
    });
    problems.push({
      level: 'warning',
      where: `${label}, ${kind}`,
      message: `${gone.length} ${noun}${gone.length > 1 ? 's' : ''} of the base feed ${gone.length > 1 ? 'are' : 'is'} not in the sheets: ${shown.join(', ')}${gone.length > 10 ? `, and ${gone.length - 10} more` : ''}. If removed on purpose, fine; if ${gone.length > 1 ? 'their ids' : 'its id'} changed, ${breaks}: keep the published id in the id column.`,
    });
  }
}

/**
 * Read the files and build a feed.
 * @param {string[]} files
 * @param {{kind?: string, encoding?: string, delimiter?: string, defaultLocale?: string,
 *   publisher?: string, publisherUrl?: string, timeZone?: string, base?: object}} options
 */
export async function buildFeed(files, options = {}) {
  const opts = {defaultLocale: 'en', ...options};
  // Without --default-locale, each sheet's texts of the columns without a
  // language in their names are in the language of its headers, when they
  // say one (a template written with --headers lv), else in English.
  const given = options.defaultLocale !== undefined;
  const locales = new Map(); // table → the language of its plain texts
  const problems = [];
  const notes = [];
  const byKind = {organizations: [], events: [], recommendations: []};
  for (const file of files) {
    const {tables, notes: n} = await readTables(file, opts);
    notes.push(...n);
    for (const table of tables) {
      const kind = kindOf(table, opts);
      if (!kind) {
        if (table.sheet && (notSheet(table.sheet) || tables.length > 1)) {
          if (!notSheet(table.sheet))
            problems.push({
              level: 'warning',
              where: table.label,
              message:
                'not an organisations, events or recommendations sheet (by its name or columns); skipped.',
            });
          continue;
        }
        throw new UserError(
          `${table.label}: cannot tell whether this sheet lists organisations, events or recommendations ` +
            '(by its columns: organisations have name and country, events start, recommendations summary, topics or step1). ' +
            'Name the file or sheet after its kind (organisations.csv, events.csv, recommendations.csv) or pass --kind organizations|events|recommendations.'
        );
      }
      if (table.rows.length === 0)
        problems.push({
          level: 'warning',
          where: table.label,
          message: 'the sheet has a header row but no data rows.',
        });
      byKind[kind].push(table);
      locales.set(
        table,
        given
          ? opts.defaultLocale
          : (headerLanguage(kind, table.headers) ?? opts.defaultLocale)
      );
    }
  }
  // The feed's defaultLocale: the one its sheets share (or --base has), so
  // that their plain texts stay plain; a sheet in another names its texts'
  // language.
  const shared = new Set(locales.values());
  opts.feedLocale = given
    ? opts.defaultLocale
    : typeof options.base?.defaultLocale === 'string'
      ? options.base.defaultLocale
      : shared.size === 1
        ? [...shared][0]
        : opts.defaultLocale;

  const feed = {version: 1};
  if (opts.publisher)
    feed.publisher = clean({name: opts.publisher, url: opts.publisherUrl});
  feed.defaultLocale = opts.feedLocale;
  feed.updated = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const sources = {organizations: [], events: [], recommendations: []};
  const orgIds = new Set();
  let orgs;

  for (const kind of KINDS) {
    const records = [];
    const seen = new Map();
    for (const table of byKind[kind]) {
      const lay = layout(table, kind, problems, notes, opts);
      if (!lay.ok) continue;
      const locale = locales.get(table);
      const read = {...opts, defaultLocale: locale};
      if (!given && locale !== opts.defaultLocale) {
        // Those the sheet fills.
        const plain = textColumns(kind, lay)
          .flat()
          .map(([, i]) => i)
          .filter((i) => table.rows.some((row) => row.cells[i]));
        if (plain.length)
          notes.push(
            `${table.label}: the headers are ${languageName(locale)}, so the texts of the columns without a language in their names (${plain.map((i) => show(table.headers[i])).join(', ')}) are read as ${languageName(locale)}. If they are in another language, run with --default-locale and its code (en, lv, lt, sv, el, pt).`
          );
      }
      if (kind === 'organizations' && !lay.makeIds) {
        // Organisers in events refer to organisation ids: collect them first.
        const idEntry = lay.columns.get('id');
        for (const row of table.rows) {
          const v = row.cells[idEntry.plain] ?? '';
          if (v && !/\s/.test(v)) orgIds.add(v);
        }
      }
      const madeFrom = records.length;
      for (const row of table.rows) {
        const r = new RowReader(table, lay, row, problems, read);
        const note = noteCell(row, lay);
        if (note !== undefined) {
          r.warn(
            note,
            `the row has only ${show(row.cells[note])}: a heading, a total or a note, not ${kind === 'recommendations' ? 'a' : 'an'} ${kindLabel(kind)}; skipped.`
          );
          continue;
        }
        // The feed has no "sample" for events and recommendations: the
        // template's example row is left out, not published as a real one.
        if (kind !== 'organizations' && r.bool('sample')) {
          r.warn(
            r.raw('sample')[1],
            'marked as an example (sample = yes): left out of the feed. Delete the row, or empty the cell to publish it.'
          );
          continue;
        }
        const record =
          kind === 'organizations'
            ? orgFromRow(r)
            : kind === 'events'
              ? eventFromRow(r, orgs)
              : recommendationFromRow(r);
        // A made id a record before has: the next free -2, -3, ….
        if (lay.makeIds && seen.has(record.id)) {
          let n = 2;
          while (seen.has(`${record.id}-${n}`)) n++;
          record.id = `${record.id}-${n}`;
        }
        if (lay.makeIds && records.length === madeFrom)
          problems.push({
            level: 'warning',
            where: `${table.label}, row ${table.headerRow}`,
            message: `the sheet has no id column, so each ${kindLabel(kind)}'s id is made from its ${kind === 'organizations' ? 'country and name' : kind === 'events' ? 'title and date' : 'title'} (${show(record.id)}, …). Pages name records by their ids (a card's event-id, a link to a recommendation), and a new name makes a new id: to keep the ids, add an id column with the ones the feed has.`,
          });
        if (record.id) {
          const before = seen.get(record.id);
          if (before) {
            r.error(
              lay.columns.get('id').plain,
              `the id ${show(record.id)} is already used by ${before.table === table ? '' : `${before.table.label}, `}row ${before.row}; every row needs its own id.${before.table.file !== table.file ? ` Ids are one list across the files of a feed: where each database numbers its rows from 1, write each file's ids with its country first (${kind === 'organizations' && record.country ? `${record.country.toLowerCase()}-${record.id}` : `lv-${record.id}`}), or build each file into a feed of its own and give the elements all of them (src="lv.json lt.json").` : ''}`
            );
          } else seen.set(record.id, {table, row: row.row});
        }
        records.push(record);
        sources[kind].push({table, row: row.row});
      }
      if (lay.registers)
        notes.push(
          `${table.label}: read the register numbers written without their register as numbers of ${[
            ...lay.registers.values(),
          ]
            .map(({scheme, name}) => `${name} (${scheme})`)
            .join(', ')}, by each organisation's country.`
        );
      languageHints(table, lay, kind, locale, problems);
    }
    if (byKind[kind].length) feed[kind] = records;
    // Organisers name organisations of the sheets or, without an
    // organisations sheet, of --base (whose organisations the feed keeps).
    if (kind === 'organizations') {
      const from = byKind.organizations.length
        ? records
        : Array.isArray(opts.base?.organizations)
          ? opts.base.organizations
          : [];
      // (Ids made from the names are known now.)
      for (const o of from) if (typeof o?.id === 'string') orgIds.add(o.id);
      orgs = organisationIndex(orgIds, from);
    }
  }
  if (opts.base) goneFromBase(feed, opts.base, opts.baseLabel, problems);
  // Collections without a sheet come from --base (forms always do). Where
  // the feed's defaultLocale is not the base's, the base's plain texts name
  // their language, which they would otherwise lose.
  const base = opts.base ?? {};
  const baseLocale =
    typeof base.defaultLocale === 'string' ? base.defaultLocale : 'en';
  for (const key of ['organizations', 'events', 'recommendations', 'forms'])
    if (!(key in feed))
      feed[key] = Array.isArray(base[key])
        ? baseLocale === feed.defaultLocale
          ? base[key]
          : labelTexts(base[key], loadSchema().properties[key], baseLocale)
        : [];
  if (!feed.publisher && base.publisher) feed.publisher = base.publisher;
  return {feed, problems, notes, sources};
}
