// The feed tool on partners' own sheets, as their databases are kept:
// headers in their language ("Nosaukums", "Valsts", "Datums", "Laiks"), no
// id or country column, a date and a time in two columns or with the month
// in words, national phone numbers, two addresses in a cell, a sheet online.
import assert from 'node:assert/strict';
import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {test} from 'node:test';
import {
  KINDS,
  closestColumn,
  headerKey,
  kindFromName,
  parseHeader,
} from '../../bin/feed/columns.mjs';
import {HEADER_WORDS, KIND_WORDS} from '../../bin/feed/header-words.mjs';
import {
  buildSheets,
  run,
  schemaValidator,
  serve,
  tempDir,
  writeCsv,
  writeOrganizations,
  writeXlsx,
} from './helpers.mjs';

test('every header word reads back as its own column, and no word names two columns of a kind', () => {
  for (const kind of KINDS) {
    const seen = new Map();
    for (const [column, words] of Object.entries(HEADER_WORDS[kind]))
      for (const word of words) {
        const key = headerKey(word);
        assert.ok(
          !seen.has(key) || seen.get(key) === column,
          `${kind}: "${word}" names ${seen.get(key)} and ${column}`
        );
        seen.set(key, column);
        assert.equal(
          parseHeader(kind, word)?.column,
          column,
          `${kind}: "${word}"`
        );
        // In capitals, as headers often are.
        assert.equal(
          parseHeader(kind, word.toUpperCase())?.column,
          column,
          `${kind}: "${word.toUpperCase()}"`
        );
      }
  }
  for (const [kind, words] of Object.entries(KIND_WORDS))
    for (const word of words) assert.equal(kindFromName(word), kind, word);
});

test('a header in words gives its language in brackets, after a space or a dash, as a code or a name; a column without languages takes none', () => {
  const cases = [
    ['organizations', 'Nosaukums', {column: 'name'}],
    ['organizations', 'Nosaukums (LV)', {column: 'name', locale: 'lv'}],
    [
      'organizations',
      'Organizācijas nosaukums LV',
      {column: 'name', locale: 'lv'},
    ],
    ['organizations', 'Name - English', {column: 'name', locale: 'en'}],
    ['organizations', 'Όνομα [Ελληνικά]', {column: 'name', locale: 'el'}],
    [
      'organizations',
      'Apraksts (krievu)',
      {column: 'description', locale: 'ru'},
    ],
    ['organizations', 'Postal code', {column: 'postalCode'}],
    ['organizations', 'el. paštas', {column: 'email'}],
    ['organizations', 'ΤΟΜΕΙΣ ΔΡΑΣΤΗΡΙΟΤΗΤΑΣ', {column: 'fields'}],
    ['events', 'Laiks', {column: 'startTime'}],
    ['events', 'Time zone', {column: 'timeZone'}],
    ['recommendations', '1. solis', {column: 'step', step: 1}],
    ['recommendations', 'Βήμα 2', {column: 'step', step: 2}],
    ['recommendations', 'Solis 1 apraksts', {column: 'step.text', step: 1}],
    [
      'recommendations',
      'Passo 2 - texto (pt)',
      {column: 'step.text', step: 2, locale: 'pt'},
    ],
    [
      'recommendations',
      'Žingsnis 3 (lt)',
      {column: 'step', step: 3, locale: 'lt'},
    ],
  ];
  for (const [kind, header, want] of cases) {
    const got = parseHeader(kind, header);
    assert.deepEqual(
      {column: got?.column, step: got?.step, locale: got?.locale},
      {step: undefined, locale: undefined, ...want},
      header
    );
  }
  // Country has no languages; a word and an unknown language are no column.
  for (const header of [
    'Valsts (LV)',
    'Nosaukums krievu valodā',
    'Telefons nr',
  ])
    assert.equal(parseHeader('organizations', header), undefined, header);
  assert.equal(closestColumn('organizations', 'Nosakums'), 'name');
  assert.equal(closestColumn('organizations', 'Valsts (LV)'), 'country');
  // A language after a mistyped word, written as parseHeader reads one,
  // and another note in brackets, are set aside.
  for (const [header, column] of [
    ['Nosakums - latviešu', 'name'],
    ['Adrse [LV]', 'street'],
    ['nme.lv', 'name'],
    ['E-psts (darba)', 'email'],
  ])
    assert.equal(closestColumn('organizations', header), column, header);
  // A short word of another language is no guess for any two letters.
  assert.equal(closestColumn('organizations', 'xyz'), undefined);
});

test('build: sheets with headers in Latvian, Greek and Portuguese, a date and a time range in two columns, an organiser id in capitals', async (t) => {
  const dir = await tempDir(t);
  const orgs = await writeCsv(
    dir,
    'dati.csv',
    [
      [
        'ID',
        'Nosaukums',
        'Valsts',
        'Darbības jomas',
        'E-pasts',
        'Mājaslapa',
        'Pasta indekss',
        'Iela',
      ],
      [
        'lsua',
        'Latvijas Sociālās uzņēmējdarbības asociācija',
        'Latvija',
        'Sociālā iekļaušana',
        'info@example.lv',
        'https://example.lv',
        'LV-1010',
        'Lielā iela 1',
      ],
    ],
    ';'
  );
  const events = await writeXlsx(dir, 'sheets.xlsx', {
    Pasākumi: [
      [
        'ID',
        'Nosaukums (LV)',
        'Nosaukums (EN)',
        'Datums',
        'Laiks',
        'Vieta',
        'Adrese',
        'Organizators',
        'Laika josla',
      ],
      [
        'soli',
        'Soli pa solim',
        'Step by step',
        '10.08.2027',
        '13:00–16:00',
        'Talsu Tautas nams',
        'Lielā iela 19/21',
        'LSUA',
        'Europe/Riga',
      ],
    ],
    Συστάσεις: [
      ['ID', 'Τίτλος', 'Περίληψη', 'Θέματα', 'Βήμα 1'],
      ['g', 'Ένας τίτλος', 'Μια περίληψη', 'participation', 'Ρωτήστε'],
    ],
  });
  const pt = await writeCsv(dir, 'eventos.csv', [
    ['ID', 'Título', 'Data', 'Hora', 'Hora de fim', 'Local', 'Fuso horário'],
    [
      'lisboa',
      'Dia aberto',
      '2027-05-10',
      '10h00',
      '12h30',
      'Casa',
      'Europe/Lisbon',
    ],
  ]);
  const {r, feed} = await buildSheets(dir, [
    orgs,
    events,
    pt,
    '--default-locale',
    'lv',
  ]);
  assert.equal(r.code, 0, r.stderr);
  const [org] = feed.organizations;
  assert.deepEqual(
    [org.name, org.country, org.fields, org.email, org.website, org.address],
    [
      'Latvijas Sociālās uzņēmējdarbības asociācija',
      'LV',
      ['social-inclusion'],
      'info@example.lv',
      'https://example.lv',
      {street: 'Lielā iela 1', postalCode: 'LV-1010', country: 'LV'},
    ]
  );
  const [soli, lisboa] = feed.events;
  assert.deepEqual(soli.title, {lv: 'Soli pa solim', en: 'Step by step'});
  assert.equal(soli.start, '2027-08-10T13:00+03:00');
  assert.equal(soli.end, '2027-08-10T16:00+03:00');
  assert.deepEqual(soli.venue, {
    name: 'Talsu Tautas nams',
    address: {street: 'Lielā iela 19/21'},
  });
  assert.deepEqual(soli.organizers, [{id: 'lsua'}]);
  assert.equal(lisboa.start, '2027-05-10T10:00+01:00');
  assert.equal(lisboa.end, '2027-05-10T12:30+01:00');
  const [rec] = feed.recommendations;
  assert.deepEqual(
    [rec.title, rec.summary, rec.topics, rec.steps?.[0]?.title],
    ['Ένας τίτλος', 'Μια περίληψη', ['participation'], 'Ρωτήστε']
  );
  // What each header was read as is said once per sheet.
  assert.match(
    r.stderr,
    /note: dati\.csv: read the headers "Nosaukums" as name, "Valsts" as country, "Darbības jomas" as fields, "E-pasts" as email, "Mājaslapa" as website, "Pasta indekss" as postalCode, "Iela" as street\./
  );
  assert.match(
    r.stderr,
    /note: sheets\.xlsx, sheet "Pasākumi": read the headers "Nosaukums \(LV\)" as title\.lv, "Nosaukums \(EN\)" as title\.en, "Datums" as start, "Laiks" as startTime/
  );
});

