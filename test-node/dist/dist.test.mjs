// The built dist/ in headless Chromium, on pages made exactly as the README
// says. Each test asserts what a visitor would see. Run after `npm run build`.
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {HOSTS, startServer, launch, open, shadowText, shownInPage} from './harness.mjs';
import {closure} from '../../bin/size-check.mjs';

const TAGS = ['org-directory', 'event-card', 'signup-form', 'recommendation-list'];

const sample = JSON.parse(readFileSync('src/feed/sample-feed.json', 'utf8'));
// The first organisation by English name: the directory's first result.
const first = [...sample.organizations].sort((a, b) =>
  new Intl.Collator('en', {sensitivity: 'base', numeric: true}).compare(a.name.en ?? a.name, b.name.en ?? b.name)
)[0];
const talsi = sample.events.find((e) => e.id === 'talsi-2023-08-10');
const FEED = '/dist/sample-feed.json';
const ELEMENTS = `
  <event-card src="${FEED}" event-id="talsi-2023-08-10"><p>Fallback: event</p></event-card>
  <signup-form src="${FEED}" form-id="talsi-2023-08-10-registration"><p>Fallback: form</p></signup-form>
  <org-directory src="${FEED}"><p>Fallback: directory</p></org-directory>
  <recommendation-list src="${FEED}"><p>Fallback: recommendations</p></recommendation-list>`;
