#!/usr/bin/env node
// Serves the demo page and the built dist/ on 127.0.0.1 (no dependencies).
// A small receiver at POST /api/signup answers like a real one, so the demo's
// registration form can be tried end to end; it keeps nothing.
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT ?? 8080);
const host = '127.0.0.1';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ics': 'text/calendar; charset=utf-8',
};

function readBody(req) {
  return new Promise((ok) => {
    let size = 0;
    const chunks = [];
    req.on('data', (c) => {
      size += c.length;
      if (size < 1e6) chunks.push(c);
    });
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
  });
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://${host}:${port}`);
  if (url.pathname === '/api/signup') {
    if (req.method !== 'POST') {
      res.writeHead(405, {allow: 'POST'}).end();
      return;
    }
    const body = await readBody(req);
    // The key: a JSON registration's header, a form-urlencoded one's field.
    const key =
      req.headers['idempotency-key'] ??
      new URLSearchParams(body).get('_idempotencyKey') ??
      '-';
    console.log(
      `[demo receiver] ${req.headers['content-type']} ${body.length} bytes, key ${key}`
    );
    res
      .writeHead(201, {'content-type': 'application/json'})
      .end(JSON.stringify({ok: true}));
    return;
  }
  let path = decodeURIComponent(url.pathname);
  if (path === '/') {
    // The demo's own links (?lang=el&scheme=dark) keep their query.
    res.writeHead(302, {location: `/demo/${url.search}`}).end();
    return;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || file.includes('node_modules')) {
    res.writeHead(403).end();
    return;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(body);
  } catch {
    res
      .writeHead(404, {'content-type': 'text/plain; charset=utf-8'})
      .end('Not found');
  }
});

// PORT=0: any free port (the demo's tests); the line says which.
server.listen(port, host, () => {
  console.log(
    `Demo: http://${host}:${server.address().port}/demo/  (Ctrl+C to stop)`
  );
});
