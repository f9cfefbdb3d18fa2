import assert from 'node:assert/strict';
import {writeFile} from 'node:fs/promises';
import {freePort} from '../../bin/webkit-driver.mjs';
import {REPEATED_GROUP} from '../../bin/feed/validate.mjs';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from 'node:test';
import {
  SAMPLE,
  noStack,
  run,
  serve,
  tempDir,
  writeCsv,
  writeOrganizations,
} from './helpers.mjs';

const BAD = {
  version: 1,
  organizations: [
    {id: 'ok', name: {lv: 'Labi', en: 'Good'}, country: 'LV'},
    {
      id: 'has space',
      name: {LV: 'x'},
      country: 'Latvia',
      website: 'www.x.lv',
      email: 'x',
      phones: [{number: 'call'}],
    },
    {
      id: 'c',
      name: '',
      country: 'LV',
      geo: {lat: 91, lon: 0},
      lookingForPartners: 'yes',
    },
    {name: 'No id', country: 'LT'},
  ],
  events: [
    {
      id: 'e',
      title: 'E',
      start: '10.05.2025',
      organizers: [{}, {id: 'missing-org'}],
      status: 'done',
    },
  ],
};

test('validate: the sample feed is valid (exit 0)', async () => {
  const r = await run(['validate', SAMPLE]);
  noStack(assert, r);
  assert.equal(r.code, 0, r.stdout);
  assert.match(r.stdout, /sample-feed\.json: valid \(\d+ organisations/);
});

test('validate: every problem with its path, what was found and what is expected (exit 1)', async (t) => {
  const dir = await tempDir(t);
  const file = join(dir, 'feed.json');
  await writeFile(file, JSON.stringify(BAD));
  const r = await run(['validate', file]);
  noStack(assert, r);
  assert.equal(r.code, 1);
  const out = r.stdout;
  const expect = [
    'error: /organizations/1/id (id "has space"): found "has space"; expected an id without spaces',
    'error: /organizations/1/name (id "has space"): found the language code "LV"; expected language codes in lower case',
    'error: /organizations/1/country (id "has space"): found "Latvia"; expected a two-letter country code like LV, LT, SE, CY or PT (did you mean LV?).',
    'error: /organizations/1/website (id "has space"): found "www.x.lv"; expected a web address starting with http:// or https://.',
    'error: /organizations/1/email (id "has space"): found "x"; expected an e-mail address',
    'error: /organizations/1/phones/0/number (id "has space"): found "call"; expected a phone number',
    'error: /organizations/2/name (id "c"): found an empty text; expected a text',
    'error: /organizations/2/geo/lat (id "c"): found 91; expected a number of at most 90.',
    'error: /organizations/2/lookingForPartners (id "c"): found "yes"; expected true or false.',
    'error: /organizations/3/id: "id" is missing; it is required.',
    'error: /events/0/start (id "e"): found "10.05.2025"; expected a date like 2025-05-10',
    'error: /events/0/organizers/0 (id "e"): an organiser needs an "id" (of an organisation of this feed) or a "name".',
    'error: /events/0/status (id "e"): found "done"; expected one of scheduled, cancelled, postponed.',
    'warning: /events/0/organizers/1/id (id "e"): there is no organisation with the id "missing-org" in this feed.',
  ];
  for (const line of expect)
    assert.ok(out.includes(line), `missing: ${line}\n---\n${out}`);
  assert.match(out, /: 13 errors, \d+ warnings\.$/m);
  assert.doesNotMatch(out, /must match|must be|should be|oneOf|instancePath/);
});

test('validate: warnings only (missing locales, sample data, duplicate-looking names) exit 0', async (t) => {
  const dir = await tempDir(t);
  const file = join(dir, 'feed.json');
  await writeFile(
    file,
    JSON.stringify({
      version: 1,
      organizations: [
        {
          id: 'a',
          name: {lv: 'Biedrība "Talsu jaunieši"', en: 'Talsi youth'},
          country: 'LV',
          sample: true,
        },
        {id: 'b', name: 'Talsu Jaunieši', country: 'LV', types: ['foundation']},
      ],
    })
  );
  const r = await run(['validate', file]);
  assert.equal(r.code, 0, r.stdout);
  assert.match(
    r.stdout,
    /warning: \/organizations\/0\/name \(id "a"\): the text has no lt, sv, el, pt version/
  );
  assert.match(
    r.stdout,
    /warning: \/organizations\/0 \(id "a"\): marked as sample data/
  );
  assert.match(
    r.stdout,
    /warning: \/organizations\/1\/name \(id "b"\): the name looks like the name of \/organizations\/0 \("a"\)/
  );
  assert.match(
    r.stdout,
    /warning: \/organizations\/1\/types \(id "b"\): "foundation" is not a known type; the elements read it as "other"/
  );
  assert.match(
    r.stdout,
    /valid \(2 organisations, 0 events, 0 recommendations, 0 forms\) with 5 warnings\./
  );
  // "Talsu Jaunieši", a plain text, is read as English (no defaultLocale).
  assert.match(
    r.stdout,
    /warning: \/defaultLocale: 1 of the 2 words of the texts given without a language are read as English \(defaultLocale is not set: en\), but have Latvian or Lithuanian letters\. If they are Latvian or Lithuanian, set "defaultLocale": "lv" \(or "lt"\)/
  );
  const q = await run(['validate', file, '--json']);
  assert.equal(q.code, 0);
  const json = JSON.parse(q.stdout);
  assert.equal(json.valid, true);
  assert.equal(json.problems.length, 5);
  assert.equal(json.problems[0].level, 'warning');
});

test("validate: a form whose own dates differ from its event's registration (the card and the form would disagree), a checkbox with options, a timed start with a date-only end", async (t) => {
  const dir = await tempDir(t);
  const file = join(dir, 'feed.json');
  const form = {id: 'f', fields: [{name: 'n', type: 'text', label: 'Name'}]};
  await writeFile(
    file,
    JSON.stringify({
      version: 1,
      events: [
        {
          id: 'e',
          title: 'E',
          start: '2027-05-10T10:00:00+03:00',
          registration: {formId: 'f', closes: '2027-05-01'},
        },
        {
          id: 'same',
          title: 'S',
          start: '2027-05-10T10:00:00+03:00',
          end: '2027-05-11',
          registration: {formId: 'g', closes: '2027-05-01'},
        },
      ],
      forms: [
        {
          ...form,
          closes: '2027-04-20',
          opens: '2027-03-01',
          fields: [
            {
              name: 's',
              type: 'checkbox',
              label: 'Sessions',
              options: [
                {value: 'a', label: 'A'},
                {value: 'b', label: 'B'},
              ],
            },
            // Patterns the form cannot use: one that freezes, one invalid.
            {name: 'c', type: 'text', label: 'Code', pattern: '(a+)+b'},
            {name: 'd', type: 'text', label: 'Code', pattern: '[a-'},
            // And ones it can.
            {
              name: 'e',
              type: 'text',
              label: 'Code',
              pattern: '(\\+371)?[0-9]{8}',
            },
            {name: 'g', type: 'text', label: 'Code', pattern: '\\(a\\)+'},
          ],
        },
        {...form, id: 'g', eventId: 'same', closes: '2027-05-01'},
      ],
    })
  );
  const r = await run(['validate', file]);
  assert.equal(r.code, 0, r.stdout);
  assert.match(
    r.stdout,
    /warning: \/forms\/0\/closes \(id "f"\): "2027-04-20" differs from its event's registration closes \("2027-05-01"\)/
  );
  assert.match(
    r.stdout,
    /warning: \/forms\/0\/opens \(id "f"\): "2027-03-01" differs from its event's registration opens \(none\)/
  );
  assert.doesNotMatch(r.stdout, /\/forms\/1/);
  assert.match(
    r.stdout,
    /warning: \/forms\/0\/fields\/0\/options \(id "f"\): a checkbox is one box/
  );
  assert.match(
    r.stdout,
    /warning: \/forms\/0\/fields\/1\/pattern \(id "f"\): "\(a\+\)\+b" repeats a group .* freeze the visitor's page, so the form ignores it/
  );
  assert.match(
    r.stdout,
    /warning: \/forms\/0\/fields\/2\/pattern \(id "f"\): "\[a-" is not a valid regular expression/
  );
  assert.doesNotMatch(r.stdout, /fields\/[34]\/pattern/);
  // The tool refuses the patterns the elements' reader refuses: one expression.
  assert.ok(
    readFileSync('src/feed/form.ts', 'utf8').includes(
      `/${REPEATED_GROUP.source}/`
    ),
    'src/feed/form.ts tests patterns with REPEATED_GROUP'
  );
  assert.match(
    r.stdout,
    /warning: \/events\/1\/end \(id "same"\): the end \(2027-05-11\) is a day without a time, but the start \(2027-05-10T10:00:00\+03:00\) has one: give the end its time and offset too, like 2027-05-11T18:00\+03:00\./
  );
});

test('validate: sections that are not lists, and days the calendar does not have, are errors (no crash)', async (t) => {
  const dir = await tempDir(t);
  const file = join(dir, 'feed.json');
  await writeFile(
    file,
    JSON.stringify({
      version: 1,
      organizations: {},
      events: 'none',
      recommendations: 3,
    })
  );
  let r = await run(['validate', file]);
  noStack(assert, r);
  assert.equal(r.code, 1);
  assert.match(
    r.stdout,
    /error: \/organizations: found an object \{\}; expected a list/
  );
  assert.match(r.stdout, /error: \/events: found "none"; expected a list/);
  assert.doesNotMatch(r.stdout + r.stderr, /unexpected/);
  await writeFile(
    file,
    JSON.stringify({
      version: 1,
      events: [
        {
          id: 'a',
          title: 'A',
          start: '2027-02-31T10:00+02:00',
          registration: {closes: '2027-02-29'},
        },
        {id: 'b', title: 'B', start: '2028-02-29'},
      ],
    })
  );
  r = await run(['validate', file]);
  assert.equal(r.code, 1);
  assert.match(
    r.stdout,
    /error: \/events\/0\/start \(id "a"\): "2027-02-31T10:00\+02:00" is not a day of the calendar \(2027-02 has no day 31\)/
  );
  assert.match(
    r.stdout,
    /error: \/events\/0\/registration\/closes \(id "a"\): "2027-02-29" is not a day of the calendar/
  );
  assert.doesNotMatch(r.stdout, /\/events\/1/, 'a leap day is a day');
  // The elements' reader's test: also a time a browser can read; year 0 had a 29 February.
  await writeFile(
    file,
    JSON.stringify({
      version: 1,
      events: [
        {id: 'c', title: 'C', start: '2027-01-01T25:00+02:00'},
        {id: 'd', title: 'D', start: '0000-02-29'},
      ],
    })
  );
  r = await run(['validate', file]);
  assert.match(
    r.stdout,
    /error: \/events\/0\/start \(id "c"\): "2027-01-01T25:00\+02:00" is not a time of the day/
  );
  assert.doesNotMatch(r.stdout, /\/events\/1/);
});

test('validate: not JSON, not an object, wrong version, missing file', async (t) => {
  const dir = await tempDir(t);
  const file = join(dir, 'feed.json');
  await writeFile(file, '{\n  "version": 1,\n  "organizations": [,]\n}');
  let r = await run(['validate', file]);
  noStack(assert, r);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /feed\.json is not valid JSON at line 3, column \d+/);
  await writeFile(file, '[1,2]');
  r = await run(['validate', file]);
  assert.equal(r.code, 1);
  assert.match(
    r.stdout,
    /found a list; expected a feed: a JSON object with "version": 1/
  );
  await writeFile(file, '{"version": 2}');
  r = await run(['validate', file]);
  assert.match(r.stdout, /error: \/version: found 2; expected 1\./);
  r = await run(['validate', join(dir, 'none.json')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /File not found/);
});

test('validate: a spreadsheet, with problems placed by row and column', async (t) => {
  const dir = await tempDir(t);
  const file = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name.en', 'name.LV', 'country', 'website', 'email'],
    ['a', 'A', 'A lv', 'LV', 'https://a.lv', 'a@a.lv'],
    ['b', 'B', '', 'LV', 'ftp://b', 'b at b'],
  ]);
  const r = await run(['validate', file]);
  noStack(assert, r);
  assert.equal(r.code, 1, r.stdout);
  assert.match(
    r.stdout,
    /error: organisations\.csv, row 3, column E \(website\): found "ftp:\/\/b"; expected a web address starting with http:\/\/ or https:\/\//
  );
  assert.match(
    r.stdout,
    /error: organisations\.csv, row 3, column F \(email\): found "b at b"; expected an e-mail address/
  );
  assert.match(
    r.stdout,
    /warning: organisations\.csv, row 2, column B \(name\.en\): the text has no lt, sv, el, pt version/
  );
});

