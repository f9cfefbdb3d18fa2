import assert from 'node:assert/strict';
import {readFile, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {test} from 'node:test';
import {
  ROOT,
  buildSheets,
  noStack,
  run,
  schemaValidator,
  storedZip,
  tempDir,
  writeCsv,
  writeXlsx,
} from './helpers.mjs';

const ORG_HEADER = [
  'id',
  'name.lv',
  'name.en',
  'country',
  'city',
  'types',
  'fields',
  'languages',
  'lookingForPartners',
  'website',
  'email',
  'phones',
  'identifiers',
  'street',
  'postalCode',
  'lat',
  'lon',
  'updated',
];
const ORG_ROWS = [
  [
    'lv-talsi-youth',
    'Talsu jauniešu biedrība',
    'Talsi Youth Association',
    'Latvija',
    'Talsi',
    'Biedrība vai nodibinājums (NVO); Jaunatnes organizācija',
    'Jaunatne; Izglītība',
    'latviešu; en',
    'jā',
    'www.talsi-youth.lv',
    'info@talsi-youth.lv',
    '+371 20000000 (birojs); +371 63200000',
    'LV-UR:40008000001',
    'Lielā iela 1',
    'LV-3201',
    '57,2456',
    '22,5877',
    '31.03.2025',
  ],
  [
    'lt-siauliai',
    'Šiaulių bendruomenė',
    'Siauliai community',
    'Lietuva',
    'Šiauliai',
    'Bendruomenės grupė',
    'Socialinė įtrauktis; Kultūra',
    'lt',
    'ne',
    'https://siauliai.example.lt',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '2025-02-01',
  ],
  [
    'cy-nicosia',
    'Nicosia Youth',
    'Nicosia Youth',
    'Κύπρος',
    'Λευκωσία',
    'ΜΚΟ; Οργάνωση νεολαίας',
    'Νεολαία; Εθελοντισμός',
    'el; en',
    'ναι',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    'se-gbg',
    'Göteborg',
    'Gothenburg association',
    'Sverige',
    'Göteborg',
    'Ideell organisation',
    'Idrott; Hälsa',
    'svenska',
    'ja',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  [
    'pt-evora',
    'Évora',
    'Evora association',
    'Portugal',
    'Évora',
    'Empresa social',
    'Empreendedorismo; Desenvolvimento rural',
    'português',
    'sim',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
];

test('build: organisations CSV with labels in several languages → a valid feed', async (t) => {
  const dir = await tempDir(t);
  const orgs = await writeCsv(dir, 'organisations.csv', [
    ORG_HEADER,
    ...ORG_ROWS,
  ]);
  const events = await writeCsv(dir, 'events.csv', [
    [
      'id',
      'title.lv',
      'title.en',
      'start',
      'end',
      'timeZone',
      'organizers',
      'venueName',
      'venueCity',
      'venueCountry',
      'capacity',
      'registrationStatus',
    ],
    [
      'open-day',
      'Atvērto durvju diena',
      'Open day',
      '2025-05-10 18:00',
      '10.05.2025 20:00',
      'Europe/Riga',
      'lv-talsi-youth; Talsu novada pašvaldība',
      'Jauniešu centrs',
      'Talsi',
      'LV',
      '40',
      'open',
    ],
    ['all-day', 'Diena', 'Day', '2025-06-01', '', '', '', '', '', '', '', ''],
  ]);
  const recs = await writeCsv(dir, 'recommendations.csv', [
    [
      'id',
      'title.en',
      'title.lv',
      'summary',
      'audience',
      'topics',
      'step1.en',
      'step1.text.en',
      'step2',
      'sourceTitle',
      'sourceYear',
    ],
    [
      'involve-youth',
      'Involve young people',
      'Iesaisti jauniešus',
      'Plan with them',
      'Pašvaldības; youth',
      'Līdzdalība; funding',
      'Ask',
      'Run a survey',
      'Listen',
      'Handbook',
      '2024',
    ],
  ]);
  const {r, out} = await buildSheets(dir, [
    orgs,
    events,
    recs,
    '--publisher',
    'LSUA',
    '--default-locale',
    'lv',
  ]);
  noStack(assert, r);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /Wrote .*feed\.json: 5 organisations, 2 events, 1 recommendation/
  );
  assert.match(
    r.stderr,
    /without https:\/\/; written as "https:\/\/www\.talsi-youth\.lv"/
  );
  const feed = JSON.parse(await readFile(out, 'utf8'));
  const validate = await schemaValidator();
  assert.ok(validate(feed), JSON.stringify(validate.errors));
  assert.equal(feed.publisher.name, 'LSUA');
  assert.equal(feed.defaultLocale, 'lv');
  const [lv, lt, cy, se, pt] = feed.organizations;
  assert.deepEqual(lv.name, {
    lv: 'Talsu jauniešu biedrība',
    en: 'Talsi Youth Association',
  });
  assert.equal(lv.country, 'LV');
  assert.deepEqual(lv.types, ['ngo', 'youth-organization']);
  assert.deepEqual(lv.fields, ['youth', 'education']);
  assert.deepEqual(lv.languages, ['lv', 'en']);
  assert.equal(lv.lookingForPartners, true);
  assert.deepEqual(lv.phones, [
    {number: '+371 20000000', description: 'birojs'},
    {number: '+371 63200000'},
  ]);
  assert.deepEqual(lv.identifiers, [{scheme: 'LV-UR', value: '40008000001'}]);
  assert.deepEqual(lv.geo, {lat: 57.2456, lon: 22.5877});
  assert.deepEqual(lv.address, {
    street: 'Lielā iela 1',
    city: 'Talsi',
    postalCode: 'LV-3201',
    country: 'LV',
  });
  assert.equal(lv.updated, '2025-03-31');
  assert.equal(lt.country, 'LT');
  assert.deepEqual(lt.types, ['community-group']);
  assert.deepEqual(lt.fields, ['social-inclusion', 'culture']);
  assert.equal(lt.lookingForPartners, false);
  assert.equal(cy.country, 'CY');
  assert.deepEqual(cy.types, ['ngo', 'youth-organization']);
  assert.deepEqual(cy.fields, ['youth', 'volunteering']);
  assert.equal(se.country, 'SE');
  assert.deepEqual(se.fields, ['sport', 'health']);
  assert.deepEqual(se.languages, ['sv']);
  assert.equal(pt.country, 'PT');
  assert.deepEqual(pt.types, ['social-enterprise']);
  assert.deepEqual(pt.fields, ['entrepreneurship', 'rural-development']);
  const [ev, day] = feed.events;
  assert.equal(ev.start, '2025-05-10T18:00+03:00');
  assert.equal(ev.end, '2025-05-10T20:00+03:00');
  assert.deepEqual(ev.organizers, [
    {id: 'lv-talsi-youth'},
    {name: 'Talsu novada pašvaldība'},
  ]);
  assert.deepEqual(ev.registration, {capacity: 40, status: 'open'});
  assert.equal(ev.venue.address.country, 'LV');
  assert.equal(day.start, '2025-06-01');
  const [rec] = feed.recommendations;
  assert.deepEqual(rec.audience, ['municipality', 'youth']);
  assert.deepEqual(rec.topics, ['participation', 'funding']);
  assert.deepEqual(rec.steps, [
    {title: {en: 'Ask'}, text: {en: 'Run a survey'}},
    {title: 'Listen'},
  ]);
  assert.deepEqual(rec.source, {title: 'Handbook', year: 2024});
  assert.equal(rec.summary, 'Plan with them');
  assert.deepEqual(feed.forms, []);
});

test('build: XLSX workbook with one sheet per kind, Excel dates and numbers', async (t) => {
  const dir = await tempDir(t);
  const file = await writeXlsx(dir, 'partners.xlsx', {
    organisations: [
      ORG_HEADER.slice(0, 4).concat('updated', 'lat', 'lon'),
      [
        'lv-1',
        'Biedrība',
        'Association',
        'LV',
        new Date(Date.UTC(2025, 2, 31)),
        57.1,
        22.5,
      ],
    ],
    events: [
      ['id', 'title', 'start', 'timeZone'],
      [
        'ev-1',
        'Talka',
        new Date(Date.UTC(2025, 3, 26, 10, 0)),
        'Europe/Vilnius',
      ],
    ],
    lists: [
      ['list', 'code'],
      ['types', 'ngo'],
    ],
  });
  const {r, feed} = await buildSheets(dir, [file]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(feed.organizations[0].updated, '2025-03-31');
  assert.deepEqual(feed.organizations[0].geo, {lat: 57.1, lon: 22.5});
  assert.equal(feed.events[0].start, '2025-04-26T10:00+03:00');
  assert.deepEqual(feed.recommendations, []);
});

test('build: semicolon-separated CSV (European Excel) and --kind for an unnamed file', async (t) => {
  const dir = await tempDir(t);
  const file = await writeCsv(
    dir,
    'export.csv',
    [
      ['id', 'name', 'country', 'fields'],
      ['a', 'A', 'LV', 'youth; culture'],
    ],
    ';'
  );
  const out = join(dir, 'feed.json');
  let r = await run(['build', file, '-o', out]);
  assert.equal(r.code, 0, r.stderr); // told by its columns
  const feed = JSON.parse(await readFile(out, 'utf8'));
  assert.deepEqual(feed.organizations[0].fields, ['youth', 'culture']);
  const odd = await writeCsv(dir, 'data.csv', [
    ['id', 'title', 'when'],
    ['a', 'A', '2025'],
  ]);
  r = await run(['build', odd, '-o', out]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /cannot tell whether this sheet lists organisations, events or recommendations.*--kind/
  );
  r = await run(['build', odd, '--kind', 'recommendations', '-o', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /column "when" is not a known recommendation column/);
  // The columns it looks for are named.
  assert.match(
    (await run(['build', odd, '-o', out])).stderr,
    /organisations have name and country, events start, recommendations summary, topics or step1/
  );
  // A CSV with a name is organisations: one without its country is told so.
  const noCountry = await writeCsv(dir, 'list.csv', [
    ['id', 'name', 'city'],
    ['a', 'A', 'Talsi'],
  ]);
  r = await run(['build', noCountry, '-o', out]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /list\.csv, row 1: the header row has no column "country"; it is required for organisation/
  );
});

test('build: --base keeps the forms of an existing feed; stdout without -o', async (t) => {
  const dir = await tempDir(t);
  const base = join(dir, 'base.json');
  const {writeFile} = await import('node:fs/promises');
  await writeFile(
    base,
    JSON.stringify({
      version: 1,
      forms: [{id: 'f1', fields: []}],
      events: [{id: 'e', title: 'E', start: '2025-01-01'}],
    })
  );
  const file = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country'],
    ['a', 'A', 'LV'],
  ]);
  const r = await run(['build', file, '--base', base]);
  assert.equal(r.code, 0, r.stderr);
  const feed = JSON.parse(r.stdout);
  assert.equal(feed.forms[0].id, 'f1');
  assert.equal(feed.events[0].id, 'e');
  assert.equal(feed.organizations[0].id, 'a');
});

test("build: --base in another language than the feed's keeps its plain texts' language: they name it", async (t) => {
  const dir = await tempDir(t);
  const base = join(dir, 'base.json');
  const form = {
    id: 'f1',
    title: 'Pieteikšanās',
    action: 'https://example.lv/register',
    consent: {text: 'Piekrītu', required: true},
    success: {message: {lv: 'Paldies', en: 'Thank you'}},
    fields: [
      {
        name: 'role',
        type: 'select',
        label: 'Loma',
        options: [{value: 'ngo', label: 'NVO'}],
      },
    ],
  };
  await writeFile(
    base,
    JSON.stringify({
      version: 1,
      defaultLocale: 'lv',
      forms: [form],
      events: [{id: 'e', title: 'Pasākums', start: '2025-01-01'}],
    })
  );
  const file = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country'],
    ['a', 'A', 'LV'],
  ]);
  const out = join(dir, 'feed.json');
  const r = await run([
    'build',
    file,
    '--base',
    base,
    '--default-locale',
    'en',
    '-o',
    out,
  ]);
  assert.equal(r.code, 0, r.stderr);
  const feed = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(feed.defaultLocale, 'en');
  assert.deepEqual(feed.forms, [
    {
      ...form,
      title: {lv: 'Pieteikšanās'},
      consent: {text: {lv: 'Piekrītu'}, required: true},
      fields: [
        {
          name: 'role',
          type: 'select',
          label: {lv: 'Loma'},
          options: [{value: 'ngo', label: {lv: 'NVO'}}],
        },
      ],
    },
  ]);
  assert.deepEqual(feed.events[0].title, {lv: 'Pasākums'});
  assert.equal((await run(['validate', out])).code, 0);
  // In the base's own language: as it was.
  const same = await run(['build', file, '--base', base]);
  assert.deepEqual(JSON.parse(same.stdout).forms, [form]);
});

