// receiver/google-apps-script.gs, the Google Sheets receiver for
// <signup-form>, run in Node against an imitation of the Apps Script
// services it uses, as Google documents them (SpreadsheetApp, LockService,
// ContentService, MailApp, Session, Utilities), and of a web app's HTTP side
// (OPTIONS refused, a POST answered with a redirect to its output). Not
// Google's servers: nothing here reaches the internet. Last, the built
// signup form on a page of another origin sends it a registration.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import vm from 'node:vm';
import {launch, open, startServer} from '../dist/harness.mjs';

const SOURCE = readFileSync('receiver/google-apps-script.gs', 'utf8');

/**
 * A spreadsheet's cells as Sheets keeps what a script sets, like a value
 * typed in: a leading apostrophe makes the rest text (and is not shown), a
 * leading = a formula, a number's text a number.
 */
function entered(value) {
  if (typeof value !== 'string') return {value};
  if (value.startsWith("'")) return {value: value.slice(1)};
  if (value.startsWith('=')) return {formula: value};
  if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) return {value: Number(value)};
  return {value};
}

function makeSheet(name) {
  const rows = [];
  const sheet = {
    name,
    rows,
    frozen: 0,
    getLastRow: () => rows.length,
    getLastColumn: () => Math.max(0, ...rows.map((r) => r.length)),
    setFrozenRows: (n) => (sheet.frozen = n),
    getRange(row, column, height, width) {
      assert.ok(row >= 1 && column >= 1 && height >= 1 && width >= 1);
      const each = (f) =>
        Array.from({length: height}, (_, r) =>
          Array.from({length: width}, (_, c) => f(row - 1 + r, column - 1 + c))
        );
      return {
        getDisplayValues: () =>
          each((r, c) => {
            const got = rows[r]?.[c];
            return got?.formula ?? (got ? String(got.value) : '');
          }),
        setValues(values) {
          assert.equal(values.length, height);
          values.forEach((line, r) => {
            assert.equal(line.length, width);
            line.forEach((v, c) => {
              rows[row - 1 + r] ??= [];
              rows[row - 1 + r][column - 1 + c] = entered(v);
            });
          });
          return this;
        },
      };
    },
  };
  return sheet;
}

/** The script in a context of its own, with the imitated services. */
function appsScript({notify = '', ...failing} = {}) {
  /** What fails now (changeable between requests): `lockFails`, `mailFails`. */
  const fails = {lockFails: false, mailFails: false, ...failing};
  const sheets = new Map();
  const mails = [];
  const logged = [];
  const book = {
    getSheetByName: (name) => sheets.get(name) ?? null,
    insertSheet(name) {
      assert.ok(!sheets.has(name), `a tab ${name} exists already`);
      sheets.set(name, makeSheet(name));
      return sheets.get(name);
    },
  };
  const context = vm.createContext({
    SpreadsheetApp: {getActiveSpreadsheet: () => book},
    LockService: {
      getScriptLock: () => ({
        waitLock() {
          if (fails.lockFails)
            throw new Error(
              'Lock timeout: another process was holding the lock for too long.'
            );
        },
        releaseLock() {},
      }),
    },
    ContentService: {
      MimeType: {JSON: 'JSON'},
      createTextOutput: (text) => ({
        text,
        setMimeType(type) {
          this.type = type;
          return this;
        },
      }),
    },
    MailApp: {
      sendEmail(to, subject, body) {
        if (fails.mailFails)
          throw new Error('Service invoked too many times for one day: email.');
        mails.push({to, subject, body});
      },
    },
    Session: {getEffectiveUser: () => ({getEmail: () => 'owner@example.lv'})},
    Utilities: {getUuid: () => '5f0c1d4e-0000-4000-8000-000000000000'},
    console: {error: (...words) => logged.push(words.join(' '))},
  });
  vm.runInContext(
    SOURCE.replace("notify: '',", `notify: ${JSON.stringify(notify)},`),
    context
  );
  /** What Apps Script passes doPost for a request (documented: queryString, parameter(s), postData). */
  const post = (query, body, type = 'application/x-www-form-urlencoded') => {
    const params = new URLSearchParams(query);
    if (!type.startsWith('application/json'))
      for (const [k, v] of new URLSearchParams(body)) params.append(k, v);
    const output = context.doPost({
      queryString: query,
      parameter: Object.fromEntries(params),
      parameters: Object.fromEntries(
        [...params.keys()].map((k) => [k, params.getAll(k)])
      ),
      contentLength: Buffer.byteLength(body),
      postData: {
        contents: body,
        type: type.split(';')[0],
        length: Buffer.byteLength(body),
        name: 'postData',
      },
    });
    assert.equal(output.type, 'JSON');
    return JSON.parse(output.text);
  };
  /** A tab's cells as shown: header first. */
  const shown = (name) =>
    sheets
      .get(name)
      ?.rows.map((r) => r.map((c) => c.formula ?? String(c.value)));
  return {
    post,
    sheets,
    shown,
    mails,
    fails,
    logged,
    doGet: () => JSON.parse(context.doGet().text),
  };
}

