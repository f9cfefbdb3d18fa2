// The `feed` command: build, validate, template, hsds export|import.

import {readFile, writeFile} from 'node:fs/promises';
import {extname} from 'node:path';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {buildFeed} from './build.mjs';
import {ENCODING_NAMES, decodeText} from './encoding.mjs';
import {KINDS, kindFromName} from './columns.mjs';
import {UserError, show} from './errors.mjs';
import {causeOf, fetchOk, isUrl} from './fetch.mjs';
import {feedToHsds, hsdsToFeed} from './hsds.mjs';
import {validateFeed} from './validate.mjs';
import {HEADER_LANGUAGES, writeTemplate} from './template.mjs';
import {TEMPLATE_HEADERS} from './header-words.mjs';
import {languageName} from './values.mjs';
import {LOCALES, lookupCountry} from './vocab.mjs';

const PROGRAM = 'npx local-y-mpact-elements feed';

const HELP = {
  main: `Usage: ${PROGRAM} <command> [options]

Turn the partners' spreadsheets into the JSON feed of the elements, and check feeds.

Commands:
  build       spreadsheets (.csv, .tsv, .xlsx) → feed.json
  validate    check a feed (file or https:// URL) or spreadsheets, in plain words
  template    write empty spreadsheets with the right columns and an example row
  hsds        export organisations to Open Referral HSDS 3.0 JSON, or import them

Run "${PROGRAM} <command> --help" for the options of a command.
Exit codes: 0 fine (maybe with warnings), 1 errors in the data or input, 2 wrong usage.`,

  build: `Usage: ${PROGRAM} build <sheet> [<sheet> …] [-o feed.json] [options]

Reads organisations, events and recommendations from CSV, TSV or XLSX files,
or their http(s) addresses (a Google Sheet published as CSV or XLSX)
(one row per record, a header row with the documented column names, or
their words in the six languages: "Nosaukums (LV)", "Valsts", "Datums",
"Laiks") and writes the feed; a note says what each such header was read as.
The kind of each sheet is told by its file or sheet name (organisations,
events, recommendations, or the word in the six languages: "Pasākumi"), by
its columns, or by --kind. A sheet without an id column gets ids made from
the names (a warning says how).
Nothing is written when there are errors; each is reported with its row and column.

Options:
  -o, --output <file>        where to write the feed (default: standard output)
      --kind <kind>          organizations, events or recommendations, for every sheet given
      --publisher <name>     the publisher's name (feed.publisher.name)
      --publisher-url <url>  the publisher's web site
      --default-locale <l>   language of plain text columns such as "name" (default:
                             the language of the headers, when they are words of one;
                             else en)
      --time-zone <zone>     time zone for event times without one (e.g. Europe/Riga)
      --country <CC>         country of organisations whose sheet has no country
                             column or an empty cell (LV, or a name: Latvija)
      --encoding <enc>       encoding of CSV files that are not UTF-8: windows-1257
                             (Baltic), windows-1253 (Greek), windows-1252 (Western);
                             without it, a non-UTF-8 file is guessed and you are told
      --delimiter <c>        CSV separator (default: guessed among , ; and tab)
      --sheet <name>         in XLSX files, read only this sheet, capitals aside
                             (also when hidden; hidden sheets are skipped otherwise)
      --base <feed.json>     take forms (and any kind without a sheet) from this feed,
                             and warn about its records the sheets no longer have
      --max-problems <n>     show at most n errors and n warnings (default 100, 0 = all)
  -q, --quiet                do not print warnings
  -h, --help                 this help`,

  validate: `Usage: ${PROGRAM} validate <feed.json | https://…/feed.json …| sheets…> [options]

Checks a feed against the feed schema (the one the elements use) and a few
more rules: unique ids, references between records. For a URL, also what a
page's browser would meet: http:// rather than https://, a redirect, a big
feed sent uncompressed, no Cache-Control (browsers then keep an old feed for
days), and the Access-Control-Allow-Origin header a page on another site
needs. Prints every problem with its place (JSON path, or row
and column for a spreadsheet), what was found and what is expected. Warnings
(texts missing some of the six languages, sample data, names that look
duplicated, unknown types) do not fail the check. Several feeds are checked
as the elements read them together (src="a.json b.json"): references may name
records of the others, and an id two of them use is a warning (the later
feed's record is the one shown).
Spreadsheets are built in memory first, with the options of "build".

Options:
      --json                 print the problems as JSON
      --max-problems <n>     show at most n errors and n warnings (default 100, 0 = all)
      --timeout <seconds>    for a URL: give up after this long (default 30)
      --origin <url>         for a URL: the site whose pages show the feed
                             (https://www.talsi.lv), to check that the server
                             lets them load it (CORS), and that its forms'
                             receivers on other sites let them post (the
                             browser's preflight); without it, the feed's check
                             is for pages on any other site
  -q, --quiet                do not print warnings
      --kind, --encoding, --delimiter, --sheet, --default-locale, --time-zone: as in build
  -h, --help                 this help

Exit code 1 when there are errors, 0 when there are only warnings or none.`,

  template: `Usage: ${PROGRAM} template [--dir <folder>] [options]

Writes empty spreadsheets with the documented columns and one example row:
organisations.csv, events.csv, recommendations.csv (UTF-8, comma separated) and
feed-template.xlsx (one sheet per kind, plus a "lists" sheet with the codes and
their labels in the six languages). Hover a header cell in the XLSX for help.

Options:
      --dir <folder>         where to write (default: the current folder)
      --locales <l,l,…>      languages of the name/title/description columns
                             (default ${LOCALES.join(',')}, the headers'
                             language first)
      --format <csv|xlsx>    write only this format
      --headers <language>   the language of the headers and the workbook's
                             sheet names, and of each header's help: en (the
                             documented names, the default), lv, lt, sv, el or
                             pt ("Nosaukums (lv)", "Valsts"; the build reads
                             them back)
  -h, --help                 this help`,

  hsds: `Usage: ${PROGRAM} hsds export <feed.json | URL> [-o hsds.json] [--locale l]
       ${PROGRAM} hsds import <hsds.json> [-o feed.json] [options]

Exchanges organisations with Open Referral HSDS 3.0 tools (organization,
location, address, phone, organization_identifier, attribute). Events,
recommendations and forms are not part of HSDS and are not exported; texts keep
one language. The README lists the mapping and the losses.

Options:
  -o, --output <file>        where to write (default: standard output)
      --locale <l>           export: the language of the texts (default: the feed's
                             default locale); import: the language the HSDS texts are in
      --country <CC>         import: country for organizations without an address
      --default-locale <l>   import: defaultLocale of the feed (default en)
      --publisher <name>     import: the publisher's name
  -h, --help                 this help`,
};