// A form that is always open (no dates), given inline.
const OPEN_FORM = `<signup-form id="open-form"><script type="application/json">${JSON.stringify({
  version: 1,
  forms: [{id: 'f', action: '/api/signup', fields: [{name: 'email', type: 'email', label: 'Email', required: true, autocomplete: 'email'}]}],
})}</script></signup-form>`;
const page = (head, body, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
const MODULE = '<script type="module" src="/dist/local-y-mpact.js"></script>';
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

// A site builder's "embed code" box: the snippet in a sandboxed srcdoc frame
// (an opaque origin, its links resolving against the builder's page), with no
// allow-forms, allow-same-origin or allow-popups. The classic script (a
// module from an opaque origin needs CORS); the feed and the receiver send
// "Access-Control-Allow-Origin: *". An event whose registration is open
// whatever the day the test runs, and its form with one field and no dates.
const CORS = {
  'content-type': 'application/json',
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST',
  'access-control-allow-headers': 'Content-Type, Idempotency-Key',
};
const EMBED_FEED = {
  version: 1,
  organizations: sample.organizations,
  recommendations: sample.recommendations,
  events: [{id: 'embed', title: {en: 'Embedded event'}, start: '2099-06-01T10:00:00+03:00', timeZone: 'Europe/Riga', registration: {formId: 'embed-form'}}],
  forms: [{id: 'embed-form', eventId: 'embed', fields: [{name: 'email', type: 'email', label: 'Email', required: true, autocomplete: 'email'}]}],
};
const EMBED_SRC = 'http://127.0.0.1:PORT/cors/feed.json';
const EMBED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script src="http://127.0.0.1:PORT/dist/local-y-mpact.classic.js" defer></script></head><body>
  <event-card src="${EMBED_SRC}" event-id="embed"></event-card>
  <org-directory src="${EMBED_SRC}" page-size="5"></org-directory>
  <recommendation-list src="${EMBED_SRC}"></recommendation-list>
  <signup-form id="register" src="${EMBED_SRC}" form-id="embed-form" action="http://127.0.0.1:PORT/cors/signup" min-fill-time="0"></signup-form>
</body></html>`;

const pages = {
  '/plain.html': {html: page(MODULE, ELEMENTS)},
  '/classic.html': {html: page('<script src="/dist/local-y-mpact.classic.js" defer></script>', ELEMENTS)},
  '/twice.html': {html: page(MODULE + '<script type="module" src="/v2/local-y-mpact.js"></script>', ELEMENTS)},
  // As a CMS adds its cache-busting query (WordPress's "?ver=", Drupal's "?v=").
  '/query.html': {html: page(MODULE.replace('.js"', '.js?ver=6.8"'), ELEMENTS)},
  '/divs.html': {
    html: page(
      MODULE + '<script type="module" src="/test-node/dist/add-div-later.js"></script>',
      // With what a CMS's filter lets through as data: handlers and a style.
      `<div data-lym="org-directory" data-src="${FEED}" id="before" data-onfocus="window.ran='focus'" data-ONCLICK="window.ran='click'" data-tabindex="0" data-autofocus data-style="position:fixed;inset:0"><p>Fallback: directory</p></div>`
    ),
  },
  '/csp.html': {html: page(MODULE, ELEMENTS), headers: {'content-security-policy': CSP}},
  // A short directory on a page whose scrollbar comes and goes with the
  // facets (tested at 420 px wide, where they fold): the errors the page
  // sees, and whether the facets were folded in the first frame that showed
  // the directory.
  '/scrollbars.html': {
    html: page(
      `${MODULE}<style>body { margin: 0 }</style><script>
        window.errors = [];
        addEventListener('error', (e) => errors.push(e.message));
        (function look() {
          const layout = document.querySelector('org-directory')?.shadowRoot?.querySelector('.layout');
          if (layout) window.firstFrameNarrow = layout.classList.contains('narrow');
          else requestAnimationFrame(look);
        })();
      </script>`,
      `<org-directory src="${FEED}" country="LV" page-size="1"></org-directory>`
    ),
  },
  '/hostile.html': {
    html: page(
      MODULE + '<link rel="stylesheet" href="/test-node/dist/hostile.css">',
      ELEMENTS.replace('<signup-form', '<signup-form hidden') + OPEN_FORM
    ),
  },
  '/latvian.html': {html: page(MODULE, ELEMENTS, 'lv')},
  '/no-script.html': {html: page('<script type="module" src="/dist/missing.js"></script>', ELEMENTS)},
  '/keyboard.html': {
    html: page(
      // The sample event as on a day before it (demo/sample-clock.json:
      // upcoming, so with its calendar menu), whatever the day the test runs.
      MODULE + '<script type="module" src="/test-node/dist/sample-now.js"></script>',
      `<event-card src="${FEED}" event-id="sample-2027-partnership-lab"></event-card>
      ${OPEN_FORM}
      <org-directory src="${FEED}"></org-directory>
      <recommendation-list src="${FEED}" mode="checklist"></recommendation-list>`
    ),
  },
  // A page that is one form, as ASP.NET Web Forms and SharePoint make them.
  '/page-form.html': {
    html: page(
      MODULE,
      `<form id="page-form" action="/postback" method="post"><input type="hidden" name="__VIEWSTATE" value="x">
      ${OPEN_FORM.replace('<signup-form', '<signup-form min-fill-time="0"').replace('/api/signup', '/api/signup?from=page-form')}
      <org-directory src="${FEED}"></org-directory><button>Page search</button></form>`
    ),
  },
  '/postback': {html: page('', '<p>Posted back</p>')},
  // WordPress's Classic editor: what a webmaster types in its Text tab, as
  // WordPress shows it (wpautop's paragraphs) and as it keeps it for an
  // author without unfiltered_html (kses), the script then enqueued by the
  // theme. Made by WordPress's own PHP: test-node/fixtures/wordpress/make.sh.
  '/wp-classic.html': {html: page('', readFileSync('test-node/fixtures/wordpress/classic-editor.autop.html', 'utf8'))},
  '/wp-author.html': {html: page(MODULE, readFileSync('test-node/fixtures/wordpress/classic-editor.kses.html', 'utf8'))},
  // The receiver the open form posts to.
  '/api/signup': {html: '{"ok":true}', headers: {'content-type': 'application/json'}},
  '/embed.html': {html: page('', `<iframe title="Embed" sandbox="allow-scripts" style="width:900px;height:600px" srcdoc="${EMBED.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></iframe>`)},
  // What a frame with no origin ("null") may read: only what says "*".
  '/cors/feed.json': {html: JSON.stringify(EMBED_FEED), headers: CORS},
  '/cors/signup': {html: '{"ok":true}', headers: CORS},
};

