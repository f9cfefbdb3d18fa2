// A spreadsheet file (CSV, TSV or XLSX) → tables of text cells with their
// spreadsheet row numbers. Parsing is left to csv-parse and exceljs. Each
// cell's text is composed (NFC): "ā" typed as a and a macron is "ā", and
// the Greek question mark a Greek keyboard types for ";" is ";". Invisible
// characters a copy from a web page or a document brings are left out
// (cellOf).

import {readFile} from 'node:fs/promises';
import {basename, extname, posix} from 'node:path';
import {UserError, columnLetter, show} from './errors.mjs';
import {decodeText} from './encoding.mjs';
import {fetchOk, isUrl} from './fetch.mjs';
import {KINDS, parseHeader} from './columns.mjs';

/**
 * @typedef {{row: number, cells: string[]}} Row
 * @typedef {{file: string, sheet?: string, label: string, headers: string[], rows: Row[]}} Table
 */

/** A sheet's bytes, as a Buffer, from its path or its http(s) address. */
async function readBytes(file) {
  if (isUrl(file)) {
    const response = await fetchOk(file, {
      timeout: 60,
      expected: 'a sheet',
      headers: {
        accept:
          'text/csv, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, */*;q=0.5',
      },
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    // A sheet not published (a sign-in page) or its page, not its file.
    if (
      /html/i.test(response.headers.get('content-type') ?? '') ||
      /^\s*<(!doctype|html)/i.test(
        new TextDecoder().decode(bytes.slice(0, 200))
      )
    )
      throw new UserError(
        `${file}: the address gives a web page, not a sheet. Publish the sheet as CSV or XLSX and give that address (Google Sheets: File → Share → Publish to web, then the sheet and "Comma-separated values (.csv)"; the address ends in output=csv).`
      );
    return bytes;
  }
  try {
    return await readFile(file);
  } catch (error) {
    if (error.code === 'ENOENT') throw new UserError(`File not found: ${file}`);
    if (error.code === 'EISDIR')
      throw new UserError(`${file} is a folder, not a file.`);
    if (error.code === 'EACCES')
      throw new UserError(`No permission to read ${file}.`);
    throw new UserError(`Cannot read ${file}: ${error.message}`);
  }
}

/**
 * A file's name in messages: its own, or for an address its host and last
 * part ("docs.google.com/…/pub").
 */
function nameOf(file) {
  if (!isUrl(file)) return basename(file);
  const url = new URL(file);
  const last = url.pathname.split('/').filter(Boolean).pop();
  return last ? `${url.host}/…/${decodeURIComponent(last)}` : url.host;
}

/**
 * A cell's text as the build reads it: composed (NFC), without zero-width
 * spaces, word joiners, byte order marks and soft hyphens, which a copy from
 * a web page brings and no one sees, but which break an id, an address or
 * a search ("lv-talsi\u200b" is another id); without control characters,
 * which an export from another system brings and the elements would show as
 * a box (a vertical tab or form feed, Word's line break, becomes a line
 * break); and without spaces or other invisible marks (bidi marks, joiners)
 * at its ends.
 */
export const cellOf = (text) =>
  text
    .normalize('NFC')
    .replace(/[\v\f\x85]/g, '\n')
    .replace(/[\u200B\u2060\uFEFF\u00AD\0-\b\x0e-\x1f\x7f-\x9f]/g, '')
    .replace(/^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu, '');

/** Cell value from exceljs → trimmed text. Dates become ISO dates (Excel keeps wall-clock time as UTC). */
export function cellText(value) {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z')
      ? iso.slice(0, 10)
      : iso.slice(0, 16).replace('T', ' ');
  }
  if (typeof value === 'object') {
    if (Array.isArray(value.richText))
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('result' in value) return cellText(value.result);
    // (A link's text; its target comes from the sheet's links, row.links.)
    if ('text' in value) return cellText(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value).trim();
}

/**
 * The separator the header row has most of: the first line's, or below a
 * title line without any ("Organisations 2027"), the first line's of the
 * first ten that has one. (Not the line with the most: a description may
 * hold commas in a file separated by semicolons.)
 */
function guessDelimiter(text) {
  for (const line of text.split('\n', 10)) {
    const counts = {',': 0, ';': 0, '\t': 0};
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch in counts) counts[ch]++;
    }
    let best = ',';
    for (const d of [';', '\t']) if (counts[d] > counts[best]) best = d;
    if (counts[best]) return best;
  }
  return ',';
}