const COMMON = {
  help: {type: 'boolean', short: 'h'},
};
const SHEET_OPTIONS = {
  kind: {type: 'string'},
  encoding: {type: 'string'},
  delimiter: {type: 'string'},
  sheet: {type: 'string'},
  'default-locale': {type: 'string'},
  'time-zone': {type: 'string'},
  country: {type: 'string'},
  'max-problems': {type: 'string'},
  quiet: {type: 'boolean', short: 'q'},
};

function usage(message, command) {
  return new UserError(
    `${message}\nRun "${PROGRAM} ${command ? `${command} ` : ''}--help" for usage.`,
    {exitCode: 2}
  );
}

function parse(args, options, command, allowPositionals = true) {
  try {
    return parseArgs({
      args,
      options: {...COMMON, ...options},
      allowPositionals,
      strict: true,
    });
  } catch (error) {
    throw usage(
      error.message.replace(/\. To specify a positional argument.*$/, '.'),
      command
    );
  }
}

function sheetOptions(values, command) {
  const out = {};
  if (values.kind) {
    const kind = kindFromName(values.kind);
    if (!kind)
      throw usage(
        `--kind must be one of ${KINDS.join(', ')}; found "${values.kind}".`,
        command
      );
    out.kind = kind;
  }
  if (values.encoding) out.encoding = values.encoding;
  if (values.delimiter)
    out.delimiter =
      values.delimiter === '\\t' || values.delimiter === 'tab'
        ? '\t'
        : values.delimiter;
  if (values.sheet) out.sheet = values.sheet;
  if (values['default-locale']) {
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(values['default-locale']))
      throw usage(
        `--default-locale must be a language code like en or lv; found "${values['default-locale']}".`,
        command
      );
    out.defaultLocale = values['default-locale'];
  }
  if (values['time-zone']) out.timeZone = values['time-zone'];
  if (values.country) {
    out.country = lookupCountry(values.country);
    if (!out.country)
      throw usage(
        `--country must be a country code like LV or a name like Latvija; found "${values.country}".`,
        command
      );
  }
  return out;
}

function maxProblems(values, command) {
  if (values['max-problems'] === undefined) return 100;
  const n = Number(values['max-problems']);
  if (!Number.isInteger(n) || n < 0)
    throw usage('--max-problems must be a whole number (0 = all).', command);
  return n === 0 ? Infinity : n;
}