let server;
let browser;
before(async () => {
  assert.ok(existsSync('dist/local-y-mpact.js'), 'dist/ is built (npm run build)');
  server = await startServer(pages);
  pages['/embed.html'].html = pages['/embed.html'].html.replaceAll('PORT', new URL(server.origin).port);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits until all four elements are on the page and show their content. */
const allFour = {waitFor: shownInPage, args: [HOSTS, true]};

async function expectAllFour(p) {
  assert.match(await shadowText(p, 'event-card'), /Step by step|Soli pa solim/);
  // The whole sample feed is listed (one page of it shown): the count says so.
  const directory = await shadowText(p, 'org-directory');
  assert.match(directory, new RegExp(`${sample.organizations.length} organisations found`));
  assert.ok(directory.includes(first.name.en ?? first.name), directory.slice(0, 300));
  assert.ok((await shadowText(p, 'recommendation-list')).length > 100);
}

test("a page downloads the feed rules of the sections its elements show, not the others", () => {
  const entry = readFileSync('dist/local-y-mpact.js', 'utf8');
  // What a page with one element loads: its chunk and what that imports.
  const page = (element) =>
    [...closure(`dist/elements/${element}.js`)].map((f) => readFileSync(f, 'utf8')).join('\n');
  // A text each record reader has and no other code of the page it is on,
  // and the elements that read that section.
  for (const [text, readers] of [
    ['"unknown field type"', ['signup-form']],
    ['"topics"', ['recommendation-list']],
    ['"lookingForPartners"', ['org-directory', 'event-card']],
    ['"attendanceMode"', ['event-card', 'signup-form']],
  ]) {
    assert.ok(!entry.includes(text), `the entry (every page) carries the reader of ${text}`);
    for (const element of TAGS) {
      assert.equal(page(element).includes(text), readers.includes(element), `${element}'s page and the reader of ${text}`);
    }
  }
});

test("the entry starts an element's shared chunks with the element's own (no extra round trip)", () => {
  const entry = readFileSync('dist/local-y-mpact.js', 'utf8');
  for (const element of TAGS) {
    const own = readFileSync(`dist/elements/${element}.js`, 'utf8');
    const shared = [...own.matchAll(/from"\.\/([^"]+)"/g)].map((m) => m[1]).filter((f) => f !== '../local-y-mpact.js');
    const call = entry.match(new RegExp(`"${element}":\\(\\)=>(\\([^;]*?import\\("\\./elements/${element}\\.js"\\)\\))`))?.[1] ?? '';
    for (const file of shared) assert.ok(call.includes(`import("./elements/${file}")`), `${element} starts ${file}: ${call}`);
  }
});

test("the page bundles leave out Lit's polyfill and hydration hooks, its decorators' metadata, its JSON attributes, its custom converters and its useDefault, and keep its version registry", () => {
  // (The JSON attributes only for properties of type Object or Array, which
  // none of the elements has: an element given one would read its attribute
  // as a string. useDefault and converter: no element sets them, which the element files
  // would show; Lit's handling of them is gone.)
  const elements = readdirSync('dist/elements')
    .filter((f) => f.endsWith('.js'))
    .map((f) => `dist/elements/${f}`);
  for (const file of ['dist/local-y-mpact.js', 'dist/local-y-mpact.classic.js', ...elements]) {
    assert.deepEqual(readFileSync(file, 'utf8').match(/type:(Object|Array)\b|useDefault|converter/g), null, file);
  }
  for (const file of ['dist/local-y-mpact.js', 'dist/local-y-mpact.classic.js']) {
    const code = readFileSync(file, 'utf8');
    assert.deepEqual(code.match(/\w+(PolyfillSupport|HydrateSupport)/g), null, file);
    assert.deepEqual(code.match(/Symbol\.metadata|litPropertyMetadata|addInitializer|constructor\.l\b/g), null, file);
    assert.deepEqual(code.match(/case (Object|Array)\b|_\$Ej\b/g), null, file);
    for (const registry of ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions']) {
      assert.ok(code.includes(registry), `${file} lost ${registry}`);
    }
  }
});

test("the page bundles leave out lit-html's SVG, MathML and compiled templates and its bindings in raw text, which no template uses", () => {
  // (The html tag alone makes templates of type 1; an svg or mathml tag
  // bundled would make 2 or 3, which the rewritten Lit would render as HTML.
  // A binding in a <style>, <script>, <title> or <textarea> would be left
  // unrendered.)
  const elements = readdirSync('dist/elements')
    .filter((f) => f.endsWith('.js'))
    .map((f) => `dist/elements/${f}`);
  for (const file of ['dist/local-y-mpact.js', 'dist/local-y-mpact.classic.js', ...elements]) {
    const code = readFileSync(file, 'utf8');
    assert.deepEqual(code.match(/_\$litType\$:(?!1\b)\w+|<\/?(svg|math)>|\.h\[0\]/g), null, file);
    const opened = code.match(/<(style|script|title|textarea)\b/g) ?? [];
    const texts = [...code.matchAll(/<(style|script|title|textarea)\b[^`]*?>([^`]*?)<\/\1>/g)].map((m) => m[2]);
    assert.equal(texts.length, opened.length, `${file}: a raw-text element not closed in its template`);
    assert.deepEqual(texts.filter((text) => text.includes('${')), [], `${file}: a binding in a raw-text element`);
  }
});

test('the plain snippet shows all four elements, with no errors and no foreign requests', async () => {
  const {page: p, problems} = await open(browser, `${server.origin}/plain.html`, allFour);
  await expectAllFour(p);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreign, []);
  await p.close();
});