test('build: a sheet without a lookingForPartners column says nothing about it (no "false" made up)', async (t) => {
  const dir = await tempDir(t);
  const orgs = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country'],
    ['a', 'Biedrība A', 'LV'],
  ]);
  const {r, feed} = await buildSheets(dir, [orgs]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal('lookingForPartners' in feed.organizations[0], false);
});

test('build: a time the clocks skip, or show twice, in the event zone is written and warned about', async (t) => {
  const dir = await tempDir(t);
  const events = await writeCsv(dir, 'events.csv', [
    ['id', 'title', 'start', 'timeZone'],
    ['gap', 'Spring', '2025-03-30 03:30', 'Europe/Riga'],
    ['twice', 'Autumn', '2025-10-26 03:30', 'Europe/Riga'],
    ['plain', 'Summer', '2025-05-10 18:00', 'Europe/Riga'],
  ]);
  const {r, feed} = await buildSheets(dir, [events]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /row 2, column C \(start\): found "2025-03-30 03:30", a time the clocks skip in Europe\/Riga .* written as 2025-03-30T03:30\+02:00, which the clocks there show as 2025-03-30 04:30/
  );
  assert.match(
    r.stderr,
    /row 3, column C \(start\): found "2025-10-26 03:30", a time the clocks show twice in Europe\/Riga .* the second time: write 2025-10-26T03:30\+03:00 if the first was meant/
  );
  assert.doesNotMatch(r.stderr, /row 4/);
  assert.deepEqual(
    feed.events.map((e) => e.start),
    [
      '2025-03-30T03:30+02:00',
      '2025-10-26T03:30+02:00',
      '2025-05-10T18:00+03:00',
    ]
  );
});

