import assert from 'node:assert/strict';
import {readFile, readdir, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {test} from 'node:test';
import {COLUMNS} from '../../bin/feed/columns.mjs';
import {TEMPLATE_HEADERS} from '../../bin/feed/header-words.mjs';
import {TEMPLATE_HELP} from '../../bin/feed/template.mjs';
import {
  ATTENDANCE_MODES,
  AUDIENCES,
  EVENT_STATUSES,
  REGISTRATION_STATUSES,
  TOPICS,
} from '../../bin/feed/vocab.mjs';
import {
  ROOT,
  SAMPLE,
  noStack,
  run,
  schemaValidator,
  tempDir,
} from './helpers.mjs';

test('template: CSV and XLSX with the documented columns and one example row, which builds', async (t) => {
  const dir = await tempDir(t);
  const out = join(dir, 'tpl');
  const r = await run(['template', '--dir', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual((await readdir(out)).sort(), [
    'events.csv',
    'feed-template.xlsx',
    'organisations.csv',
    'recommendations.csv',
  ]);
  const orgs = await readFile(join(out, 'organisations.csv'), 'utf8');
  assert.ok(
    orgs.startsWith('\uFEFFid,name.en,name.lv,name.lt,name.sv,name.el,name.pt,')
  );
  assert.equal(orgs.trim().split('\n').length, 2);
  const {default: ExcelJS} = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(out, 'feed-template.xlsx'));
  assert.deepEqual(
    wb.worksheets.map((w) => w.name),
    ['organisations', 'events', 'recommendations', 'lists']
  );
  assert.equal(wb.getWorksheet('organisations').getCell('A1').value, 'id');
  assert.equal(
    wb.getWorksheet('organisations').getCell('A2').value,
    'lv-talsi-youth-club'
  );
  const lists = wb.getWorksheet('lists');
  assert.equal(
    lists.getRow(1).values.slice(1).join(','),
    'list,code,label.en,label.lv,label.lt,label.sv,label.el,label.pt'
  );
  const rows = [];
  lists.eachRow((row) => rows.push(row.values.slice(1).join('|')));
  assert.ok(
    rows.includes(
      'attendanceMode|offline|In person|Klātienē|Gyvai|På plats|Δια ζώσης|Presencial'
    ),
    rows.join('\n')
  );
  for (const [list, code] of [
    ['status', 'postponed'],
    ['registrationStatus', 'full'],
  ])
    assert.ok(
      rows.some((r) => r.startsWith(`${list}|${code}|`)),
      list
    );
  // Columns of one value from a short list have a drop-down of it (and take
  // other values without an error box: the build reads or reports them).
  for (const [sheet, column, codes] of [
    ['events', 'attendanceMode', 'offline,online,mixed'],
    ['events', 'status', 'scheduled,cancelled,postponed'],
    ['events', 'registrationStatus', 'open,closed,full,cancelled'],
    ['events', 'venueCountry', 'LV,LT,SE,CY,PT,GR'],
    [
      'events',
      'timeZone',
      'Europe/Riga,Europe/Vilnius,Europe/Stockholm,Asia/Nicosia,Europe/Lisbon,Europe/Athens',
    ],
    ['events', 'language', 'en,lv,lt,sv,el,pt'],
    ['organisations', 'country', 'LV,LT,SE,CY,PT,GR'],
    ['organisations', 'lookingForPartners', 'yes,no'],
    ['recommendations', 'sample', 'yes,no'],
  ]) {
    const ws = wb.getWorksheet(sheet);
    const i = ws.getRow(1).values.indexOf(column);
    assert.ok(i > 0, column);
    for (const row of [2, 1000]) {
      const rule = ws.getCell(row, i).dataValidation;
      assert.equal(rule?.type, 'list', `${sheet} ${column} row ${row}`);
      assert.deepEqual(rule.formulae, [`"${codes}"`]);
      assert.ok(!rule.showErrorMessage);
    }
  }
  // Columns of several values or free text have none.
  const orgSheet = wb.getWorksheet('organisations');
  for (const column of ['id', 'types', 'fields'])
    assert.equal(
      orgSheet.getCell(2, orgSheet.getRow(1).values.indexOf(column))
        .dataValidation,
      undefined,
      column
    );
  const validate = await schemaValidator();
  for (const files of [
    [
      join(out, 'organisations.csv'),
      join(out, 'events.csv'),
      join(out, 'recommendations.csv'),
    ],
    [join(out, 'feed-template.xlsx')],
  ]) {
    const feedPath = join(dir, 'feed.json');
    const b = await run(['build', ...files, '-o', feedPath]);
    assert.equal(b.code, 0, b.stderr);
    // Every example row is marked sample = yes: the organisation is kept
    // with "sample": true and a warning; the feed has no such mark for
    // events and recommendations, so theirs are left out, with a warning.
    assert.match(b.stderr, /1 organisation, 0 events, 0 recommendations/);
    assert.match(b.stderr, /marked as sample data/);
    // The examples' Latvian street and venue do not ask for the columns to
    // be named as Latvian: the rows are examples, to be deleted.
    assert.doesNotMatch(b.stderr, /no language in its name/);
    for (const sheet of ['events', 'recommendations'])
      assert.match(
        b.stderr,
        new RegExp(
          `${sheet}.*, row 2, column \\w+ \\(sample\\): marked as an example \\(sample = yes\\): left out of the feed`
        )
      );
    const feed = JSON.parse(await readFile(feedPath, 'utf8'));
    assert.ok(validate(feed), JSON.stringify(validate.errors));
    assert.deepEqual(feed.organizations[0].fields, ['youth', 'education']);
  }
  // With the mark emptied, the example event and recommendation are valid records.
  for (const name of ['events.csv', 'recommendations.csv']) {
    const text = await readFile(join(out, name), 'utf8');
    assert.match(text, /,yes\r\n$/);
    await writeFile(join(dir, name), text.replace(/,yes\r\n$/, ',\r\n'));
  }
  const kept = await run([
    'build',
    join(out, 'organisations.csv'),
    join(dir, 'events.csv'),
    join(dir, 'recommendations.csv'),
    '-o',
    join(dir, 'kept.json'),
  ]);
  assert.equal(kept.code, 0, kept.stderr);
  assert.match(kept.stderr, /1 organisation, 1 event, 1 recommendation/);
  assert.doesNotMatch(kept.stderr, /left out of the feed/);
  // A real event's Latvian venue in a column without a language: asked.
  assert.match(
    kept.stderr,
    /\(venueStreet\): the column has no language in its name/
  );
  assert.doesNotMatch(kept.stderr, /\(street\): the column/);
  assert.ok(
    validate(JSON.parse(await readFile(join(dir, 'kept.json'), 'utf8'))),
    JSON.stringify(validate.errors)
  );
  const two = await run([
    'template',
    '--dir',
    join(dir, 'two'),
    '--locales',
    'lv,en',
    '--format',
    'csv',
  ]);
  assert.equal(two.code, 0);
  assert.deepEqual((await readdir(join(dir, 'two'))).sort(), [
    'events.csv',
    'organisations.csv',
    'recommendations.csv',
  ]);
  assert.match(
    await readFile(join(dir, 'two', 'organisations.csv'), 'utf8'),
    /^\uFEFFid,name\.lv,name\.en,description\.lv,description\.en,country/
  );
});

test('template --headers: the headers and sheet names in a partner language, which build the same feed as the documented names', async (t) => {
  const dir = await tempDir(t);
  // Keys in one order: a template in Latvian lists name.lv first.
  const sorted = (v) =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sorted(v[k])])
          )
        : v;
  // The template's feed, its example event and recommendation kept (their
  // sample cell emptied).
  async function built(language) {
    const out = join(dir, language);
    const r = await run(['template', '--dir', out, '--headers', language]);
    assert.equal(r.code, 0, r.stderr);
    const files = [];
    for (const name of [
      'organisations.csv',
      'events.csv',
      'recommendations.csv',
    ]) {
      const text = await readFile(join(out, name), 'utf8');
      const path = join(out, `kept-${name}`);
      await writeFile(
        path,
        name === 'organisations.csv'
          ? text
          : text.replace(/,(yes|jā|taip|ja|ναι|sim)\r\n$/, ',\r\n')
      );
      files.push(path);
    }
    const csv = await run(['build', ...files, '-o', join(out, 'feed.json')]);
    assert.equal(csv.code, 0, csv.stderr);
    assert.match(csv.stderr, /1 organisation, 1 event, 1 recommendation/);
    const xlsx = await run([
      'build',
      join(out, 'feed-template.xlsx'),
      '-o',
      join(out, 'xlsx.json'),
    ]);
    assert.equal(xlsx.code, 0, xlsx.stderr);
    assert.doesNotMatch(xlsx.stderr, /not an organisations, events/);
    const feed = async (name) => {
      const f = JSON.parse(await readFile(join(out, name), 'utf8'));
      delete f.updated;
      return sorted(f);
    };
    return {
      out,
      hint: r.stdout,
      csv: await feed('feed.json'),
      xlsx: await feed('xlsx.json'),
      stderr: csv.stderr,
      // Less the warnings that a column's texts look like another
      // language: the example street, "Lielā iela 1", is Latvian in each.
      warnings: csv.stderr.match(
        /^warning: (?!.*no language in (its|their) names?)/gm
      ).length,
    };
  }
  const en = await built('en');
  const {default: ExcelJS} = await import('exceljs');
  for (const [language, first, sheets, attendance] of [
    [
      'lv',
      'ID,Nosaukums (lv),Nosaukums (en),Nosaukums (lt)',
      ['Organizācijas', 'Pasākumi', 'Ieteikumi', 'Saraksti'],
      'Formāts',
    ],
    [
      'lt',
      'ID,Pavadinimas (lt),Pavadinimas (en)',
      ['Organizacijos', 'Renginiai', 'Rekomendacijos', 'Sąrašai'],
      'Formatas',
    ],
    [
      'sv',
      'ID,Namn (sv),Namn (en)',
      ['Organisationer', 'Evenemang', 'Rekommendationer', 'Listor'],
      'Format',
    ],
    [
      'el',
      'ID,Όνομα (el),Όνομα (en)',
      ['Οργανώσεις', 'Εκδηλώσεις', 'Συστάσεις', 'Λίστες'],
      'Μορφή',
    ],
    [
      'pt',
      'ID,Nome (pt),Nome (en)',
      ['Organizações', 'Eventos', 'Recomendações', 'Listas'],
      'Formato',
    ],
  ]) {
    const b = await built(language);
    assert.ok(
      (await readFile(join(b.out, 'organisations.csv'), 'utf8')).startsWith(
        `\uFEFF${first},`
      ),
      language
    );
    // The same feed, its texts without a language read in the headers'
    // (as the template's closing hint says).
    assert.match(
      b.hint,
      new RegExp(
        `like "${TEMPLATE_HEADERS[language].street}", are read as \\w+, as the headers are\\)`
      )
    );
    assert.equal(b.csv.defaultLocale, language);
    assert.equal(b.xlsx.defaultLocale, language);
    assert.deepEqual({...b.csv, defaultLocale: 'en'}, en.csv, language);
    assert.deepEqual({...b.xlsx, defaultLocale: 'en'}, en.xlsx, language);
    assert.match(
      b.stderr,
      /note: kept-organisations\.csv: the headers are \w+, so the texts of the columns without a language in their names \(.+\) are read as/
    );
    // No header is unknown, and the build says how it read them.
    assert.doesNotMatch(b.stderr, /not a known|Did you mean/, language);
    assert.equal(b.warnings, en.warnings, language);
    assert.match(b.stderr, /note: kept-organisations\.csv: read the headers/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(b.out, 'feed-template.xlsx'));
    assert.deepEqual(
      wb.worksheets.map((w) => w.name),
      sheets
    );
    // The lists sheet's lists are named as their columns, its labels'
    // columns by their languages; the build skips it.
    const lists = wb.getWorksheet(sheets[3]);
    const rows = [];
    lists.eachRow((row) => rows.push(row.values.slice(1)));
    assert.equal(rows[0].length, 8);
    assert.equal(
      rows[0][2],
      new Intl.DisplayNames([language], {type: 'language'}).of('en')
    );
    assert.ok(
      rows.some((r) => r[0] === attendance && r[1] === 'offline'),
      language
    );
    // The example texts are in the six languages.
    assert.doesNotMatch(b.stderr, /the text has no/);
    // The help, in the language, names the documented column; the
    // drop-downs stay.
    const events = wb.getWorksheet(sheets[1]);
    const i = events.getRow(1).values.indexOf(attendance);
    assert.ok(i > 0, `${language}: ${attendance}`);
    assert.equal(
      events.getCell(1, i).note,
      `attendanceMode: ${TEMPLATE_HELP[language].events.attendanceMode}`
    );
    const orgNotes = wb.getWorksheet(sheets[0]).getRow(1);
    assert.equal(
      orgNotes.getCell(
        orgNotes.values.indexOf(
          `${TEMPLATE_HEADERS[language].name} (${language})`
        )
      ).note,
      `name.${language}: ${TEMPLATE_HELP[language].organizations.name} (${language})`
    );
    assert.deepEqual(events.getCell(2, i).dataValidation.formulae, [
      '"offline,online,mixed"',
    ]);
    // Yes and no in the language: the example row's, and the drop-down's.
    const orgs = wb.getWorksheet(sheets[0]);
    const looking = orgs
      .getRow(1)
      .values.indexOf(TEMPLATE_HEADERS[language].lookingForPartners);
    assert.equal(
      orgs.getCell(2, looking).value,
      TEMPLATE_HEADERS[language].yesNo[0]
    );
    assert.deepEqual(orgs.getCell(2, looking).dataValidation.formulae, [
      `"${TEMPLATE_HEADERS[language].yesNo.join(',')}"`,
    ]);
  }
  const wrong = await run(['template', '--dir', dir, '--headers', 'de']);
  assert.equal(wrong.code, 2);
  assert.match(
    wrong.stderr,
    /--headers: "de" is not one of en, lv, lt, sv, el, pt\./
  );
});