test('the classic script works where type="module" is refused', async () => {
  const {page: p, problems} = await open(browser, `${server.origin}/classic.html`, allFour);
  await expectAllFour(p);
  assert.deepEqual(problems.errors, []);
  await p.close();
});

test('loading the bundle twice never throws; the first definition wins and says so', async () => {
  const {page: p, problems} = await open(browser, `${server.origin}/twice.html`, allFour);
  await expectAllFour(p);
  assert.deepEqual(problems.errors, []);
  assert.ok(problems.consoleInfo.some((m) => m.includes('already defined')), problems.consoleInfo.join('\n'));
  await p.close();
});

test("the bundle under a CMS's cache-busting query still shows all four, with no errors", async () => {
  const {page: p, problems} = await open(browser, `${server.origin}/query.html`, allFour);
  await expectAllFour(p);
  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await p.close();
});

test('a div placeholder becomes the element, before load and when added later', async () => {
  const {page: p, problems} = await open(browser, `${server.origin}/divs.html`, {
    waitFor: () => document.querySelectorAll('org-directory').length === 2 && [...document.querySelectorAll('org-directory')].every((el) => (el.shadowRoot?.textContent ?? '').length > 100),
  });
  const state = await p.evaluate(() => ({
    divs: document.querySelectorAll('[data-lym]').length,
    ids: [...document.querySelectorAll('org-directory')].map((el) => el.id),
    src: document.querySelector('org-directory').getAttribute('src'),
    attributes: [...document.querySelectorAll('org-directory')].map((el) => el.getAttributeNames().sort().join()),
  }));
  assert.deepEqual(state, {
    divs: 0,
    ids: ['before', 'later'],
    src: FEED,
    attributes: ['autofocus,id,src,tabindex', 'id,src'],
  });
  // No handler came through: focused and clicked, nothing ran.
  await p.focus('#before');
  await p.click('#before');
  await p.hover('#later');
  assert.equal(await p.evaluate(() => window.ran), undefined);
  assert.deepEqual(problems.errors, []);
  await p.close();
});

test('a page with a strict Content Security Policy and Trusted Types works without violations', async () => {
  const {page: p, problems} = await open(browser, `${server.origin}/csp.html`, allFour);
  await expectAllFour(p);
  assert.deepEqual(problems.csp, []);
  assert.deepEqual(problems.errors, []);
  await p.close();
});

test("a host page's hostile global CSS does not break the elements", async () => {
  const {page: p} = await open(browser, `${server.origin}/hostile.html`, allFour);
  const look = await p.evaluate(() => {
    const dir = document.querySelector('org-directory');
    const search = dir.shadowRoot.querySelector('input[type="search"]');
    const box = search.getBoundingClientRect();
    const email = document.querySelector('#open-form input[type="email"]')?.getBoundingClientRect();
    const submit = document.querySelector('#open-form [part~="submit-button"]')?.getBoundingClientRect();
    return {
      searchVisible: box.width > 100 && box.height > 20,
      // The form lives in the page's light DOM: its own scoped rules must win.
      formInputVisible: !!email && email.width > 100,
      submitVisible: !!submit && submit.width > 40 && submit.height > 30,
      font: getComputedStyle(dir).fontFamily,
      searchDisplay: getComputedStyle(search).display,
    };
  });
  assert.ok(look.searchVisible && look.formInputVisible && look.submitVisible, JSON.stringify(look));
  assert.match(look.font, /Georgia/, 'inherits the page font');
  await p.close();
});

test("a host page's hostile global CSS does not make a 320 px screen scroll sideways", async () => {
  const {page: p} = await open(browser, `${server.origin}/hostile.html`, allFour);
  await p.setViewport({width: 320, height: 800});
  const wide = await p.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // Every element (and each one's shadow content) within the 320 px.
    const out = [];
    const walk = (root) => {
      for (const e of root.querySelectorAll('*')) {
        const r = e.getBoundingClientRect();
        if (r.width && r.right > 320.5) out.push(`${e.localName}.${e.getAttribute('part') ?? ''}: ${Math.round(r.right)}`);
        if (e.shadowRoot) walk(e.shadowRoot);
      }
    };
    walk(document);
    return {scrollWidth: document.documentElement.scrollWidth, out: out.slice(0, 5)};
  });
  assert.ok(wide.scrollWidth <= 320 && wide.out.length === 0, JSON.stringify(wide));
  await p.close();
});