test('wallTimeProblem: west of UTC, half-hour changes and a skipped day', async () => {
  const {wallTimeProblem} = await import('../../bin/feed/values.mjs');
  // New York: the first 01:30 is written, so the other is -05:00; 02:30 does not exist.
  assert.deepEqual(wallTimeProblem('2027-11-07', '01:30', 'America/New_York'), {
    kind: 'twice',
    first: true,
    other: '2027-11-07T01:30-05:00',
  });
  assert.deepEqual(wallTimeProblem('2027-03-14', '02:30', 'America/New_York'), {
    kind: 'gap',
    shown: '2027-03-14 01:30',
  });
  // The Azores (Portugal): the skipped half hour lands on the day before.
  assert.deepEqual(wallTimeProblem('2027-03-28', '00:30', 'Atlantic/Azores'), {
    kind: 'gap',
    shown: '2027-03-27 23:30',
  });
  // Lord Howe Island moves its clocks by half an hour.
  assert.equal(
    wallTimeProblem('2027-04-04', '01:45', 'Australia/Lord_Howe')?.kind,
    'twice'
  );
  assert.equal(
    wallTimeProblem('2027-04-04', '01:15', 'Australia/Lord_Howe'),
    undefined
  );
  assert.equal(
    wallTimeProblem('2027-10-03', '01:45', 'Australia/Lord_Howe'),
    undefined
  );
  assert.equal(
    wallTimeProblem('2027-10-03', '02:15', 'Australia/Lord_Howe')?.kind,
    'gap'
  );
  // Samoa skipped 30 December 2011.
  assert.equal(
    wallTimeProblem('2011-12-30', '12:00', 'Pacific/Apia')?.kind,
    'gap'
  );
  assert.equal(
    wallTimeProblem('2025-05-10', '18:00', 'Europe/Riga'),
    undefined
  );
});

test('build: a date with slashes that could be read month first is read day first and warned about; one that cannot is not', async (t) => {
  const dir = await tempDir(t);
  const events = await writeCsv(dir, 'events.csv', [
    ['id', 'title', 'start'],
    ['either', 'Either', '08/10/2027'],
    ['day-first', 'Day first', '25/08/2027'],
    ['dots', 'Dots', '08.10.2027'],
    ['same', 'Same', '05/05/2027'],
  ]);
  const {r, feed} = await buildSheets(dir, [events]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /row 2, column C \(start\): found "08\/10\/2027", read day first as 8 October 2027; if 10 August 2027 was meant, write 2027-08-10/
  );
  // 25/08 can only be day first; dots are day first in Europe; 05/05 reads the same either way.
  assert.doesNotMatch(r.stderr, /row [345], column C/);
  assert.deepEqual(
    feed.events.map((e) => e.start),
    ['2027-10-08', '2027-08-25', '2027-10-08', '2027-05-05']
  );
});

test('build and validate: registration that opens after it closes, and more registered than places, are warned about (an event and a form)', async (t) => {
  const dir = await tempDir(t);
  const events = await writeCsv(dir, 'events.csv', [
    [
      'id',
      'title',
      'start',
      'registrationOpens',
      'registrationCloses',
      'capacity',
      'registered',
      'registrationStatus',
    ],
    [
      'swapped',
      'Swapped',
      '2027-09-10',
      '2027-08-15',
      '2027-08-01',
      '',
      '',
      '',
    ],
    [
      'same-day',
      'Same day',
      '2027-09-10',
      '2027-08-01',
      '2027-08-01',
      '',
      '',
      '',
    ],
    ['over', 'Over', '2027-09-10', '', '', '40', '45', 'open'],
    ['at', 'At capacity', '2027-09-10', '', '', '40', '40', 'open'],
  ]);
  const {r, feed} = await buildSheets(dir, [events]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /row 2, column D \(registrationOpens\): registration opens \(2027-08-15\) after it closes \(2027-08-01\), so it is never open: .* Are the two swapped\?/
  );
  assert.match(
    r.stderr,
    /row 4, column G \(registered\): 45 registered for 40 places: the card and the form show the event as full, though its status is open\. Is the capacity right\?/
  );
  // Opening on its closing day is open that day; at capacity is full, as meant.
  assert.doesNotMatch(r.stderr, /row [35]/);
  // A form's own dates, in a feed.
  feed.forms = [
    {
      id: 'f',
      title: 'F',
      opens: '2027-08-02T10:00+03:00',
      closes: '2027-08-02T09:00+03:00',
      fields: [{name: 'email', type: 'email', label: 'E-mail'}],
    },
  ];
  const file = join(dir, 'with-form.json');
  await writeFile(file, JSON.stringify(feed));
  const v = await run(['validate', file]);
  assert.match(
    v.stdout,
    /warning: \/forms\/0\/opens \(id "f"\): the form opens \(2027-08-02T10:00\+03:00\) after it closes \(2027-08-02T09:00\+03:00\), so it is never open/
  );
});

test('build: list cells separated by commas are read as several values when each is known, with a warning; else the message says lists take ;', async (t) => {
  const dir = await tempDir(t);
  const recs = await writeCsv(dir, 'recommendations.csv', [
    ['id', 'title', 'audience', 'topics'],
    ['a', 'A', 'municipality, youth', 'Funding, participation'],
    ['b', 'B', 'municipality', 'funding, partnerships'],
  ]);
  const {r, out} = await buildSheets(dir, [recs]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /row 2, column C \(audience\): found "municipality, youth", read as 2 values \(municipality; youth\); separate several values with ; in a cell\./
  );
  assert.match(
    r.stderr,
    /row 2, column D \(topics\): found "Funding, participation", read as 2 values/
  );
  assert.match(
    r.stderr,
    /row 3, column D \(topics\): "funding, partnerships" is not one of the known topics; kept as written \(and shown so\)\. \(Several values are separated with ;\.\)/
  );
  const feed = JSON.parse(await readFile(out, 'utf8'));
  assert.deepEqual(feed.recommendations[0].audience, ['municipality', 'youth']);
  assert.deepEqual(feed.recommendations[0].topics, [
    'funding',
    'participation',
  ]);
});

test('build: phones and languages written with commas, an address in capitals and one with a space', async (t) => {
  const dir = await tempDir(t);
  /** The sheet, with B's website as given. */
  const sheet = (website) =>
    writeCsv(dir, 'organisations.csv', [
      ['id', 'name', 'country', 'phones', 'languages', 'website'],
      [
        'a',
        'A',
        'LV',
        '+371 2000 0000, +371 2000 0001 (birojs, rītos)',
        'latviešu, en',
        'HTTPS://A.LV/Par',
      ],
      ['b', 'B', 'LV', '+371 2000 0000 (birojs, rītos)', 'lv', website],
    ]);
  const {r, out} = await buildSheets(dir, [
    await sheet('https://b.lv/par mums'),
  ]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(
    r.stderr,
    /row 2, column D \(phones\): found "\+371 2000 0000, \+371 2000 0001 \(birojs, rītos\)", read as 2 values/
  );
  assert.match(
    r.stderr,
    /row 2, column E \(languages\): found "latviešu, en", read as 2 values/
  );
  assert.match(
    r.stderr,
    /row 3, column F \(website\): found "https:\/\/b\.lv\/par mums", a web address with a space in it; write a space inside an address as %20/
  );
  // A description with a comma in it stays one phone; the capital scheme is read.
  assert.doesNotMatch(r.stderr, /row 3, column D|row 2, column F/);
  const ok = await run([
    'build',
    await sheet('https://b.lv/par%20mums'),
    '-o',
    out,
  ]);
  assert.equal(ok.code, 0, ok.stderr);
  const [a, b] = JSON.parse(await readFile(out, 'utf8')).organizations;
  assert.deepEqual(a.phones, [
    {number: '+371 2000 0000'},
    {number: '+371 2000 0001', description: 'birojs, rītos'},
  ]);
  assert.deepEqual(a.languages, ['lv', 'en']);
  assert.equal(a.website, 'https://A.LV/Par');
  assert.deepEqual(b.phones, [
    {number: '+371 2000 0000', description: 'birojs, rītos'},
  ]);
});

test('build: a phone a spreadsheet kept as a number: the lost + is warned about, the scientific notation is an error; a national number gets its calling code', async (t) => {
  const dir = await tempDir(t);
  const file = await writeXlsx(dir, 'feed.xlsx', {
    organisations: [
      ['id', 'name', 'country', 'phones'],
      ['lv', 'LV', 'LV', 37120000000],
      ['se', 'SE', 'SE', '08 123 456 78'],
      ['pt', 'PT', 'PT', '+351 212 345 678'],
    ],
  });
  const {r, out} = await buildSheets(dir, [file]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /row 2, column D \(phones\): found "37120000000", a number that looks like it lost its \+ .* if it is \+37120000000, write it so/
  );
  // A national number gets its country's calling code (the trunk 0 goes),
  // with a warning; one with its + is as meant.
  assert.match(
    r.stderr,
    /row 3, column D \(phones\): found "08 123 456 78" without a country code; written as "\+46 8 123 456 78" \(the organisation is in SE\)\./
  );
  assert.deepEqual(
    JSON.parse(await readFile(out, 'utf8')).organizations.map(
      (o) => o.phones[0].number
    ),
    ['37120000000', '+46 8 123 456 78', '+351 212 345 678']
  );
  assert.doesNotMatch(r.stderr, /row 4, column D/);
  const csvFile = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country', 'phones'],
    ['lv', 'LV', 'LV', '3.7112E+10'],
    // As a spreadsheet with a decimal comma shows it.
    ['lv2', 'LV 2', 'LV', '3,7112E+10'],
  ]);
  const e = await run(['build', csvFile, '-o', out]);
  assert.equal(e.code, 1, e.stderr);
  assert.match(
    e.stderr,
    /row 2, column D \(phones\): found "3\.7112E\+10": a spreadsheet wrote the phone as a number and lost its digits/
  );
  assert.match(
    e.stderr,
    /row 3, column D \(phones\): found "3,7112E\+10": a spreadsheet wrote the phone as a number and lost its digits/
  );
  // One message for each cell, not also the schema's.
  assert.equal(e.stderr.match(/column D/g).length, 2, e.stderr);
});