test("template help: each column's help in each language of the headers, with the English help's codes, examples and time zones", () => {
  const codes = {
    attendanceMode: ATTENDANCE_MODES,
    status: EVENT_STATUSES,
    registrationStatus: REGISTRATION_STATUSES,
    audience: AUDIENCES,
    topics: TOPICS,
  };
  assert.deepEqual(
    Object.keys(TEMPLATE_HELP).sort(),
    Object.keys(TEMPLATE_HEADERS).sort()
  );
  for (const [language, help] of Object.entries(TEMPLATE_HELP))
    for (const [kind, columns] of Object.entries(COLUMNS)) {
      assert.deepEqual(
        Object.keys(help[kind]),
        columns.map((c) => c.name),
        `${language} ${kind}`
      );
      for (const c of columns) {
        const text = help[kind][c.name];
        const where = `${language} ${kind} ${c.name}: ${text}`;
        assert.ok(text.trim() && text !== c.help, where);
        // Examples and values written with digits (2025-05-10T18:00+03:00,
        // +371 20000000, LV-RE:40008000000), zones, and the codes read.
        const kept = [
          ...(c.help.match(/[\w.+:/-]*\d[\w.+:/-]*/g) ?? [])
            .map((t) => t.replace(/[.,]$/, ''))
            .filter((t) => t.length > 1 && !t.startsWith('step')),
          ...(c.help.match(/\b[A-Z][a-z]+\/[A-Z]\w+/g) ?? []),
          ...(kind === 'recommendations' && c.name === 'audience'
            ? AUDIENCES
            : kind === 'events' && c.name === 'audience'
              ? []
              : (codes[c.name] ?? [])),
        ];
        for (const token of kept)
          assert.ok(
            text.includes(token.replace(/[.,]$/, '')),
            `${where} (${token})`
          );
      }
    }
});