/**
 * A problem's column of a sheet and its sentence with the values left out
 * ("found …, written as …"), for one line per column when many rows have
 * it; undefined for a problem at no row.
 */
function shapeOf(p) {
  const at = /^(.*), row (\d+), (column .*)$/.exec(p.where);
  return (
    at && {
      column: `${at[1]}, ${at[3]}`,
      row: Number(at[2]),
      key: `${at[1]}, ${at[3]}|${p.message.replace(/"[^"]*"|\d+/g, '…')}`,
    }
  );
}

/** Row numbers as ranges: 2–40, 42, 50–51, … (at most ten). */
function rowRanges(rows) {
  const ranges = [];
  for (const n of rows) {
    const last = ranges.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else ranges.push([n, n]);
  }
  const shown = ranges
    .slice(0, 10)
    .map(([a, b]) =>
      a === b ? `${a}` : b === a + 1 ? `${a}, ${b}` : `${a}–${b}`
    );
  return `${shown.join(', ')}${ranges.length > 10 ? ', …' : ''}`;
}

/** Prints problems, errors first; returns the number of errors. */
function report(problems, {out, max, quiet}) {
  const errors = problems.filter((p) => p.level === 'error');
  const warnings = problems.filter((p) => p.level === 'warning');
  for (const [list, word] of [
    [errors, 'error'],
    [quiet ? [] : warnings, 'warning'],
  ]) {
    // The same sentence for many rows of a column is said once, with the
    // rows; so is a sentence with other values in each of more than ten (a
    // calling code added to each national number), with the first row's. The
    // same sentence elsewhere (a feed's records) is said once, with the
    // places. At most `max` lines.
    const groups = new Map();
    for (const p of list) {
      const shape = shapeOf(p);
      const key = shape ? `shape ${shape.key}` : `same ${p.message}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(p);
    }
    let lines = 0;
    let shown = 0;
    for (const [key, ps] of groups) {
      if (lines >= max) break;
      const {message} = ps[0];
      // Up to ten rows with their own values are listed each.
      const alike = ps.every((p) => p.message === message);
      if (ps.length <= (alike ? 3 : 10) || max === Infinity) {
        for (const p of ps.slice(0, max - lines))
          out(`${word}: ${p.where}: ${p.message}`);
        shown += Math.min(ps.length, max - lines);
        lines += Math.min(ps.length, max - lines);
        continue;
      }
      if (key.startsWith('shape ')) {
        const first = shapeOf(ps[0]);
        const rows = [...new Set(ps.map((p) => shapeOf(p).row))].sort(
          (x, y) => x - y
        );
        out(
          `${word}: ${first.column}, ${rows.length} rows (${rowRanges(rows)})${alike ? '' : `, each like row ${first.row}`}: ${message}${alike ? '' : ' (--max-problems 0 lists each row.)'}`
        );
      } else {
        const places = ps
          .slice(0, 10)
          .map((p) => p.where)
          .join('; ');
        out(
          `${word}: ${ps.length} places: ${message} — ${places}${ps.length > 10 ? `; … (${ps.length - 10} more)` : ''}`
        );
      }
      shown += ps.length;
      lines++;
    }
    if (list.length > shown)
      out(
        `… and ${plural(list.length - shown, `more ${word}`)} (use --max-problems 0 to see them all).`
      );
  }
  return {errors: errors.length, warnings: warnings.length};
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function counts(feed) {
  return ['organizations', 'events', 'recommendations', 'forms']
    .map((k) =>
      plural(
        Array.isArray(feed[k]) ? feed[k].length : 0,
        k.slice(0, -1).replace('organization', 'organisation')
      )
    )
    .join(', ');
}

function parseJson(text, name) {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    let pos = /position (\d+)/.exec(error.message)?.[1];
    if (pos === undefined) {
      // V8 without a position: 'Unexpected token X, ..."context"... is not valid JSON'.
      const m =
        /Unexpected token '(.)', (\.\.\.)?"([\s\S]*?)"(\.\.\.)? is not valid JSON/.exec(
          error.message
        );
      if (m) {
        const at = text.indexOf(m[3]);
        if (at >= 0) pos = at + (m[2] ? 10 : Math.max(0, m[3].indexOf(m[1])));
      } else if (/end of JSON input/.test(error.message))
        pos = text.trimEnd().length;
    }
    let where = '';
    let hint = '';
    if (pos !== undefined) {
      const before = text.slice(0, Number(pos));
      const line = before.split('\n').length;
      where = ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
      // A comma before } or ] (allowed in JavaScript, not in JSON).
      const comma = /,\s*$/.exec(before);
      if (comma && /^\s*[}\]]/.test(text.slice(Number(pos)))) {
        const upTo = before.slice(0, comma.index + 1);
        hint = ` (JSON allows no comma before } or ]: remove the one at line ${upTo.split('\n').length}, column ${upTo.length - upTo.lastIndexOf('\n') - 1})`;
      }
    }
    const why = error.message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/, (\.\.\.)?"[\s\S]*" is not valid JSON$/, '')
      .replace(/^JSON\.parse: /, '');
    throw new UserError(`${name} is not valid JSON${where}: ${why}${hint}.`);
  }
}

const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\])$/;
/** The Origin validate sends for "a page on another site" (no --origin). */
const ANY_SITE = 'https://example.org';

/**
 * What the elements on a page would meet fetching the feed at `source`
 * (answered as `response`, asked with the header `Origin: origin`), beyond
 * its JSON: problems for validate. `origin` is the pages' site (--origin),
 * or undefined for "a page on another site".
 * - An http:// feed (or one redirected to http://): a page on https:// may
 *   not load it (mixed content). Loopback addresses are for trying out.
 * - A feed on another site than the page needs Access-Control-Allow-Origin.
 */
export function servingProblems(source, response, origin, text = '') {
  const problems = [];
  const warn = (message) =>
    problems.push({level: 'warning', where: source, path: '', message});
  // Every visitor downloads the whole feed: a big one sent uncompressed is
  // slow on a phone (the request asked for gzip, br, as browsers do).
  const size = Buffer.byteLength(text);
  if (size > 100_000 && !response.headers.get('content-encoding')) {
    const kb = (n) => `${Math.round(n / 1000).toLocaleString('en')} KB`;
    warn(
      `the server sends the feed (${kb(size)}) uncompressed; with gzip it would be about ${kb(gzipSync(text).length)}, which each visitor's phone downloads faster. Turn on compression for .json files on the server.`
    );
  }
  // With no freshness of its own, a browser keeps a response that has a
  // Last-Modified for a tenth of its age then, without asking (RFC 9111,
  // 4.2.2; Chromium and Firefox do): an old feed updated stays unseen.
  const headers = response.headers;
  const changed = Date.parse(headers.get('last-modified') ?? '');
  const age = (Date.parse(headers.get('date') ?? '') || Date.now()) - changed;
  if (
    age >= 36e6 &&
    !headers.has('expires') &&
    !/max-age|no-cache|no-store/i.test(headers.get('cache-control') ?? '')
  ) {
    // In hours below two days, else in days.
    const n = (ms) =>
      ms < 1728e5
        ? plural(Math.round(ms / 36e5), 'hour')
        : plural(Math.round(ms / 864e5), 'day');
    warn(
      `the server sends no Cache-Control for the feed, which last changed ${n(age)} ago: a browser may keep it for a tenth of that, ${n(age / 10)}, without asking, so an update you publish now may not show there for that long. Have the server send Cache-Control: max-age=300 (see "Publish a feed" in the README).`
    );
  }
  const final = new URL(response.url || source);
  if (final.protocol === 'http:' && !LOOPBACK.test(final.hostname))
    warn(
      `${response.redirected ? `the address leads to ${final.href}, which is` : 'the feed is'} on http://: a page on https:// (every municipal site) may not load it, and the elements there show "could not be loaded". Publish it on https://.`
    );
  else if (response.redirected)
    warn(
      `the address redirects to ${final.href}: give the elements that address (src="${final.href}"), one request less for each visitor.`
    );
  if (origin && new URL(origin).origin === final.origin) return problems;
  // A server that answers each Origin with itself allows every site: the
  // request carried ANY_SITE, and that is what comes back.
  const header = response.headers.get('access-control-allow-origin')?.trim();
  const allowed = !origin && header === ANY_SITE ? '*' : header;
  const asked = origin ? new URL(origin).origin : undefined;
  if (!allowed)
    warn(
      `the server sends no Access-Control-Allow-Origin header, so only pages on ${final.origin} can load the feed; ${asked ? `on ${asked}` : "on another site (a partner's WordPress, a site builder)"} the elements show "could not be loaded". Have the server send Access-Control-Allow-Origin: * (see "Publish a feed" in the README).`
    );
  else if (allowed !== '*' && asked && allowed !== asked)
    warn(
      `the server allows only ${allowed} (Access-Control-Allow-Origin), so pages on ${asked} cannot load the feed. Have it send Access-Control-Allow-Origin: * (or ${asked}).`
    );
  else if (allowed !== '*' && !asked)
    warn(
      `the server allows only ${allowed} (Access-Control-Allow-Origin): pages on other sites cannot load the feed. If partners' sites show it too, have it send Access-Control-Allow-Origin: * (check a site with --origin https://…).`
    );
  return problems;
}