test('build: a text column without a language whose words look like another language is warned about once, at its header', async (t) => {
  const dir = await tempDir(t);
  const file = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'description', 'country'],
    ['a', 'Talsu jauniešu klubs', 'The youth club of Kuldīga and Talsi', 'LV'],
    ['b', 'Talsu novada biedrība', 'An open centre for young people', 'LV'],
  ]);
  const {r, out} = await buildSheets(dir, [file]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /organisations\.csv, row 1, column B \(name\): the column has no language in its name, so its texts are read as English \(--default-locale en\), but 2 of its 6 words have Latvian letters\. If they are Latvian, name the column name\.lv \(or run with --default-locale lv\)/
  );
  // English naming a Latvian place is English.
  assert.doesNotMatch(r.stderr, /column C/);
  // Read as Latvian, they are what they look like.
  const lv = await run(['build', file, '--default-locale', 'lv', '-o', out]);
  assert.doesNotMatch(lv.stderr, /no language in its name/);
  // Greek in a column read as Latvian.
  const el = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country'],
    ['a', 'Κοινότητα Λεμεσού', 'CY'],
  ]);
  const g = await run(['build', el, '--default-locale', 'lv', '-o', out]);
  assert.match(
    g.stderr,
    /read as Latvian .* 2 of its 2 words have Greek letters\. If they are Greek, name the column name\.el/
  );
  // A recommendation's steps: their columns together, one warning at the
  // first of them; steps with a language in their names are not looked at.
  const recs = await writeCsv(dir, 'recommendations.csv', [
    ['id', 'title.en', 'step1', 'step1.text', 'step2', 'step2.lv'],
    [
      'a',
      'Ask young people',
      'Aptauja',
      'Sagatavojiet īsu aptauju jauniešiem',
      'Uzklausiet',
      'Uzklausiet',
    ],
    ['b', 'Meet', 'Tikšanās', 'Rīkojiet tikšanos pašvaldībā', '', ''],
  ]);
  const s = await run(['build', recs, '-o', out]);
  assert.equal(s.code, 0, s.stderr);
  assert.match(
    s.stderr,
    /recommendations\.csv, row 1, column C \(step1\): the columns step1, step1\.text, step2 have no language in their names, so their texts are read as English \(--default-locale en\), but \d+ of their \d+ words have Latvian letters\. If they are Latvian, name them step1\.lv, step1\.text\.lv, step2\.lv \(or run with --default-locale lv\)/
  );
  assert.equal(s.stderr.match(/no language in/g).length, 1, s.stderr);
});