test('hsds export: HSDS 3.0 organizations with locations, addresses, phones; losses reported', async (t) => {
  const dir = await tempDir(t);
  const out = join(dir, 'hsds.json');
  const r = await run(['hsds', 'export', SAMPLE, '-o', out]);
  noStack(assert, r);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /not carried over to HSDS: events/);
  const hsds = JSON.parse(await readFile(out, 'utf8'));
  const feed = JSON.parse(await readFile(SAMPLE, 'utf8'));
  assert.equal(hsds.contents.length, feed.organizations.length);
  assert.equal(hsds.total_items, feed.organizations.length);
  const uuid =
    /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const ids = new Set();
  for (const org of hsds.contents) {
    assert.match(org.id, uuid);
    ids.add(org.id);
    assert.equal(typeof org.name, 'string');
    assert.equal(typeof org.description, 'string');
    const [loc] = org.locations;
    assert.match(loc.id, uuid);
    assert.equal(loc.location_type, 'physical');
    for (const key of [
      'id',
      'address_1',
      'city',
      'state_province',
      'postal_code',
      'country',
      'address_type',
    ])
      assert.ok(key in loc.addresses[0], key);
    for (const p of org.phones) assert.ok(p.id && p.number);
    for (const x of org.organization_identifiers)
      assert.ok(x.id && x.identifier_type && x.identifier);
  }
  assert.equal(ids.size, hsds.contents.length);
  const first = hsds.contents[0];
  const src = feed.organizations[0];
  assert.equal(first.name, src.name[feed.defaultLocale] ?? src.name);
  assert.equal(first.locations[0].addresses[0].country, src.country);
});