/**
 * Whether the pages on `origin` may post the registrations of `feed`'s forms
 * (read from `source`) to their receivers: for each JSON form whose action
 * is on another origin, the preflight a browser sends first (the JSON body
 * and the Idempotency-Key header make one) is sent, and its answer read as
 * the browser would. A form-urlencoded form is posted with no preflight, and
 * its POST is not tried (it would be a registration). Problems for validate:
 * warnings.
 */
export async function receiverProblems(
  source,
  feed,
  origin,
  {timeout = 30} = {}
) {
  const page = new URL(origin).origin;
  const problems = [];
  const forms = Array.isArray(feed?.forms) ? feed.forms : [];
  for (const [i, form] of forms.entries()) {
    if (typeof form?.action !== 'string' || form.encoding === 'form-urlencoded')
      continue;
    let action;
    try {
      action = new URL(form.action, source);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(action.protocol) || action.origin === page) continue;
    const warn = (why, hint = '') =>
      problems.push({
        level: 'warning',
        where: source,
        path: `/forms/${i}/action`,
        message: `the receiver of the form "${form.id}", ${action.href}, ${why}: on ${page} the form keeps the answers and says it could not send them.${hint} See "A receiver on another domain" in the README.`,
      });
    let response;
    try {
      response = await fetch(action, {
        method: 'OPTIONS',
        signal: AbortSignal.timeout(timeout * 1000),
        headers: {
          origin: page,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,idempotency-key',
        },
      });
    } catch (error) {
      warn(
        error.name === 'TimeoutError'
          ? `did not answer within ${timeout} seconds`
          : `cannot be reached (${causeOf(error)})`
      );
      continue;
    }
    const header = (name) => response.headers.get(name)?.trim() ?? '';
    const list = (name) =>
      header(name)
        .toLowerCase()
        .split(/\s*,\s*/);
    const allowed = header('access-control-allow-origin');
    if (!response.ok)
      warn(
        `answers the browser's preflight (OPTIONS) with ${response.status} ${response.statusText}, not 2xx`,
        ' A receiver that cannot answer OPTIONS (Google Apps Script cannot) gets a form-urlencoded form\'s registrations, which come with no preflight: make the form\'s encoding "form-urlencoded".'
      );
    else if (allowed !== '*' && allowed !== page)
      warn(
        allowed
          ? `allows only ${allowed} (Access-Control-Allow-Origin), not ${page}`
          : `sends no Access-Control-Allow-Origin for ${page} in its answer to the browser's preflight (OPTIONS)`
      );
    else if (
      !list('access-control-allow-methods').some(
        (m) => m === 'post' || m === '*'
      )
    )
      warn(`does not list POST in Access-Control-Allow-Methods`);
    else {
      const headers = list('access-control-allow-headers');
      const missing = ['Content-Type', 'Idempotency-Key'].filter(
        (h) => !headers.includes(h.toLowerCase()) && !headers.includes('*')
      );
      if (missing.length)
        warn(
          `does not list ${missing.join(' and ')} in Access-Control-Allow-Headers`
        );
    }
  }
  return problems;
}