/**
 * The header row: the first non-empty row, or the first of the next few
 * whose cells are mostly known column names when rows above it are a title
 * or notes ("Talsu novada organizācijas 2027").
 */
function headerIndex(rows) {
  const known = (cells) => {
    const filled = cells.filter((c) => c !== '');
    const names = filled.filter((c) =>
      KINDS.some((kind) => parseHeader(kind, c.replace(/^\uFEFF/, '')))
    ).length;
    return names >= Math.min(2, filled.length) && names > 0;
  };
  if (known(rows[0].cells)) return 0;
  const i = rows.slice(1, 10).findIndex((r) => known(r.cells));
  return i === -1 ? 0 : i + 1;
}

async function readCsv(file, bytes, options, notes) {
  const {parse} = await import('csv-parse/sync');
  const {text, note} = decodeText(bytes, {
    encoding: options.encoding,
    name: nameOf(file),
  });
  if (note) notes.push(note);
  const delimiter = options.delimiter ?? guessDelimiter(text);
  let records;
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      bom: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    // The row as a spreadsheet counts it (records before it + 1; a quoted
    // line break does not start a row), and the column as a letter.
    const where =
      typeof error.records === 'number'
        ? `, row ${error.records + 1}${typeof error.index === 'number' ? `, column ${columnLetter(error.index)}` : ''}`
        : error.lines
          ? ` near line ${error.lines}`
          : '';
    const code = String(error.code).replace(/^CSV_/, '');
    const why =
      {
        QUOTE_NOT_CLOSED:
          'a cell starts with a double quote (") that is never closed',
        INVALID_CLOSING_QUOTE:
          'a double quote (") inside a cell is not doubled ("") or the cell is not fully quoted',
        INVALID_OPENING_QUOTE:
          'a cell has a double quote (") inside it: put the whole cell in quotes and double the quotes inside ("Biedrība ""Ozols""")',
      }[code] ?? error.message;
    throw new UserError(
      `${nameOf(file)}${where}: cannot read the CSV: ${why}.`
    );
  }
  return [
    {
      file,
      label: nameOf(file),
      rows: records.map((cells, i) => ({
        row: i + 1,
        cells: cells.map(cellOf),
      })),
    },
  ];
}

const SAVE_AGAIN =
  'Save it again from your spreadsheet program as "Excel Workbook (.xlsx)" or "CSV UTF-8".';