test('where a page scrollbar comes and goes as the facets fold, the directory folds them from its first frame and the page sees no ResizeObserver loop error', async () => {
  // Headless Chromium hides scrollbars unless told not to; a desktop's
  // take room from the page's width.
  const withScrollbars = await launch([], {ignoreDefaultArgs: ['--hide-scrollbars']});
  const load = async (height) => {
    const p = await withScrollbars.newPage();
    await p.setViewport({width: 420, height});
    await p.goto(`${server.origin}/scrollbars.html`, {waitUntil: 'networkidle0'});
    return p;
  };
  const pressFilters = (p) => p.evaluate(() => document.querySelector('org-directory').shadowRoot.querySelector('[part~="filters-button"]').click());
  const bottom = (p) => p.evaluate(() => document.documentElement.scrollHeight);
  try {
    // The page's height with the facets folded and unfolded (in a window too
    // low for either: its scrollbar is then there in both).
    const tall = await load(300);
    const folded = await bottom(tall);
    await pressFilters(tall);
    const unfolded = await bottom(tall);
    await tall.close();
    assert.ok(unfolded > folded + 100, `${folded} ${unfolded}`);
    // Windows that the folded directory fits and the unfolded one does not.
    for (const height of [folded + 10, Math.round((folded + unfolded) / 2)]) {
      const p = await load(height);
      const state = () =>
        p.evaluate(async () => {
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const root = document.querySelector('org-directory').shadowRoot;
          return {
            errors,
            firstFrameNarrow,
            narrow: root.querySelector('.layout').classList.contains('narrow'),
            scrollbar: innerWidth - document.documentElement.clientWidth,
          };
        });
      const loaded = await state();
      assert.deepEqual(loaded, {errors: [], firstFrameNarrow: true, narrow: true, scrollbar: 0}, `${height}: ${JSON.stringify(loaded)}`);
      // Unfolded by the Filters button: the page scrolls, its scrollbar takes room.
      await pressFilters(p);
      const open = await state();
      assert.ok(open.scrollbar > 0 && open.narrow && open.errors.length === 0, `${height}: ${JSON.stringify(open)}`);
      // Wide, the facets sit beside the results; narrow again, they fold.
      const narrow = (yes) => p.waitForFunction((yes) => !!document.querySelector('org-directory').shadowRoot.querySelector('.layout.narrow') === yes, {timeout: 5000}, yes);
      await p.setViewport({width: 1000, height});
      await narrow(false);
      await p.setViewport({width: 420, height});
      await narrow(true);
      assert.deepEqual((await state()).errors, [], String(height));
      await p.close();
    }
  } finally {
    await withScrollbars.close();
  }
});

test('a Latvian page loads only Latvian locale modules and shows Latvian', async () => {
  server.requests.length = 0;
  const {page: p} = await open(browser, `${server.origin}/latvian.html`, allFour);
  const locales = server.requests.filter((r) => r.includes('/locales/'));
  // The shared messages and one module per element on the page, all Latvian.
  assert.deepEqual(locales.sort(), [
    '/dist/locales/lv/event-card.js',
    '/dist/locales/lv/org-directory.js',
    '/dist/locales/lv/recommendation-list.js',
    '/dist/locales/lv/shared.js',
    '/dist/locales/lv/signup-form.js',
  ]);
  assert.ok((await shadowText(p, 'event-card')).includes(talsi.title.lv));
  await p.close();
});

test('when the script fails, the fallback content shows', async () => {
  const {page: p} = await open(browser, `${server.origin}/no-script.html`);
  const text = await p.evaluate(() => document.body.innerText);
  for (const f of ['Fallback: event', 'Fallback: form', 'Fallback: directory', 'Fallback: recommendations']) {
    assert.ok(text.includes(f), f);
  }
  await p.close();
});

test("in a site builder's sandboxed srcdoc box the four work, with no errors", async () => {
  const {page: p, problems} = await open(browser, `${server.origin}/embed.html`);
  const frame = p.frames().find((f) => f !== p.mainFrame());
  await frame.waitForFunction(shownInPage, {timeout: 10000}, HOSTS, true);
  // The directory's search and a recommendation opened: their URL state is
  // refused in about:srcdoc (a SecurityError), and nothing else changes.
  await frame.evaluate(() => {
    const search = document.querySelector('org-directory').shadowRoot.querySelector('input[type="search"]');
    search.value = 'talsi';
    search.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    document.querySelector('recommendation-list').shadowRoot.querySelector('summary').click();
  });
  const count = () => document.querySelector('org-directory').shadowRoot.querySelector('[part~="count"]').textContent.trim();
  await frame.waitForFunction((all) => document.querySelector('org-directory').shadowRoot.querySelector('[part~="count"]').textContent.trim() !== all, {timeout: 5000}, `${sample.organizations.length} organisations found`);
  assert.match(await frame.evaluate(count), /^\d+ organisations? found$/);
  // Its URL state is written once typing pauses (300 ms) or the browser idles.
  await new Promise((ok) => setTimeout(ok, 1000));
  assert.deepEqual(problems.errors, [], 'the URL state in about:srcdoc');
  // The card's Register goes to the form in the box, not to the builder's page.
  await frame.evaluate(() => document.querySelector('event-card').shadowRoot.querySelector('[part~="register-link"]').click());
  await new Promise((ok) => setTimeout(ok, 500));
  assert.equal(frame.url(), 'about:srcdoc#register');
  // The form sends though the box refuses every submit event (no allow-forms).
  await frame.evaluate(() => {
    const email = document.querySelector('#register input[type="email"]');
    email.value = 'anna@example.lv';
    email.dispatchEvent(new Event('input', {bubbles: true}));
    document.querySelector('#register [part~="submit-button"]').click();
  });
  await frame.waitForFunction(() => document.querySelector('#register [part~="success"]'), {timeout: 5000});
  assert.deepEqual(problems.errors, []);
  await p.close();
});