test('build: a time of day in its own column from an Excel time cell or a number, an end by its time alone, a time the date already has, and what is no time', async (t) => {
  const dir = await tempDir(t);
  const {default: ExcelJS} = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('events');
  ws.addRow(['id', 'title', 'date', 'start time', 'end time', 'timeZone']);
  // 13:00 as Excel keeps a time cell (a fraction of a day), shown as a time.
  ws.addRow([
    'a',
    'A',
    new Date(Date.UTC(2027, 7, 10)),
    13 / 24,
    0.6875,
    'Europe/Riga',
  ]);
  ws.getCell('D2').numFmt = 'hh:mm';
  ws.addRow(['b', 'B', '2027-08-11 09:00', '10:00', '', 'Europe/Riga']);
  ws.addRow(['c', 'C', '2027-08-12', 'pēcpusdienā', '', 'Europe/Riga']);
  const file = `${dir}/events.xlsx`;
  await wb.xlsx.writeFile(file);
  const {r} = await buildSheets(dir, [file]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(
    r.stderr,
    /error: events\.xlsx, sheet "events", row 4, column D \(start time\): found "pēcpusdienā", which is not a time of day we can read; expected a time like 13:00, or a start and an end like 13:00–16:00\./
  );
  assert.match(
    r.stderr,
    /warning: events\.xlsx, sheet "events", row 3, column D \(start time\): the start \("2027-08-11 09:00"\) has its time already; "10:00" is not used\./
  );
  // Without the row that is no time: the Excel time cell and the number.
  ws.spliceRows(4, 1);
  await wb.xlsx.writeFile(file);
  const again = await buildSheets(dir, [file]);
  assert.equal(again.r.code, 0, again.r.stderr);
  const [a, b] = again.feed.events;
  assert.deepEqual(
    [a.start, a.end],
    ['2027-08-10T13:00+03:00', '2027-08-10T16:30+03:00']
  );
  assert.equal(b.start, '2027-08-11T09:00+03:00');
});

test("build: two headers read as one column: the first is read, the second warned about, but a list's numbered columns are read together; a sheet of organisations with a date column stays organisations", async (t) => {
  const dir = await tempDir(t);
  const orgs = await writeCsv(dir, 'saraksts.csv', [
    [
      'ID',
      'Nosaukums',
      'Valsts',
      'Adrese',
      'Iela',
      'Datums',
      'Joma 1',
      'Joma 2',
      'Tālrunis 1',
      'Tālrunis 2',
    ],
    [
      'a',
      'A',
      'LV',
      'Lielā iela 1, Talsi',
      'Lielā iela 1',
      '2025-01-01',
      'Jaunatne',
      'Kultūra',
      '+371 20000000',
      '+371 63200000 (birojs)',
    ],
  ]);
  const {r, feed} = await buildSheets(dir, [orgs]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(feed.organizations[0].address.street, 'Lielā iela 1, Talsi');
  // A list in numbered columns: their items together.
  assert.deepEqual(feed.organizations[0].fields, ['youth', 'culture']);
  assert.deepEqual(feed.organizations[0].phones, [
    {number: '+371 20000000'},
    {number: '+371 63200000', description: 'birojs'},
  ]);
  assert.match(
    r.stderr,
    /"Joma 1" as fields, "Joma 2" as fields, "Tālrunis 1" as phones, "Tālrunis 2" as phones/
  );
  assert.match(
    r.stderr,
    /warning: saraksts\.csv, row 1, column E: the column "Iela" is read as street, like column D \("Adrese"\) before it; it is ignored\./
  );
  // The headers are Latvian: so are the texts of the columns without a
  // language in their names.
  assert.equal(feed.defaultLocale, 'lv');
  assert.match(
    r.stderr,
    /note: saraksts\.csv: the headers are Latvian, so the texts of the columns without a language in their names \("Nosaukums", "Adrese"\) are read as Latvian\. If they are in another language, run with --default-locale/
  );
  assert.doesNotMatch(r.stderr, /Latvian letters/);
  // Read as English on request: the language look-alike warning names the
  // column as the sheet does.
  const en = await buildSheets(dir, [orgs, '--default-locale', 'en']);
  assert.equal(en.feed.defaultLocale, 'en');
  assert.doesNotMatch(en.r.stderr, /the headers are Latvian/);
  assert.match(
    en.r.stderr,
    /If they are Latvian, name the column "Adrese \(lv\)"/
  );
});

test("build: without --default-locale, a sheet's texts without a language are in the language of its headers; sheets in two languages, or a --base in another, name each text's language", async (t) => {
  const dir = await tempDir(t);
  const validate = await schemaValidator();
  // Headers in Lithuanian words of no template: their letters say so.
  const lt = await writeCsv(dir, 'sarasas.csv', [
    ['ID', 'Pavadinimas', 'Šalis', 'Miestas', 'Gatvė'],
    ['lt-a', 'Jaunimo centras', 'LT', 'Vilnius', 'Gedimino pr. 1'],
  ]);
  const one = await buildSheets(dir, [lt]);
  assert.equal(one.r.code, 0, one.r.stderr);
  assert.equal(one.feed.defaultLocale, 'lt');
  assert.equal(one.feed.organizations[0].name, 'Jaunimo centras');
  assert.match(
    one.r.stderr,
    /note: sarasas\.csv: the headers are Lithuanian, so the texts of the columns without a language in their names \("Pavadinimas", "Miestas", "Gatvė"\) are read as Lithuanian/
  );
  // The documented names say no language: English, as before.
  const events = await writeCsv(dir, 'events.csv', [
    ['id', 'title', 'start', 'timeZone', 'venueName'],
    ['e1', 'Open day', '2027-05-10 10:00', 'Europe/Vilnius', 'Town hall'],
  ]);
  const two = await buildSheets(dir, [lt, events]);
  assert.equal(two.r.code, 0, two.r.stderr);
  assert.equal(two.feed.defaultLocale, 'en');
  assert.deepEqual(two.feed.organizations[0].name, {lt: 'Jaunimo centras'});
  assert.deepEqual(two.feed.organizations[0].address.street, {
    lt: 'Gedimino pr. 1',
  });
  assert.equal(two.feed.events[0].title, 'Open day');
  assert.equal(two.feed.events[0].venue.name, 'Town hall');
  assert.ok(validate(two.feed), JSON.stringify(validate.errors));
  // A --base feed keeps its defaultLocale, and its plain texts their
  // language.
  const base = join(dir, 'base.json');
  await writeFile(
    base,
    JSON.stringify({
      version: 1,
      defaultLocale: 'en',
      organizations: [],
      events: [{id: 'b', title: 'Base event', start: '2027-01-01'}],
    })
  );
  const merged = await buildSheets(dir, [lt, '--base', base]);
  assert.equal(merged.r.code, 0, merged.r.stderr);
  assert.equal(merged.feed.defaultLocale, 'en');
  assert.deepEqual(merged.feed.organizations[0].name, {lt: 'Jaunimo centras'});
  assert.equal(merged.feed.events[0].title, 'Base event');
  // --default-locale decides for every sheet, without a note.
  const given = await buildSheets(dir, [lt, '--default-locale', 'lv']);
  assert.equal(given.feed.defaultLocale, 'lv');
  assert.equal(given.feed.organizations[0].name, 'Jaunimo centras');
  assert.doesNotMatch(given.r.stderr, /the headers are/);
  // Headers in Latvian and Lithuanian words alike say neither.
  const mixed = await writeCsv(dir, 'mixed.csv', [
    ['ID', 'Pavadinimas', 'Valsts', 'Pilsēta', 'Gatvė'],
    ['x', 'Centras', 'LT', 'Vilnius', 'Gedimino pr. 1'],
  ]);
  const neither = await buildSheets(dir, [mixed]);
  assert.equal(neither.r.code, 0, neither.r.stderr);
  assert.equal(neither.feed.defaultLocale, 'en');
  assert.doesNotMatch(neither.r.stderr, /the headers are/);
});

test('build: cells composed (NFC): a letter typed with its accent apart is the letter, and the Greek question mark a Greek keyboard types for ";" separates a list', async (t) => {
  const dir = await tempDir(t);
  const rows = [
    ['id', 'name', 'country', 'fields'],
    ['a', 'Talsu jaunies\u030cu klubs', 'LV', 'youth\u037e culture'],
  ];
  for (const file of [
    await writeCsv(dir, 'organisations.csv', rows),
    await writeXlsx(dir, 'organisations.xlsx', {organisations: rows}),
  ]) {
    const {r, feed} = await buildSheets(dir, [file]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(feed.organizations[0].name, 'Talsu jauniešu klubs', file);
    assert.deepEqual(feed.organizations[0].fields, ['youth', 'culture'], file);
  }
});

test("build: control characters an export brings are left out of a cell (a vertical tab, Word's line break, becomes a line break); validate warns about one in a hand-written text", async (t) => {
  const dir = await tempDir(t);
  const file = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country', 'description'],
    ['lv-a', 'Biedr\u0007ība', 'LV', 'One\vTwo\u0085Three\u0000\u009b'],
  ]);
  const {r, feed} = await buildSheets(dir, [file]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    [feed.organizations[0].name, feed.organizations[0].description],
    ['Biedrība', 'One\nTwo\nThree']
  );
  const hand = await writeOrganizations(
    dir,
    [
      {
        id: 'lv-a',
        name: 'A',
        country: 'LV',
        description: {lv: 'Ap\u0007raksts'},
      },
    ],
    'hand.json'
  );
  const v = await run(['validate', hand]);
  assert.match(
    v.stdout,
    /warning: \/organizations\/0\/description\/lv .*"Ap\u0007raksts" has a control character in it \(U\+0007, after "Ap"\).*; the elements leave it out, and other programs reading the feed show it as a box\. Delete the character\./
  );
});

test('build: invisible characters a copy from a web page brings (a zero-width space, a soft hyphen, a byte order mark, a bidi mark at an end) are left out of every cell; validate warns about one in a hand-written id, address or number', async (t) => {
  const dir = await tempDir(t);
  const rows = [
    ['id\u200b', 'name', 'country', 'email', 'website', 'phones'],
    [
      'lv-a\u200b',
      'Paš\u00advaldība',
      '\ufeffLV',
      'info@a.lv\u200b',
      'https://a.lv\u2060/x',
      '\u200e+371 2000 0000\u200f',
    ],
  ];
  for (const file of [
    await writeCsv(dir, 'organisations.csv', rows),
    await writeXlsx(dir, 'organisations.xlsx', {organisations: rows}),
  ]) {
    const {r, feed} = await buildSheets(dir, [file]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      feed.organizations.map((o) => [
        o.id,
        o.name,
        o.country,
        o.email,
        o.website,
        o.phones[0].number,
      ]),
      [
        [
          'lv-a',
          'Pašvaldība',
          'LV',
          'info@a.lv',
          'https://a.lv/x',
          '+371 2000 0000',
        ],
      ],
      file
    );
  }
  const hand = await writeOrganizations(
    dir,
    [{id: 'lv-a\u200b', name: 'A', country: 'LV', email: 'info@a.lv\u200b'}],
    'hand.json'
  );
  const v = await run(['validate', hand]);
  assert.match(
    v.stdout,
    /warning: \/organizations\/0\/id \(id "lv-a\u200b"\): "lv-a\u200b" has an invisible character in it \(U\+200B, after "lv-a"\), which a copy from a web page or a document brings: an id with it is another id than it looks, and what names it finds nothing\./
  );
  assert.match(
    v.stdout,
    /warning: \/organizations\/0\/email .*\(U\+200B, after "info@a\.lv"\).*: its link goes nowhere\./
  );
  assert.equal(v.code, 0);
  assert.match(
    v.stdout,
    /hand\.json: valid \(1 organisation, .*\) with 2 warnings\./
  );
});

test('build: a date a spreadsheet wrote as its count of days (a date cell formatted as a number), with its time as the fraction of the day, is that date, with a warning; another number is no date', async (t) => {
  const dir = await tempDir(t);
  const rows = [
    ['id', 'title', 'start', 'end', 'timeZone', 'registrationCloses'],
    ['e1', 'E', '46609.5416666667', '46609.6666666667', 'Europe/Riga', '46605'],
    ['e2', 'F', '46610', '', '', ''],
  ];
  for (const file of [
    await writeCsv(dir, 'events.csv', rows),
    await writeXlsx(dir, 'events.xlsx', {
      events: rows.map((row, n) =>
        n ? row.map((c, i) => (i >= 2 && /^\d/.test(c) ? Number(c) : c)) : row
      ),
    }),
  ]) {
    const {r, feed} = await buildSheets(dir, [file]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      feed.events.map((e) => [e.start, e.end, e.registration?.closes]),
      [
        ['2027-08-10T13:00+03:00', '2027-08-10T16:00+03:00', '2027-08-06'],
        ['2027-08-11', undefined, undefined],
      ],
      file
    );
    assert.match(
      r.stderr,
      /row 2, column C \(start\): found "46609\.5416666667", a date as spreadsheets count days: read as 2027-08-10 13:00\. Format the column as text and write the date so/
    );
  }
  const wrong = await writeCsv(dir, 'wrong.csv', [
    ['id', 'title', 'start'],
    ['e', 'E', '12345'],
  ]);
  const failed = await run(['build', wrong, '--kind', 'events']);
  assert.equal(failed.code, 1);
  assert.match(failed.stderr, /found "12345", which is not a date we can read/);
});

test('build: an event as announcements write it: a weekday before the date (one the date does not fall on is warned about), registration "until" and "from" a date, its language as a sentence says it', async (t) => {
  const dir = await tempDir(t);
  const file = await writeCsv(dir, 'events.csv', [
    [
      'id',
      'title',
      'start',
      'timeZone',
      'registrationOpens',
      'registrationCloses',
      'language',
    ],
    [
      'e1',
      'E',
      'Otrdiena, 10.08.2027 13:00',
      'Europe/Riga',
      'no 01.07.2027',
      'līdz 05.08.2027',
      'latviešu valodā',
    ],
    [
      'e2',
      'F',
      'Trešdiena, 10.08.2027 13:00',
      'Europe/Riga',
      'from 1 July 2027',
      'until 5 August 2027',
      'in English',
    ],
    [
      'e3',
      'G',
      'terça-feira, 10 de agosto de 2027',
      '',
      'a partir de 1 de julho de 2027',
      'até 5 de agosto de 2027',
      'em português',
    ],
    [
      'e4',
      'H',
      'Τρίτη 2027-08-10',
      '',
      'από 2027-07-01',
      'έως 2027-08-05',
      'στα ελληνικά',
    ],
    ['e5', 'I', 'Tue 10 Aug 2027', '', '', 'iki 2027-08-05', 'lietuviškai'],
    ['e6', 'J', '2027-08-10', '', '', 'senast 2027-08-05', 'på svenska'],
  ]);
  const {r, feed} = await buildSheets(dir, [file]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    feed.events.map((e) => [
      e.start,
      e.registration?.opens,
      e.registration?.closes,
      e.language,
    ]),
    [
      ['2027-08-10T13:00+03:00', '2027-07-01', '2027-08-05', 'lv'],
      ['2027-08-10T13:00+03:00', '2027-07-01', '2027-08-05', 'en'],
      ['2027-08-10', '2027-07-01', '2027-08-05', 'pt'],
      ['2027-08-10', '2027-07-01', '2027-08-05', 'el'],
      ['2027-08-10', undefined, '2027-08-05', 'lt'],
      ['2027-08-10', undefined, '2027-08-05', 'sv'],
    ]
  );
  // Tuesday, 10 August 2027: the one day that disagrees is warned about.
  assert.deepEqual(r.stderr.match(/is a Tuesday, not a \w+/g), [
    'is a Tuesday, not a Wednesday',
  ]);
  assert.match(
    r.stderr,
    /row 3, column C \(start\): found "Trešdiena, 10\.08\.2027 13:00": 2027-08-10 is a Tuesday, not a Wednesday; read as 2027-08-10\. Check the date \(or the day's name\)\./
  );
});

const LONG_LV =
  'Garš solis, kurā kols ir tikai pēc vairāk nekā astoņdesmit paša teksta rakstzīmēm';
const LONG_EN =
  'A long step, which has a colon only after more than eighty characters of its own text';
test('build: all the steps in one cell (a "Soļi" column): one per line or numbered in a line, a bullet or number left out, "Title: text" read as both, per language; languages with different numbers of steps, or steps in both forms, are an error', async (t) => {
  const dir = await tempDir(t);
  const file = await writeCsv(dir, 'recommendations.csv', [
    ['id', 'title', 'Soļi (lv)', 'Steps (en)'],
    [
      'r1',
      'Kopīgi mērķi',
      '1. Izveidojiet darba grupu. 2. Vienojieties par mērķiem.',
      '1) Set up a working group 2) Agree on goals',
    ],
    [
      'r2',
      'Telpas',
      '- Atrodiet telpas\n- Vienojieties par īri\n',
      '• Find a room\n• Agree on the rent',
    ],
    ['r3', 'Viens', 'Viens solis 2. gadā', 'One step in year 2'],
    [
      'r4',
      'Darba grupa',
      `1. Darba grupa: aiciniet NVO un pašvaldību. 2. Sanāksme 13:00: vienojieties par mērķiem. 3. ${LONG_LV}: paliek vesels.`,
      `Working group: invite the NGOs and the municipality.\nMeeting at 13:00\n${LONG_EN}: kept whole.`,
    ],
  ]);
  const {r, feed} = await buildSheets(dir, [file]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    feed.recommendations.map((x) => x.steps),
    [
      [
        {title: {lv: 'Izveidojiet darba grupu.', en: 'Set up a working group'}},
        {title: {lv: 'Vienojieties par mērķiem.', en: 'Agree on goals'}},
      ],
      [
        {title: {lv: 'Atrodiet telpas', en: 'Find a room'}},
        {title: {lv: 'Vienojieties par īri', en: 'Agree on the rent'}},
      ],
      [{title: {lv: 'Viens solis 2. gadā', en: 'One step in year 2'}}],
      // "Title: text": the title and the text, in each language that has
      // them (not at the colon of 13:00, nor after 80 characters).
      [
        {
          title: {lv: 'Darba grupa', en: 'Working group'},
          text: {
            lv: 'aiciniet NVO un pašvaldību.',
            en: 'invite the NGOs and the municipality.',
          },
        },
        {
          title: {lv: 'Sanāksme 13:00', en: 'Meeting at 13:00'},
          text: {lv: 'vienojieties par mērķiem.'},
        },
        {
          title: {
            lv: `${LONG_LV}: paliek vesels.`,
            en: `${LONG_EN}: kept whole.`,
          },
        },
      ],
    ]
  );
  assert.match(
    r.stderr,
    /"Soļi \(lv\)" as steps\.lv, "Steps \(en\)" as steps\.en/
  );
  const validate = await schemaValidator();
  assert.ok(validate(feed), JSON.stringify(validate.errors));
  const wrong = await writeCsv(dir, 'wrong.csv', [
    ['id', 'title', 'steps.lv', 'steps.en', 'step1'],
    ['a', 'A', 'X\nY', 'X', ''],
    ['b', 'B', 'X', 'X', 'Z'],
  ]);
  const failed = await run(['build', wrong, '--kind', 'recommendations']);
  assert.equal(failed.code, 1);
  assert.match(
    failed.stderr,
    /row 2, column C \(steps\.lv\): the languages have different numbers of steps \(2 in lv, 1 in en\): each needs the same steps, one per line or numbered\./
  );
  assert.match(
    failed.stderr,
    /row 3, column C \(steps\.lv\): the row has steps in step1, step2, … and in the steps column; give them in one of the two\./
  );
});

test('build: a step column (step1, step1.lv, …) without its text column reads "Title: text" as both, per language, as a steps cell does; with the text column, or with no such title, the cell is the title', async (t) => {
  const dir = await tempDir(t);
  const file = await writeCsv(dir, 'recommendations.csv', [
    ['id', 'title', 'step1.lv', 'step1.en', 'step2', 'step3', 'step3.text'],
    [
      'r1',
      'Darba grupa',
      'Darba grupa: aiciniet NVO un pašvaldību.',
      'Working group',
      'Sanāksme 13:00',
      'Budžets: rezerve',
      'Paredziet rezervi.',
    ],
    ['r2', 'Telpas', `${LONG_LV}: paliek vesels.`, '', '', '', ''],
  ]);
  const {r, feed} = await buildSheets(dir, [file]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    feed.recommendations.map((x) => x.steps),
    [
      [
        {
          title: {lv: 'Darba grupa', en: 'Working group'},
          text: {lv: 'aiciniet NVO un pašvaldību.'},
        },
        {title: 'Sanāksme 13:00'},
        {title: 'Budžets: rezerve', text: 'Paredziet rezervi.'},
      ],
      [{title: {lv: `${LONG_LV}: paliek vesels.`}}],
    ]
  );
  const validate = await schemaValidator();
  assert.ok(validate(feed), JSON.stringify(validate.errors));
});

test("coordinates outside the record's country (swapped, a longitude west of Greenwich without its minus, elsewhere) are warned about, at the column that gave them; the partner countries' own are not", async (t) => {
  const dir = await tempDir(t);
  const orgs = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country', 'lat', 'lon'],
    ['a', 'A', 'LV', '22.5877', '57.2456'],
    ['b', 'B', 'PT', '38.7', '9.1'],
    ['c', 'C', 'LV', '57.2456', '22.5877'],
    ['d', 'D', 'PT', '32.65', '-16.91'],
    ['e', 'E', 'CY', '35.17', '33.36'],
    ['f', 'F', 'SE', '59.33', '18.07'],
    ['g', 'G', 'LT', '54.69', '25.28'],
  ]);
  const events = await writeCsv(dir, 'events.csv', [
    ['id', 'title', 'start', 'venueName', 'venueCountry', 'venueCoordinates'],
    ['e', 'E', '2027-01-01', 'X', 'CY', '51.5, 0.1'],
  ]);
  const {r} = await buildSheets(dir, [orgs, events]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(r.stderr.match(/^warning: .*not in.*$/gm), [
    'warning: organisations.csv, row 2, column D (lat): 22.5877, 57.2456 is not in LV, so its map link shows another place: the latitude and the longitude look swapped (57.2456, 22.5877 is in LV); write the latitude first.',
    'warning: organisations.csv, row 3, column D (lat): 38.7, 9.1 is not in PT, so its map link shows another place: a longitude west of Greenwich needs its minus (38.7, -9.1 is in PT).',
    'warning: events.csv, row 2, column F (venueCoordinates): 51.5, 0.1 is not in CY, so its map link shows another place. Check the coordinates (a map gives them, the latitude first).',
  ]);
  const hand = await writeOrganizations(
    dir,
    [{id: 'a', name: 'A', country: 'LV', geo: {lat: 22.5877, lon: 57.2456}}],
    'hand.json'
  );
  const v = await run(['validate', hand]);
  assert.match(
    v.stdout,
    /warning: \/organizations\/0\/geo\/lat \(id "a"\): 22\.5877, 57\.2456 is not in LV/
  );
});

test("build: a whole address in the street's cell, as each partner country writes it, gives the town, postal code (and municipality) the row leaves empty; a database's actual address is read, its legal one not", async (t) => {
  const dir = await tempDir(t);
  const orgs = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country', 'Juridiskā adrese', 'Faktiskā adrese', 'city'],
    [
      'a',
      'A',
      'LV',
      'Dzīvokļa iela 1-5, Talsi',
      'Lielā iela 19/21, Talsi, LV-3201',
      '',
    ],
    ['b', 'B', 'LV', '', 'Rīgas iela 5, Talsi, Talsu nov., LV-3201', ''],
    ['c', 'C', 'LT', '', 'Gedimino pr. 1, LT-01103 Vilnius', ''],
    ['d', 'D', 'SE', '', 'Storgatan 1, 123 45 Stockholm', ''],
    ['e', 'E', 'PT', '', 'Rua X 1, 1000-001 Lisboa', ''],
    ['f', 'F', 'CY', '', 'Makariou 1, 1065 Nicosia', ''],
    ['g', 'G', 'LV', '', 'Lielā iela 1, 2. stāvs', ''],
    ['h', 'H', 'LV', '', 'Lielā iela 1, LV-3201', 'Talsi'],
  ]);
  const {r, feed} = await buildSheets(dir, [orgs]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    feed.organizations.map((o) => [o.municipality, o.city, o.address]),
    [
      [
        undefined,
        'Talsi',
        {
          street: 'Lielā iela 19/21',
          city: 'Talsi',
          postalCode: 'LV-3201',
          country: 'LV',
        },
      ],
      [
        'Talsu nov.',
        'Talsi',
        {
          street: 'Rīgas iela 5',
          city: 'Talsi',
          postalCode: 'LV-3201',
          country: 'LV',
        },
      ],
      [
        undefined,
        'Vilnius',
        {
          street: 'Gedimino pr. 1',
          city: 'Vilnius',
          postalCode: 'LT-01103',
          country: 'LT',
        },
      ],
      [
        undefined,
        'Stockholm',
        {
          street: 'Storgatan 1',
          city: 'Stockholm',
          postalCode: '123 45',
          country: 'SE',
        },
      ],
      [
        undefined,
        'Lisboa',
        {
          street: 'Rua X 1',
          city: 'Lisboa',
          postalCode: '1000-001',
          country: 'PT',
        },
      ],
      [
        undefined,
        'Nicosia',
        {
          street: 'Makariou 1',
          city: 'Nicosia',
          postalCode: '1065',
          country: 'CY',
        },
      ],
      [undefined, undefined, {street: 'Lielā iela 1, 2. stāvs', country: 'LV'}],
      [
        undefined,
        'Talsi',
        {street: 'Lielā iela 1, LV-3201', city: 'Talsi', country: 'LV'},
      ],
    ]
  );
  assert.match(
    r.stderr,
    /row 2, column E \(Faktiskā adrese\): found "Lielā iela 19\/21, Talsi, LV-3201", a whole address: read as the street "Lielā iela 19\/21", the town "Talsi" and the postal code "LV-3201"\. \(A column each reads without guessing\.\)/
  );
  assert.match(
    r.stderr,
    /column D: the column "Juridiskā adrese", a legal address, is not read: the elements show where visitors find an organisation \(the street column, or an actual address\), and a small association's legal address is often a home\./
  );
  assert.doesNotMatch(r.stderr, /Dzīvokļa/);
  const events = await writeCsv(dir, 'events.csv', [
    ['id', 'title', 'start', 'venueName', 'venueStreet', 'venueCountry'],
    [
      'e',
      'E',
      '2027-01-01',
      'X',
      'Rīgas iela 5, Talsi, Talsu nov., LV-3201',
      'LV',
    ],
  ]);
  const venue = await buildSheets(dir, [events]);
  assert.deepEqual(venue.feed.events[0].venue.address, {
    street: 'Rīgas iela 5',
    city: 'Talsi',
    region: 'Talsu nov.',
    postalCode: 'LV-3201',
    country: 'LV',
  });
  assert.match(
    venue.r.stderr,
    /read as the street "Rīgas iela 5", the town "Talsi", the municipality "Talsu nov\." and the postal code "LV-3201"/
  );
  assert.doesNotMatch(venue.r.stderr, /left out/);
});