test('validate: a feed by URL (local server): 200, 404, not JSON, unreachable', async (t) => {
  const bodies = {
    '/feed.json': [
      200,
      JSON.stringify({
        version: 1,
        organizations: [{id: 'a', name: 'A', country: 'LV'}],
      }),
    ],
    '/bad.json': [
      200,
      JSON.stringify({
        version: 1,
        organizations: [{id: 'a', name: 'A', country: 'Latvia'}],
      }),
    ],
    '/html': [200, '<!doctype html><p>Not a feed</p>'],
  };
  const base = await serve(t, (req, res) => {
    const [status, body] = bodies[req.url] ?? [404, 'Not found'];
    res.writeHead(status, {'content-type': 'application/json'});
    res.end(body);
  });
  let r = await run(['validate', `${base}/feed.json`]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /feed\.json: valid \(1 organisation,/);
  r = await run(['validate', `${base}/bad.json`]);
  assert.equal(r.code, 1);
  assert.match(
    r.stdout,
    /\/organizations\/0\/country \(id "a"\): found "Latvia"/
  );
  r = await run(['validate', `${base}/missing.json`]);
  noStack(assert, r);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /the server answered 404 Not Found; expected the feed/
  );
  r = await run(['validate', `${base}/html`]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /html is not valid JSON/);
  r = await run(['validate', `http://127.0.0.1:${await freePort()}/feed.json`]);
  noStack(assert, r);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /cannot fetch it \(ECONNREFUSED\)/);
});