test('hsds import: round trip keeps ids, countries, types, fields, phones; validates', async (t) => {
  const dir = await tempDir(t);
  const hsdsPath = join(dir, 'hsds.json');
  assert.equal((await run(['hsds', 'export', SAMPLE, '-o', hsdsPath])).code, 0);
  const back = join(dir, 'feed.json');
  const r = await run([
    'hsds',
    'import',
    hsdsPath,
    '-o',
    back,
    '--locale',
    'lv',
    '--default-locale',
    'lv',
  ]);
  assert.equal(r.code, 0, r.stderr);
  const feed = JSON.parse(await readFile(back, 'utf8'));
  const original = JSON.parse(await readFile(SAMPLE, 'utf8'));
  const validate = await schemaValidator();
  assert.ok(validate(feed), JSON.stringify(validate.errors));
  assert.equal(feed.organizations.length, original.organizations.length);
  original.organizations.forEach((o, i) => {
    const b = feed.organizations[i];
    assert.equal(b.id, o.id);
    assert.equal(b.country, o.country);
    assert.deepEqual(b.types, o.types ?? []);
    assert.deepEqual(b.fields, o.fields ?? []);
    assert.deepEqual(b.languages, o.languages ?? []);
    assert.equal(b.lookingForPartners, Boolean(o.lookingForPartners));
    assert.deepEqual(
      b.phones.map((p) => p.number),
      (o.phones ?? []).map((p) => p.number)
    );
    assert.deepEqual(b.identifiers, o.identifiers ?? []);
    assert.equal(b.website, o.website);
    assert.deepEqual(b.geo, o.geo);
    assert.equal(Boolean(b.sample), Boolean(o.sample));
  });
});

