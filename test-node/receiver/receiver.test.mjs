// receiver/registrations.php, the PHP receiver for <signup-form>, run by
// PHP's own web server on 127.0.0.1 (php-cli: CI installs it), with the
// settings a partner would write; last, the built signup form on a page of
// another origin sends it a registration.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {
  mkdtemp,
  mkdir,
  readFile,
  readdir,
  rm,
  writeFile,
} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {freePort} from '../../bin/webkit-driver.mjs';
import {launch, open, startServer} from '../dist/harness.mjs';
import {run} from '../feed/helpers.mjs';

const PHP = spawnSync('php', ['-v']).status === 0;
const skip = !PHP && 'php-cli is not installed (.ci/run installs it)';
const SOURCE = await readFile('receiver/registrations.php', 'utf8');
const BOM = '\uFEFF';

const started = [];
/**
 * The receiver in a site's public folder (`public/`) under a new folder,
 * with `settings` ({key: PHP source}) in place of its own; `php` options
 * (-d …) for the server. Its origin, the site's folder and what PHP logged.
 */
async function receiver(settings = {}, php = []) {
  const site = await mkdtemp(join(tmpdir(), 'lym-receiver-'));
  await mkdir(join(site, 'public'));
  let source = SOURCE;
  for (const [key, value] of Object.entries(settings)) {
    const line = new RegExp(`^    '${key}' => .*,$`, 'm');
    assert.match(source, line, `the setting ${key}`);
    source = source.replace(line, `    '${key}' => ${value},`);
  }
  await writeFile(join(site, 'public', 'registrations.php'), source);
  const port = await freePort();
  const server = spawn(
    'php',
    [...php, '-S', `127.0.0.1:${port}`, '-t', 'public'],
    {cwd: site, stdio: ['ignore', 'ignore', 'pipe']}
  );
  const log = [];
  server.stderr.on('data', (d) => log.push(String(d)));
  started.push({server, site});
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(origin, {method: 'HEAD'});
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {origin, site, log, url: `${origin}/registrations.php`};
}

after(async () => {
  for (const {server, site} of started) {
    server.kill();
    await rm(site, {recursive: true, force: true});
  }
});

const post = (url, body, headers = {}) =>
  fetch(url, {
    method: 'POST',
    headers: {'content-type': 'application/json', ...headers},
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const csv = (site, form = 'registrations') =>
  readFile(join(site, 'lym-registrations', `${form}.csv`), 'utf8');

// As <signup-form> sends it (src/signup-form/submit.ts).
const REGISTRATION = {
  fullName: '=HYPERLINK("https://evil.example","Anna")',
  email: 'anna@example.lv',
  participants: 2,
  newsletter: false,
  _consent: {
    text: 'Piekrītu, ka LSUA apstrādā manus datus; "jā".',
    version: '2023-07',
    acceptedAt: '2026-12-05T09:12:44.120Z',
  },
  _idempotencyKey: '9f3c0a1b2c3d4e5f',
};

test(
  'answers the preflight of a site in its origins, and not of another',
  {skip},
  async () => {
    const {url} = await receiver({origins: "['https://www.talsi.lv']"});
    const ask = (origin) =>
      fetch(url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,idempotency-key',
        },
      });
    const allowed = await ask('https://www.talsi.lv');
    assert.equal(allowed.status, 204);
    assert.equal(
      allowed.headers.get('access-control-allow-origin'),
      'https://www.talsi.lv'
    );
    assert.equal(allowed.headers.get('access-control-allow-methods'), 'POST');
    assert.equal(
      allowed.headers.get('access-control-allow-headers'),
      'Content-Type, Idempotency-Key'
    );
    const other = await ask('https://elsewhere.example');
    assert.equal(other.headers.get('access-control-allow-origin'), null);
  }
);

test(
  'refuses a POST from a page on a site that is neither its own nor in its origins (a form-urlencoded one comes without a preflight), and keeps nothing of it',
  {skip},
  async () => {
    const {url, site, origin} = await receiver({
      origins: "['https://www.talsi.lv']",
    });
    const from = (page, key, site) =>
      fetch(url, {
        method: 'POST',
        headers: {
          origin: page,
          'content-type': 'application/x-www-form-urlencoded',
          ...(site && {'sec-fetch-site': site}),
        },
        body: new URLSearchParams({name: page, _idempotencyKey: key}),
      });
    const refused = await from('https://elsewhere.example', 'k0');
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    assert.equal((await from('null', 'k1')).status, 403);
    const listed = await from('https://www.talsi.lv', 'k2');
    assert.equal(listed.status, 201);
    assert.equal(
      listed.headers.get('access-control-allow-origin'),
      'https://www.talsi.lv'
    );
    assert.equal((await from(origin, 'k3')).status, 201);
    // Behind a proxy that gives PHP another host: the browser's word.
    const proxied = 'https://www.example.lv';
    assert.equal((await from(proxied, 'k4', 'cross-site')).status, 403);
    assert.equal((await from(proxied, 'k5', 'same-origin')).status, 201);
    const rows = (await csv(site)).trim().split(/\r\n/).slice(1);
    assert.deepEqual(
      rows.map((r) => r.split(';')[2]),
      ['"https://www.talsi.lv"', `"${origin}"`, `"${proxied}"`]
    );
  }
);