/**
 * A JSON document from a file or an http(s) URL. For a URL, `origin` is sent
 * as the Origin header (a page's, --origin; else another site's) and
 * `serving` gets servingProblems.
 */
export async function readJson(
  source,
  {timeout = 30, origin, serving = []} = {}
) {
  if (isUrl(source)) {
    const response = await fetchOk(source, {
      timeout,
      expected: 'the feed',
      headers: {
        accept: 'application/json',
        origin: origin ? new URL(origin).origin : ANY_SITE,
      },
    });
    const type = response.headers.get('content-type') ?? '';
    // A published sheet's address given where the feed's goes.
    if (/text\/(csv|tab-separated-values)|spreadsheet/i.test(type))
      throw new UserError(
        `${source} gives a spreadsheet (${type.split(';')[0]}), not a feed. Build the feed from it: ${PROGRAM} build "${source}" -o feed.json.`
      );
    const text = await response.text();
    const json = parseJson(text, source);
    serving.push(...servingProblems(source, response, origin, text));
    return json;
  }
  let bytes;
  try {
    bytes = await readFile(source);
  } catch (error) {
    if (error.code === 'ENOENT')
      throw new UserError(`File not found: ${source}`);
    if (error.code === 'EISDIR')
      throw new UserError(`${source} is a folder, not a file.`);
    throw new UserError(`Cannot read ${source}: ${error.message}`);
  }
  let text;
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    // Which encoding it is most likely in: the spreadsheets' guess.
    const {encoding} = decodeText(bytes);
    throw new UserError(
      `${source} is not UTF-8 text; JSON files must be UTF-8. It looks like ${ENCODING_NAMES[encoding] ?? encoding}: save it again as UTF-8 (in a text editor: Save as, Encoding: UTF-8), or convert it: iconv -f ${encoding} -t utf-8.`
    );
  }
  if (!text.trim()) throw new UserError(`${source} is empty.`);
  return parseJson(text, source);
}