/** Writes `content` (a feed, or its text) to a feed.json and validates it. */
async function validateFile(t, content) {
  const file = join(await tempDir(t), 'feed.json');
  await writeFile(
    file,
    typeof content === 'string' ? content : JSON.stringify(content)
  );
  return {file, r: await run(['validate', file])};
}

test('validate: what the elements would skip or misread (texts empty in every language, unknown country codes and time zones)', async (t) => {
  const {r} = await validateFile(t, {
    version: 1,
    organizations: [
      {id: 'a', name: {lv: '', en: ' '}, country: 'LV'},
      {id: 'b', name: 'B', description: {lv: ''}, country: 'XX'},
      {id: 'c', name: 'C', country: 'el'},
      {id: 'd', name: 'D', country: 'lv', address: {country: 'QQ'}},
      // Only invisible characters: what the elements read as empty.
      {id: 'g', name: '\u200b\u200b', country: 'LV'},
      {id: 'h', name: {lv: '\u202e\u202c', en: ' '}, country: 'LV'},
      {id: 'i', name: 'I', city: ' ', country: 'LV'},
      // Only control characters, which the elements leave out.
      {id: 'j', name: '\u0000\u0007\u007f', country: 'LV'},
    ],
    events: [
      {
        id: 'e',
        title: {en: ''},
        start: '2027-03-10T13:00:00+02:00',
        venue: {address: {country: 'XY'}},
      },
      {
        id: 'f',
        title: 'F',
        start: '2027-03-10T13:00:00+02:00',
        timeZone: 'Riga',
      },
    ],
  });
  noStack(assert, r);
  assert.equal(r.code, 1, r.stdout);
  for (const line of [
    'error: /organizations/0/name (id "a"): the text is empty in every language; the elements skip this record.',
    'warning: /organizations/1/description (id "b"): the text is empty in every language; the elements leave it out.',
    'warning: /organizations/1/country (id "b"): "XX" is not a country code we know; the elements show it as it is.',
    'warning: /organizations/2/country (id "c"): "el" is not a country code we know (did you mean GR?);',
    'warning: /organizations/3/address/country (id "d"): "QQ" is not a country code we know;',
    'error: /organizations/4/name (id "g"): the text is empty; the elements skip this record.',
    'error: /organizations/5/name (id "h"): the text is empty in every language; the elements skip this record.',
    'warning: /organizations/6/city (id "i"): the text is empty; the elements leave it out.',
    'error: /organizations/7/name (id "j"): the text is empty; the elements skip this record.',
    'error: /events/0/title (id "e"): the text is empty in every language; the elements skip this record.',
    'warning: /events/0/venue/address/country (id "e"): "XY" is not a country code we know;',
    'warning: /events/1/timeZone (id "f"): "Riga" is not a time zone the browsers know; the card uses the start\'s offset instead. Did you mean Europe/Riga?',
  ])
    assert.ok(r.stdout.includes(line), `${line}\n---\n${r.stdout}`);
  // A code in lower case is a code.
  assert.doesNotMatch(r.stdout, /organizations\/3\/country /);
});