// A receiver on another site that cannot answer a preflight (OPTIONS gets
// 405 and no CORS headers, as on hosts that take only form posts) and
// answers a POST with a redirect to its answer, both open to any site.
test('a form-urlencoded form posts to a receiver on another site that cannot answer a preflight; a JSON one cannot, and keeps the answers', async () => {
  const seen = [];
  const receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      seen.push({method: req.method, url: req.url, headers: req.headers, body});
      if (req.method === 'OPTIONS') return void res.writeHead(405).end();
      if (req.method === 'POST') return void res.writeHead(302, {location: '/answer', 'access-control-allow-origin': '*'}).end();
      res.writeHead(200, {'content-type': 'application/json', 'access-control-allow-origin': '*'}).end('{"result":"ok"}');
    });
  });
  await new Promise((ok) => receiver.listen(0, '127.0.0.1', ok));
  const action = `http://127.0.0.1:${receiver.address().port}/post`;
  const formFeed = (encoding) => ({
    version: 1,
    forms: [{id: 'f', action, encoding, fields: [{name: 'email', type: 'email', label: 'Email', required: true, autocomplete: 'email'}]}],
  });
  const formOf = (encoding) =>
    `<signup-form id="${encoding}" min-fill-time="0"><script type="application/json">${JSON.stringify(formFeed(encoding))}</script></signup-form>`;
  pages['/other-site-receiver.html'] = {html: page(MODULE, formOf('form-urlencoded') + formOf('json'))};
  const {page: p} = await open(browser, `${server.origin}/other-site-receiver.html`, {
    waitFor: () => document.querySelectorAll('signup-form input[type="email"]').length === 2,
  });
  const submit = (id) =>
    p.evaluate((id) => {
      const email = document.querySelector(`#${id} input[type="email"]`);
      email.value = `anna+${id}@example.lv`;
      email.dispatchEvent(new Event('input', {bubbles: true}));
      document.querySelector(`#${id} [part~="submit-button"]`).click();
    }, id);
  try {
    await submit('form-urlencoded');
    await p.waitForFunction(() => document.querySelector('#form-urlencoded [part~="success"]'), {timeout: 5000});
    const [post, ...rest] = seen;
    assert.equal(post.method, 'POST', 'no preflight before it');
    assert.match(post.headers['content-type'], /^application\/x-www-form-urlencoded/);
    assert.equal(post.headers['idempotency-key'], undefined);
    const answers = new URLSearchParams(post.body);
    assert.equal(answers.get('email'), 'anna+form-urlencoded@example.lv');
    assert.match(answers.get('_idempotencyKey'), /^[0-9a-f]{32}$/);
    assert.deepEqual(rest.map((r) => `${r.method} ${r.url}`), ['GET /answer']);

    seen.length = 0;
    await submit('json');
    await p.waitForFunction(() => /\S/.test(document.querySelector('#json [part~="status"][data-kind="error"]')?.textContent ?? ''), {timeout: 5000});
    assert.deepEqual(seen.map((r) => r.method), ['OPTIONS'], 'the preflight, refused: no POST');
    assert.equal(await p.evaluate(() => document.querySelector('#json input[type="email"]').value), 'anna+json@example.lv');
    assert.equal(await p.evaluate(() => document.querySelector('#json [part~="success"]')), null);
  } finally {
    await p.close();
    await new Promise((ok) => receiver.close(ok));
  }
});