// exceljs's streaming reader takes the archive in one pass over its entries,
// and now and then loses the last one (xl/workbook.xml, where exceljs's own
// writer, and so `feed template`, puts it): it then fails with a TypeError
// reading the workbook's sheets, a race in that pass (exceljs issue 3064;
// seen once in CI, on Node.js 24). It also finds sheets by the names Excel
// gives their files (xl/worksheets/sheetN.xml), in the archive's order.
// This reader opens the archive by its central directory (the list of
// entries, with their places and lengths, at its end) instead, as
// spreadsheet programs do, and finds each part as the package's own lists
// (its relationships files) name it: the workbook, its styles and shared
// strings, then each worksheet in the order of the workbook's tabs, with
// its relationships (the targets of its links). Other programs name and
// place these parts otherwise (xl/book.xml, /xl/worksheets/Data.xml).
// exceljs's own parsers read each part; the methods it calls are exceljs
// 4.4.0's (the version is pinned; the tests read workbooks exceljs and feed
// template write, with links, dates and several sheets, and one repackaged
// as other programs write them).
async function workbookReader(ExcelJS, {Open}, file, bytes, options) {
  const archive = await Open.buffer(bytes).catch(() => {
    // unzipper's words (FILE_ENDED) say nothing to a person.
    throw new UserError(
      `${nameOf(file)} is incomplete or damaged: the list of its contents, at the end of the file, cannot be read. ` +
        'If it was downloaded or copied, do that again; else save it again from your spreadsheet program as "Excel Workbook (.xlsx)" or "CSV UTF-8".'
    );
  });
  // Part names compare without regard to capitals (as the package format
  // says), from the archive's root.
  const key = (path) => posix.normalize(`/${path}`).toLowerCase();
  const entries = new Map(archive.files.map((f) => [key(f.path), f]));
  // Each part as text, decoded as one stream: exceljs decodes each piece of
  // it on its own, and a letter of two or more bytes (ā, Σ, „) cut between
  // two pieces became two "�".
  const open = (path) => entries.get(key(path))?.stream().setEncoding('utf8');
  class DirectoryReader extends ExcelJS.stream.xlsx.WorkbookReader {
    /** The parts `path` relates to: [{Id, Type, Target, path}]. */
    async related(path) {
      const rels = open(
        posix.join(posix.dirname(path), '_rels', `${posix.basename(path)}.rels`)
      );
      if (!rels) return [];
      await this._parseRels(rels);
      return (this.workbookRels ?? []).map((rel) => ({
        ...rel,
        path: posix.resolve(`/${posix.dirname(path)}`, rel.Target ?? ''),
      }));
    }

    async *parse() {
      const ofType = (rels, type) =>
        rels.find((rel) => rel.Type?.endsWith(`/${type}`))?.path;
      const bookPath =
        ofType(await this.related(''), 'officeDocument') ?? 'xl/workbook.xml';
      const book = open(bookPath);
      if (!book)
        throw new UserError(
          `${nameOf(file)} is a zip archive with no workbook in it (no ${bookPath.replace(/^\//, '')}): another kind of file, such as a Word document, named .xlsx? ` +
            'Save the sheet from your spreadsheet program as "Excel Workbook (.xlsx)" or "CSV UTF-8".'
        );
      const parts = await this.related(bookPath);
      await this._parseWorkbook(book);
      // Every tab, for what --sheet names: its name, state and kind
      // (worksheet, chartsheet, xlMacrosheet, dialogsheet).
      this.tabs = (this.model.sheets ?? []).map(({name, rId, state}, i) => ({
        name: name ?? `Sheet${i + 1}`,
        state,
        type:
          parts
            .find((rel) => rel.Id === rId)
            ?.Type?.split('/')
            .pop() ?? 'worksheet',
      }));
      const styles = open(ofType(parts, 'styles') ?? '');
      if (styles) await this._parseStyles(styles);
      const strings = open(ofType(parts, 'sharedStrings') ?? '');
      // Kept for the sheets (sharedStrings: 'cache'): it yields nothing, so
      // one step reads it all.
      if (strings) await this._parseSharedStrings(strings).next();
      for (const [i, {name, rId, state}] of (
        this.model.sheets ?? []
      ).entries()) {
        const part = parts.find((rel) => rel.Id === rId);
        // Not a chart sheet (a tab with only a chart) nor a sheet of old
        // Excel 4.0 macros (cells, but not data).
        if (part && !part.Type?.endsWith('/worksheet')) continue;
        const cells = part && open(part.path);
        if (!cells)
          throw new UserError(
            `${nameOf(file)} is damaged: its sheet "${name}" is listed but not in the file. ${SAVE_AGAIN}`
          );
        // The targets of its links, by relationship id.
        const targets = new Map(
          (await this.related(part.path)).map((rel) => [rel.Id, rel.Target])
        );
        const [{value: sheet}] = this._parseWorksheet(cells, i + 1);
        yield {sheet, name: name ?? `Sheet${i + 1}`, state, targets};
      }
    }
  }
  return new DirectoryReader(null, options);
}