test('build: attendanceMode, status and registrationStatus written as words in the six languages are read as their codes; an unknown word is an error that says so', async (t) => {
  const dir = await tempDir(t);
  const header = [
    'id',
    'title',
    'start',
    'attendanceMode',
    'onlineUrl',
    'status',
    'registrationStatus',
  ];
  const events = await writeCsv(dir, 'events.csv', [
    header,
    ['a', 'A', '2027-08-10 13:00', 'Klātienē', '', 'Plānots', 'Atvērta'],
    [
      'b',
      'B',
      '2027-08-11 13:00',
      'HIBRĪDS',
      'https://meet.example/b',
      'Αναβλήθηκε',
      'Vietų nėra',
    ],
    [
      'c',
      'C',
      '2027-08-12 13:00',
      'tiešsaistē',
      'https://meet.example/c',
      'inställt',
      'ΠΛΗΡΗΣ',
    ],
    [
      'd',
      'D',
      '2027-08-13 13:00',
      'Online',
      'https://meet.example/d',
      'cancelled',
      'Encerrada',
    ],
  ]);
  const {r, out, feed} = await buildSheets(dir, [
    events,
    '--time-zone',
    'Europe/Riga',
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /expected one of/);
  assert.deepEqual(
    feed.events.map((e) => [
      e.attendanceMode,
      e.status,
      e.registration?.status,
    ]),
    [
      ['offline', 'scheduled', 'open'],
      ['mixed', 'postponed', 'full'],
      ['online', 'cancelled', 'full'],
      ['online', 'cancelled', 'closed'],
    ]
  );
  const validate = await schemaValidator();
  assert.ok(validate(feed), JSON.stringify(validate.errors));

  const bad = await writeCsv(dir, 'events.csv', [
    header,
    ['a', 'A', '2027-08-10 13:00', 'sometimes', '', 'maybe', 'soon'],
  ]);
  const e = await run(['build', bad, '--time-zone', 'Europe/Riga', '-o', out]);
  assert.equal(e.code, 1, e.stderr);
  for (const [column, codes] of [
    ['D \\(attendanceMode\\): found "sometimes"', 'offline, online, mixed'],
    ['F \\(status\\): found "maybe"', 'scheduled, cancelled, postponed'],
    [
      'G \\(registrationStatus\\): found "soon"',
      'open, closed, full, cancelled',
    ],
  ])
    assert.match(
      e.stderr,
      new RegExp(
        `row 2, column ${column}; expected one of ${codes}, or its word in one of the six languages \\(as on the template's lists sheet\\)\\.`
      )
    );
  noStack(assert, e);
});

test('build: organisers name an organisation by id (in any case) or by its name in any language, also one of --base when there is no organisations sheet; a mistyped id or name is warned about', async (t) => {
  const dir = await tempDir(t);
  const base = join(dir, 'published.json');
  await writeFile(
    base,
    JSON.stringify({
      version: 1,
      organizations: [
        {
          id: 'lsua',
          name: {
            lv: 'Latvijas Sociālās uzņēmējdarbības asociācija',
            en: 'Social Entrepreneurship Association of Latvia',
          },
          country: 'LV',
        },
        {id: 'talsi', name: 'Talsu novada pašvaldība', country: 'LV'},
      ],
    })
  );
  const events = await writeCsv(dir, 'events.csv', [
    ['id', 'title', 'start', 'organizers'],
    [
      'e1',
      'Open day',
      '2027-05-10 18:00',
      'lsua; talsu novada pasvaldiba; Social Entrepreneurship Association of Latvia',
    ],
    [
      'e2',
      'Workshop',
      '2027-05-11 18:00',
      'lsau; Kuldīgas jauniešu centrs; lv-kuldiga-club',
    ],
    ['e3', 'Forum', '2027-05-12 18:00', 'LSUA; Talsu novada pasvaldibas'],
  ]);
  const {r, feed} = await buildSheets(dir, [
    events,
    '--time-zone',
    'Europe/Riga',
    '--base',
    base,
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(feed.events[0].organizers, [
    {id: 'lsua'},
    {id: 'talsi'},
    {id: 'lsua'},
  ]);
  assert.deepEqual(feed.events[1].organizers, [
    {name: 'lsau'},
    {name: 'Kuldīgas jauniešu centrs'},
    {name: 'lv-kuldiga-club'},
  ]);
  assert.match(
    r.stderr,
    /events\.csv, row 3, column D \(organizers\): found "lsau", which looks like an organisation id, but no organisation in the feed has it; it is shown as a name, as written\. Did you mean "lsua"\?/
  );
  assert.match(
    r.stderr,
    /row 3, column D \(organizers\): found "lv-kuldiga-club", which looks like an organisation id, but no organisation in the feed has it; it is shown as a name, as written\.\n/
  );
  // A name is a name: no warning for it.
  assert.doesNotMatch(r.stderr, /Kuldīgas/);
  // An id in capitals links; a name a letter from an organisation's does
  // not, and is warned about with the name and its id.
  assert.deepEqual(feed.events[2].organizers, [
    {id: 'lsua'},
    {name: 'Talsu novada pasvaldibas'},
  ]);
  assert.match(
    r.stderr,
    /row 4, column D \(organizers\): found "Talsu novada pasvaldibas", which is no organisation's name in the feed; it is shown as written, without a link\. Did you mean "Talsu novada pašvaldība" \(id "talsi"\)\?/
  );
  const validate = await schemaValidator();
  assert.ok(validate(feed), JSON.stringify(validate.errors));
});

test('build: with --base, records of the published feed the sheets no longer have are warned about, once per kind, with a renamed one named by its title', async (t) => {
  const dir = await tempDir(t);
  const base = join(dir, 'published.json');
  await writeFile(
    base,
    JSON.stringify({
      version: 1,
      events: [
        {
          id: 'open-day-2027',
          title: {lv: 'Atvērto durvju diena'},
          start: '2027-05-10',
        },
        {id: 'workshop', title: 'Workshop', start: '2027-05-11'},
        {id: 'fair', title: 'Fair', start: '2027-05-12'},
      ],
      recommendations: [{id: 'r1', title: 'Ask'}],
    })
  );
  const events = await writeCsv(dir, 'events.csv', [
    ['id', 'title.lv', 'start'],
    ['atverto-durvju-diena', 'Atvērto durvju diena', '2027-05-10'],
    ['workshop', 'Workshop', '2027-05-11'],
  ]);
  const {r, out} = await buildSheets(dir, [events, '--base', base]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /published\.json, events: 2 events of the base feed are not in the sheets: "open-day-2027" \(now "atverto-durvju-diena"\? the same title\), "fair"\. If removed on purpose, fine; if their ids changed, a page's <event-card event-id="…"> shows "not found", and a form for it loses its event: keep the published id in the id column\./
  );
  // Recommendations had no sheet: they come from the base, whole.
  assert.doesNotMatch(r.stderr, /recommendations:/);
  assert.equal(r.stderr.match(/of the base feed/g).length, 1, r.stderr);
  // The same sheet against a base it matches: nothing to say.
  await writeFile(
    base,
    JSON.stringify({
      version: 1,
      events: [{id: 'workshop', title: 'Workshop', start: '2027-05-11'}],
    })
  );
  const same = await run(['build', events, '--base', base, '-o', out]);
  assert.equal(same.code, 0, same.stderr);
  assert.doesNotMatch(same.stderr, /of the base feed/);
});

test('build: an e-mail address in a web address column is one error that says where it goes', async (t) => {
  const dir = await tempDir(t);
  const events = await writeCsv(dir, 'events.csv', [
    ['id', 'title', 'start', 'registrationUrl', 'url'],
    ['e', 'E', '2027-05-10', 'pieteikumi@talsi.lv', 'mailto:info@talsi.lv'],
  ]);
  const orgs = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country', 'website'],
    ['a', 'A', 'LV', 'info@biedriba.lv'],
    ['b', 'B', 'LV', 'https://user@biedriba.lv/'],
  ]);
  const r = await run(['build', orgs, events, '-o', join(dir, 'feed.json')]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(
    r.stderr,
    /events\.csv, row 2, column D \(registrationUrl\): found "pieteikumi@talsi\.lv", an e-mail address; registrationUrl takes a web page \(https:\/\/…\)\. The feed has no registration by e-mail: say in the description how to register \(the card shows it\), or register with a signup form \(formId\)\./
  );
  assert.match(
    r.stderr,
    /column E \(url\): found "mailto:info@talsi\.lv", an e-mail address; url takes a web page \(https:\/\/…\)\. Put the address in the description, or leave the cell empty\./
  );
  assert.match(
    r.stderr,
    /organisations\.csv, row 2, column D \(website\): found "info@biedriba\.lv", an e-mail address; website takes a web page \(https:\/\/…\)\. Put the address in the email column\./
  );
  // A web address with a user name in it is a web address.
  assert.doesNotMatch(r.stderr, /row 3/);
  // One message for each cell, not also the schema's.
  assert.equal(r.stderr.match(/^error:/gm).length, 3, r.stderr);
});

test('parseWhen: times as partners write them after a date (13.00, plkst. 13.00, kl. 13.00, 13h00, às 13h, 13 val., 1:00 PM), and what is not a time', async () => {
  const {parseWhen} = await import('../../bin/feed/values.mjs');
  for (const text of [
    '10.08.2027 13:00',
    '10.08.2027 13.00',
    '2027-08-10 13.00',
    '2027-08-10T13:00',
    '10.08.2027, 13:00',
    '10.08.2027 plkst. 13.00',
    '10.08.2027 kl. 13.00',
    '10.08.2027 13h00',
    '10.08.2027 às 13h',
    '2027-08-10 13 val.',
    '10.08.2027 1:00 PM',
    '10.08.2027 1 p.m.',
    '10.08.2027 1:00 μ.μ.',
  ])
    assert.deepEqual(
      parseWhen(text),
      {date: '2027-08-10', time: '13:00'},
      text
    );
  for (const text of ['10.8.2027 12 am', '10.8.2027 12:00 π.μ.'])
    assert.deepEqual(
      parseWhen(text),
      {date: '2027-08-10', time: '00:00'},
      text
    );
  assert.deepEqual(parseWhen('10.08.2027 13:00:30'), {
    date: '2027-08-10',
    time: '13:00:30',
  });
  // An hour without its mark, past the day's, a PM hour past 12, a word.
  for (const text of [
    '10.08.2027 13',
    '10.08.2027 25:00',
    '10.08.2027 13:60',
    '2027-08-10 13:00 PM',
    '10.08.2027 soon',
    '10.08.27',
  ])
    assert.equal(parseWhen(text), undefined, text);
});

test('build: a start and an end in one cell give the start and, when the end is empty, the end, with a warning (an error when the end has its own); a time followed by -HH:MM past any offset is a range, one that could be an offset west of UTC is warned about', async (t) => {
  const dir = await tempDir(t);
  const events = await writeCsv(dir, 'events.csv', [
    ['id', 'title', 'start', 'end'],
    ['a', 'A', '10.08.2027 13:00–16:00', ''],
    ['b', 'B', '2027-08-10 13.00 - 16.00', ''],
    ['c', 'C', '10.08.2027 - 12.08.2027', ''],
    ['d', 'D', '2027-08-10 13:00-16:00', ''],
    ['e', 'E', '2027-08-10 09:00-12:00', ''],
    ['f', 'F', '2027-08-10T09:00-04:00', ''],
    // A day alone before the end's date: that day of its month.
    ['g', 'G', '10.–12.08.2027', ''],
    ['h', 'H', '10.–12. augusts 2027', ''],
  ]);
  const r = await run([
    'build',
    events,
    '--time-zone',
    'Europe/Riga',
    '-o',
    join(dir, 'feed.json'),
  ]);
  assert.equal(r.code, 0, r.stderr);
  for (const [row, found, start, end] of [
    [2, '10.08.2027 13:00–16:00', '10.08.2027 13:00', '2027-08-10 16:00'],
    [3, '2027-08-10 13.00 - 16.00', '2027-08-10 13.00', '2027-08-10 16:00'],
    [4, '10.08.2027 - 12.08.2027', '10.08.2027', '2027-08-12'],
    // 16 hours west of UTC is no place: a range.
    [5, '2027-08-10 13:00-16:00', '2027-08-10 13:00', '2027-08-10 16:00'],
    [8, '10.–12.08.2027', '10.08.2027', '2027-08-12'],
    [9, '10.–12. augusts 2027', '10. augusts 2027', '2027-08-12'],
  ])
    assert.ok(
      r.stderr.includes(
        `warning: events.csv, row ${row}, column C (start): found "${found}", a start and an end in one cell: read as the start "${start}" and the end "${end}". (A cell each, start and end, reads without guessing.)`
      ),
      `row ${row}: ${r.stderr}`
    );
  const built = JSON.parse(await readFile(join(dir, 'feed.json'), 'utf8'));
  assert.deepEqual(
    built.events.map((e) => [e.id, e.start, e.end]),
    [
      ['a', '2027-08-10T13:00+03:00', '2027-08-10T16:00+03:00'],
      ['b', '2027-08-10T13:00+03:00', '2027-08-10T16:00+03:00'],
      ['c', '2027-08-10', '2027-08-12'],
      ['d', '2027-08-10T13:00+03:00', '2027-08-10T16:00+03:00'],
      ['e', '2027-08-10T09:00-12:00', undefined],
      ['f', '2027-08-10T09:00-04:00', undefined],
      ['g', '2027-08-10', '2027-08-12'],
      ['h', '2027-08-10', '2027-08-12'],
    ]
  );
  // With an end of its own, the cell is an error that gives each.
  const both = await writeCsv(dir, 'both.csv', [
    ['id', 'title', 'start', 'end'],
    ['a', 'A', '10.08.2027 13:00–16:00', '10.08.2027 17:00'],
    ['b', 'B', '10.08.2027', '10.08.2027 13:00–16:00'],
  ]);
  const failed = await run([
    'build',
    both,
    '--kind',
    'events',
    '--time-zone',
    'Europe/Riga',
  ]);
  assert.equal(failed.code, 1);
  assert.ok(
    failed.stderr.includes(
      'error: both.csv, row 2, column C (start): found "10.08.2027 13:00–16:00", a start and an end in one cell, and an end in the end column too; write the start here (10.08.2027 13:00) and the end in the end column (2027-08-10 16:00).'
    ),
    failed.stderr
  );
  assert.ok(
    failed.stderr.includes(
      'error: both.csv, row 3, column D (end): found "10.08.2027 13:00–16:00", a start and an end in one cell; write the start in the start column (10.08.2027 13:00) and the end in the end column (2027-08-10 16:00).'
    ),
    failed.stderr
  );
  assert.ok(
    r.stderr.includes(
      'warning: events.csv, row 6, column C (start): found "2027-08-10 09:00-12:00", read as 2027-08-10T09:00-12:00, 09:00 at UTC−12:00. If it is a start and an end, write the start here and the end in the end column; if the offset is meant, write it as 2027-08-10T09:00-12:00.'
    ),
    r.stderr
  );
  // The ISO form with its T is an offset, as written.
  assert.doesNotMatch(r.stderr, /row 7/);
  // A JSON feed with an offset no place has: validate warns.
  const feed = join(dir, 'feed.json');
  await writeFile(
    feed,
    JSON.stringify({
      version: 1,
      events: [
        {id: 'a', title: 'A', start: '2027-08-10T13:00-16:00'},
        {id: 'b', title: 'B', start: '2027-08-10T13:00+14:00'},
      ],
    })
  );
  const v = await run(['validate', feed]);
  assert.equal(v.code, 0, v.stdout);
  assert.match(
    v.stdout,
    /warning: \/events\/0\/start \(id "a"\): "2027-08-10T13:00-16:00" has the offset -16:00, which is no place's \(none is more than 14 hours from UTC\), so the elements show a wrong time\. Was it a time range\? Give the end in its own field\./
  );
  assert.doesNotMatch(v.stdout, /events\/1/);
});

test("build: a title and notes above the header row are skipped, with a note; the separator is the header row's", async (t) => {
  const dir = await tempDir(t);
  const {writeFile: write} = await import('node:fs/promises');
  const orgs = join(dir, 'organisations.csv');
  await write(
    orgs,
    'Talsu novada organizācijas 2027\r\nSagatavoja: LSUA\r\n\r\nid;name;country\r\na;Biedrība A, Talsi;LV\r\n'
  );
  const xlsx = await writeXlsx(dir, 'events.xlsx', {
    events: [
      ['Pasākumi'],
      ['id', 'title', 'start'],
      ['e', 'Atvērto durvju diena', '2027-05-10'],
    ],
  });
  const {r, out, feed} = await buildSheets(dir, [orgs, xlsx]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /note: organisations\.csv: the header row is row 4; rows 1–2 above it \("Talsu novada organizācijas 2027", "Sagatavoja: LSUA"\) were skipped\./
  );
  assert.match(
    r.stderr,
    /note: events\.xlsx, sheet "events": the header row is row 2; row 1 above it \("Pasākumi"\) was skipped\./
  );
  assert.deepEqual(
    [feed.organizations[0].name, feed.events[0].title],
    ['Biedrība A, Talsi', 'Atvērto durvju diena']
  );
  // A file separated by semicolons whose text has more commas than the
  // header has semicolons: the header's separator.
  await write(
    orgs,
    'id;name;description;country\r\na;A;Youth, culture, sport, education, health;LV\r\n'
  );
  const s = await run(['build', orgs, '-o', out]);
  assert.equal(s.code, 0, s.stderr);
  assert.equal(
    JSON.parse(await readFile(out, 'utf8')).organizations[0].description,
    'Youth, culture, sport, education, health'
  );
  // A first row of names the tool does not know is still the header.
  const unknown = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country', 'Piezīmes'],
    ['a', 'A', 'LV', 'x'],
  ]);
  const u = await run(['build', unknown, '-o', out]);
  assert.equal(u.code, 0, u.stderr);
  assert.doesNotMatch(u.stderr, /header row is row/);
});