async function writeOutput(path, text, io) {
  if (!path) {
    io.stdout(text);
    return;
  }
  try {
    await writeFile(path, text.endsWith('\n') ? text : text + '\n');
  } catch (error) {
    throw new UserError(`Cannot write ${path}: ${error.message}`);
  }
}

const SPREADSHEET = new Set(['.csv', '.tsv', '.txt', '.xlsx', '.xls']);

async function build(args, io) {
  const {values, positionals} = parse(
    args,
    {
      ...SHEET_OPTIONS,
      output: {type: 'string', short: 'o'},
      publisher: {type: 'string'},
      'publisher-url': {type: 'string'},
      base: {type: 'string'},
    },
    'build'
  );
  if (values.help) return (io.stdout(HELP.build), 0);
  if (positionals.length === 0)
    throw usage(
      'Give at least one spreadsheet (.csv, .tsv or .xlsx).',
      'build'
    );
  const options = sheetOptions(values, 'build');
  const max = maxProblems(values, 'build');
  if (values.publisher) options.publisher = values.publisher;
  if (values['publisher-url']) options.publisherUrl = values['publisher-url'];
  if (values.base) {
    options.base = await readJson(values.base);
    options.baseLabel = values.base;
  }
  const {feed, problems, notes, sources} = await buildFeed(
    positionals,
    options
  );
  for (const n of notes) io.stderr(`note: ${n}`);
  const all = await validateFeed(feed, {sources, buildProblems: problems});
  const {errors, warnings} = report(all, {
    out: io.stderr,
    max,
    quiet: values.quiet,
  });
  if (errors) {
    io.stderr(
      `${plural(errors, 'error')}, ${plural(warnings, 'warning')}: no feed written. Fix the cells above and run again.`
    );
    return 1;
  }
  await writeOutput(values.output, JSON.stringify(feed, null, 2) + '\n', io);
  io.stderr(
    `${values.output ? `Wrote ${values.output}` : 'Feed written'}: ${counts(feed)}${warnings ? ` (${plural(warnings, 'warning')})` : ''}.`
  );
  return 0;
}

/**
 * Feeds the elements read together (src="a.json b.json"): each is checked
 * on its own, its references may name records of the others, and an id two
 * of them use is a warning: the elements show the later feed's record only.
 * One feed: its problems as they are. Several: each place starts with its
 * feed, and `feed` counts them all.
 */
export async function validateFeeds(feeds) {
  if (feeds.length === 1)
    return {
      feed: feeds[0].feed,
      problems: [...feeds[0].serving, ...(await validateFeed(feeds[0].feed))],
    };
  const KINDS_ALL = ['organizations', 'events', 'recommendations', 'forms'];
  const list = (feed, kind) =>
    feed && Array.isArray(feed[kind]) ? feed[kind] : [];
  const problems = [];
  // Each feed's ids, per collection.
  const ids = feeds.map((f) =>
    Object.fromEntries(
      KINDS_ALL.map((kind) => [
        kind,
        new Set(list(f.feed, kind).map((r) => r?.id)),
      ])
    )
  );
  for (const [n, {label, feed, serving}] of feeds.entries()) {
    const others = Object.fromEntries(
      KINDS_ALL.map((kind) => [
        kind,
        new Set(ids.flatMap((own, m) => (m === n ? [] : [...own[kind]]))),
      ])
    );
    for (const p of [...serving, ...(await validateFeed(feed, {others}))])
      problems.push(
        p.where === label ? p : {...p, where: `${label} ${p.where}`}
      );
    for (const kind of KINDS_ALL)
      list(feed, kind).forEach((r, i) => {
        if (typeof r?.id !== 'string') return;
        const later = feeds.find((_, m) => m > n && ids[m][kind].has(r.id));
        if (later)
          problems.push({
            level: 'warning',
            where: `${label} /${kind}/${i} (id ${show(r.id)})`,
            path: `/${kind}/${i}`,
            message: `${later.label} has a record with the same id; given in this order (src="${label} ${later.label}"), the elements show that one and not this. Give each record its own id, or keep it in one feed.`,
          });
      });
  }
  const feed = Object.fromEntries(
    KINDS_ALL.map((kind) => [
      kind,
      [
        ...new Map(
          feeds.flatMap((f) => list(f.feed, kind).map((r) => [r?.id ?? r, r]))
        ).values(),
      ],
    ])
  );
  return {feed, problems};
}