async function readXlsx(file, bytes, options, notes) {
  // Optional packages (npm install --omit=optional leaves them out): a
  // missing one is said as such by bin/feed.mjs.
  const {default: ExcelJS} = await import('exceljs');
  const {default: unzipper} = await import('unzipper');
  const tables = [];
  let reader;
  try {
    reader = await workbookReader(ExcelJS, unzipper, file, bytes, {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'emit',
      worksheets: 'emit',
    });
    // Cells that link somewhere ("Mājaslapa" → https://…, "Rakstiet mums" →
    // mailto:…): a sheet names each linked cell's relationship, and the
    // sheet's relationships file gives its target.
    for await (const {sheet, name, state, targets} of reader.parse()) {
      const label = `${nameOf(file)}, sheet "${name}"`;
      if (options.sheet && name !== tabNamed(reader.tabs, options.sheet)?.name)
        continue;
      // A hidden sheet (a helper, last year's list) is not what the
      // workbook shows: left out, unless --sheet names it.
      if (!options.sheet && /hidden/i.test(state ?? '')) {
        notes.push(
          `${label} is hidden in the workbook; skipped. To read it, show it (right-click a sheet's tab → Unhide) or pass --sheet "${name}".`
        );
        continue;
      }
      const rows = [];
      const links = [];
      for await (const events of sheet.parse())
        for (const event of events) {
          if (event.eventType === 'hyperlink') links.push(event.value);
          if (event.eventType !== 'row') continue;
          const row = event.value;
          const values = Array.isArray(row.values) ? row.values : [];
          const cells = [];
          for (let i = 1; i < values.length; i++)
            cells.push(cellOf(cellText(values[i])));
          rows.push({row: row.number, cells});
        }
      tables.push({file, sheet: name, label, rows});
      // Each linked cell's target on its row (row.links: column index →
      // target); a range's link on its first cell.
      const byNumber = new Map(rows.map((r) => [r.row, r]));
      for (const {ref, rId} of links) {
        const target = targets.get(rId);
        const at = /^([A-Z]+)(\d+)/i.exec(ref ?? '');
        const row = at && byNumber.get(Number(at[2]));
        if (typeof target !== 'string' || !row) continue;
        const column = [...at[1].toUpperCase()].reduce(
          (n, c) => n * 26 + c.charCodeAt(0) - 64,
          0
        );
        (row.links ??= {})[column - 1] = cellOf(target);
      }
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      `${nameOf(file)}: cannot read it as an Excel workbook (.xlsx): ${error.message}. ` +
        SAVE_AGAIN
    );
  }
  if (options.sheet && tables.length === 0) {
    const tabs = reader?.tabs ?? [];
    const tab = tabNamed(tabs, options.sheet);
    const list = tabs
      .filter((t) => t.type === 'worksheet')
      .map(
        (t) => `"${t.name}"${/hidden/i.test(t.state ?? '') ? ' (hidden)' : ''}`
      )
      .join(', ');
    const what =
      {
        chartsheet: 'a chart sheet (a tab with only a chart)',
        dialogsheet: 'a dialog sheet',
      }[tab?.type] ??
      (/macro/i.test(tab?.type ?? '') ? 'a sheet of Excel 4.0 macros' : '');
    throw new UserError(
      (tab
        ? `${nameOf(file)}: "${tab.name}" is ${what || 'not a sheet of cells'}, with no table to read.`
        : `${nameOf(file)} has no sheet named "${options.sheet}".`) +
        (list ? ` Its sheets: ${list}.` : ' It has no sheets of cells.')
    );
  }
  return tables;
}

/**
 * The tab --sheet names: as Excel compares sheet names, without regard to
 * capitals ("organizācijas" is "Organizācijas"), the way the letters were
 * typed (NFC) or spaces at the ends; a tab named exactly so comes first.
 */
function tabNamed(tabs, wanted) {
  const same = (name) => name.normalize('NFC').trim().toUpperCase();
  return (
    tabs.find((tab) => tab.name === wanted) ??
    tabs.find((tab) => same(tab.name) === same(wanted))
  );
}

/**
 * Header row (the first non-empty row) and data rows of each table; checks
 * the shape: empty sheets, duplicate headers, rows with too many cells.
 * @returns {{tables: Table[], notes: string[]}}
 */
