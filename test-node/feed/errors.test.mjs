// Bad input: a clear error with its place, and never a stack trace.
import assert from 'node:assert/strict';
import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {test} from 'node:test';
import {
  encodeLegacy,
  noStack,
  run,
  storedZip,
  tempDir,
  writeCsv,
  writeXlsx,
} from './helpers.mjs';

test('a missing file', async (t) => {
  const dir = await tempDir(t);
  const r = await run([
    'build',
    join(dir, 'nope.csv'),
    '-o',
    join(dir, 'feed.json'),
  ]);
  noStack(assert, r);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^error: File not found: .*nope\.csv$/m);
});

test('an empty sheet: empty CSV, blank rows only, empty XLSX', async (t) => {
  const dir = await tempDir(t);
  const empty = join(dir, 'organisations.csv');
  await writeFile(empty, '');
  let r = await run(['build', empty]);
  noStack(assert, r);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /organisations\.csv is empty: there is no header row and no data/
  );
  await writeFile(empty, ',,,\r\n,,\r\n\r\n');
  r = await run(['build', empty]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /is empty/);
  const xlsx = await writeXlsx(dir, 'organisations.xlsx', {Sheet1: []});
  r = await run(['build', xlsx]);
  noStack(assert, r);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /is empty/);
  // A header without data is allowed, with a warning.
  const header = await writeCsv(dir, 'events.csv', [['id', 'title', 'start']]);
  r = await run(['build', header]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /header row but no data rows/);
});

const BALTIC = [
  ['id', 'name', 'country', 'city', 'fields'],
  [
    'lv-1',
    'Sociālās uzņēmējdarbības asociācija',
    'Latvija',
    'Rīga',
    'Sociālā iekļaušana',
  ],
  [
    'lt-1',
    'Šiaulių jaunimo organizacija „Ąžuolas“',
    'Lietuva',
    'Šiauliai',
    'Švietimas',
  ],
];
const GREEK = [
  ['id', 'name', 'country', 'city', 'fields'],
  [
    'cy-1',
    'Κοινωνική επιχείρηση Λευκωσίας',
    'Κύπρος',
    'Λευκωσία',
    'Εκπαίδευση; Νεολαία',
  ],
];

function csvText(rows) {
  return rows.map((r) => r.join(',')).join('\r\n') + '\r\n';
}

test('a wrong encoding: Windows-1257 (Baltic) is detected, decoded and reported', async (t) => {
  const dir = await tempDir(t);
  const file = join(dir, 'organisations.csv');
  await writeFile(
    file,
    encodeLegacy(
      csvText(BALTIC).replace('„Ąžuolas“', 'Ąžuolas'),
      'windows-1257'
    )
  );
  const out = join(dir, 'feed.json');
  const r = await run(['build', file, '-o', out]);
  noStack(assert, r);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /organisations\.csv is not UTF-8; it looks like Windows-1257 \(Baltic.*read as such.*--encoding/
  );
  const feed = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(
    feed.organizations[0].name,
    'Sociālās uzņēmējdarbības asociācija'
  );
  assert.equal(feed.organizations[0].city, 'Rīga');
  assert.deepEqual(feed.organizations[0].fields, ['social-inclusion']);
  assert.equal(
    feed.organizations[1].name,
    'Šiaulių jaunimo organizacija Ąžuolas'
  );
  assert.equal(feed.organizations[1].country, 'LT');
});