test('validate: an e-mail address with no dot after the @ is a warning, in a feed and in a sheet', async (t) => {
  const dir = await tempDir(t);
  const file = await writeOrganizations(dir, [
    {id: 'a', name: 'A', country: 'LV', email: 'jauniesi@kuldiga'},
    {id: 'b', name: 'B', country: 'LV', email: 'info@b.lv'},
    {id: 'c', name: 'C', country: 'SE', email: 'x@localhost'},
  ]);
  const r = await run(['validate', file]);
  noStack(assert, r);
  assert.equal(r.code, 0, r.stdout);
  assert.ok(
    r.stdout.includes(
      'warning: /organizations/0/email (id "a"): "jauniesi@kuldiga" has no dot after the @, so mail to it does not arrive; an address on the internet ends in a domain like "kuldiga.lv". The elements show it as it is.'
    ),
    r.stdout
  );
  assert.match(
    r.stdout,
    /\/organizations\/2\/email \(id "c"\): "x@localhost" has no dot after the @.* like "localhost\.se"/
  );
  assert.doesNotMatch(r.stdout, /organizations\/1\/email/);
  const sheet = await writeCsv(dir, 'organisations.csv', [
    ['id', 'name.en', 'country', 'email'],
    ['a', 'A', 'LT', 'info@kaunas'],
  ]);
  const s = await run(['build', sheet, '-o', join(dir, 'out.json')]);
  assert.equal(s.code, 0, s.stdout + s.stderr);
  assert.match(
    s.stdout + s.stderr,
    /warning: organisations\.csv, row 2, column D \(email\): "info@kaunas" has no dot after the @.* like "kaunas\.lt"/
  );
});