export async function readTables(file, options = {}) {
  const bytes = await readBytes(file);
  const notes = [];
  const ext = extname(file).toLowerCase();
  let raw;
  if (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 3 &&
    bytes[3] === 4
  ) {
    // An OpenDocument file says so in its first entry, "mimetype".
    const head = new TextDecoder().decode(bytes.slice(30, 120));
    if (head.startsWith('mimetypeapplication/vnd.oasis.opendocument'))
      throw new UserError(
        `${nameOf(file)} is an OpenDocument ${head.includes('spreadsheet') ? 'spreadsheet (.ods, from LibreOffice or OpenOffice)' : 'file'}, which is not read. ` +
          'Save it as "Excel 2007-365 (.xlsx)" or as "Text CSV (.csv)" with the character set "Unicode (UTF-8)" (File → Save As…).'
      );
    raw = await readXlsx(file, bytes, options, notes);
  } else if (
    bytes.length >= 4 &&
    bytes[0] === 0xd0 &&
    bytes[1] === 0xcf &&
    bytes[2] === 0x11 &&
    bytes[3] === 0xe0
  ) {
    // A workbook protected with a password to open is such a file too, with
    // its real contents in a stream named EncryptedPackage.
    if (bytes.includes('EncryptedPackage', 0, 'utf16le'))
      throw new UserError(
        `${nameOf(file)} is protected with a password to open, so it cannot be read. ` +
          'Save a copy without the password (in Excel: File → Info → Protect Workbook → Encrypt with Password, and clear it) or as "CSV UTF-8".'
      );
    throw new UserError(
      `${nameOf(file)} is an old Excel 97–2003 workbook (.xls), which is not supported. ` +
        'Save it as "Excel Workbook (.xlsx)" or "CSV UTF-8".'
    );
  } else if (ext === '.xlsx') {
    throw new UserError(
      `${nameOf(file)} is named .xlsx but is not an Excel workbook` +
        (bytes.length === 0
          ? ' (the file is empty).'
          : '. Is it a CSV file? Then name it .csv.')
    );
  } else if (ext === '.json') {
    throw new UserError(
      `${nameOf(file)} is a JSON file; feed build reads spreadsheets (.csv, .tsv, .xlsx).`
    );
  } else {
    raw = await readCsv(file, bytes, options, notes);
  }

  const tables = [];
  const emptyLabels = [];
  for (const table of raw) {
    const rows = table.rows.filter((r) => r.cells.some((c) => c !== ''));
    if (rows.length === 0) {
      emptyLabels.push(table.label);
      continue;
    }
    const skip = headerIndex(rows);
    if (skip)
      notes.push(
        `${table.label}: the header row is row ${rows[skip].row}; ${skip > 1 ? `rows ${rows[0].row}–${rows[skip - 1].row}` : `row ${rows[0].row}`} above it (${rows
          .slice(0, skip)
          .map((r) => show(r.cells.filter(Boolean).join(' '), 40))
          .join(', ')}) ${skip > 1 ? 'were' : 'was'} skipped.`
      );
    const [header, ...data] = rows.slice(skip);
    let width = header.cells.length;
    while (width > 0 && header.cells[width - 1] === '') width--;
    const headers = header.cells
      .slice(0, width)
      .map((h) => h.replace(/^\uFEFF/, '').trim());
    const problems = [];
    const seen = new Map();
    headers.forEach((h, i) => {
      if (h === '') {
        problems.push(
          `${table.label}, row ${header.row}, column ${columnLetter(i)}: the header cell is empty; give the column a name or delete it.`
        );
        return;
      }
      const key = h.toLowerCase();
      if (seen.has(key))
        problems.push(
          `${table.label}, row ${header.row}: the column name ${show(h)} appears twice (columns ${columnLetter(seen.get(key))} and ${columnLetter(i)}).`
        );
      else seen.set(key, i);
    });
    for (const r of data) {
      if (r.cells.length <= width) continue;
      const extra = r.cells.slice(width).filter((c) => c !== '');
      if (extra.length === 0) {
        r.cells.length = width;
        continue;
      }
      let last = r.cells.length;
      while (r.cells[last - 1] === '') last--;
      const cells =
        last - 1 > width
          ? `Cells ${columnLetter(width)}–${columnLetter(last - 1)} (${extra
              .slice(0, 3)
              .map((c) => show(c, 30))
              .join(', ')}) have`
          : `Cell ${columnLetter(width)} (${show(extra[0], 30)}) has`;
      problems.push(
        `${table.label}, row ${r.row}: too many cells — ${last} cells, but the header row has ${width} columns. ` +
          `${cells} no column. ` +
          'A cell that contains the separator (a comma or semicolon) must be in double quotes.'
      );
    }
    if (problems.length)
      throw new UserError(`${table.label} cannot be read:`, {
        details: problems,
      });
    tables.push({...table, headers, headerRow: header.row, rows: data});
  }
  if (tables.length === 0) {
    throw new UserError(
      raw.length <= 1
        ? `${emptyLabels[0] ?? nameOf(file)} is empty: there is no header row and no data. Start from \`feed template\`.`
        : `${nameOf(file)}: every sheet is empty (${emptyLabels.join('; ')}).`
    );
  }
  return {tables, notes};
}