test('a wrong encoding whose letters two code pages read alike names both', async (t) => {
  const dir = await tempDir(t);
  const file = join(dir, 'organisations.csv');
  // "ö" is the same byte in Windows-1257 and Windows-1252.
  await writeFile(
    file,
    Buffer.concat([
      Buffer.from('id,name,country\r\na,F'),
      Buffer.from([0xf6]),
      Buffer.from('reningen Malm'),
      Buffer.from([0xf6]),
      Buffer.from(',SE\r\n'),
    ])
  );
  const out = join(dir, 'feed.json');
  const r = await run(['build', file, '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /not UTF-8; it is in Windows-1257 \(Baltic.*\) or Windows-1252 \(Western.*\), which read its letters alike.*--encoding windows-1253,/
  );
  assert.equal(
    JSON.parse(await readFile(out, 'utf8')).organizations[0].name,
    'Föreningen Malmö'
  );
});

test('a wrong encoding: Windows-1253 (Greek) is detected; --encoding decides when given', async (t) => {
  const dir = await tempDir(t);
  const file = join(dir, 'organisations.csv');
  await writeFile(file, encodeLegacy(csvText(GREEK), 'windows-1253'));
  const out = join(dir, 'feed.json');
  let r = await run(['build', file, '-o', out]);
  noStack(assert, r);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /not UTF-8; it looks like Windows-1253 \(Greek\)/);
  let feed = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(feed.organizations[0].name, 'Κοινωνική επιχείρηση Λευκωσίας');
  assert.equal(feed.organizations[0].country, 'CY');
  assert.deepEqual(feed.organizations[0].fields, ['education', 'youth']);
  r = await run(['build', file, '-o', out, '--encoding', 'windows-1253']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /read as Windows-1253 \(Greek\), as --encoding asked/);
  feed = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(feed.organizations[0].city, 'Λευκωσία');
  r = await run(['build', file, '--encoding', 'klingon']);
  noStack(assert, r);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /Unknown encoding "klingon"\. Use one of: utf-8.*windows-1257/
  );
});

test('duplicate ids are reported with both rows, and no feed is written', async (t) => {
  const dir = await tempDir(t);
  const file = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country'],
    ['a', 'A', 'LV'],
    ['b', 'B', 'LV'],
    ['a', 'A again', 'LV'],
  ]);
  const out = join(dir, 'feed.json');
  const r = await run(['build', file, '-o', out]);
  noStack(assert, r);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /organisations\.csv, row 4, column A \(id\): the id "a" is already used by row 2/
  );
  assert.match(r.stderr, /no feed written/);
  await assert.rejects(readFile(out));
  // The same in a JSON feed.
  const json = join(dir, 'dup.json');
  await writeFile(
    json,
    JSON.stringify({
      version: 1,
      organizations: [
        {id: 'x', name: 'X', country: 'LV'},
        {id: 'x', name: 'Y', country: 'LT'},
      ],
    })
  );
  const v = await run(['validate', json]);
  assert.equal(v.code, 1);
  assert.match(
    v.stdout,
    /\/organizations\/1\/id .*already used by \/organizations\/0/
  );
  // Two databases each numbered from 1: how to merge them.
  const lv = await writeCsv(dir, 'lv.csv', [
    ['ID', 'Nosaukums', 'Valsts'],
    ['1', 'Biedrība A', 'LV'],
  ]);
  const lt = await writeCsv(dir, 'lt.csv', [
    ['ID', 'Pavadinimas', 'Šalis'],
    ['1', 'Asociacija A', 'LT'],
  ]);
  const two = await run(['build', lv, lt, '--kind', 'organizations']);
  assert.equal(two.code, 1);
  assert.match(
    two.stderr,
    /error: lt\.csv, row 2, column A \(ID\): the id "1" is already used by lv\.csv, row 2; every row needs its own id\. Ids are one list across the files of a feed: where each database numbers its rows from 1, write each file's ids with its country first \(lt-1\), or build each file into a feed of its own and give the elements all of them \(src="lv\.json lt\.json"\)\./
  );
  assert.doesNotMatch(r.stderr, /one list across the files/);
});

test('a row with too many cells', async (t) => {
  const dir = await tempDir(t);
  const file = join(dir, 'organisations.csv');
  await writeFile(
    file,
    'id,name,country,fields\r\na,A,LV,youth\r\nb,B,LV,youth,culture,health\r\nc,C,LV,,,\r\n'
  );
  const r = await run(['build', file]);
  noStack(assert, r);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /organisations\.csv, row 3: too many cells — 6 cells, but the header row has 4 columns\. Cells E–F \("culture", "health"\) have no column\./
  );
  assert.match(r.stderr, /must be in double quotes/);
  assert.doesNotMatch(r.stderr, /row 4/); // trailing empty cells are fine
  // One cell too many is one cell.
  await writeFile(file, 'id,name,country,fields\r\nb,B,LV,youth,culture\r\n');
  const one = await run(['build', file]);
  assert.match(one.stderr, /Cell E \("culture"\) has no column\./);
});

