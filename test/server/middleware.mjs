// The test runner's dev server middleware: real HTTP endpoints on 127.0.0.1
// for loader and form tests. Requests to /api/test/* are recorded and can be
// read back at /api/test/requests (and cleared with DELETE).
//
//   GET  /api/test/feed?status=500            answers with that status
//   GET  /api/test/feed?delay=MS&file=PATH    serves a repo file after a delay
//   GET  /api/test/feed?body=notjson          answers text that is not JSON
//   GET  /api/test/feed?fails=N&t=KEY         answers 503 to the first N such requests
//   GET  /api/test/feed?drop=1                closes the connection without an answer
//   GET  /api/test/feed?trickle=MS            answers at once, the body in ten parts over MS
//   GET  /api/test/feed?stall=MS[&stalls=N&t=KEY]  answers at once, half the body, nothing for MS,
//                                             the rest (with stalls, only the first N such requests)
//   GET  /api/test/feed?cut=1                 answers at once, half the body, then closes the connection
//   GET  /api/test/<folder>/feed?…            the same as /api/test/feed?…
//   POST /api/test/submit?status=201|422|500&delay=MS&errors=JSON&retryAfter=HEADER
//   GET  /api/test/zone                       the machine's time zone (TZ)
import {readFile} from 'node:fs/promises';
import {Readable} from 'node:stream';

const requests = [];

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function testServer(ctx, next) {
  if (!ctx.path.startsWith('/api/test/')) return next();
  const q = Object.fromEntries(new URLSearchParams(ctx.querystring));
  if (ctx.path === '/api/test/zone') {
    // The machine's zone and its UTC offsets in January and July, as Node sees them.
    const offsets = [0, 6].map((m) =>
      new Date(Date.UTC(2026, m, 15)).getTimezoneOffset()
    );
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({tz: process.env.TZ ?? '', offsets});
    return;
  }
  if (ctx.path === '/api/test/requests') {
    if (ctx.method === 'DELETE') requests.length = 0;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(requests);
    return;
  }
  const body = ctx.method === 'GET' ? '' : await readBody(ctx.req);
  requests.push({
    method: ctx.method,
    path: ctx.path,
    query: q,
    headers: ctx.headers,
    body,
    at: Date.now(),
  });
  if (q.delay) await sleep(Math.min(Number(q.delay), 30000));
  // (Also /api/test/<folder>/feed: one relative src that two pages resolve to two feeds.)
  if (/^\/api\/test\/(\w+\/)?feed$/.test(ctx.path)) {
    const same = requests.filter(
      (r) =>
        r.path === ctx.path && JSON.stringify(r.query) === JSON.stringify(q)
    );
    if (q.drop) {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    if (q.fails && same.length <= Number(q.fails)) {
      ctx.status = 503;
      ctx.body = 'error';
      return;
    }
    if (q.status) {
      ctx.status = Number(q.status);
      ctx.body = 'error';
      return;
    }
    if (q.body === 'notjson') {
      ctx.type = 'text/html';
      ctx.body = '<html>not a feed</html>';
      return;
    }
    const file = q.file ?? 'src/feed/sample-feed.json';
    if (file.includes('..')) {
      ctx.status = 400;
      return;
    }
    ctx.type = 'application/json';
    const text = await readFile(
      new URL(`../../${file}`, import.meta.url),
      'utf8'
    );
    // bom=1: the UTF-8 byte order mark some editors write first.
    const full = q.bom ? `\uFEFF${text}` : text;
    // stall, cut: a connection that stops, or breaks, halfway through the body.
    if ((q.stall && !(q.stalls && same.length > Number(q.stalls))) || q.cut) {
      const bytes = Buffer.from(full);
      const half = bytes.length >> 1;
      ctx.respond = false;
      ctx.res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': bytes.length,
      });
      ctx.res.write(bytes.subarray(0, half));
      await sleep(q.cut ? 100 : Math.min(Number(q.stall), 30000));
      if (q.cut) ctx.req.socket.destroy();
      else ctx.res.end(bytes.subarray(half));
      return;
    }
    // trickle: a big feed on a slow link, arriving all the time.
    ctx.body = q.trickle
      ? Readable.from(
          (async function* () {
            const part = Math.ceil(full.length / 10);
            for (let i = 0; i < full.length; i += part) {
              yield full.slice(i, i + part);
              await sleep(Number(q.trickle) / 10);
            }
          })()
        )
      : full;
    return;
  }
  if (ctx.path === '/api/test/submit') {
    const status = Number(q.status ?? 201);
    ctx.status = status;
    if (q.retryAfter) ctx.set('Retry-After', q.retryAfter);
    ctx.type = 'application/json';
    if (status === 422 || status === 400) {
      ctx.body =
        q.errors ??
        JSON.stringify({
          errors: [
            {field: 'email', message: 'This address is already registered.'},
          ],
        });
    } else if (status >= 500) {
      ctx.body = JSON.stringify({error: 'server error'});
    } else {
      ctx.body = JSON.stringify({ok: true});
    }
    return;
  }
  ctx.status = 404;
}