test(
  'keeps at most `limit` registrations an hour from one address: more get 429 with Retry-After and are not kept, a retry of a kept one still its 200; the address is kept only as a salted hash',
  {skip},
  async () => {
    const {url, site} = await receiver({
      limit: '2',
      origins: "['https://www.talsi.lv']",
    });
    const send = (key, headers) =>
      post(url, {name: key, _idempotencyKey: key}, headers);
    assert.equal((await send('k1')).status, 201);
    assert.equal((await send('k2')).status, 201);
    const over = await send('k3');
    assert.equal(over.status, 429);
    const wait = Number(over.headers.get('retry-after'));
    assert.ok(wait > 3500 && wait <= 3600, `Retry-After: ${wait}`);
    // A page on a listed site may read it: the form says when to try again.
    const listed = await send('k4', {origin: 'https://www.talsi.lv'});
    assert.equal(listed.status, 429);
    assert.equal(
      listed.headers.get('access-control-expose-headers'),
      'Retry-After'
    );
    assert.equal((await send('k1')).status, 200, 'a retry of a kept one');
    const rows = (await csv(site)).trim().split(/\r\n/).slice(1);
    assert.deepEqual(
      rows.map((r) => r.split(';')[1]),
      ['"k1"', '"k2"']
    );
    const kept = await readFile(
      join(site, 'lym-registrations', '.limit'),
      'utf8'
    );
    assert.doesNotMatch(kept, /127\.0\.0\.1/);
    const {seen} = JSON.parse(kept);
    assert.deepEqual(
      Object.values(seen).map((t) => t.length),
      [2]
    );
    // With no limit, as many as come.
    const open = await receiver({limit: '0'});
    for (const key of ['a', 'b', 'c'])
      assert.equal(
        (await post(open.url, {name: key, _idempotencyKey: key})).status,
        201
      );
  }
);

test(
  'keeps a registration as the element sends it in a CSV that Excel opens, a formula as text, the consent as given; the same key twice is kept once',
  {skip},
  async () => {
    const {url, site, log} = await receiver();
    const first = await post(`${url}?form=talsi-2027`, REGISTRATION, {
      'idempotency-key': REGISTRATION._idempotencyKey,
    });
    assert.equal(first.status, 201);
    assert.deepEqual(await first.json(), {ok: true});
    // Retry, a second click, a reload: the same key.
    const again = await post(
      `${url}?form=talsi-2027`,
      {...REGISTRATION, fullName: 'Anna'},
      {'idempotency-key': REGISTRATION._idempotencyKey}
    );
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), {ok: true, duplicate: true});
    const text = await csv(site, 'talsi-2027');
    assert.ok(text.startsWith(BOM), 'a byte order mark: Excel reads UTF-8');
    const lines = text.slice(1).split('\r\n');
    assert.deepEqual(lines.slice(2), [''], 'one row, CRLF after each');
    assert.equal(
      lines[0],
      '"received at";"idempotency key";"fullName";"email";"participants";"newsletter";"consent text";"consent version";"consent acceptedAt"'
    );
    assert.match(
      lines[1],
      /^"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ";"9f3c0a1b2c3d4e5f";"'=HYPERLINK\(""https:\/\/evil\.example"",""Anna""\)";"anna@example\.lv";"2";"false";"Piekrītu, ka LSUA apstrādā manus datus; ""jā""\.";"2023-07";"2026-12-05T09:12:44\.120Z"$/
    );
    assert.equal(
      log.join('').match(/warning|deprecated|notice|fatal/i),
      null,
      log.join('')
    );
  }
);