test('hsds import: a foreign HSDS file; --country for records without an address; bad input', async (t) => {
  const dir = await tempDir(t);
  const file = join(dir, 'foreign.json');
  await writeFile(
    file,
    JSON.stringify([
      {
        id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
        name: 'Example Organization',
        description: 'Helps people.',
        website: 'http://example.com',
        email: 'email@example.com',
        phones: [{id: 'p1', number: '+351 210 000 000', extension: '12'}],
        locations: [
          {
            id: 'l1',
            location_type: 'physical',
            latitude: 38.57,
            longitude: -7.9,
            addresses: [
              {
                id: 'a1',
                address_1: 'Praça do Giraldo 1',
                city: 'Évora',
                state_province: 'Évora',
                postal_code: '7000-508',
                country: 'PT',
                address_type: 'physical',
              },
            ],
            languages: [{id: 'x', name: 'Portuguese', code: 'pt'}],
          },
        ],
        organization_identifiers: [
          {
            id: 'i',
            identifier_scheme: 'PT-NIPC',
            identifier_type: 'NIPC',
            identifier: '500000000',
          },
        ],
        attributes: [
          {
            id: 'at',
            taxonomy_term: {
              id: 't',
              name: 'Education',
              description: '',
              taxonomy: 'custom',
            },
          },
        ],
      },
      {id: 'b5d1', name: 'No address', description: ''},
    ])
  );
  let r = await run(['hsds', 'import', file]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /\/contents\/1 \("No address"\): no country.*--country/
  );
  r = await run(['hsds', 'import', file, '--country', 'pt']);
  assert.equal(r.code, 0, r.stderr);
  const feed = JSON.parse(r.stdout);
  const [a, b] = feed.organizations;
  assert.equal(a.id, 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610');
  assert.equal(a.country, 'PT');
  assert.deepEqual(a.address, {
    street: 'Praça do Giraldo 1',
    city: 'Évora',
    region: 'Évora',
    postalCode: '7000-508',
    country: 'PT',
  });
  assert.deepEqual(a.geo, {lat: 38.57, lon: -7.9});
  assert.deepEqual(a.phones, [{number: '+351 210 000 000 / 12'}]);
  assert.deepEqual(a.identifiers, [{scheme: 'PT-NIPC', value: '500000000'}]);
  assert.deepEqual(a.fields, ['education']);
  assert.deepEqual(a.languages, ['pt']);
  assert.equal(b.country, 'PT');
  const notHsds = join(dir, 'x.json');
  await writeFile(notHsds, '{"hello": 1}');
  r = await run(['hsds', 'import', notHsds]);
  noStack(assert, r);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /found no HSDS organizations/);
  r = await run(['hsds', 'export', join(dir, 'missing.json')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /File not found/);
  r = await run(['hsds', 'frob']);
  assert.equal(r.code, 2);
});

test('--help for each command', async () => {
  for (const [args, word] of [
    [['--help'], /Commands:\n  build/],
    [['build', '--help'], /Usage: .* build <sheet>/],
    [['validate', '--help'], /Usage: .* validate <feed\.json/],
    [['template', '--help'], /Usage: .* template \[--dir/],
    [['hsds', '--help'], /Usage: .* hsds export/],
    [['hsds', 'import', '--help'], /hsds import <hsds\.json>/],
  ]) {
    const r = await run(args);
    assert.equal(r.code, 0, args.join(' '));
    assert.match(r.stdout, word);
  }
});

test('vocabulary labels match the UI translations in locales/*.xlf', async () => {
  const vocab = await import('../../bin/feed/vocab.mjs');
  const tables = {
    type: vocab.TYPE_LABELS,
    field: vocab.FIELD_LABELS,
    audience: vocab.AUDIENCE_LABELS,
    topic: vocab.TOPIC_LABELS,
  };
  let checked = 0;
  for (const [i, locale] of vocab.LOCALES.entries()) {
    if (locale === 'en') continue;
    const xlf = await readFile(join(ROOT, 'locales', `${locale}.xlf`), 'utf8');
    for (const m of xlf.matchAll(
      /<trans-unit id="vocab\.(type|field|audience|topic|other)\.?([^"]*)">\s*<source>([^<]*)<\/source>\s*<target>([^<]*)<\/target>/g
    )) {
      const [, kind, key, source, target] = m;
      const [table, k] =
        kind === 'other' ? [tables.type, 'other'] : [tables[kind], key];
      assert.ok(table[k], `${kind}.${key} missing from the table`);
      assert.equal(table[k][0], source, `en label of ${kind}.${k}`);
      assert.equal(table[k][i], target, `${locale} label of ${kind}.${k}`);
      checked++;
    }
  }
  assert.ok(checked >= 5 * 25, `only ${checked} labels checked`);
  for (const [i, locale] of vocab.LOCALES.entries()) {
    for (const [key, labels] of Object.entries(vocab.FIELD_LABELS))
      assert.equal(
        vocab.lookupVocab('field', labels[i]),
        key,
        `${locale} ${labels[i]}`
      );
    for (const [key, labels] of Object.entries(vocab.TYPE_LABELS))
      assert.equal(
        vocab.lookupVocab('type', labels[i]),
        key,
        `${locale} ${labels[i]}`
      );
  }
  for (const [name, code] of [
    ['Latvija', 'LV'],
    ['Lietuva', 'LT'],
    ['Sverige', 'SE'],
    ['Κύπρος', 'CY'],
    ['Portugal', 'PT'],
    ['Ελλάδα', 'GR'],
    ['Lettland', 'LV'],
    ['Lituânia', 'LT'],
    ['Kipras', 'CY'],
    ['Zviedrija', 'SE'],
    ['cy', 'CY'],
  ])
    assert.equal(vocab.lookupCountry(name), code, name);
});