test('validate: an online event with no link, and a link the card does not show for an offline event', async (t) => {
  const dir = await tempDir(t);
  const file = join(dir, 'feed.json');
  const event = (id, more) => ({id, title: id, start: '2027-08-10', ...more});
  await writeFile(
    file,
    JSON.stringify({
      version: 1,
      events: [
        event('online', {attendanceMode: 'online'}),
        event('mixed', {attendanceMode: 'mixed'}),
        event('default', {onlineUrl: 'https://meet.example.org/1'}),
        event('offline', {
          attendanceMode: 'offline',
          onlineUrl: 'https://meet.example.org/2',
        }),
        event('fine', {
          attendanceMode: 'online',
          onlineUrl: 'https://meet.example.org/3',
        }),
        event('cancelled', {attendanceMode: 'online', status: 'cancelled'}),
      ],
    })
  );
  const r = await run(['validate', file, '--json']);
  assert.equal(r.code, 0, r.stdout);
  const problems = JSON.parse(r.stdout).problems.filter((p) =>
    /online|attendance/i.test(p.path)
  );
  assert.deepEqual(
    problems.map((p) => [p.path, p.message.split(':')[0]]),
    [
      ['/events/0/attendanceMode', 'an online event with no onlineUrl'],
      ['/events/1/attendanceMode', 'a mixed event with no onlineUrl'],
      [
        '/events/2/onlineUrl',
        'the card does not show onlineUrl for an event that is not online',
      ],
      [
        '/events/3/onlineUrl',
        'the card does not show onlineUrl for an event that is not online',
      ],
    ]
  );
});

test('validate: texts without a language that look like another language than defaultLocale are one warning', async (t) => {
  const dir = await tempDir(t);
  const orgs = [
    {
      id: 'a',
      name: 'Talsu novada biedrība',
      description: 'Atvērts jauniešu centrs Talsos',
      country: 'LV',
    },
    {id: 'b', name: {en: 'Youth centre of Kuldīga'}, country: 'LV'},
  ];
  const file = await writeOrganizations(dir, orgs);
  const r = await run(['validate', file]);
  assert.equal(r.code, 0, r.stdout);
  assert.ok(
    r.stdout.includes(
      'warning: /defaultLocale: 3 of the 7 words of the texts given without a language are read as English (defaultLocale is not set: en), but have Latvian letters. If they are Latvian, set "defaultLocale": "lv", or give each such text with its language ({"lv": "…"})'
    ),
    r.stdout
  );
  // Said to be Latvian (with a region too), they are.
  for (const defaultLocale of ['lv', 'lv-LV']) {
    await writeFile(
      file,
      JSON.stringify({version: 1, defaultLocale, organizations: orgs})
    );
    assert.doesNotMatch(
      (await run(['validate', file])).stdout,
      /defaultLocale/,
      defaultLocale
    );
  }
});

test('validate: a comma before } or ] is named where it is; a file in another encoding says how to convert it', async (t) => {
  let {file, r} = await validateFile(
    t,
    '{\n  "version": 1,\n  "organizations": [\n    {"id": "a", "name": "A", "country": "LV"},\n  ]\n}\n'
  );
  noStack(assert, r);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /not valid JSON at line 5, column 3: .*\(JSON allows no comma before } or \]: remove the one at line 4, column 46\)\./
  );
  // "Kuldīga" in Windows-1257: ī is 0xEE.
  await writeFile(
    file,
    Buffer.concat([
      Buffer.from('{"version": 1, "organizations": [{"id": "a", "name": "Kuld'),
      Buffer.from([0xee]),
      Buffer.from('ga", "country": "LV"}]}'),
    ])
  );
  r = await run(['validate', file]);
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /is not UTF-8 text; .*It looks like Windows-1257 \(Baltic.*save it again as UTF-8.*iconv -f windows-1257 -t utf-8\./
  );
});

test('validate: more than 5,000 organisations in one feed is a warning that says to split it', async (t) => {
  const organizations = Array.from({length: 5001}, (_, i) => ({
    id: `o${i}`,
    name: `Organisation ${i}`,
    country: 'LV',
  }));
  let {r} = await validateFile(t, {version: 1, organizations});
  assert.equal(r.code, 0, r.stdout);
  assert.match(
    r.stdout,
    /warning: \/organizations: 5,001 organisations in one feed: the page is blocked while it loads .* Split it, e\.g\. one feed per country/
  );
  ({r} = await validateFile(t, {
    version: 1,
    organizations: organizations.slice(1),
  }));
  assert.doesNotMatch(r.stdout, /organisations in one feed/);
});

test('validate: one problem, one line: an empty id is not also "too short"', async (t) => {
  const {r} = await validateFile(t, {
    version: 1,
    organizations: [
      {id: '', name: 'A', country: 'LV'},
      {id: 'x'.repeat(201), name: 'B', country: 'LV'},
    ],
  });
  noStack(assert, r);
  assert.equal(r.code, 1, r.stdout);
  const lines = r.stdout.split('\n').filter((l) => l.startsWith('error: '));
  assert.deepEqual(
    lines.map((l) => l.replace(/ \(id "x+…?"\)/, '')),
    [
      'error: /organizations/0/id (id ""): found an empty text; expected an id without spaces, at most 200 characters (e.g. lv-talsi-youth-club).',
      'error: /organizations/1/id: found a text of 201 characters; expected at most 200.',
    ]
  );
});