test('build: a row of one cell that is no id (a heading, a total, a note) is skipped with a warning; an id alone is a record begun', async (t) => {
  const dir = await tempDir(t);
  const orgs = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country'],
    ['Kurzemes reģions', '', ''],
    ['a', 'Biedrība A', 'LV'],
    ['', '', ''],
    ['Kopā: 1', '', ''],
    ['', 'Piezīme: dati uz 1. jūliju', ''],
  ]);
  const {r, out, feed} = await buildSheets(dir, [orgs]);
  assert.equal(r.code, 0, r.stderr);
  for (const [row, column, text] of [
    [2, 'A \\(id\\)', 'Kurzemes reģions'],
    [5, 'A \\(id\\)', 'Kopā: 1'],
    [6, 'B \\(name\\)', 'Piezīme: dati uz 1\\. jūliju'],
  ])
    assert.match(
      r.stderr,
      new RegExp(
        `row ${row}, column ${column}: the row has only "${text}": a heading, a total or a note, not an organisation; skipped\\.`
      )
    );
  assert.deepEqual(
    feed.organizations.map((o) => o.id),
    ['a']
  );
  // The language of the names is judged on the records' rows only.
  assert.match(
    r.stderr,
    /column B \(name\): the column has no language in its name, .* but 1 of its 2 words have Latvian letters/
  );
  const begun = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name', 'country'],
    ['b', '', ''],
  ]);
  const b = await run(['build', begun, '-o', out]);
  assert.equal(b.code, 1, b.stderr);
  assert.match(
    b.stderr,
    /row 2, column B \(name\): the name is empty; it is required/
  );
  assert.doesNotMatch(b.stderr, /skipped/);
});