// The page bundle is built smaller than the sources read (bin/compact-transformer.mjs):
// each element's interactive paths, by keyboard, on the built file.
test("inside a page that is one form (ASP.NET Web Forms, SharePoint), Enter sends the registration or searches, never the page's form", async () => {
  const {page: p, problems} = await open(browser, `${server.origin}/page-form.html`, {
    waitFor: () => !!document.querySelector('#open-form form') && !!document.querySelector('org-directory')?.shadowRoot?.querySelector('[part~="count"]'),
  });
  const posted = () => server.requests.filter((r) => r === '/postback').length;
  // The registration's own form, not the page's, owns its fields.
  assert.equal(await p.evaluate(() => document.querySelector('#open-form input[type="email"]').form.id), '');
  // Enter in the empty form: the error summary, no page post.
  await p.focus('#open-form input[type="email"]');
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => document.activeElement?.matches('#open-form [part~="error-summary"]'));
  // Enter in the directory's search: results, no page post.
  await p.evaluate(() => document.querySelector('org-directory').shadowRoot.querySelector('input[type="search"]').focus());
  await p.keyboard.type('talsi');
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => /[?&]od\.q=talsi/.test(location.search));
  // A valid address and Enter: sent to the form's receiver.
  await p.focus('#open-form input[type="email"]');
  await p.keyboard.type('visitor@example.org');
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => !!document.querySelector('#open-form [part~="success"]'));
  assert.equal(new URL(p.url()).pathname, '/page-form.html');
  assert.equal(posted(), 0);
  assert.equal(server.requests.filter((r) => r === '/api/signup?from=page-form').length, 1);
  assert.deepEqual(problems.errors, []);
  await p.close();
});

// What the README's WordPress section says of the Classic editor, on the
// page WordPress makes of it.
test("in WordPress's Classic editor, the div form and a fallback of text and links work; a paragraph inside a tag lands outside it", async () => {
  const {page: p, problems} = await open(browser, `${server.origin}/wp-classic.html`, {waitFor: shownInPage, args: [HOSTS]});
  assert.match(await shadowText(p, 'event-card'), /Step by step/);
  assert.match(await shadowText(p, 'signup-form'), /Registration has closed|closed/i);
  assert.ok((await shadowText(p, 'recommendation-list')).length > 100);
  const seen = await p.evaluate(() => ({
    text: document.body.innerText,
    // wpautop's <p> around the card ended at the card's own <p>.
    cardHolds: document.querySelector('event-card').textContent.trim(),
  }));
  assert.equal(seen.cardHolds, '');
  assert.ok(seen.text.includes('Fallback A'), 'the paragraph left the tag: it shows under the card');
  assert.ok(!seen.text.includes('Fallback B'), 'the div form keeps its fallback inside, hidden');
  assert.ok(!seen.text.includes('Fallback C'), 'text and links stay inside the tag, hidden');
  assert.deepEqual(problems.errors, []);
  await p.close();
});

test('for a WordPress author, whose unknown tags WordPress removes, the div form works with the script enqueued', async () => {
  const {page: p, problems} = await open(browser, `${server.origin}/wp-author.html`, {waitFor: shownInPage, args: ['signup-form']});
  const seen = await p.evaluate(() => ({
    text: document.body.innerText,
    tags: ['event-card', 'recommendation-list'].filter((t) => document.querySelector(t)),
  }));
  assert.deepEqual(seen.tags, [], 'kses removed the tags (keeping their fallback)');
  assert.ok(seen.text.includes('Fallback A') && seen.text.includes('Fallback C'));
  assert.ok(!seen.text.includes('Fallback B'));
  assert.deepEqual(problems.errors, []);
  await p.close();
});