test('an unknown field or topic is warned about once, at its cell, saying what the elements do with it', async (t) => {
  const dir = await tempDir(t);
  const orgs = join(dir, 'organisations.csv');
  const recs = join(dir, 'recommendations.csv');
  await writeFile(orgs, 'id,name,country,fields\r\na,A,LV,Kosmoss; youth\r\n');
  await writeFile(recs, 'id,title,topics\r\nr,R,gardening\r\n');
  const r = await run(['build', orgs, recs, '-o', join(dir, 'feed.json')]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    r.stderr.split('\n').filter((l) => /Kosmoss/.test(l)),
    [
      'warning: organisations.csv, row 2, column D (fields): "Kosmoss" is not one of the known fields; kept as written (the elements show it under "other").',
    ]
  );
  assert.deepEqual(
    r.stderr.split('\n').filter((l) => /gardening/.test(l)),
    [
      'warning: recommendations.csv, row 2, column C (topics): "gardening" is not one of the known topics; kept as written (and shown so).',
    ]
  );
  // A JSON feed has no cells: there, validate says it.
  const v = await run(['validate', join(dir, 'feed.json')]);
  assert.match(v.stdout, /"Kosmoss" is not one of the known fields/);
  assert.match(v.stdout, /"gardening" is not one of the known topics/);
  // Organisations taken from --base (no sheet of them) are not from cells: warned by the check.
  const base = join(dir, 'base.json');
  await writeFile(
    base,
    JSON.stringify({
      version: 1,
      organizations: [{id: 'a', name: 'A', country: 'LV', fields: ['Kosmoss']}],
    })
  );
  const b = await run([
    'build',
    recs,
    '--base',
    base,
    '-o',
    join(dir, 'based.json'),
  ]);
  assert.equal(b.code, 0, b.stderr);
  assert.equal(
    b.stderr.split('\n').filter((l) => /Kosmoss/.test(l)).length,
    1,
    b.stderr
  );
  assert.match(
    b.stderr,
    /\/organizations\/0.*"Kosmoss" is not one of the known fields/
  );
  assert.equal(
    b.stderr.split('\n').filter((l) => /gardening/.test(l)).length,
    1,
    b.stderr
  );
});

test('bad values are reported with row, column, what was found and what is expected', async (t) => {
  const dir = await tempDir(t);
  const file = await writeXlsx(dir, 'organisations.xlsx', {
    organisations: [
      [
        'id',
        'name.lv',
        'country',
        'lookingForPartners',
        'email',
        'lat',
        'lon',
        'languages',
        'updated',
        'phones',
        'tpyes',
      ],
      ['ok', 'Labi', 'LV', 'yes', 'a@b.lv', '', '', '', '', '', ''],
      [
        'bad one',
        '',
        'Atlantis',
        'maybe',
        'not-an-email',
        'north',
        '',
        'Klingon',
        '31.02.2025',
        'call us',
        'ngo',
      ],
    ],
  });
  const r = await run(['build', file]);
  noStack(assert, r);
  assert.equal(r.code, 1);
  const lines = r.stderr;
  const where = 'organisations.xlsx, sheet "organisations", row 3';
  assert.ok(
    lines.includes(
      `${where}, column A (id): found the id "bad one", which contains spaces`
    ),
    lines
  );
  assert.ok(
    lines.includes(
      `${where}, column B (name.lv): the name is empty; it is required.`
    ),
    lines
  );
  assert.ok(
    lines.includes(
      `${where}, column C (country): found "Atlantis", which is not a country we know`
    ),
    lines
  );
  assert.ok(
    lines.includes(
      `${where}, column D (lookingForPartners): found "maybe"; expected yes or no`
    ),
    lines
  );
  assert.ok(
    lines.includes(
      `${where}, column E (email): found "not-an-email"; expected an e-mail address`
    ),
    lines
  );
  assert.ok(
    lines.includes(
      `${where}, column F (lat): found "north"; expected a number`
    ),
    lines
  );
  assert.ok(
    lines.includes(
      `${where}, column H (languages): found "Klingon"; expected a language code`
    ),
    lines
  );
  assert.ok(
    lines.includes(
      `${where}, column I (updated): found "31.02.2025", which is not a date we can read`
    ),
    lines
  );
  assert.ok(
    lines.includes(
      `${where}, column J (phones): found "call us"; expected a phone number`
    ),
    lines
  );
  assert.match(
    lines,
    /column K: the column "tpyes" is not a known organisation column and is ignored\. Did you mean "types"\?/
  );
  assert.doesNotMatch(lines, /error: .*row 2/);
});