test('the feed tool knows the keys the elements know (organisation types, fields, audiences)', async () => {
  const vocab = await import('../../bin/feed/vocab.mjs');
  // The tool is plain Node and cannot import the TypeScript: read the lists from the source.
  const list = async (file, name) => {
    const source = await readFile(join(ROOT, 'src', 'feed', file), 'utf8');
    const body = source.match(
      new RegExp(`export const ${name} = \\[([^\\]]*)\\]`)
    )?.[1];
    assert.ok(body, `${name} not found in src/feed/${file}`);
    return [...body.matchAll(/'([^']+)'/g)].map((m) => m[1]);
  };
  assert.deepEqual(
    vocab.ORGANIZATION_TYPES,
    await list('organization.ts', 'ORGANIZATION_TYPES')
  );
  assert.deepEqual(vocab.FIELDS, await list('fields.ts', 'FIELDS'));
  assert.deepEqual(
    vocab.AUDIENCES,
    await list('recommendation.ts', 'AUDIENCES')
  );
  assert.deepEqual(
    Object.keys(vocab.TYPE_LABELS).sort(),
    [...vocab.ORGANIZATION_TYPES].sort()
  );
  assert.deepEqual(
    Object.keys(vocab.FIELD_LABELS).sort(),
    [...vocab.FIELDS].sort()
  );
});