// As <signup-form> sends a form-urlencoded form (src/signup-form/submit.ts).
const REGISTRATION = new URLSearchParams({
  fullName: '=HYPERLINK("https://evil.example","Anna")',
  email: 'anna@example.lv',
  phone: '+371 2000 0000',
  participants: '2',
  code: '0012',
  newsletter: 'false',
  'contact.note': 'line 1\nline 2',
  '_consent[text]': 'Piekrītu, ka LSUA apstrādā manus datus; "jā".',
  '_consent[version]': '2023-07',
  '_consent[acceptedAt]': '2026-12-05T09:12:44.120Z',
  _idempotencyKey: '9f3c0a1b2c3d4e5f',
}).toString();

test('keeps a registration as the form sends it in a tab of the form, every answer as text as typed, no formula run; the same key twice is kept once', () => {
  const gas = appsScript();
  assert.deepEqual(gas.post('form=talsi-2027', REGISTRATION), {ok: true});
  const [header, row, ...rest] = gas.shown('talsi-2027');
  assert.deepEqual(header, [
    'received at',
    'idempotency key',
    'fullName',
    'email',
    'phone',
    'participants',
    'code',
    'newsletter',
    'contact.note',
    'consent text',
    'consent version',
    'consent acceptedAt',
  ]);
  assert.match(row[0], /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.deepEqual(row.slice(1), [
    '9f3c0a1b2c3d4e5f',
    '=HYPERLINK("https://evil.example","Anna")',
    'anna@example.lv',
    '+371 2000 0000',
    '2',
    '0012',
    'false',
    'line 1\nline 2',
    'Piekrītu, ka LSUA apstrādā manus datus; "jā".',
    '2023-07',
    '2026-12-05T09:12:44.120Z',
  ]);
  assert.deepEqual(rest, []);
  const cells = gas.sheets.get('talsi-2027').rows.flat();
  assert.ok(
    cells.every((c) => c.formula === undefined && typeof c.value === 'string'),
    'no formula, no number'
  );
  assert.equal(gas.sheets.get('talsi-2027').frozen, 1);
  // Retry, a reload: the same key.
  assert.deepEqual(gas.post('form=talsi-2027', REGISTRATION), {
    ok: true,
    duplicate: true,
  });
  assert.equal(gas.shown('talsi-2027').length, 2);
  assert.deepEqual(gas.mails, []);
});

test('a field added to the form later gets a column, the earlier rows an empty cell; JSON is read too; a form name that is not one goes to the default tab', () => {
  const gas = appsScript();
  gas.post('form=f', 'name=Anna&_idempotencyKey=k1');
  gas.post('form=f', 'name=J%C4%81nis&role=ngo&_idempotencyKey=k2');
  gas.post(
    'form=f',
    JSON.stringify({
      name: 'Ilze',
      role: 'municipality',
      _idempotencyKey: 'k3',
      _consent: {text: 'Jā', acceptedAt: 'T'},
    }),
    'application/json'
  );
  const [header, ...rows] = gas.shown('f');
  assert.deepEqual(header, [
    'received at',
    'idempotency key',
    'name',
    'consent text',
    'consent version',
    'consent acceptedAt',
    'role',
  ]);
  assert.deepEqual(
    rows.map((r) => r.slice(1)),
    [
      ['k1', 'Anna', '', '', ''],
      ['k2', 'Jānis', '', '', '', 'ngo'],
      ['k3', 'Ilze', 'Jā', '', 'T', 'municipality'],
    ]
  );
  // Field names that every object has.
  gas.post(
    'form=odd',
    'constructor=a&toString=b&__proto__=c&_idempotencyKey=k5'
  );
  assert.deepEqual(gas.shown('odd')[1].slice(1, 5), ['k5', 'a', 'b', 'c']);
  // Text that is not valid percent-encoding is kept as it came.
  gas.post('form=odd', 'name=100%25+%E0%A4&_idempotencyKey=k6');
  const [odd, , bad] = gas.shown('odd');
  assert.equal(bad[odd.indexOf('name')], '100%25+%E0%A4');
  // A registration is kept whatever the address's form name.
  assert.deepEqual(gas.post('form=../Sheet1', 'name=Anna&_idempotencyKey=k4'), {
    ok: true,
  });
  assert.equal(gas.shown('registrations')[1][2], 'Anna');
  assert.deepEqual(gas.post('', 'not json', 'application/json'), {
    ok: false,
    error: 'The registration could not be read.',
  });
  assert.match(gas.doGet().error, /POST/);
});

test('e-mails each registration to notify; one the sheet cannot take is e-mailed (to notify, else to the owner) with the reason, and not lost', () => {
  const gas = appsScript({notify: 'events@example.lv'});
  gas.post('form=talsi', 'email=anna%40example.lv&_idempotencyKey=k1');
  assert.equal(gas.mails.length, 1);
  assert.equal(gas.mails[0].to, 'events@example.lv');
  assert.equal(gas.mails[0].subject, 'Registration: talsi');
  assert.match(gas.mails[0].body, /^email: anna@example\.lv$/m);
  for (const notify of ['events@example.lv', '']) {
    const busy = appsScript({lockFails: true, notify});
    assert.deepEqual(
      busy.post('form=talsi', 'email=anna%40example.lv&_idempotencyKey=k1'),
      {ok: true, mailed: true}
    );
    assert.equal(busy.sheets.size, 0);
    assert.equal(busy.mails.length, 1);
    assert.equal(busy.mails[0].to, notify || 'owner@example.lv');
    assert.equal(
      busy.mails[0].subject,
      'Registration: talsi (not in the sheet)'
    );
    assert.match(
      busy.mails[0].body,
      /^This registration could not be written to the sheet: Lock timeout/
    );
    assert.match(busy.mails[0].body, /^email: anna@example\.lv$/m);
  }
  // Neither in the sheet nor e-mailed: the answer says so, so that the form
  // keeps the answers and offers Retry.
  const lost = appsScript({lockFails: true, mailFails: true});
  assert.deepEqual(
    lost.post('form=talsi', 'email=anna%40example.lv&_idempotencyKey=k1'),
    {ok: false, error: 'The registration could not be kept.'}
  );
  assert.equal(lost.sheets.size, 0);
  assert.equal(lost.mails.length, 0);
  assert.match(
    lost.logged[0],
    /^not kept \(Lock timeout.*not e-mailed: .*too many/
  );
  // A registration kept in the sheet whose notify e-mail fails is kept all
  // the same.
  const quiet = appsScript({notify: 'events@example.lv', mailFails: true});
  assert.deepEqual(
    quiet.post('form=talsi', 'email=anna%40example.lv&_idempotencyKey=k1'),
    {ok: true}
  );
  assert.equal(quiet.shown('talsi').length, 2);
  assert.match(
    quiet.logged[0],
    /^the e-mail to events@example\.lv was not sent/
  );
});

// The built bundle on a page of another origin, posting to a web app that
// answers as Apps Script's do: OPTIONS refused (405, no CORS headers), a
// POST run and answered with a redirect to its output, both open to any
// site. (That a JSON form stops at such a receiver's refused preflight,
// keeping the answers, is tested in test-node/dist/dist.test.mjs.)
let browser;
let pages;
let webApp;
after(async () => {
  await browser?.close();
  await pages?.close();
  await new Promise((ok) => (webApp ? webApp.close(ok) : ok()));
});

test('the built signup form on another site sends a form-urlencoded registration to the web app, keeps the answers when the script answers that it could not keep them, and on Retry shows it was received', async () => {
  assert.ok(
    existsSync('dist/local-y-mpact.js'),
    'dist/ is built (npm run build)'
  );
  const gas = appsScript();
  const outputs = new Map();
  const methods = [];
  webApp = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const url = new URL(req.url, 'http://x');
      methods.push(req.method);
      const cors = {'access-control-allow-origin': '*'};
      if (req.method === 'POST' && url.pathname === '/macros/s/ID/exec') {
        const id = String(outputs.size);
        outputs.set(
          id,
          gas.post(url.search.slice(1), body, req.headers['content-type'] ?? '')
        );
        return void res
          .writeHead(302, {...cors, location: `/macros/echo?id=${id}`})
          .end();
      }
      if (req.method === 'GET' && url.pathname === '/macros/echo')
        return void res
          .writeHead(200, {...cors, 'content-type': 'application/json'})
          .end(JSON.stringify(outputs.get(url.searchParams.get('id'))));
      res.writeHead(405).end();
    });
  });
  await new Promise((ok) => webApp.listen(0, '127.0.0.1', ok));
  const action = `http://127.0.0.1:${webApp.address().port}/macros/s/ID/exec?form=e2e`;
  const feed = {
    version: 1,
    forms: [
      {
        id: 'f',
        action,
        encoding: 'form-urlencoded',
        fields: [
          {name: 'fullName', type: 'text', label: 'Full name', required: true},
          {name: 'phone', type: 'tel', label: 'Phone', autocomplete: 'tel'},
        ],
        consent: {text: 'I agree.', required: true, version: '2026-12'},
      },
    ],
  };
  pages = await startServer({
    '/register.html': {
      html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><script type="module" src="/dist/local-y-mpact.js"></script></head><body><signup-form min-fill-time="0"><script type="application/json">${JSON.stringify(feed)}</script></signup-form></body></html>`,
    },
  });
  browser = await launch();
  const {page, problems} = await open(
    browser,
    `${pages.origin}/register.html`,
    {
      waitFor: () =>
        !!document.querySelector('signup-form input[name="fullName"]'),
    }
  );
  await page.evaluate(() => {
    const el = document.querySelector('signup-form');
    for (const [name, value] of [
      ['fullName', 'Anna Bērziņa'],
      ['phone', '+371 2000 0000'],
    ]) {
      const input = el.querySelector(`[name="${name}"]`);
      input.value = value;
      input.dispatchEvent(new Event('input', {bubbles: true}));
    }
    const consent = el.querySelector('[name="_consent"]');
    consent.checked = true;
    consent.dispatchEvent(new Event('input', {bubbles: true}));
  });
  // First the sheet is busy and the fallback e-mail fails too: the answer
  // (200, "ok": false) is shown as a failure, with the answers kept.
  gas.fails.lockFails = gas.fails.mailFails = true;
  await page.click('signup-form [part~="submit-button"]');
  await page.waitForSelector('signup-form [part~="retry-button"]', {
    timeout: 5000,
  });
  assert.equal(await page.$('signup-form [part~="success"]'), null);
  assert.deepEqual(
    await page.evaluate(() =>
      ['fullName', 'phone', '_consent'].map((name) => {
        const input = document.querySelector(`signup-form [name="${name}"]`);
        return input.type === 'checkbox' ? input.checked : input.value;
      })
    ),
    ['Anna Bērziņa', '+371 2000 0000', true]
  );
  assert.equal(gas.sheets.size, 0);
  gas.fails.lockFails = gas.fails.mailFails = false;
  await page.click('signup-form [part~="retry-button"]');
  await page.waitForFunction(
    () => document.querySelector('signup-form [part~="success"]'),
    {timeout: 5000}
  );
  assert.deepEqual(
    methods,
    ['POST', 'GET', 'POST', 'GET'],
    'no preflight; the redirect followed'
  );
  const [header, row] = gas.shown('e2e');
  assert.deepEqual(header, [
    'received at',
    'idempotency key',
    'fullName',
    'phone',
    'consent text',
    'consent version',
    'consent acceptedAt',
  ]);
  assert.match(row[1], /^[0-9a-f]{32}$/);
  assert.deepEqual(row.slice(2, 6), [
    'Anna Bērziņa',
    '+371 2000 0000',
    'I agree.',
    '2026-12',
  ]);
  assert.deepEqual(problems.errors, []);
  await page.close();
});