test(
  'reads form-urlencoded too; a field the file has no column for gets one, and the earlier rows an empty cell; a field named "key" is its own column',
  {skip},
  async () => {
    const {url, site} = await receiver();
    assert.equal(
      (await post(url, {name: 'Anna', _idempotencyKey: 'k1'})).status,
      201
    );
    const body = new URLSearchParams({
      name: 'Jānis',
      note: 'line 1\nline 2',
      // A field's name that is also a word of the receiver's own columns.
      key: 'mine',
      // A dot, which PHP's own form reading turns into an underscore.
      'contact.phone': '+371 2000 0000',
      '_consent[text]': 'Jā',
      _idempotencyKey: 'k2',
    });
    const second = await fetch(url, {
      method: 'POST',
      headers: {'content-type': 'application/x-www-form-urlencoded'},
      body,
    });
    assert.equal(second.status, 201);
    const rows = (await csv(site)).slice(1).split(/\r\n(?=")/);
    assert.equal(
      rows[0],
      '"received at";"idempotency key";"name";"consent text";"consent version";"consent acceptedAt";"note";"key";"contact.phone"'
    );
    assert.match(rows[1], /^"[^"]+";"k1";"Anna";"";"";"";"";"";""$/);
    assert.match(
      rows[2],
      /^"[^"]+";"k2";"Jānis";"Jā";"";"";"line 1\nline 2";"mine";"'\+371 2000 0000"\r\n$/
    );
  }
);

test(
  'refuses to keep registrations in the public folder (anyone could download them), and leaves no folder there',
  {skip},
  async () => {
    const {url, site, log} = await receiver({
      folder: "__DIR__ . '/registrations'",
    });
    const r = await post(url, REGISTRATION);
    assert.equal(r.status, 500);
    assert.deepEqual(await r.json(), {
      error: 'The registration could not be kept.',
    });
    assert.deepEqual(await readdir(join(site, 'public')), [
      'registrations.php',
    ]);
    assert.match(log.join(''), /is inside the public folder/);
  }
);

test(
  'refuses what is not a registration: a GET, a body that is no object, one too large, a bad form name',
  {skip},
  async () => {
    const {url, site} = await receiver();
    const get = await fetch(url);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
    assert.equal((await post(url, '[1, 2]')).status, 400);
    assert.equal((await post(url, 'not json')).status, 400);
    assert.equal((await post(url, {text: 'x'.repeat(70000)})).status, 413);
    assert.equal(
      (await post(`${url}?form=../../etc/passwd`, {a: 'b'})).status,
      400
    );
    assert.equal(existsSync(join(site, 'lym-registrations')), false);
  }
);

test(
  'e-mails each registration to notify, in UTF-8, and keeps it in the file too',
  {skip},
  async () => {
    const mailbox = join(
      await mkdtemp(join(tmpdir(), 'lym-mail-')),
      'mail.txt'
    );
    const {url, site} = await receiver({notify: "'events@example.lv'"}, [
      '-d',
      `sendmail_path=cat >> ${mailbox}`,
    ]);
    assert.equal((await post(`${url}?form=talsi`, REGISTRATION)).status, 201);
    const mail = await readFile(mailbox, 'utf8');
    assert.match(mail, /^To: events@example\.lv$/m);
    assert.match(
      mail,
      new RegExp(
        `^Subject: =\\?UTF-8\\?B\\?${Buffer.from('Registration: talsi').toString('base64')}\\?=$`,
        'm'
      )
    );
    assert.match(mail, /^Content-Type: text\/plain; charset=UTF-8\r?$/m);
    assert.match(
      mail,
      /^consent text: Piekrītu, ka LSUA apstrādā manus datus; "jā"\.\r?$/m
    );
    assert.match(mail, /^email: anna@example\.lv\r?$/m);
    assert.match(await csv(site, 'talsi'), /anna@example\.lv/);
  }
);

// feed validate --origin sends the receivers the browser's preflight.
test(
  'feed validate --origin finds nothing to say of the receiver for a site in its origins, and warns for another',
  {skip},
  async () => {
    const {url} = await receiver({origins: "['https://www.talsi.lv']"});
    const feed = {
      version: 1,
      forms: [
        {
          id: 'f',
          action: url,
          fields: [{name: 'email', type: 'email', label: 'Email'}],
        },
      ],
    };
    const server = await startServer({
      '/feed.json': {
        html: JSON.stringify(feed),
        headers: {
          'content-type': 'application/json',
          'access-control-allow-origin': '*',
        },
      },
    });
    try {
      const validate = (origin) =>
        run(['validate', `${server.origin}/feed.json`, '--origin', origin]);
      const talsi = await validate('https://www.talsi.lv');
      assert.equal(talsi.code, 0, talsi.stdout + talsi.stderr);
      assert.doesNotMatch(talsi.stdout, /receiver/);
      const other = await validate('https://www.kuldiga.lv');
      assert.match(
        other.stdout,
        /the receiver of the form "f", \S+, sends no Access-Control-Allow-Origin for https:\/\/www\.kuldiga\.lv/
      );
    } finally {
      await server.close();
    }
  }
);

// The built bundle (npm run build) on a page of another origin: CORS, the
// Idempotency-Key header's preflight and the element's JSON, end to end.
let browser;
let pages;
before(async () => {
  if (!skip && existsSync('dist/local-y-mpact.js')) browser = await launch();
});
after(async () => {
  await browser?.close();
  await pages?.close();
});

/**
 * A page of `server` with the form of `feed` inline, as the README writes
 * it (`lang`: the page's language), opened once the form shows.
 */
function openForm(server, page, feed, lang = 'en') {
  page.html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Register</title><script type="module" src="/dist/local-y-mpact.js"></script></head><body>
    <signup-form min-fill-time="0"><script type="application/json">${JSON.stringify(feed)}</script></signup-form></body></html>`;
  return open(browser, `${server.origin}/register.html`, {
    waitFor: () => document.querySelector('signup-form form'),
  });
}

test(
  'the built signup form on another site sends its registration to the receiver, and shows it was received',
  {skip},
  async () => {
    assert.ok(browser, 'dist/ is built (npm run build)');
    const page = {html: ''};
    pages = await startServer({'/register.html': page});
    const {url, site} = await receiver({origins: `['${pages.origin}']`});
    const feed = {
      version: 1,
      forms: [
        {
          id: 'f',
          action: `${url}?form=e2e`,
          fields: [
            {
              name: 'fullName',
              type: 'text',
              label: 'Full name',
              required: true,
              autocomplete: 'name',
            },
            {
              name: 'email',
              type: 'email',
              label: 'Email',
              required: true,
              autocomplete: 'email',
            },
          ],
          consent: {text: 'I agree', required: true, version: 'v1'},
        },
      ],
    };
    const {page: p, problems} = await openForm(pages, page, feed);
    await p.type('signup-form [name="fullName"]', 'Anna Bērziņa');
    await p.type('signup-form [name="email"]', 'anna@example.lv');
    await p.click('signup-form [name="_consent"]');
    await p.click('signup-form [part~="submit-button"]');
    await p.waitForFunction(
      () => document.querySelector('signup-form [part~="success"]'),
      {timeout: 10000}
    );
    const rows = (await csv(site, 'e2e')).slice(1).split('\r\n');
    assert.equal(
      rows[0],
      '"received at";"idempotency key";"fullName";"email";"consent text";"consent version";"consent acceptedAt"'
    );
    assert.match(
      rows[1],
      /^"[^"]+";"[0-9a-f]{32}";"Anna Bērziņa";"anna@example\.lv";"I agree";"v1";"\d{4}-[^"]+Z"$/
    );
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(problems.consoleErrors, []);
    await p.close();
  }
);

test(
  "the built signup form says the receiver's limit as such (too many from here, try again after the time its Retry-After gives), keeping the answers; nothing is kept",
  {skip},
  async () => {
    assert.ok(browser, 'dist/ is built (npm run build)');
    const page = {html: ''};
    const server = await startServer({'/register.html': page});
    try {
      const {url, site} = await receiver({
        origins: `['${server.origin}']`,
        limit: '1',
      });
      // The hour's one registration from this address, already in.
      const first = Date.now();
      assert.equal(
        (await post(`${url}?form=e2e`, {name: 'first', _idempotencyKey: 'a'}))
          .status,
        201
      );
      const feed = {
        version: 1,
        forms: [
          {
            id: 'f',
            action: `${url}?form=e2e`,
            fields: [{name: 'fullName', type: 'text', label: 'Full name'}],
          },
        ],
      };
      const {page: p, problems} = await openForm(server, page, feed, 'lv');
      await p.type('signup-form [name="fullName"]', 'Anna Bērziņa');
      await p.click('signup-form [part~="submit-button"]');
      const said = await p.waitForFunction(
        () =>
          document.querySelector('signup-form [role="alert"] p')?.textContent,
        {timeout: 10000}
      );
      // When it may be sent: an hour after the first, as the page's clock
      // and language write it (Retry-After, read across sites).
      const until = await p.evaluate(
        (at) =>
          [-60e3, 0, 60e3].map((d) =>
            new Intl.DateTimeFormat('lv', {
              year: 'numeric',
              month: 'long',
              day: 'numeric',
              hour: 'numeric',
              minute: '2-digit',
              timeZoneName: 'short',
            }).format(at + d)
          ),
        first + 3600e3
      );
      const text = (await said.jsonValue()).trim();
      assert.ok(
        until.some(
          (moment) =>
            text ===
            `No šejienes nosūtīts pārāk daudz pieteikumu. Mēģiniet vēlreiz pēc šī laika: ${moment}. Jūsu atbildes ir saglabātas.`
        ),
        `${text} (${until.join(', ')})`
      );
      assert.equal(
        await p.$eval('signup-form [name="fullName"]', (i) => i.value),
        'Anna Bērziņa'
      );
      const rows = (await csv(site, 'e2e')).trim().split('\r\n');
      assert.equal(rows.length, 2, 'the header and the first registration');
      assert.deepEqual(problems.errors, []);
      await p.close();
    } finally {
      await server.close();
    }
  }
);