test("the event's codes are the schema's, and every word the tool reads for a code of any vocabulary reads back as that code", async () => {
  const vocab = await import('../../bin/feed/vocab.mjs');
  const schema = JSON.parse(
    await readFile(join(ROOT, 'src', 'feed', 'feed.schema.json'), 'utf8')
  );
  const event = schema.definitions.event.properties;
  assert.deepEqual(vocab.ATTENDANCE_MODES, event.attendanceMode.enum);
  assert.deepEqual(vocab.EVENT_STATUSES, event.status.enum);
  assert.deepEqual(
    vocab.REGISTRATION_STATUSES,
    event.registration.properties.status.enum
  );
  const tables = {
    type: vocab.TYPE_LABELS,
    field: vocab.FIELD_LABELS,
    audience: vocab.AUDIENCE_LABELS,
    topic: vocab.TOPIC_LABELS,
    attendanceMode: vocab.ATTENDANCE_LABELS,
    status: vocab.EVENT_STATUS_LABELS,
    registrationStatus: vocab.REGISTRATION_STATUS_LABELS,
  };
  for (const [name, table] of Object.entries(tables))
    for (const [key, labels] of Object.entries(table)) {
      assert.equal(labels.length, vocab.LOCALES.length, `${name} ${key}`);
      for (const word of [
        key,
        ...labels,
        ...(vocab.SYNONYMS[name]?.[key] ?? []),
      ])
        assert.equal(
          vocab.lookupVocab(name, word),
          key,
          `${name}: ${JSON.stringify(word)} reads as ${vocab.lookupVocab(name, word)}`
        );
    }
  for (const name of Object.keys(vocab.SYNONYMS))
    assert.ok(tables[name], `synonyms of an unknown vocabulary ${name}`);
});

test('labels of templates before December 2026 are still read, except one that names another legal form', async () => {
  const {lookupVocab} = await import('../../bin/feed/vocab.mjs');
  assert.equal(lookupVocab('type', 'Lokal förening'), 'community-group');
  assert.equal(
    lookupVocab('audience', 'Bendruomenių organizacijos'),
    'organization'
  );
  assert.equal(lookupVocab('topic', 'Κοινωνικές προμήθειες'), 'procurement');
  // Lithuanian "Viešoji įstaiga" (a public institution, the legal form of many non-profits): reported.
  assert.equal(lookupVocab('type', 'Viešoji įstaiga'), undefined);
  assert.equal(
    lookupVocab('type', 'Valstybės ar savivaldybės institucija'),
    'public-body'
  );
});