test('build: sheets from http(s) addresses (a published Google Sheet as CSV or XLSX); a web page or an error status instead is said plainly', async (t) => {
  const dir = await tempDir(t);
  const xlsx = await readFile(
    await writeXlsx(dir, 'book.xlsx', {
      Pasākumi: [
        ['id', 'title', 'start'],
        ['e', 'Atvērto durvju diena', '2027-05-10'],
      ],
    })
  );
  const base = await serve(t, (req, res) => {
    const url = new URL(req.url, 'http://x');
    const output = url.searchParams.get('output');
    if (url.pathname === '/sheets/pub' && output === 'csv') {
      res.writeHead(200, {'content-type': 'text/csv; charset=utf-8'});
      res.end('ID,Nosaukums,Valsts\r\nlsua,LSUA,Latvija\r\n');
    } else if (url.pathname === '/sheets/pub' && output === 'xlsx') {
      res.writeHead(200, {
        'content-type':
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
      res.end(xlsx);
    } else if (url.pathname === '/sheets/edit') {
      res.writeHead(200, {'content-type': 'text/html'});
      res.end('<!doctype html><title>Sign in</title>');
    } else {
      res.writeHead(404).end();
    }
  });
  const {r, feed} = await buildSheets(dir, [
    `${base}/sheets/pub?output=csv`,
    `${base}/sheets/pub?output=xlsx`,
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    [
      feed.organizations[0].id,
      feed.organizations[0].country,
      feed.events[0].title,
    ],
    ['lsua', 'LV', 'Atvērto durvju diena']
  );
  // Messages name the address by its host and last part.
  assert.match(
    r.stderr,
    /note: 127\.0\.0\.1:\d+\/…\/pub: read the headers "Nosaukums" as name, "Valsts" as country\./
  );
  const page = await buildSheets(dir, [`${base}/sheets/edit`]);
  assert.equal(page.r.code, 1);
  assert.match(
    page.r.stderr,
    /\/sheets\/edit: the address gives a web page, not a sheet\. Publish the sheet as CSV or XLSX/
  );
  // The sheet's address given to validate (or as --base): build it.
  const asFeed = await run(['validate', `${base}/sheets/pub?output=csv`]);
  assert.equal(asFeed.code, 1);
  assert.match(
    asFeed.stderr,
    /\/sheets\/pub\?output=csv gives a spreadsheet \(text\/csv\), not a feed\. Build the feed from it: npx local-y-mpact-elements feed build "http:\/\/127\.0\.0\.1:\d+\/sheets\/pub\?output=csv" -o feed\.json\./
  );
  const missing = await buildSheets(dir, [`${base}/nothing.csv`]);
  assert.equal(missing.r.code, 1);
  assert.match(
    missing.r.stderr,
    /\/nothing\.csv: the server answered 404 Not Found; expected a sheet \(200 OK\)\./
  );
});

test('build: a national sheet without a country column takes --country (a code or a name); without it, the error says to', async (t) => {
  const dir = await tempDir(t);
  const orgs = await writeCsv(dir, 'foreningar.csv', [
    [
      'ID',
      'Organisation',
      'Kommun',
      'Län',
      'Adress',
      'Postnummer',
      'Ort',
      'Telefon',
      'E-post',
      'Webbplats',
      'Verksamhet',
      'Kontaktperson',
    ],
    [
      'se-ung',
      'Ung i Göteborg',
      'Göteborg',
      'Västra Götaland',
      'Storgatan 1',
      '411 01',
      'Göteborg',
      '+46 31 000 00 00',
      'info@example.se',
      'https://example.se',
      'Ungdom',
      'Anna',
    ],
  ]);
  const without = await buildSheets(dir, [orgs, '--kind', 'organizations']);
  assert.equal(without.r.code, 1);
  assert.match(
    without.r.stderr,
    /the header row has no column "country"; it is required for organisation\. When every organisation is in one country, run with --country LV \(its code or name\) instead\./
  );
  const {r, feed} = await buildSheets(dir, [
    orgs,
    '--kind',
    'organizations',
    '--country',
    'Sverige',
    '--default-locale',
    'sv',
  ]);
  assert.equal(r.code, 0, r.stderr);
  const [org] = feed.organizations;
  assert.deepEqual(
    [
      org.name,
      org.country,
      org.municipality,
      org.fields,
      org.address,
      org.phones,
    ],
    [
      'Ung i Göteborg',
      'SE',
      'Göteborg',
      ['youth'],
      {
        street: 'Storgatan 1',
        city: 'Göteborg',
        region: 'Västra Götaland',
        postalCode: '411 01',
        country: 'SE',
      },
      [{number: '+46 31 000 00 00'}],
    ]
  );
  // Only the contact person, not published, is an unknown column.
  assert.match(
    r.stderr,
    /the column "Kontaktperson" is not a known organisation column/
  );
  // A workbook's sheet of them ("Blad1"): with --country, organisations by
  // their name column.
  const book = await writeXlsx(dir, 'register.xlsx', {
    Blad1: [
      ['Namn', 'Ort', 'E-post'],
      ['Ung i Malmö', 'Malmö', 'info@example.se'],
    ],
  });
  const fromBook = await buildSheets(dir, [book, '--country', 'SE']);
  assert.equal(fromBook.r.code, 0, fromBook.r.stderr);
  assert.deepEqual(
    [fromBook.feed.organizations[0].id, fromBook.feed.organizations[0].country],
    ['se-ung-i-malmo', 'SE']
  );
  const bad = await buildSheets(dir, [orgs, '--country', 'Atlantis']);
  assert.equal(bad.r.code, 2);
  assert.match(
    bad.r.stderr,
    /--country must be a country code like LV or a name like Latvija; found "Atlantis"\./
  );
});

test('build: sheets without an id column get ids made from the names (Latin letters for Greek ones; an organisation after its country, an event before its date), a name given twice a -2, and one warning per sheet', async (t) => {
  const dir = await tempDir(t);
  const orgs = await writeCsv(dir, 'organisations.csv', [
    ['Επωνυμία', 'Χώρα'],
    ['Κέντρο Νεότητας', 'Κύπρος'],
    ['Κέντρο Νεότητας', 'Κύπρος'],
    ['Talsu jauniešu klubs', 'LV'],
  ]);
  const events = await writeCsv(dir, 'events.csv', [
    ['Nosaukums', 'Datums', 'Organizators'],
    ['Soli pa solim', '10.08.2027', 'Talsu jauniešu klubs'],
  ]);
  const recs = await writeCsv(dir, 'recommendations.csv', [
    ['Title', 'Summary'],
    ['Shared goals', 'Agree what both sides want.'],
  ]);
  const {r, feed} = await buildSheets(dir, [orgs, events, recs]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    feed.organizations.map((o) => o.id),
    ['cy-kentro-neotitas', 'cy-kentro-neotitas-2', 'lv-talsu-jauniesu-klubs']
  );
  assert.equal(feed.events[0].id, 'soli-pa-solim-2027-08-10');
  // The organiser by its name links to the made id.
  assert.deepEqual(feed.events[0].organizers, [
    {id: 'lv-talsu-jauniesu-klubs'},
  ]);
  assert.equal(feed.recommendations[0].id, 'shared-goals');
  for (const [file, kind, from, id] of [
    [
      'organisations.csv',
      'organisation',
      'country and name',
      'cy-kentro-neotitas',
    ],
    ['events.csv', 'event', 'title and date', 'soli-pa-solim-2027-08-10'],
    ['recommendations.csv', 'recommendation', 'title', 'shared-goals'],
  ])
    assert.match(
      r.stderr,
      new RegExp(
        `warning: ${file.replace('.', '\\.')}, row 1: the sheet has no id column, so each ${kind}'s id is made from its ${from} \\("${id}", …\\)\\.`
      )
    );
  assert.equal(r.stderr.match(/has no id column/g).length, 3);
  const validate = await schemaValidator();
  assert.ok(validate(feed), JSON.stringify(validate.errors));
});

test("build: a national phone number of a partner country gets its calling code (Lithuania's trunk 8 dropped); two addresses where the feed has one give the first, with a warning", async (t) => {
  const dir = await tempDir(t);
  const orgs = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country', 'phones', 'email', 'website'],
    [
      'a',
      'A',
      'LV',
      '29123456; 6320 0000 (birojs)',
      'info@ozols.lv; valde@ozols.lv',
      'www.ozols.lv, facebook.com/ozols',
    ],
    ['b', 'B', 'LT', '8 600 00000', '', ''],
    ['c', 'C', 'PT', '212 345 678', '', ''],
    ['d', 'D', 'CY', '22 000000', '', ''],
    ['e', 'E', 'GR', '210 000 0000', '', ''],
    // Too short for a national number, and a country not among them.
    ['f', 'F', 'LV', '112', '', ''],
    ['g', 'G', 'DE', '030 1234567', '', ''],
    // Two numbers with a slash after a space between them are two phones
    // (as the elements read them); a slash in a number is kept.
    ['h', 'H', 'LV', '+371 2912 3456 (valde) / 6320 0000', '', ''],
    ['i', 'I', 'SE', '+46 31/123 45 67', '', ''],
  ]);
  const {r, feed} = await buildSheets(dir, [orgs]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    feed.organizations.map((o) => o.phones.map((p) => p.number)),
    [
      ['+371 29123456', '+371 6320 0000'],
      ['+370 600 00000'],
      ['+351 212 345 678'],
      ['+357 22 000000'],
      ['+30 210 000 0000'],
      ['112'],
      ['030 1234567'],
      ['+371 2912 3456', '+371 6320 0000'],
      ['+46 31/123 45 67'],
    ]
  );
  assert.equal(feed.organizations[7].phones[0].description, 'valde');
  assert.match(
    r.stderr,
    /row 9, column D \(phones\): found "\+371 2912 3456 \(valde\) \/ 6320 0000", read as 2 values \(\+371 2912 3456 \(valde\); 6320 0000\)/
  );
  assert.equal(feed.organizations[0].phones[1].description, 'birojs');
  // validate says the same of a feed written by hand, and nothing of the
  // numbers the build wrote.
  const hand = await writeOrganizations(
    dir,
    [
      {id: 'a', name: 'A', country: 'LT', phones: [{number: '8 600 00000'}]},
      {
        id: 'b',
        name: 'B',
        country: 'DE',
        phones: [{number: '+49 30 123456 / 30 654321'}],
      },
    ],
    'hand.json'
  );
  const checked = await run(['validate', hand, `${dir}/feed.json`]);
  assert.equal(checked.code, 0, checked.stderr);
  assert.match(
    checked.stdout + checked.stderr,
    /\/organizations\/0\/phones\/0\/number \(id "a"\): "8 600 00000" has no country code, so a phone abroad cannot dial it; if it is a LT number, write "\+370 600 00000"\./
  );
  assert.equal(
    (checked.stdout + checked.stderr).match(/has no country code/g).length,
    1
  );
  assert.equal(r.stderr.match(/without a country code/g).length, 7);
  assert.match(
    checked.stdout + checked.stderr,
    /\/organizations\/1\/phones\/0\/number \(id "b"\): "\+49 30 123456 \/ 30 654321" holds two numbers, and its link dials the first only: give each a phone of its own\./
  );
  assert.equal(
    (checked.stdout + checked.stderr).match(/holds two numbers/g).length,
    1
  );
  const [a] = feed.organizations;
  assert.deepEqual(
    [a.email, a.website],
    ['info@ozols.lv', 'https://www.ozols.lv']
  );
  assert.match(
    r.stderr,
    /column E \(email\): found 2 addresses \("info@ozols\.lv", "valde@ozols\.lv"\); the feed has one e-mail address here, so the first is used\./
  );
  assert.match(
    r.stderr,
    /column F \(website\): found 2 addresses \("www\.ozols\.lv", "facebook\.com\/ozols"\); the feed has one web address here, so the first is used\./
  );
});

test('build: a phone with its extension after it ("/ ext. 12", "ankn. 3402", "εσωτ. 5"): the number, its extension as its description, with a warning; validate says where an extension goes', async (t) => {
  const dir = await tempDir(t);
  const file = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country', 'phones'],
    ['a', 'A', 'LV', '6320 0000 / ext. 12'],
    ['b', 'B', 'SE', '08-123 456 78 ankn. 3402; 070-123 45 67'],
    ['c', 'C', 'CY', '+357 22 000000 εσωτ. 5'],
    ['d', 'D', 'LV', '+371 6320 0000 (iekš. 7)'],
    ['e', 'E', 'LV', '6320 0000 / 2912 3456'],
  ]);
  const {r, feed} = await buildSheets(dir, [file]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    feed.organizations.map((o) => o.phones),
    [
      [{number: '+371 6320 0000', description: 'ext. 12'}],
      [
        {number: '+46 8-123 456 78', description: 'ankn. 3402'},
        {number: '+46 70-123 45 67'},
      ],
      [{number: '+357 22 000000', description: 'εσωτ. 5'}],
      [{number: '+371 6320 0000', description: 'iekš. 7'}],
      [{number: '+371 6320 0000'}, {number: '+371 2912 3456'}],
    ]
  );
  assert.match(
    r.stderr,
    /warning: organisations\.csv, row 2, column D \(phones\): found "6320 0000 \/ ext\. 12": read as the number "6320 0000" and its extension, "ext\. 12", shown beside it \(a phone link dials the number alone\)\. Written as "6320 0000 \(ext\. 12\)", it reads without this warning\./
  );
  assert.equal(r.stderr.match(/and its extension/g).length, 3);
  const written = join(dir, 'hand.json');
  await writeOrganizations(
    dir,
    [
      {
        id: 'a',
        name: 'A',
        country: 'LV',
        phones: [{number: '+371 6320 0000 ext. 12'}],
      },
    ],
    'hand.json'
  );
  const v = await run(['validate', written]);
  assert.equal(v.code, 1);
  assert.match(
    v.stdout,
    /An extension goes in the description, which the elements show beside the number: \{"number": "\+371 6320 0000", "description": "ext\. 12"\}\./
  );
});