test('a visitor can use each element by keyboard alone on the built bundle', async () => {
  const {page: p, problems} = await open(browser, `${server.origin}/keyboard.html`, {
    waitFor: () =>
      ['event-card', 'org-directory', 'recommendation-list'].every((t) => document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]:not([part~="status"])')) &&
      !!document.querySelector('#open-form form'),
  });
  const shadowFocus = (tag, selector) =>
    p.evaluate((t, s) => document.querySelector(t).shadowRoot.querySelector(s).focus(), tag, selector);
  const active = (tag) => p.evaluate((t) => document.querySelector(t).shadowRoot.activeElement?.getAttribute('part') ?? null, tag);

  // <org-directory>: type a search, then tick a facet with Space.
  const count = () => p.evaluate(() => document.querySelector('org-directory').shadowRoot.querySelector('[part~="count"]').textContent.trim());
  assert.match(await count(), new RegExp(`^${sample.organizations.length} organisations found`));
  await shadowFocus('org-directory', 'input[type="search"]');
  await p.keyboard.type('talsi');
  // Fewer results, but some.
  await p.waitForFunction((total) => {
    const found = parseInt(document.querySelector('org-directory').shadowRoot.querySelector('[part~="count"]').textContent, 10);
    return found > 0 && found < total;
  }, {}, sample.organizations.length);
  // Tab shows the skip button; Enter skips the facets to the count.
  await p.keyboard.press('Tab');
  assert.equal(await active('org-directory'), 'skip-button');
  await p.keyboard.press('Enter');
  assert.equal(await active('org-directory'), 'count');
  await shadowFocus('org-directory', 'input[type="checkbox"]');
  await p.keyboard.press('Space');
  assert.equal(await p.evaluate(() => document.querySelector('org-directory').shadowRoot.querySelector('input[type="checkbox"]').checked), true);
  // The URL keeps both (the directory's namespace is `od`).
  await p.waitForFunction(() => /[?&]od\.q=talsi(&|$)/.test(location.search) && /[?&]od\.country=[A-Z]{2}/.test(location.search));

  // <event-card>: open the calendar menu with Enter, close it with Escape.
  await shadowFocus('event-card', '[part~="calendar-button"]');
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => !document.querySelector('event-card').shadowRoot.querySelector('[part~="calendar-menu"]').hidden);
  assert.ok((await p.evaluate(() => document.querySelector('event-card').shadowRoot.querySelectorAll('[part~="calendar-option"]').length)) >= 2);
  await p.keyboard.press('Escape');
  await p.waitForFunction(() => document.querySelector('event-card').shadowRoot.querySelector('[part~="calendar-menu"]').hidden);
  assert.equal(await active('event-card'), 'calendar-button');

  // <signup-form>: Enter on an empty form shows the error summary and moves
  // focus to it; a valid address then sends it.
  await p.focus('#open-form input[type="email"]');
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => document.activeElement?.matches('#open-form [part~="error-summary"]'));
  await p.focus('#open-form input[type="email"]');
  await p.keyboard.type('visitor@example.org');
  await p.keyboard.press('Enter');
  // Within min-fill-time (3 s) of the form appearing nothing is sent and the
  // status line asks to press Register again; then Enter sends, once.
  const sent = () => server.requests.filter((r) => r === '/api/signup').length;
  await p.waitForFunction(() => !!document.querySelector('#open-form [part~="success"]') ||
    /Not sent yet/.test(document.querySelector('#open-form [role="status"]').textContent));
  if (!(await p.$('#open-form [part~="success"]'))) {
    assert.equal(sent(), 0);
    await new Promise((ok) => setTimeout(ok, 3000));
    await p.keyboard.press('Enter');
  }
  await p.waitForFunction(() => !!document.querySelector('#open-form [part~="success"]'));
  assert.equal(sent(), 1);

  // <recommendation-list>: open a guide's steps and tick the first with Space.
  const progress = () => p.evaluate(() => document.querySelector('recommendation-list').shadowRoot.querySelector('[part~="progress"][part~="overall"]').textContent.replace(/\s+/g, ' ').trim());
  const before = await progress();
  await shadowFocus('recommendation-list', '[part~="details"] summary');
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => document.querySelector('recommendation-list').shadowRoot.querySelector('[part~="details"]').open);
  await shadowFocus('recommendation-list', '[part~="details"] input[type="checkbox"]');
  await p.keyboard.press('Space');
  await p.waitForFunction((b) => document.querySelector('recommendation-list').shadowRoot.querySelector('[part~="progress"][part~="overall"]').textContent.replace(/\s+/g, ' ').trim() !== b, {}, before);
  // Its search narrows the list, Clear filters brings every recommendation
  // back (focus on the search box), and a topic ticked with Space narrows it.
  // Every recommendation (n), or fewer but some (no n).
  const shown = (n) =>
    p.waitForFunction((want, all) => {
      const items = document.querySelector('recommendation-list').shadowRoot.querySelectorAll('[part~="item"]').length;
      return want === null ? items > 0 && items < all : items === want;
    }, {}, n ?? null, sample.recommendations.length);
  await shown(sample.recommendations.length);
  await shadowFocus('recommendation-list', 'input[type="search"]');
  await p.keyboard.type('grant');
  await shown();
  await shadowFocus('recommendation-list', '[part~="clear-button"]');
  await p.keyboard.press('Enter');
  await shown(sample.recommendations.length);
  assert.equal(await active('recommendation-list'), 'search');
  await shadowFocus('recommendation-list', '.topics input[type="checkbox"]');
  await p.keyboard.press('Space');
  await shown();

  assert.deepEqual(problems.errors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await p.close();
});