async function validate(args, io) {
  const {values, positionals} = parse(
    args,
    {
      ...SHEET_OPTIONS,
      json: {type: 'boolean'},
      timeout: {type: 'string'},
      origin: {type: 'string'},
    },
    'validate'
  );
  if (values.help) return (io.stdout(HELP.validate), 0);
  if (positionals.length === 0)
    throw usage(
      'Give a feed (file or URL) or spreadsheets to check.',
      'validate'
    );
  const max = maxProblems(values, 'validate');
  const timeout = values.timeout === undefined ? 30 : Number(values.timeout);
  if (!(timeout > 0))
    throw usage('--timeout must be a number of seconds.', 'validate');
  const sheets = positionals.filter(
    (p) => !isUrl(p) && SPREADSHEET.has(extname(p).toLowerCase())
  );
  let feed;
  let problems;
  const notes = [];
  if (sheets.length) {
    if (sheets.length !== positionals.length)
      throw usage(
        'Give either feeds (JSON files or URLs) or spreadsheets, not both.',
        'validate'
      );
    const built = await buildFeed(sheets, sheetOptions(values, 'validate'));
    notes.push(...built.notes);
    feed = built.feed;
    problems = await validateFeed(feed, {
      sources: built.sources,
      buildProblems: built.problems,
    });
  } else {
    if (values.origin !== undefined && !isUrl(values.origin))
      throw usage(
        '--origin is the address of the site whose pages show the feed, e.g. https://www.talsi.lv.',
        'validate'
      );
    if (values.origin !== undefined && !positionals.some(isUrl))
      throw usage('--origin is for a feed given by its URL.', 'validate');
    // Several feeds: as the elements read src="a b" (see validateFeeds).
    const feeds = [];
    for (const source of positionals) {
      const serving = [];
      const json = await readJson(source, {
        timeout,
        origin: values.origin,
        serving,
      });
      // The receivers of its forms, for the pages on --origin.
      if (values.origin !== undefined && isUrl(source))
        serving.push(
          ...(await receiverProblems(source, json, values.origin, {timeout}))
        );
      feeds.push({label: source, feed: json, serving});
    }
    ({feed, problems} = await validateFeeds(feeds));
  }
  const errors = problems.filter((p) => p.level === 'error').length;
  if (values.json) {
    io.stdout(
      JSON.stringify(
        {
          valid: errors === 0,
          notes,
          problems: problems.map(({level, where, path, message}) => ({
            level,
            where,
            path,
            message,
          })),
        },
        null,
        2
      )
    );
    return errors ? 1 : 0;
  }
  for (const n of notes) io.stdout(`note: ${n}`);
  const r = report(problems, {out: io.stdout, max, quiet: values.quiet});
  const what = positionals.join(', ');
  if (r.errors)
    io.stdout(
      `${what}: ${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')}.`
    );
  else
    io.stdout(
      `${what}: valid (${counts(feed)})${r.warnings ? ` with ${plural(r.warnings, 'warning')}` : ''}.`
    );
  return r.errors ? 1 : 0;
}

async function template(args, io) {
  const {values, positionals} = parse(
    args,
    {
      dir: {type: 'string'},
      locales: {type: 'string'},
      format: {type: 'string'},
      headers: {type: 'string'},
    },
    'template'
  );
  if (values.help) return (io.stdout(HELP.template), 0);
  if (positionals.length)
    throw usage(
      `Unexpected argument "${positionals[0]}"; use --dir to choose the folder.`,
      'template'
    );
  const language = (values.headers ?? 'en').toLowerCase();
  if (!HEADER_LANGUAGES.includes(language))
    throw usage(
      `--headers: "${values.headers}" is not one of ${HEADER_LANGUAGES.join(', ')}.`,
      'template'
    );
  const locales = values.locales
    ? values.locales
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : // The headers' language first.
      [language, ...LOCALES.filter((l) => l !== language)];
  for (const l of locales)
    if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(l))
      throw usage(`--locales: "${l}" is not a language code.`, 'template');
  let formats = ['csv', 'xlsx'];
  if (values.format) {
    if (!formats.includes(values.format))
      throw usage('--format must be csv or xlsx.', 'template');
    formats = [values.format];
  }
  const written = await writeTemplate({
    dir: values.dir ?? '.',
    locales,
    formats,
    language,
  });
  io.stdout(`Wrote ${written.join(', ')}.`);
  // A translated template's own words for its example rows' mark; and its
  // texts of the columns without a language in their names ("Adrese") are
  // read in the headers' language.
  const words = TEMPLATE_HEADERS[language];
  const mark = words ? `${words.sample} = ${words.yesNo[0]}` : 'sample = yes';
  const locale = words
    ? ` (the texts of the columns without a language in their name, like ${show(words.street)}, are read as ${languageName(language)}, as the headers are)`
    : '';
  io.stdout(
    `Fill in one row per record (delete each sheet's example row, marked ${mark}), then run: feed build <files> -o feed.json${locale}`
  );
  return 0;
}