test('build: a phone with a word before it: one that says phone ("tel.", "Tālr.:", "Telefon:", "Τηλ.") is left out, another ("mob.", a name) is its description; validate says where each goes', async (t) => {
  const dir = await tempDir(t);
  const file = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country', 'phones'],
    ['a', 'A', 'LV', 'tel. 29123456'],
    ['b', 'B', 'LV', 'mob. 2912 3456, Tālr.: 6320 0000 (birojs)'],
    ['c', 'C', 'SE', 'Telefon: 08-123 45 67'],
    ['d', 'D', 'CY', 'Τηλ. 22 123456'],
    ['e', 'E', 'LT', 'Jonas +370 600 00000 vid. 12'],
  ]);
  const {r, feed} = await buildSheets(dir, [file]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    feed.organizations.map((o) => o.phones),
    [
      [{number: '+371 29123456'}],
      [
        {number: '+371 2912 3456', description: 'mob.'},
        {number: '+371 6320 0000', description: 'birojs'},
      ],
      [{number: '+46 8-123 45 67'}],
      [{number: '+357 22 123456'}],
      [{number: '+370 600 00000', description: 'Jonas, vid. 12'}],
    ]
  );
  assert.match(
    r.stderr,
    /row 2, column D \(phones\): found "tel\. 29123456": read as the number "29123456"; "tel\." before it is left out\./
  );
  assert.match(
    r.stderr,
    /found "mob\. 2912 3456": read as the number "2912 3456", described as "mob\." \(shown beside it; write "2912 3456 \(mob\.\)" to read it without this warning\)\./
  );
  // A word and an extension together: both said.
  assert.match(
    r.stderr,
    /found "Jonas \+370 600 00000 vid\. 12": read as the number "\+370 600 00000", described as "Jonas, vid\. 12"/
  );
  const both = await writeCsv(dir, 'both.csv', [
    ['id', 'name', 'country', 'phones'],
    ['a', 'A', 'LV', 'tel. 6320 0000 ext. 12'],
  ]);
  const bothRead = await buildSheets(dir, [both]);
  assert.deepEqual(bothRead.feed.organizations[0].phones, [
    {number: '+371 6320 0000', description: 'ext. 12'},
  ]);
  assert.match(
    bothRead.r.stderr,
    /found "tel\. 6320 0000 ext\. 12": read as the number "6320 0000" and its extension, "ext\. 12", .* "tel\." before it is left out\./
  );
  const hand = await writeOrganizations(
    dir,
    [
      {
        id: 'a',
        name: 'A',
        country: 'LV',
        phones: [{number: 'mob. +371 2912 3456'}],
      },
    ],
    'hand.json'
  );
  const v = await run(['validate', hand]);
  assert.equal(v.code, 1);
  assert.match(
    v.stdout,
    /found "mob\. \+371 2912 3456"; expected a phone number .*\. Write the number alone, "\+371 2912 3456", and "mob\." in the description, which the elements show beside it\./
  );
});