test('validate a URL: the Access-Control-Allow-Origin a page on another site needs (or --origin, the site that shows it), a redirect; Origin sent as a page would', async (t) => {
  const feed = JSON.stringify({
    version: 1,
    organizations: [{id: 'a', name: 'A', country: 'LV'}],
  });
  const origins = [];
  const base = await serve(t, (req, res) => {
    origins.push(req.headers.origin);
    const headers = {'content-type': 'application/json'};
    if (req.url === '/open.json') headers['access-control-allow-origin'] = '*';
    if (req.url === '/talsi.json')
      headers['access-control-allow-origin'] = 'https://www.talsi.lv';
    // A server that answers each site with itself.
    if (req.url === '/echo.json')
      headers['access-control-allow-origin'] = req.headers.origin;
    if (req.url === '/moved') {
      res.writeHead(301, {location: '/open.json'});
      return res.end();
    }
    res.writeHead(200, headers);
    res.end(feed);
  });

  let r = await run(['validate', `${base}/open.json`]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /open\.json: valid \(1 organisation, [^)]*\)\.$/m);
  assert.equal(origins.pop(), 'https://example.org');

  r = await run(['validate', `${base}/closed.json`]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(
    r.stdout,
    new RegExp(
      `warning: ${base}/closed\\.json: the server sends no Access-Control-Allow-Origin header, so only pages on ${base} can load the feed; on another site \\(a partner's WordPress, a site builder\\) the elements show "could not be loaded"\\. Have the server send Access-Control-Allow-Origin: \\*`
    )
  );
  assert.match(r.stdout, /valid \(1 organisation, .*\) with 1 warning\./);
  // Shown on its own site's pages, it needs no header.
  r = await run([
    'validate',
    `${base}/closed.json`,
    '--origin',
    `${base}/events/`,
  ]);
  assert.doesNotMatch(r.stdout, /Access-Control/);
  assert.equal(origins.pop(), base);
  // Allowed for one site only.
  r = await run([
    'validate',
    `${base}/talsi.json`,
    '--origin',
    'https://www.talsi.lv',
  ]);
  assert.doesNotMatch(r.stdout, /Access-Control/);
  assert.equal(origins.pop(), 'https://www.talsi.lv');
  r = await run([
    'validate',
    `${base}/talsi.json`,
    '--origin',
    'https://www.kuldiga.lv',
  ]);
  assert.match(
    r.stdout,
    /the server allows only https:\/\/www\.talsi\.lv \(Access-Control-Allow-Origin\), so pages on https:\/\/www\.kuldiga\.lv cannot load the feed/
  );
  r = await run(['validate', `${base}/talsi.json`]);
  assert.match(
    r.stdout,
    /the server allows only https:\/\/www\.talsi\.lv \(Access-Control-Allow-Origin\): pages on other sites cannot load the feed/
  );
  // Each site answered with itself: every site may.
  for (const origin of [[], ['--origin', 'https://www.kuldiga.lv']]) {
    r = await run(['validate', `${base}/echo.json`, ...origin]);
    assert.doesNotMatch(r.stdout, /Access-Control/, origin.join(' '));
  }
  // A redirect: the address to give the elements.
  r = await run(['validate', `${base}/moved`]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(
    r.stdout,
    new RegExp(
      `the address redirects to ${base}/open\\.json: give the elements that address`
    )
  );
  // --origin must be a site's address, and is for URLs.
  r = await run(['validate', `${base}/open.json`, '--origin', 'talsi.lv']);
  assert.equal(r.code, 2);
  assert.match(
    r.stderr,
    /--origin is the address of the site whose pages show the feed/
  );
  r = await run(['validate', SAMPLE, '--origin', 'https://www.talsi.lv']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--origin is for a feed given by its URL\./);
  noStack(assert, r);
});

test('servingProblems: a feed on http://, or redirected there, is one a page on https:// may not load; loopback is for trying out', async () => {
  const {servingProblems} = await import('../../bin/feed/cli.mjs');
  const answer = (url, redirected = false) => ({
    url,
    redirected,
    headers: new Headers({'access-control-allow-origin': '*'}),
  });
  const messages = (source, response) =>
    servingProblems(source, response).map((p) => p.message);
  assert.match(
    messages(
      'http://data.example/feed.json',
      answer('http://data.example/feed.json')
    )[0],
    /^the feed is on http:\/\/: a page on https:\/\/ \(every municipal site\) may not load it/
  );
  assert.match(
    messages(
      'https://data.example/feed.json',
      answer('http://data.example/feed.json', true)
    )[0],
    /^the address leads to http:\/\/data\.example\/feed\.json, which is on http:\/\//
  );
  assert.deepEqual(
    messages(
      'https://data.example/feed.json',
      answer('https://data.example/feed.json')
    ),
    []
  );
  // A big feed sent without compression.
  const big = JSON.stringify({
    version: 1,
    organizations: Array.from({length: 1000}, (_, i) => ({
      id: `org-${i}`,
      name: `Organisation ${i}`,
      description: 'An open youth centre with weekly workshops.',
      country: 'LV',
    })),
  });
  const plain = servingProblems(
    'https://data.example/feed.json',
    answer('https://data.example/feed.json'),
    undefined,
    big
  ).map((p) => p.message);
  assert.match(
    plain[0],
    /^the server sends the feed \(\d+ KB\) uncompressed; with gzip it would be about \d+ KB, which each visitor's phone downloads faster\./
  );
  const gzipped = {
    ...answer('https://data.example/feed.json'),
    headers: new Headers({
      'access-control-allow-origin': '*',
      'content-encoding': 'gzip',
    }),
  };
  assert.deepEqual(
    servingProblems('https://data.example/feed.json', gzipped, undefined, big),
    []
  );
  assert.deepEqual(
    messages(
      'http://localhost:8080/feed.json',
      answer('http://localhost:8080/feed.json')
    ),
    []
  );
});

test("validate a URL with --origin: each JSON form's receiver on another site is sent the browser's preflight, and an answer that would keep the pages from posting is warned about", async (t) => {
  const page = 'https://www.talsi.lv';
  const field = {name: 'email', type: 'email', label: 'Email'};
  const form = (id, action) => ({id, action, fields: [field]});
  const asked = [];
  const closedPort = await freePort();
  const base = await serve(t, (req, res) => {
    if (req.method === 'OPTIONS')
      asked.push({
        url: req.url,
        origin: req.headers.origin,
        method: req.headers['access-control-request-method'],
        headers: req.headers['access-control-request-headers'],
      });
    const cors = {
      '/ok': {
        'access-control-allow-origin': page,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'Content-Type, Idempotency-Key',
      },
      '/any': {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': '*',
        'access-control-allow-headers': '*',
      },
      '/closed': {},
      '/other-site': {'access-control-allow-origin': 'https://lsua.lv'},
      '/no-key': {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'Content-Type',
      },
    }[req.url.split('?')[0]];
    if (req.url === '/feed.json') {
      res.writeHead(200, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
      });
      return res.end(
        JSON.stringify({
          version: 1,
          forms: [
            form('ok', '/ok?form=talsi'),
            form('any', `${base}/any`),
            form('closed', '/closed'),
            form('other-site', '/other-site'),
            form('no-key', '/no-key'),
            form('missing', '/missing'),
            form('unreachable', `http://127.0.0.1:${closedPort}/register`),
            // On the pages' own site: no preflight, nothing asked.
            form('same-site', `${page}/register.php`),
            // Form-urlencoded: posted with no preflight, nothing asked.
            {...form('simple', '/closed?simple'), encoding: 'form-urlencoded'},
          ],
        })
      );
    }
    res.writeHead(cors ? 204 : 404, cors ?? {});
    res.end();
  });
  const r = await run(['validate', `${base}/feed.json`, '--origin', page]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const warned = [
    ...r.stdout.matchAll(
      /the receiver of the form "([^"]+)", \S+, (.+?): on https:\/\/www\.talsi\.lv the form keeps/g
    ),
  ].map(([, id, why]) => `${id}: ${why}`);
  assert.deepEqual(warned, [
    "closed: sends no Access-Control-Allow-Origin for https://www.talsi.lv in its answer to the browser's preflight (OPTIONS)",
    'other-site: allows only https://lsua.lv (Access-Control-Allow-Origin), not https://www.talsi.lv',
    'no-key: does not list Idempotency-Key in Access-Control-Allow-Headers',
    "missing: answers the browser's preflight (OPTIONS) with 404 Not Found, not 2xx",
    'unreachable: cannot be reached (ECONNREFUSED)',
  ]);
  assert.match(
    r.stdout,
    /on https:\/\/www\.talsi\.lv the form keeps the answers and says it could not send them\. See "A receiver on another domain" in the README\./
  );
  // A preflight refused: the encoding that needs none.
  assert.match(
    r.stdout,
    /"missing", \S+, answers the browser's preflight \(OPTIONS\) with 404 Not Found, not 2xx: on https:\/\/www\.talsi\.lv the form keeps the answers and says it could not send them\. A receiver that cannot answer OPTIONS \(Google Apps Script cannot\) gets a form-urlencoded form's registrations, which come with no preflight: make the form's encoding "form-urlencoded"\. See/
  );
  assert.deepEqual(asked[0], {
    url: '/ok?form=talsi',
    origin: page,
    method: 'POST',
    headers: 'content-type,idempotency-key',
  });
  assert.deepEqual(
    asked.map((a) => a.url),
    ['/ok?form=talsi', '/any', '/closed', '/other-site', '/no-key', '/missing']
  );
  // Without --origin, the pages' site is not known: no receiver is asked.
  asked.length = 0;
  await run(['validate', `${base}/feed.json`]);
  assert.deepEqual(asked, []);
});