async function hsds(args, io) {
  const [sub, ...rest] = args;
  if (!sub || sub === '--help' || sub === '-h')
    return (io.stdout(HELP.hsds), sub ? 0 : 2);
  if (sub !== 'export' && sub !== 'import')
    throw usage(
      `Unknown hsds command "${sub}"; use hsds export or hsds import.`,
      'hsds'
    );
  const {values, positionals} = parse(
    rest,
    {
      output: {type: 'string', short: 'o'},
      locale: {type: 'string'},
      country: {type: 'string'},
      'default-locale': {type: 'string'},
      publisher: {type: 'string'},
      'max-problems': {type: 'string'},
      quiet: {type: 'boolean', short: 'q'},
    },
    'hsds'
  );
  if (values.help) return (io.stdout(HELP.hsds), 0);
  if (positionals.length !== 1)
    throw usage(`hsds ${sub} takes one input file.`, 'hsds');
  const max = maxProblems(values, 'hsds');
  const doc = await readJson(positionals[0]);
  if (sub === 'export') {
    const problems = await validateFeed(doc);
    const errors = problems.filter((p) => p.level === 'error');
    if (errors.length) {
      report(errors, {out: io.stderr, max, quiet: true});
      io.stderr(
        `${positionals[0]} is not a valid feed (${plural(errors.length, 'error')}); fix it first (feed validate).`
      );
      return 1;
    }
    const {hsds: out, losses} = feedToHsds(doc, {locale: values.locale});
    await writeOutput(values.output, JSON.stringify(out, null, 2) + '\n', io);
    if (!values.quiet)
      for (const l of losses)
        io.stderr(`note: not carried over to HSDS: ${l}.`);
    io.stderr(
      `${values.output ? `Wrote ${values.output}` : 'Written'}: ${plural(out.contents.length, 'HSDS organization')}.`
    );
    return 0;
  }
  let country;
  if (values.country) {
    country = values.country.toUpperCase();
    if (!/^[A-Z]{2}$/.test(country))
      throw usage('--country must be a two-letter code like LV.', 'hsds');
  }
  const {feed, problems} = hsdsToFeed(doc, {
    locale: values.locale,
    country,
    defaultLocale: values['default-locale'] ?? values.locale ?? 'en',
    publisher: values.publisher,
  });
  const all = [...problems, ...(feed ? await validateFeed(feed) : [])];
  const r = report(all, {out: io.stderr, max, quiet: values.quiet});
  if (!feed || r.errors) {
    io.stderr(`${plural(r.errors, 'error')}: no feed written.`);
    return 1;
  }
  await writeOutput(values.output, JSON.stringify(feed, null, 2) + '\n', io);
  io.stderr(
    `${values.output ? `Wrote ${values.output}` : 'Feed written'}: ${counts(feed)}.`
  );
  return 0;
}

const COMMANDS = {build, validate, template, hsds};

/**
 * Runs the CLI. `argv` excludes node and the script; the leading "feed" is optional.
 * @returns {Promise<number>} the exit code
 */
export async function main(argv, io = defaultIo()) {
  let args = [...argv];
  if (args[0] === 'feed') args = args.slice(1);
  const [command, ...rest] = args;
  if (
    !command ||
    command === '--help' ||
    command === '-h' ||
    command === 'help'
  ) {
    if (command === 'help' && rest[0] && HELP[rest[0]])
      io.stdout(HELP[rest[0]]);
    else io.stdout(HELP.main);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    const pkg = JSON.parse(
      await readFile(new URL('../../package.json', import.meta.url), 'utf8')
    );
    io.stdout(pkg.version);
    return 0;
  }
  const run = COMMANDS[command];
  if (!run)
    throw usage(
      `Unknown command "${command}". Commands: build, validate, template, hsds.`
    );
  return run(rest, io);
}

export function defaultIo() {
  return {
    stdout: (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
    stderr: (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
  };
}