test("build: an XLSX workbook's links are each read from its own sheet: the same cell of two sheets links to two addresses", async (t) => {
  const dir = await tempDir(t);
  const file = await writeXlsx(dir, 'talsi.xlsx', {
    organisations: [
      ['id', 'name', 'country', 'website'],
      ['a', 'A', 'LV', {text: 'Mājaslapa', hyperlink: 'https://a.lv/'}],
      ['b', 'B', 'LV', {text: 'Mājaslapa', hyperlink: 'https://b.lv/'}],
    ],
    events: [
      ['id', 'title', 'start', 'url'],
      ['e', 'E', '2027-08-10', {text: 'Programma', hyperlink: 'https://e.lv/'}],
    ],
  });
  const {r, feed} = await buildSheets(dir, [file]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    feed.organizations.map((o) => o.website),
    ['https://a.lv/', 'https://b.lv/']
  );
  assert.equal(feed.events[0].url, 'https://e.lv/');
});

test("build: an XLSX workbook from another program is read by its own lists of parts: a workbook not named workbook.xml, sheets with their own file names, paths from the archive's root or in other capitals, sheets in tab order whatever the archive's order, a sheet of macros left out, a listed sheet missing said as damage", async (t) => {
  const dir = await tempDir(t);
  const written = await writeXlsx(dir, 'written.xlsx', {
    organisations: [
      ['id', 'name', 'country', 'website'],
      ['a', 'A', 'LV', {text: 'Mājaslapa', hyperlink: 'https://a.lv/'}],
    ],
    events: [
      ['id', 'title', 'start', 'url'],
      ['e', 'E', '2027-08-10', {text: 'Programma', hyperlink: 'https://e.lv/'}],
    ],
  });
  const {default: unzipper} = await import('unzipper');
  const parts = {};
  for (const f of (await unzipper.Open.file(written)).files)
    if (f.type === 'File') parts[f.path] = (await f.buffer()).toString();
  // As some programs write them: the workbook as xl/book.xml, named from
  // the root; the sheets under their own names, one in other capitals;
  // the events sheet first in the archive, last of the tabs.
  const rename = {
    'xl/workbook.xml': 'xl/book.xml',
    'xl/_rels/workbook.xml.rels': 'xl/_rels/book.xml.rels',
    'xl/worksheets/sheet1.xml': 'xl/worksheets/orgs.xml',
    'xl/worksheets/_rels/sheet1.xml.rels': 'xl/worksheets/_rels/orgs.xml.rels',
    'xl/worksheets/sheet2.xml': 'xl/worksheets/events.xml',
    'xl/worksheets/_rels/sheet2.xml.rels':
      'xl/worksheets/_rels/events.xml.rels',
  };
  const entries = {};
  for (const path of [
    'xl/worksheets/sheet2.xml',
    'xl/worksheets/_rels/sheet2.xml.rels',
    ...Object.keys(parts),
  ])
    entries[rename[path] ?? path] = parts[path];
  entries['_rels/.rels'] = entries['_rels/.rels'].replace(
    'Target="xl/workbook.xml"',
    'Target="/xl/book.xml"'
  );
  entries['xl/_rels/book.xml.rels'] = entries['xl/_rels/book.xml.rels']
    .replace('"worksheets/sheet1.xml"', '"/XL/Worksheets/Orgs.xml"')
    .replace('"worksheets/sheet2.xml"', '"worksheets/events.xml"')
    .replace(
      '</Relationships>',
      `<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/xlMacrosheet" Target="macrosheets/sheet1.xml"/></Relationships>`
    );
  entries['xl/book.xml'] = entries['xl/book.xml'].replace(
    '</sheets>',
    '<sheet name="Makro" sheetId="9" r:id="rId99"/></sheets>'
  );
  // A sheet of old Excel 4.0 macros: cells, but not a worksheet.
  entries['xl/macrosheets/sheet1.xml'] =
    '<macrosheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row><row r="2"><c r="A1" t="inlineStr"><is><t>=HALT()</t></is></c></row></sheetData></macrosheet>';
  assert.ok(Object.values(rename).every((path) => path in entries));
  assert.deepEqual(
    Object.keys(entries).filter((path) => path.includes('worksheets/')),
    [
      'xl/worksheets/events.xml',
      'xl/worksheets/_rels/events.xml.rels',
      'xl/worksheets/orgs.xml',
      'xl/worksheets/_rels/orgs.xml.rels',
    ]
  );
  const file = join(dir, 'talsi.xlsx');
  await writeFile(file, storedZip(entries));

  const {readTables} = await import('../../bin/feed/read-table.mjs');
  const {tables, notes} = await readTables(file);
  assert.deepEqual(notes, []);
  assert.deepEqual(
    tables.map((table) => [table.sheet, table.rows.length]),
    [
      ['organisations', 1],
      ['events', 1],
    ]
  );
  const {r, feed} = await buildSheets(dir, [file]);
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stderr, /Makro/);
  assert.deepEqual(
    feed.organizations.map((o) => [o.id, o.website]),
    [['a', 'https://a.lv/']]
  );
  assert.deepEqual(
    feed.events.map((e) => [e.id, e.url]),
    [['e', 'https://e.lv/']]
  );
  // --sheet naming it: said as what it is, with the sheets there are.
  const macros = await run(['build', file, '--sheet', 'makro']);
  assert.equal(macros.code, 1);
  assert.match(
    macros.stderr,
    /^error: talsi\.xlsx: "Makro" is a sheet of Excel 4\.0 macros, with no table to read\. Its sheets: "organisations", "events"\.$/m
  );
  noStack(assert, macros);

  delete entries['xl/worksheets/events.xml'];
  await writeFile(file, storedZip(entries));
  const damaged = await run(['build', file]);
  assert.equal(damaged.code, 1);
  assert.match(
    damaged.stderr,
    /^error: talsi\.xlsx is damaged: its sheet "events" is listed but not in the file\. Save it again/m
  );
  noStack(assert, damaged);
  // Its relationship missing too: the same.
  entries['xl/_rels/book.xml.rels'] = entries['xl/_rels/book.xml.rels'].replace(
    /<Relationship [^>]*events\.xml"\/>/,
    ''
  );
  assert.doesNotMatch(entries['xl/_rels/book.xml.rels'], /events/);
  await writeFile(file, storedZip(entries));
  assert.match(
    (await run(['build', file])).stderr,
    /^error: talsi\.xlsx is damaged: its sheet "events" is listed but not in the file\./m
  );
});

