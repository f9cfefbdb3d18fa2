// Serves the repository on 127.0.0.1 and drives headless Chromium
// (puppeteer-core with the system browser) for tests on the built dist/.
import {spawn} from 'node:child_process';
import {createServer} from 'node:http';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {findChrome, CHROME_ARGS} from '../../bin/find-chrome.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json'};

/**
 * page.setViewport, also in a Firefox whose WebDriver BiDi has no screen
 * orientation override (ESR 140: "unknown command
 * emulation.setScreenOrientationOverride", which Puppeteer sends beside the
 * viewport's size and which fails first): the size's own command goes on,
 * and is waited for until the page has the width asked for.
 */
export async function setViewport(page, viewport) {
  try {
    await page.setViewport(viewport);
  } catch (e) {
    if (!/unknown command emulation\.setScreenOrientationOverride/.test(e.message)) throw e;
  }
  await page.waitForFunction((width) => window.innerWidth === width, {timeout: 5000}, viewport.width);
}

/** Starts a static server. `pages` maps a path to {html, headers}. */
export async function startServer(pages = {}, dir = '.') {
  const base = resolve(root, dir);
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    const page = pages[url.pathname];
    if (page) {
      res.writeHead(200, {'content-type': 'text/html; charset=utf-8', ...(page.headers ?? {})});
      res.end(page.html);
      return;
    }
    // /v2/… serves dist/ again under another URL: a second copy of the bundle.
    const path = url.pathname.startsWith('/v2/') ? `/dist/${url.pathname.slice(4)}` : url.pathname;
    const file = normalize(join(base, decodeURIComponent(path)));
    if (!file.startsWith(base)) return void res.writeHead(403).end();
    try {
      if (!(await stat(file)).isFile()) throw new Error();
      res.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'});
      res.end(await readFile(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const {port} = server.address();
  return {origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((ok) => server.close(ok))};
}

/** Starts the demo's server (bin/serve.mjs, as `npm start` does) on a free port: its origin, and close(). */
export async function startDemoServer() {
  const server = spawn(process.execPath, ['bin/serve.mjs'], {cwd: root, env: {...process.env, PORT: '0'}, stdio: ['ignore', 'pipe', 'inherit']});
  const origin = await new Promise((ok, fail) => {
    let out = '';
    server.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) ok(`http://127.0.0.1:${m[1]}`);
    });
    server.on('exit', (code) => fail(new Error(`bin/serve.mjs exited (${code}): ${out}`)));
  });
  return {origin, close: () => server.kill()};
}

// Functions run in the page (their source is sent: each stands alone), by
// Puppeteer's page.evaluate here and by WebDriver's execute for WebKit
// (test-node/webkit/).

/** The four elements' tag names, as a selector. */
export const HOSTS = 'org-directory, event-card, signup-form, recommendation-list';

/** In the page: whether every element has shown its content (not loading); with `each`, each tag of `hosts` is there. */
export function shownInPage(hosts, each = false) {
  const all = [...document.querySelectorAll(hosts)];
  return (
    all.length > 0 &&
    (!each || hosts.split(',').every((tag) => document.querySelector(tag))) &&
    all.every((el) => {
      // (The signup form's fields are in its light DOM, slotted.)
      const text = (el.shadowRoot?.textContent ?? '') + (el.querySelector(':scope > [slot="form"]')?.textContent ?? '');
      return text.trim().length > 10 && !el.shadowRoot.querySelector('[part~="loading"]') && !el.querySelector('[part~="loading"]');
    })
  );
}

/** In the page: the text a visitor sees in an element (its shadow root, and a signup form's slotted fields). */
export function textInPage(selector) {
  const el = document.querySelector(selector);
  if (!el) return null;
  const slotted = el.querySelector(':scope > [slot="form"]')?.textContent ?? '';
  return ((el.shadowRoot ?? el).textContent + slotted).replace(/\s+/g, ' ').trim();
}

/** In the page: what has the keyboard focus (the element it is in, `host`; its tag, part and `type`). */
export function focusedInPage(hosts) {
  let a = document.activeElement;
  const host = a.closest(hosts)?.localName ?? '';
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return {host, tag: a.localName, part: a.getAttribute('part') ?? '', type: a.getAttribute('type') ?? ''};
}

/** In the page, once AXE has run there: axe's WCAG 2.1 A/AA and best-practice violations on the whole page. */
export async function axeInPage() {
  const {violations} = await window.axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']});
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
}

/** axe-core's source, to run in a page before axeInPage. */
export const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Opens the demo at `origin` with `query` in `browser` (Chromium or
 * Firefox), once all four elements have shown their content; collects page
 * errors, console errors, failed responses and requests to other hosts.
 * `daysLater`: the page's clock (Date.now) runs that many days ahead.
 */
export async function openDemo(browser, origin, query = '', {daysLater = 0} = {}) {
  const page = await browser.newPage();
  if (daysLater) {
    await page.evaluateOnNewDocument((ms) => {
      const real = Date.now;
      Date.now = () => real() + ms;
    }, daysLater * 864e5);
  }
  await setViewport(page, {width: 1200, height: 900});
  const problems = {errors: [], consoleErrors: [], failed: [], foreign: [], requests: 0};
  page.on('pageerror', (e) => problems.errors.push(e.message ?? String(e)));
  page.on('console', (m) => m.type() === 'error' && problems.consoleErrors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && problems.failed.push(`${r.status()} ${r.url()}`));
  page.on('request', (r) => {
    problems.requests++;
    if (!r.url().startsWith(origin) && !/^(data|blob):/.test(r.url())) problems.foreign.push(r.url());
  });
  await page.goto(`${origin}/demo/${query}`, {waitUntil: 'networkidle0'});
  // All five elements (two event cards) have shown their content.
  await page.waitForFunction(shownInPage, {timeout: 20000}, HOSTS);
  return {page, problems};
}

/** Asserts that `openDemo` saw nothing go wrong (and that it saw the requests at all). */
export function assertClean(problems) {
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.failed, []);
  assert.deepEqual(problems.foreign, []);
  // (The request listener works: the page, the bundle, the feed…)
  assert.ok(problems.requests > 3, `${problems.requests} requests seen`);
}

/** axe's WCAG 2.1 A/AA and best-practice violations on the whole page. */
export async function axe(page) {
  await page.addScriptTag({content: AXE});
  return page.evaluate(axeInPage);
}

export async function launch(extraArgs = [], options = {}) {
  return puppeteer.launch({
    executablePath: findChrome(),
    headless: true,
    args: [...CHROME_ARGS.filter((a) => !a.startsWith('--headless')), ...extraArgs],
    ...options,
  });
}

/**
 * Opens a page and collects what went wrong on it: page errors, console
 * errors, failed requests, CSP violations, requests to other hosts.
 */
export async function open(browser, url, {waitFor, args = []} = {}) {
  const page = await browser.newPage();
  const problems = {errors: [], consoleErrors: [], consoleInfo: [], foreign: [], csp: []};
  const origin = new URL(url).origin;
  page.on('pageerror', (e) => problems.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.consoleErrors.push(m.text());
    if (m.type() === 'info' || m.type() === 'log' || m.type() === 'warn') problems.consoleInfo.push(m.text());
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.foreign.push(u);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(url, {waitUntil: 'networkidle0'});
  if (waitFor) await page.waitForFunction(waitFor, {timeout: 10000}, ...args);
  problems.csp = await page.evaluate(() => window.__csp ?? []);
  return {page, problems};
}

/** Text a visitor sees in an element's shadow root (or light DOM). */
export function shadowText(page, selector) {
  return page.evaluate(textInPage, selector);
}