test('a missing required column; a time without a time zone; an unknown time zone', async (t) => {
  const dir = await tempDir(t);
  const orgs = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name'],
    ['a', 'A'],
  ]);
  let r = await run(['build', orgs]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /organisations\.csv, row 1: the header row has no column "country"; it is required/
  );
  const events = await writeCsv(dir, 'events.csv', [
    ['id', 'title', 'start', 'timeZone'],
    ['e1', 'E', '2025-05-10 18:00', ''],
    ['e2', 'E', '2025-05-10 18:00', 'Mars/Olympus'],
  ]);
  r = await run(['build', events]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /events\.csv, row 2, column C \(start\): found "2025-05-10 18:00", a time without a time zone; add a timeZone column/
  );
  assert.match(
    r.stderr,
    /events\.csv, row 3, column D \(timeZone\): found "Mars\/Olympus", which is not a time zone/
  );
  r = await run(['build', events, '--time-zone', 'Europe/Lisbon']);
  assert.match(r.stderr, /row 3, column D/);
  assert.doesNotMatch(r.stderr, /row 2/);
});

test('not a spreadsheet: an old .xls, a workbook with a password, an OpenDocument .ods, a CSV or a Word document named .xlsx, a workbook cut short, a broken quote', async (t) => {
  const dir = await tempDir(t);
  const xls = join(dir, 'organisations.xls');
  await writeFile(
    xls,
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
  );
  let r = await run(['build', xls]);
  noStack(assert, r);
  assert.match(
    r.stderr,
    /old Excel 97–2003 workbook \(\.xls\), which is not supported/
  );
  // A workbook with a password to open: the same kind of file (not a zip),
  // whose directory names its stream EncryptedPackage (in UTF-16).
  const fake = join(dir, 'organisations.xlsx');
  await writeFile(
    fake,
    Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from('EncryptedPackage', 'utf16le'),
    ])
  );
  r = await run(['build', fake]);
  noStack(assert, r);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /^error: organisations\.xlsx is protected with a password to open, so it cannot be read\. Save a copy without the password/
  );
  // An OpenDocument spreadsheet (LibreOffice): a zip whose first entry,
  // stored, is "mimetype".
  const ods = join(dir, 'organisations.ods');
  await writeFile(
    ods,
    storedZip({mimetype: 'application/vnd.oasis.opendocument.spreadsheet'})
  );
  r = await run(['build', ods]);
  noStack(assert, r);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /organisations\.ods is an OpenDocument spreadsheet \(\.ods, from LibreOffice or OpenOffice\), which is not read\. Save it as "Excel 2007-365 \(\.xlsx\)"/
  );
  await writeFile(fake, 'id,name\n');
  r = await run(['build', fake]);
  noStack(assert, r);
  assert.match(r.stderr, /named \.xlsx but is not an Excel workbook/);
  // A workbook cut short (a download that stopped): said in plain words
  // (not unzipper's FILE_ENDED), once, with what to do.
  const template = join(dir, 'tpl');
  assert.equal((await run(['template', '--dir', template])).code, 0);
  const whole = await readFile(join(template, 'feed-template.xlsx'));
  await writeFile(fake, whole.subarray(0, whole.length >> 1));
  r = await run(['build', fake]);
  noStack(assert, r);
  assert.equal(r.code, 1);
  assert.equal(
    r.stderr,
    'error: organisations.xlsx is incomplete or damaged: the list of its contents, at the end of the file, cannot be read. ' +
      'If it was downloaded or copied, do that again; else save it again from your spreadsheet program as "Excel Workbook (.xlsx)" or "CSV UTF-8".\n'
  );
  // A Word document named .xlsx: a zip, but with no workbook in it.
  await writeFile(
    fake,
    storedZip({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': '<w:document/>',
    })
  );
  r = await run(['build', fake]);
  noStack(assert, r);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /^error: organisations\.xlsx is a zip archive with no workbook in it \(no xl\/workbook\.xml\): another kind of file, such as a Word document, named \.xlsx\? Save the sheet/
  );
  const quote = join(dir, 'organisations.csv');
  await writeFile(quote, 'id,name,country\na,"Unclosed,LV\n');
  r = await run(['build', quote]);
  noStack(assert, r);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /organisations\.csv, row 2, column B: cannot read the CSV: .*double quote/
  );
  // A quote inside an unquoted cell, on the third row of a sheet whose second
  // row holds a quoted line break: placed by row and column, in plain words.
  await writeFile(
    quote,
    'id,name,country\n1,"Line\nbreak",LV\n2,Biedrība "Ozols",LV\n'
  );
  r = await run(['build', quote]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /organisations\.csv, row 3, column B: cannot read the CSV: a cell has a double quote \(\"\) inside it/
  );
  assert.doesNotMatch(r.stderr, /Invalid Opening Quote/);
});