test('build: a workbook LibreOffice wrote (Latvian and Greek texts, links, a date, a hidden sheet) reads as one exceljs wrote', async (t) => {
  // fixtures/libreoffice.xlsx: a workbook of three sheets ("Organizācijas",
  // "Pasākumi", and "Vecie", hidden) written with exceljs, then saved by
  // LibreOffice 7.4 (soffice --headless --convert-to 'xlsx:Calc MS Excel
  // 2007 XML'), which names and orders its parts its own way.
  const dir = await tempDir(t);
  const {r, feed} = await buildSheets(dir, [
    join(ROOT, 'test-node/feed/fixtures/libreoffice.xlsx'),
  ]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /note: libreoffice\.xlsx, sheet "Vecie" is hidden in the workbook; skipped\./
  );
  assert.deepEqual(
    feed.organizations.map((o) => [o.id, o.name, o.website, o.email]),
    [
      [
        'lsua',
        'Latvijas Sociālās uzņēmējdarbības asociācija',
        'https://lsua.lv/',
        'info@lsua.lv',
      ],
      [
        'kyp',
        'Σύλλογος Κοινωνικής Οικονομίας',
        'https://example.cy/',
        undefined,
      ],
    ]
  );
  assert.deepEqual(
    feed.events.map((e) => [e.id, e.title, e.start, e.url]),
    [
      [
        'talsi',
        'Soli pa solim līdz veiksmīgai partnerībai ar pašvaldību',
        '2027-08-10',
        'https://talsi.lv/',
      ],
    ]
  );
});

test('build: a hidden sheet of an XLSX workbook is left out, with a note, unless --sheet names it', async (t) => {
  const dir = await tempDir(t);
  const {default: ExcelJS} = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const sheets = {
    organisations: [['a', 'A', 'LV']],
    'organisations 2025': [['z', 'Z', 'LV']],
    'organisations (helper)': [['y', 'Y', 'LV']],
  };
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    ws.addRow(['id', 'name', 'country']);
    for (const row of rows) ws.addRow(row);
  }
  wb.getWorksheet('organisations 2025').state = 'hidden';
  wb.getWorksheet('organisations (helper)').state = 'veryHidden';
  const file = join(dir, 'talsi.xlsx');
  await wb.xlsx.writeFile(file);
  const {r, feed} = await buildSheets(dir, [file]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(
    feed.organizations.map((o) => o.id),
    ['a']
  );
  for (const name of ['organisations 2025', 'organisations (helper)'])
    assert.ok(
      r.stderr.includes(
        `note: talsi.xlsx, sheet "${name}" is hidden in the workbook; skipped. To read it, show it (right-click a sheet's tab → Unhide) or pass --sheet "${name}".`
      ),
      r.stderr
    );
  const named = await buildSheets(dir, [file, '--sheet', 'organisations 2025']);
  assert.equal(named.r.code, 0, named.r.stderr);
  assert.deepEqual(
    named.feed.organizations.map((o) => o.id),
    ['z']
  );
  assert.doesNotMatch(named.r.stderr, /hidden/);
  // As Excel compares sheet names: capitals aside.
  const capitals = await buildSheets(dir, [
    file,
    '--sheet',
    'Organisations 2025',
  ]);
  assert.equal(capitals.r.code, 0, capitals.r.stderr);
  assert.deepEqual(
    capitals.feed.organizations.map((o) => o.id),
    ['z']
  );
  // A name no sheet has: the sheets there are, hidden ones marked.
  const typo = await run(['build', file, '--sheet', 'organisation']);
  assert.equal(typo.code, 1);
  assert.match(
    typo.stderr,
    /^error: talsi\.xlsx has no sheet named "organisation"\. Its sheets: "organisations", "organisations 2025" \(hidden\), "organisations \(helper\)" \(hidden\)\.$/m
  );
  noStack(assert, typo);
});

test('build: --sheet names a sheet as Excel does: capitals, the way a letter was typed and spaces at the ends aside; a sheet named exactly so comes first', async (t) => {
  const dir = await tempDir(t);
  const {default: ExcelJS} = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  for (const [name, id] of [
    ['Organizācijas', 'lv'],
    ['Second', 'upper'],
    ['Ενώσεις', 'el'],
  ]) {
    const ws = wb.addWorksheet(name);
    ws.addRow(['id', 'name', 'country']);
    ws.addRow([id, id.toUpperCase(), 'LV']);
  }
  // Excel (and exceljs) would not name two tabs alike but for capitals;
  // other programs do.
  const {default: unzipper} = await import('unzipper');
  const entries = {};
  for (const f of (await unzipper.Open.buffer(await wb.xlsx.writeBuffer()))
    .files)
    if (f.type === 'File') entries[f.path] = (await f.buffer()).toString();
  assert.match(entries['xl/workbook.xml'], /name="Second"/);
  entries['xl/workbook.xml'] = entries['xl/workbook.xml'].replace(
    'name="Second"',
    'name="ORGANIZĀCIJAS"'
  );
  const file = join(dir, 'talsi.xlsx');
  await writeFile(file, storedZip(entries));
  for (const [wanted, ids] of [
    ['ORGANIZĀCIJAS', ['upper']],
    ['Organizācijas', ['lv']],
    // "ā" typed as a and a combining macron; a space copied at the end.
    ['organiza\u0304cijas ', ['lv']],
    ['ΕΝΏΣΕΙΣ', ['el']],
    ['ενώσεις', ['el']],
  ]) {
    const {r, feed} = await buildSheets(dir, [file, '--sheet', wanted]);
    assert.equal(r.code, 0, `${wanted}: ${r.stderr}`);
    assert.deepEqual(
      feed.organizations.map((o) => o.id),
      ids,
      wanted
    );
  }
});

test('build: an XLSX cell that shows words and links to an address gives the address, with a warning; a cell that shows an address is read as shown', async (t) => {
  const dir = await tempDir(t);
  const file = await writeXlsx(dir, 'organisations.xlsx', {
    organisations: [
      ['id', 'name', 'country', 'website', 'email'],
      [
        'a',
        'A',
        'LV',
        {text: 'Mūsu mājaslapa', hyperlink: 'https://talsi.lv/'},
        {text: 'Rakstiet mums', hyperlink: 'mailto:info@talsi.lv'},
      ],
      [
        'b',
        {text: 'Biedrība B', hyperlink: 'https://b.lv/'},
        'LV',
        {text: 'https://www.b.lv/', hyperlink: 'https://b.lv/old'},
        'b@b.lv',
      ],
    ],
  });
  const {r, feed} = await buildSheets(dir, [file]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stderr,
    /row 2, column D \(website\): the cell shows "Mūsu mājaslapa" and links to "https:\/\/talsi\.lv\/"; the link's address is used\./
  );
  assert.match(
    r.stderr,
    /row 2, column E \(email\): the cell shows "Rakstiet mums" and links to "mailto:info@talsi\.lv"; the link's address is used\./
  );
  assert.doesNotMatch(r.stderr, /row 3/);
  assert.deepEqual(
    feed.organizations.map((o) => [o.name, o.website, o.email]),
    [
      ['A', 'https://talsi.lv/', 'info@talsi.lv'],
      ['Biedrība B', 'https://www.b.lv/', 'b@b.lv'],
    ]
  );
});