test("build: register numbers written alone (a partner's own column, or identifiers) are of the register of the organisation's country; a number of another, or one a spreadsheet spoiled, is an error", async (t) => {
  const dir = await tempDir(t);
  const orgs = await writeCsv(dir, 'organizacijas.csv', [
    ['Nosaukums', 'Valsts', 'Reģ. Nr.', 'identifiers'],
    ['Ozols', 'LV', '40008000001', 'LV-RE:40008000001; XI-WIKIDATA:Q1'],
    ['Kauno klubas', 'Lietuva', '300 012 345', ''],
    ['Föreningen', 'SE', '802012-3456', ''],
    ['Clube', 'PT', '', '5001234567'],
    ['Kentro', 'CY', 'CY-DRCOR:HE12345', ''],
    ['Liepa', 'LV', '', 'LV-RE:4000800000'],
  ]);
  const {r, feed} = await buildSheets(dir, [orgs]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    feed.organizations.map((o) => o.identifiers),
    [
      // The same number in both columns once.
      [
        {scheme: 'LV-RE', value: '40008000001'},
        {scheme: 'XI-WIKIDATA', value: 'Q1'},
      ],
      [{scheme: 'LT-RC', value: '300 012 345'}],
      [{scheme: 'SE-ON', value: '802012-3456'}],
      [{scheme: 'PT-NIPPC', value: '5001234567'}],
      [{scheme: 'CY-DRCOR', value: 'HE12345'}],
      [{scheme: 'LV-RE', value: '4000800000'}],
    ]
  );
  assert.match(r.stderr, /"Reģ\. Nr\." as registerNumber/);
  assert.match(
    r.stderr,
    /note: organizacijas\.csv: read the register numbers written without their register as numbers of the Register of Enterprises of Latvia \(LV-RE\), the Register of Legal Entities of Lithuania \(LT-RC\), Sweden's organisationsnummer \(SE-ON\), Portugal's NIPC \(PT-NIPPC\), by each organisation's country\./
  );
  // A Portuguese NIPC has 9 digits.
  assert.match(
    r.stderr,
    /row 5, column D \(identifiers\): found "5001234567", 10 digits; PT-NIPPC numbers \(Portugal's NIPC\) have 9\. Check it\./
  );
  // So does one written with its register.
  assert.match(
    r.stderr,
    /row 7, column D \(identifiers\): found "LV-RE:4000800000", 10 digits; LV-RE numbers \(the Register of Enterprises of Latvia\) have 11\. Check it\./
  );
  assert.equal(r.stderr.match(/digits;/g).length, 2);
  // validate says the same of a feed written by hand, and of the two in
  // the feed the build wrote.
  const hand = await writeOrganizations(
    dir,
    [
      {
        id: 'a',
        name: 'A',
        country: 'LT',
        identifiers: [
          {scheme: 'LT-RC', value: '30001234'},
          {scheme: 'LT-RC', value: '300012345'},
        ],
      },
    ],
    'hand.json'
  );
  const checked = await run(['validate', hand, `${dir}/feed.json`]);
  assert.equal(checked.code, 0, checked.stderr);
  const said = checked.stdout + checked.stderr;
  assert.match(
    said,
    /\/organizations\/0\/identifiers\/0\/value \(id "a"\): "30001234" has 8 digits; LT-RC numbers \(the Register of Legal Entities of Lithuania\) have 9\. Check it\./
  );
  assert.equal(said.match(/digits;/g).length, 3);
  const valid = await schemaValidator();
  assert.ok(valid(feed), JSON.stringify(valid.errors));

  const bad = await writeCsv(dir, 'bad.csv', [
    ['name', 'country', 'registerNumber'],
    ['Kentro', 'CY', 'HE12345'],
    ['Kentro 2', 'CY', '12345'],
    ['Ozols', 'LV', '4.0008E+10'],
    ['Ozols 2', 'LV', 'LV40008000002'],
  ]);
  const failed = await run(['build', bad, '--kind', 'organizations']);
  assert.equal(failed.code, 1, failed.stderr);
  assert.match(
    failed.stderr,
    /row 2, column C \(registerNumber\): found "HE12345"; expected SCHEME:value, the register's code at org-id\.guide and the number, e\.g\. LV-RE:40008000000\.\n/
  );
  assert.match(
    failed.stderr,
    /row 3, column C \(registerNumber\): found "12345"; expected SCHEME:value, .* A number alone is read as one of the national register only for organisations in LV, LT, SE, PT, not CY\./
  );
  assert.match(
    failed.stderr,
    /row 4, column C \(registerNumber\): found "4\.0008E\+10": a spreadsheet wrote the register number as a number and lost its digits\./
  );
  assert.match(
    failed.stderr,
    /row 5, column C \(registerNumber\): found "LV40008000002"; expected SCHEME:value/
  );
  assert.match(failed.stderr, /4 errors/);
});

test('build: a problem of a text in some languages only is placed at a column the row fills, not at the first of the text', async (t) => {
  const dir = await tempDir(t);
  const orgs = await writeCsv(dir, 'organisations.csv', [
    ['id', 'Όνομα (el)', 'Όνομα (en)', 'name.lt', 'name.lv', 'country'],
    ['a', '', 'Youth Centre', '', '', 'CY'],
    ['b', '', '', '', 'Jauniešu centrs', 'LV'],
  ]);
  const {r} = await buildSheets(dir, [orgs]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /organisations\.csv, row 2, column C \(Όνομα \(en\)\): the text has no/
  );
  assert.match(r.stderr, /row 3, column E \(name\.lv\)/);
  assert.doesNotMatch(r.stderr, /column B/);
});

test('build: e-mail and web addresses as partners write them: spelt for robots, with a name, a label or a note, two with a slash; a web address with words after it is still an error', async (t) => {
  const dir = await tempDir(t);
  const orgs = await writeCsv(dir, 'organisations.csv', [
    ['Nosaukums', 'Valsts', 'E-pasts', 'Mājaslapa'],
    ['A', 'LV', 'info(at)a.lv', 'Facebook: facebook.com/a'],
    ['B', 'LV', 'info [at] b [dot] lv', 'www.b.lv (jaunā lapa)'],
    ['C', 'LV', 'Jānis Bērziņš <janis@c.lv>', 'www.c.lv / www.c.com'],
    ['D', 'LV', 'info@d.lv (valde)', ''],
    ['E', 'LV', 'valde: e@e.lv, birojs: b@e.lv', ''],
    ['F', 'LV', 'f@f.lv / g@f.lv', ''],
  ]);
  const {r, feed} = await buildSheets(dir, [orgs]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    feed.organizations.map((o) => [o.email, o.website]),
    [
      ['info@a.lv', 'https://facebook.com/a'],
      ['info@b.lv', 'https://www.b.lv'],
      ['janis@c.lv', 'https://www.c.lv'],
      ['info@d.lv', undefined],
      ['e@e.lv', undefined],
      ['f@f.lv', undefined],
    ]
  );
  for (const said of [
    /row 2, column C \(E-pasts\): found "info\(at\)a\.lv", written as "info@a\.lv": the elements show the address as a link to write to/,
    /row 2, column D \(Mājaslapa\): found "Facebook: facebook\.com\/a"; the web address in it, "facebook\.com\/a", is used and the other words are left out\./,
    /row 4, column C \(E-pasts\): found "Jānis Bērziņš <janis@c\.lv>"; the e-mail address in it, "janis@c\.lv", is used/,
    /row 4, column D \(Mājaslapa\): found 2 addresses \("www\.c\.lv", "www\.c\.com"\)/,
    /row 6, column C \(E-pasts\): found 2 addresses \("e@e\.lv", "b@e\.lv"\)/,
    /row 7, column C \(E-pasts\): found 2 addresses \("f@f\.lv", "g@f\.lv"\)/,
  ])
    assert.match(r.stderr, said);

  const spaced = await writeCsv(dir, 'spaced.csv', [
    ['name', 'country', 'website'],
    ['A', 'LV', 'https://a.lv/par mums'],
    ['B', 'LV', 'skatīt Facebook'],
  ]);
  const failed = await run(['build', spaced, '--kind', 'organizations']);
  assert.equal(failed.code, 1);
  assert.match(
    failed.stderr,
    /row 2, column C \(website\): found "https:\/\/a\.lv\/par mums", a web address with a space in it/
  );
  assert.match(
    failed.stderr,
    /row 3, column C \(website\): found "skatīt Facebook"/
  );
});

test('build: a time column as partners write it: a range in words in the six languages, an hour alone, 13h30; an hour past 23 is an error', async (t) => {
  const dir = await tempDir(t);
  const rows = [
    ['no 13:00 līdz 16:00', '13:00', '16:00'],
    ['nuo 13 iki 16', '13:00', '16:00'],
    ['kl. 13–16', '13:00', '16:00'],
    ['από 13:00 έως 16:00', '13:00', '16:00'],
    ['das 13h às 16h30', '13:00', '16:30'],
    ['from 9 to 11.30', '09:00', '11:30'],
    ['13', '13:00', undefined],
  ];
  const events = await writeCsv(dir, 'events.csv', [
    ['Nosaukums', 'Datums', 'Laiks'],
    ...rows.map(([time], n) => [`E${n}`, '10.08.2027', time]),
  ]);
  const {r, feed} = await buildSheets(dir, [
    events,
    '--time-zone',
    'Europe/Riga',
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    feed.events.map((e) => [e.start, e.end]),
    rows.map(([, start, end]) => [
      `2027-08-10T${start}+03:00`,
      end && `2027-08-10T${end}+03:00`,
    ])
  );
  const late = await writeCsv(dir, 'late.csv', [
    ['title', 'start', 'startTime'],
    ['A', '2027-08-10', '25'],
  ]);
  const failed = await run(['build', late, '--kind', 'events']);
  assert.equal(failed.code, 1);
  assert.match(
    failed.stderr,
    /column C \(startTime\): found "25", which is not a time of day we can read/
  );
});

test('build: lists, yes or no and counts as partners write them: "latviešu un angļu", "LV/EN", "Jaunatne / izglītība", "Jā, meklē", "40 vietas", "~40"; "40+" is an error that says why', async (t) => {
  const dir = await tempDir(t);
  const orgs = await writeCsv(dir, 'organisations.csv', [
    ['Nosaukums', 'Valsts', 'Valodas', 'Darbības jomas', 'Meklē partnerus'],
    ['A', 'LV', 'latviešu un angļu', 'Jaunatne / izglītība', 'Jā, meklē'],
    ['B', 'LT', 'LT/EN', 'Švietimas ir kultūra', 'Ne, šiuo metu ne'],
    ['C', 'PT', 'português e inglês', 'Cultura', 'sim'],
  ]);
  const events = await writeCsv(dir, 'events.csv', [
    ['Nosaukums', 'Datums', 'Vietu skaits', 'Reģistrējušies'],
    ['E', '10.08.2027', '40 vietas', '~12'],
  ]);
  const {r, feed} = await buildSheets(dir, [orgs, events]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    feed.organizations.map((o) => [
      o.languages,
      o.fields,
      o.lookingForPartners,
    ]),
    [
      [['lv', 'en'], ['youth', 'education'], true],
      [['lt', 'en'], ['education', 'culture'], false],
      [['pt', 'en'], ['culture'], true],
    ]
  );
  assert.deepEqual(
    [
      feed.events[0].registration.capacity,
      feed.events[0].registration.registered,
    ],
    [40, 12]
  );
  for (const said of [
    /row 2, column C \(Valodas\): found "latviešu un angļu", read as 2 values \(latviešu; angļu\)/,
    /row 3, column C \(Valodas\): found "LT\/EN", read as 2 values/,
    /row 2, column E \(Meklē partnerus\): found "Jā, meklē", read as yes\./,
    /row 3, column E \(Meklē partnerus\): found "Ne, šiuo metu ne", read as no\./,
    /events\.csv, row 2, column C \(Vietu skaits\): found "40 vietas", read as 40\./,
  ])
    assert.match(r.stderr, said);
  const open = await writeCsv(dir, 'open.csv', [
    ['title', 'start', 'capacity'],
    ['A', '2027-08-10', '40+'],
  ]);
  const failed = await run(['build', open, '--kind', 'events']);
  assert.equal(failed.code, 1);
  assert.match(
    failed.stderr,
    /found "40\+"; expected a whole number\. \(A number with a \+ gives no limit to read: write the limit, or leave the cell empty for none\.\)/
  );
});

test('build: countries as partners write them: three-letter codes, official names, a name with its code in brackets or a place after it; a name and a code that disagree are an error', async (t) => {
  const dir = await tempDir(t);
  const cases = [
    ['LVA', 'LV'],
    ['SWE', 'SE'],
    ['Lietuvos Respublika', 'LT'],
    ['Κυπριακή Δημοκρατία', 'CY'],
    ['República Portuguesa', 'PT'],
    ['Latvia (LV)', 'LV'],
    ['Portugal, Lisboa', 'PT'],
  ];
  const orgs = await writeCsv(dir, 'organisations.csv', [
    ['Nosaukums', 'Valsts'],
    ...cases.map(([country], n) => [`O${n}`, country]),
  ]);
  const {r, feed} = await buildSheets(dir, [orgs]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    feed.organizations.map((o) => o.country),
    cases.map(([, code]) => code)
  );
  assert.match(
    r.stderr,
    /row 7, column B \(Valsts\): found "Latvia \(LV\)", read as LV\./
  );
  assert.match(
    r.stderr,
    /row 8, column B \(Valsts\): found "Portugal, Lisboa", read as PT, and "Lisboa" as the town or city \(a place goes in its own column, city\)\./
  );
  assert.equal(feed.organizations[6].city, 'Lisboa');
  assert.equal(feed.organizations[5].city, undefined);
  // The place is left out where the row has its town; an event's venue
  // likewise.
  const towns = await writeCsv(dir, 'organisations.csv', [
    ['Nosaukums', 'Valsts', 'Pilsēta'],
    ['A', 'Portugal, Lisboa', 'Porto'],
  ]);
  const kept = await buildSheets(dir, [towns]);
  assert.equal(kept.feed.organizations[0].city, 'Porto');
  assert.match(
    kept.r.stderr,
    /found "Portugal, Lisboa", read as PT\. "Lisboa" is left out: a place goes in its own column \(city\), which has one\./
  );
  const events = await writeCsv(dir, 'events.csv', [
    ['id', 'title', 'start', 'venueName', 'venueCountry'],
    ['e', 'E', '2027-05-10', 'Câmara', 'Portugal, Lisboa'],
  ]);
  const venue = await buildSheets(dir, [events]);
  assert.equal(venue.r.code, 0, venue.r.stderr);
  assert.deepEqual(venue.feed.events[0].venue.address, {
    city: 'Lisboa',
    country: 'PT',
  });
  assert.match(
    venue.r.stderr,
    /read as PT, and "Lisboa" as the place's town or city \(a place goes in its own column, venueCity\)\./
  );
  const wrong = await writeCsv(dir, 'wrong.csv', [
    ['name', 'country'],
    ['A', 'Latvia (LT)'],
  ]);
  const failed = await run(['build', wrong, '--kind', 'organizations']);
  assert.equal(failed.code, 1);
  assert.match(
    failed.stderr,
    /found "Latvia \(LT\)", which is not a country we know/
  );
});

test('build: organisers of the feed written with commas or "and" are each linked, with a warning; another name with a comma stays as written', async (t) => {
  const dir = await tempDir(t);
  const orgs = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country'],
    ['lsua', 'Latvijas Sociālās uzņēmējdarbības asociācija', 'LV'],
    ['talsi', 'Talsu novada pašvaldība', 'LV'],
    ['ik', 'Izglītības un kultūras centrs', 'LV'],
  ]);
  const events = await writeCsv(dir, 'events.csv', [
    ['Nosaukums', 'Datums', 'Organizatori'],
    ['A', '10.08.2027', 'LSUA, Talsu novada pašvaldība'],
    ['B', '10.08.2027', 'LSUA un Talsu novada pašvaldība'],
    ['C', '10.08.2027', 'Izglītības un kultūras centrs'],
    ['D', '10.08.2027', 'Biedrība "Ozols", Talsi'],
  ]);
  const {r, feed} = await buildSheets(dir, [orgs, events]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    feed.events.map((e) => e.organizers),
    [
      [{id: 'lsua'}, {id: 'talsi'}],
      [{id: 'lsua'}, {id: 'talsi'}],
      [{id: 'ik'}],
      [{name: 'Biedrība "Ozols", Talsi'}],
    ]
  );
  assert.match(
    r.stderr,
    /events\.csv, row 3, column C \(Organizatori\): found "LSUA un Talsu novada pašvaldība", read as 2 values \(LSUA; Talsu novada pašvaldība\)/
  );
  assert.doesNotMatch(r.stderr, /row [45], column C/);
});