test("many rows of a column with the same warning are one line with their rows, also with each row's own values (past ten); another warning is not lost below them; --max-problems counts lines", async (t) => {
  const dir = await tempDir(t);
  const rows = [['id', 'name', 'country', 'phones', 'fields', 'website']];
  for (let n = 1; n <= 12; n++)
    rows.push([
      `o${n}`,
      `O${n}`,
      'LV',
      `2912 34${10 + n}`,
      'youth, culture',
      '',
    ]);
  rows.push(['x', 'X', 'LV', '+371 2000 0000', 'sports', 'example.org']);
  rows.push(['y', 'Y', 'LV', '2912 3499', 'youth, culture', '']);
  const file = await writeCsv(dir, 'organisations.csv', rows);
  const out = join(dir, 'feed.json');
  const r = await run(['build', file, '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.stderr.trim().split('\n'), [
    'warning: organisations.csv, column D (phones), 13 rows (2–13, 15), each like row 2: found "2912 3411" without a country code; written as "+371 2912 3411" (the organisation is in LV). If it is not a LV number, write it with its own + code. (--max-problems 0 lists each row.)',
    'warning: organisations.csv, column E (fields), 13 rows (2–13, 15): found "youth, culture", read as 2 values (youth; culture); separate several values with ; in a cell.',
    'warning: organisations.csv, row 14, column F (website): found "example.org" without https://; written as "https://example.org".',
    `Wrote ${out}: 14 organisations, 0 events, 0 recommendations, 0 forms (27 warnings).`,
  ]);
  const all = await run(['build', file, '-o', out, '--max-problems', '0']);
  assert.equal(all.stderr.match(/^warning:/gm).length, 27);
  assert.match(
    all.stderr,
    /row 15, column D \(phones\): found "2912 3499" without a country code; written as "\+371 2912 3499"/
  );
  const two = await run(['build', file, '-o', out, '--max-problems', '2']);
  assert.match(two.stderr, /column E \(fields\), 13 rows/);
  assert.match(
    two.stderr,
    /… and 1 more warning \(use --max-problems 0 to see them all\)\./
  );
});