test('servingProblems: a feed with no Cache-Control, which a browser keeps a tenth of its age without asking, is warned about with that time', async () => {
  const {servingProblems} = await import('../../bin/feed/cli.mjs');
  const date = new Date('2026-12-05T12:00:00Z');
  const before = (hours) => new Date(date - hours * 36e5).toUTCString();
  const messages = (headers) =>
    servingProblems('https://data.example/feed.json', {
      url: 'https://data.example/feed.json',
      redirected: false,
      headers: new Headers({
        'access-control-allow-origin': '*',
        date: date.toUTCString(),
        ...headers,
      }),
    }).map((p) => p.message);
  assert.deepEqual(messages({'last-modified': before(2400)}), [
    'the server sends no Cache-Control for the feed, which last changed 100 days ago: a browser may keep it for a tenth of that, 10 days, without asking, so an update you publish now may not show there for that long. Have the server send Cache-Control: max-age=300 (see "Publish a feed" in the README).',
  ]);
  assert.match(
    messages({'last-modified': before(20), 'cache-control': 'public'})[0],
    /which last changed 20 hours ago: a browser may keep it for a tenth of that, 2 hours,/
  );
  // Freshness of its own, or too recent a change to matter (under an hour).
  for (const headers of [
    {'last-modified': before(2400), 'cache-control': 'max-age=300'},
    {'last-modified': before(2400), 'cache-control': 'no-cache'},
    {'last-modified': before(2400), expires: before(-1)},
    {'last-modified': before(9)},
    {},
  ])
    assert.deepEqual(messages(headers), [], JSON.stringify(headers));
});