test('parseWhen: a date with its month in words, in the six languages, with the time after it; without a year, or a day that does not exist, it is no date', async () => {
  const {parseWhen} = await import('../../bin/feed/values.mjs');
  for (const text of [
    '2027. gada 10. augusts plkst. 13.00',
    '10. augustā 2027 13:00',
    '2027 m. rugpjūčio 10 d. 13 val.',
    '10 augusti 2027 kl. 13.00',
    '10 Αυγούστου 2027, ώρα 13:00',
    '10 de agosto de 2027 às 13h',
    'Tuesday, 10 August 2027 at 1 pm',
    'August 10, 2027 1:00 PM',
    '10 Aug. 2027 13:00',
  ])
    assert.deepEqual(
      parseWhen(text),
      {date: '2027-08-10', time: '13:00'},
      text
    );
  assert.deepEqual(parseWhen('10. augusts 2027'), {date: '2027-08-10'});
  for (const text of [
    '10. augustā plkst. 13:00',
    '31 February 2027',
    '10 August',
    'August 2027',
    '10 de agosto de 2027 de manhã',
  ])
    assert.equal(parseWhen(text), undefined, text);
});

test("build: a place's coordinates in one cell, as maps give them (decimal, decimal commas, degrees and minutes, west and south, the partner languages' hemisphere letters); what is no pair of coordinates is an error", async (t) => {
  const dir = await tempDir(t);
  const orgs = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country', 'Koordinātas'],
    ['a', 'A', 'LV', '57.2456, 22.5877'],
    ['b', 'B', 'LV', '57,2456; 22,5877'],
    ['c', 'C', 'PT', `38°43'20.3"N 9°08'21.5"W`],
    ['d', 'D', 'LV', ''],
    // The partner languages' hemisphere letters: lv Z/A, lt Š/R (R is east
    // beside Š or P, west beside Z or D), sv Ö, el Β/Α, pt O.
    ['f', 'F', 'LV', `57°14'44"Z 22°35'16"A`],
    ['g', 'G', 'LT', '54,6872 Š; 25,2797 R'],
    ['h', 'H', 'SE', '59.3293 N, 18.0686 Ö'],
    ['i', 'I', 'CY', '35.1856 Β, 33.3823 Α'],
    ['j', 'J', 'PT', '38.7223 N, 9.1393 O'],
    // Greek Ν is south beside Greek's Α or Δ; beside the Ε (or E) a Greek
    // keyboard types, it is that keyboard's N.
    ['k', 'K', 'CY', '35.1856 Ν, 33.3823 Ε'],
    ['l', 'L', 'CY', '35.1856Ν 33.3823E'],
    ['m', 'M', 'CY', '33.9249 Ν, 18.4241 Α'],
  ]);
  const events = await writeCsv(dir, 'events.csv', [
    ['id', 'title', 'start', 'Vieta', 'GPS'],
    ['e', 'E', '2027-08-10', 'Talsu Tautas nams', '57.2456° N, 22.5877° E'],
  ]);
  const {r, feed} = await buildSheets(dir, [orgs, events]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    feed.organizations.map((o) => o.geo),
    [
      {lat: 57.2456, lon: 22.5877},
      {lat: 57.2456, lon: 22.5877},
      {lat: 38.722306, lon: -9.139306},
      undefined,
      {lat: 57.245556, lon: 22.587778},
      {lat: 54.6872, lon: 25.2797},
      {lat: 59.3293, lon: 18.0686},
      {lat: 35.1856, lon: 33.3823},
      {lat: 38.7223, lon: -9.1393},
      {lat: 35.1856, lon: 33.3823},
      {lat: 35.1856, lon: 33.3823},
      {lat: -33.9249, lon: 18.4241},
    ]
  );
  assert.deepEqual(feed.events[0].venue.geo, {lat: 57.2456, lon: 22.5877});
  const bad = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country', 'coordinates'],
    ['a', 'A', 'LV', 'Talsi centrs'],
    // R beside N: west in Latvian or east in Lithuanian? Not guessed.
    ['b', 'B', 'LT', '54.6872 N, 25.2797 R'],
    // Greek Ν with no letter beside it: Greek south, or a Greek keyboard's N?
    ['c', 'C', 'CY', '35.1856 Ν, 33.3823'],
  ]);
  const wrong = await buildSheets(dir, [bad]);
  assert.equal(wrong.r.code, 1);
  assert.match(
    wrong.r.stderr,
    /row 2, column D \(coordinates\): found "Talsi centrs"; expected the latitude and the longitude, like 57\.2456, 22\.5877 \(as a map gives them\)/
  );
  assert.doesNotMatch(wrong.r.stderr, /Talsi centrs.*R is west/);
  assert.match(
    wrong.r.stderr,
    /row 3, column D \(coordinates\): found "54\.6872 N, 25\.2797 R"; expected .* R is west in Latvian and east in Lithuanian: write the latitude with Z or D \(Latvian\) or Š or P \(Lithuanian\), or write E or W\./
  );
  assert.match(
    wrong.r.stderr,
    /row 4, column D \(coordinates\): found "35\.1856 Ν, 33\.3823"; expected .* Greek Ν is south \(Νότιο\), but a Greek keyboard also types it for N: write the longitude with Α or Δ \(Greek\) or E or W, or write N or S in Latin letters\./
  );
});