test('50,000 rows build in reasonable time and memory', async (t) => {
  const dir = await tempDir(t);
  const lines = [
    'id,name.lv,name.en,country,types,fields,languages,lookingForPartners,website,updated',
  ];
  for (let i = 0; i < 50000; i++)
    lines.push(
      `org-${i},Biedrība ${i},Association ${i} ${i % 7},${['Latvija', 'LT', 'Sverige', 'Κύπρος', 'PT'][i % 5]},NVO;Jaunatnes organizācija,Jaunatne;culture,lv;en,jā,https://example.org/${i},2025-03-31`
    );
  const file = join(dir, 'organisations.csv');
  await writeFile(file, lines.join('\n') + '\n');
  const out = join(dir, 'feed.json');
  const started = Date.now();
  const r = await run(['build', file, '-o', out, '--max-problems', '5']);
  const seconds = (Date.now() - started) / 1000;
  assert.equal(r.code, 0, r.stderr.slice(0, 2000));
  assert.ok(seconds < 90, `took ${seconds}s`);
  const feed = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(feed.organizations.length, 50000);
  assert.equal(feed.organizations[49999].id, 'org-49999');
  assert.equal(feed.organizations[3].country, 'CY');
  // Many identical warnings are summarised, not printed 50,000 times.
  assert.ok(r.stderr.split('\n').length < 40, r.stderr.slice(0, 2000));
  const v = await run(['validate', out, '-q']);
  assert.equal(v.code, 0, v.stdout.slice(0, 2000));
  assert.match(v.stdout, /valid \(50000 organisations/);
});

/**
 * An organisations workbook written as exceljs streams one (shared strings
 * or each cell's own text) → `feed build -q` → the feed.
 */
async function buildStreamedXlsx(dir, header, rows, useSharedStrings) {
  const {default: ExcelJS} = await import('exceljs');
  const file = join(dir, 'organisations.xlsx');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings,
  });
  const ws = wb.addWorksheet('organisations');
  ws.addRow(header).commit();
  for (const row of rows) ws.addRow(row).commit();
  await ws.commit();
  await wb.commit();
  const out = join(dir, 'feed.json');
  const r = await run(['build', file, '-o', out, '-q']);
  assert.equal(r.code, 0, r.stderr.slice(0, 2000));
  return JSON.parse(await readFile(out, 'utf8'));
}

test('50,000 rows in an XLSX workbook', async (t) => {
  const feed = await buildStreamedXlsx(
    await tempDir(t),
    ['id', 'name', 'country', 'fields', 'updated'],
    Array.from({length: 50000}, (_, i) => [
      `org-${i}`,
      `Org ${i}`,
      'LV',
      'youth',
      new Date(Date.UTC(2025, 0, 1)),
    ]),
    true
  );
  assert.equal(feed.organizations.length, 50000);
  assert.equal(feed.organizations[0].updated, '2025-01-01');
});

test("XLSX text in letters of two and three bytes (ā, Σ, „) reads whole wherever the file's parts are cut into pieces to be read: in shared strings and in a sheet's own cells", async (t) => {
  const dir = await tempDir(t);
  // About 200 KB of such text: the pieces a part is read in end inside a
  // letter many times over.
  const names = Array.from(
    {length: 4000},
    (_, i) => `Biedrība „Ābele" ${i}, Σύλλογος ${i}`
  );
  const rows = names.map((name, i) => [`o${i}`, name, 'LV']);
  for (const useSharedStrings of [true, false]) {
    const feed = await buildStreamedXlsx(
      dir,
      ['id', 'name', 'country'],
      rows,
      useSharedStrings
    );
    assert.deepEqual(
      feed.organizations.map((o) => o.name),
      names,
      useSharedStrings ? 'shared strings' : "the sheet's cells"
    );
  }
});

test('usage errors exit 2 with a pointer to --help', async () => {
  let r = await run(['build']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--help" for usage/);
  r = await run(['build', 'x.csv', '--nope']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /Unknown option '--nope'/);
  r = await run(['frobnicate']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /Unknown command "frobnicate"/);
  r = await run(['build', 'x.csv', '--kind', 'people']);
  assert.equal(r.code, 2);
  assert.match(
    r.stderr,
    /--kind must be one of organizations, events, recommendations/
  );
  noStack(assert, r);
});