test('validate several feeds, as the elements read src="a b": references across them hold, an id in two is a warning naming the one shown, each place starts with its feed', async (t) => {
  const dir = await tempDir(t);
  const lv = join(dir, 'lv.json');
  const lt = join(dir, 'lt.json');
  await writeFile(
    lv,
    JSON.stringify({
      version: 1,
      defaultLocale: 'en',
      organizations: [
        {id: 'lsua', name: 'LSUA', country: 'LV'},
        {id: 'shared', name: 'Shared', country: 'LV'},
      ],
      events: [
        {
          id: 'e',
          title: 'E',
          start: '2027-08-10',
          organizers: [{id: 'vilnius-club'}],
          registration: {formId: 'f'},
        },
      ],
    })
  );
  await writeFile(
    lt,
    JSON.stringify({
      version: 1,
      defaultLocale: 'en',
      organizations: [
        {id: 'vilnius-club', name: 'Vilnius club', country: 'LT'},
        {id: 'shared', name: 'Shared too', country: 'Lithuania'},
      ],
      forms: [{id: 'f', eventId: 'e', fields: []}],
    })
  );
  const r = await run(['validate', lv, lt]);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  // References to records of the other feed are found.
  assert.doesNotMatch(r.stdout, /there is no/);
  assert.match(
    r.stdout,
    new RegExp(
      `warning: ${lv.replace(/[.\\/]/g, '\\$&')} /organizations/1 \\(id "shared"\\): ${lt.replace(/[.\\/]/g, '\\$&')} has a record with the same id; given in this order \\(src=".*lv\\.json .*lt\\.json"\\), the elements show that one and not this\\.`
    )
  );
  assert.match(
    r.stdout,
    /error: .*lt\.json \/organizations\/1\/country \(id "shared"\): found "Lithuania"/
  );
  assert.match(r.stdout, /lv\.json, .*lt\.json: 1 error, 1 warning\./);
  // Alone, each names what it misses.
  const alone = await run(['validate', lv]);
  assert.match(
    alone.stdout,
    /\/events\/0\/organizers\/0\/id \(id "e"\): there is no organisation with the id "vilnius-club" in this feed\./
  );
  assert.match(alone.stdout, /there is no form with the id "f" in this feed\./);
});

test('validate: the same sentence under several languages (copied to fill them) is warned about; a short name may be the same everywhere', async (t) => {
  const sentence = 'Atvērtais jauniešu centrs ar iknedēļas darbnīcām Talsos';
  const {r} = await validateFile(t, {
    version: 1,
    organizations: [
      {
        id: 'a',
        name: {lv: 'Talsu jauniešu klubs', en: 'Talsu jauniešu klubs'},
        description: {lv: sentence, en: sentence, lt: sentence},
        country: 'LV',
      },
    ],
  });
  assert.equal(r.code, 0, r.stdout);
  assert.match(
    r.stdout,
    /warning: \/organizations\/0\/description \(id "a"\): the lv, en and lt texts are the same \("Atvērtais jauniešu centrs ar iknedēļas darbnīcām …"\): at most one is in its language, and screen readers read the others with the wrong language's sounds\. Keep it under its own language only: readers of the others then see it marked with its language\./
  );
  assert.doesNotMatch(
    r.stdout,
    /name \(id "a"\): the lv and en texts are the same/
  );
});
