// The two bench pages: our <org-directory> and List.js set up as its
// documentation recommends (an item template, valueNames, pagination), fed
// with the same organisations and asked the same queries.

const common = `
const frame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
window.frame = frame;
// A task posted now runs after the task that is running: posted from the
// update (which runs in a frame's requestAnimationFrame callbacks), after that
// frame's style, layout, paint and commit.
const afterFrame = () => new Promise((r) => {
  const c = new MessageChannel();
  c.port1.onmessage = () => r(performance.now());
  c.port2.postMessage(0);
});
// The input is given at the start of a frame (in its requestAnimationFrame
// callbacks: no wait for the next frame, for either library), and this is
// called when the new results are in the DOM. Three figures: the script's share (input to DOM
// updated); painted (input to the end of that frame's rendering, the results
// on screen: checked against a Chrome trace, see run.mjs); and the next
// frame's requestAnimationFrame, which is never less than a frame.
// Ours paints the facet counts a frame after the results: \`all\` is when they
// are painted too (List.js has no counts: there it is \`paint\`).
const timed = async (t0) => {
  const script = performance.now() - t0;
  const paint = (await afterFrame()) - t0;
  const next = (await frame()) - t0;
  return {script, paint, next, all: window.countsLater ? (await afterFrame()) - t0 : paint};
};
// For scale, with nothing to do: a frame (requestAnimationFrame to the next),
// and the painted figure's measure with nothing to paint (from a frame's
// start to the end of its rendering).
window.idle = async () => {
  await frame();
  const t0 = performance.now();
  return (await frame()) - t0;
};
window.idlePaint = async () => {
  await frame();
  const t0 = performance.now();
  return (await afterFrame()) - t0;
};
// Every node under a root: elements, texts and comments.
const countNodes = (n) => [...n.childNodes].reduce((s, c) => s + 1 + countNodes(c), 0);
`;

export const oursHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ours</title>
<script type="module" src="/dist/local-y-mpact.js"></script></head><body>
<script type="module">
import {loadAll} from '/dist/local-y-mpact.js';
// The whole feed reader (all four sections), built by run.mjs: the page
// bundle carries each element's own sections only.
import {parseFeed} from '/bench/parse.js';
await loadAll();
${common}
window.countsLater = true;
let el;
window.bench = {
  async load(url) {
    const text = await (await fetch(url)).text();
    const t0 = performance.now();
    const json = JSON.parse(text);
    const t1 = performance.now();
    parseFeed(json);
    const t2 = performance.now();
    el?.remove();
    el = document.createElement('org-directory');
    el.data = json;
    document.body.append(el);
    for (;;) {
      await el.updateComplete;
      if (el.shadowRoot.querySelector('[part~="item"]')) break;
      await frame();
    }
    await frame();
    const t3 = await afterFrame();
    return {jsonParse: t1 - t0, validate: t2 - t1, firstResults: t3 - t2};
  },
  async search(q) {
    const input = el.shadowRoot.querySelector('input[type="search"]');
    await frame();
    performance.mark('lym-input');
    const t0 = performance.now();
    input.value = q;
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    await el.updateComplete;
    return timed(t0);
  },
  async facet(i) {
    const box = el.shadowRoot.querySelectorAll('input[type="checkbox"]')[i];
    await frame();
    const t0 = performance.now();
    box.click();
    await el.updateComplete;
    return timed(t0);
  },
  nodes: () => countNodes(el.shadowRoot),
  // The way a webmaster's page loads it: src (one URL or several), from
  // creating the element to its first results painted (the end of the frame
  // that shows them); then a keystroke at once, before the browser was idle
  // (the search makes what it needs then: its haystacks are otherwise made
  // when the browser is idle after the first results), to its results
  // painted; and the longest task over all that (fetching, decoding,
  // JSON.parse, validation, indexing, render, the haystacks).
  async loadSrc(src) {
    el?.remove();
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({type: 'longtask'});
    const t0 = performance.now();
    el = document.createElement('org-directory');
    el.src = src;
    document.body.append(el);
    while (!el.shadowRoot?.querySelector('[part~="item"]')) await frame();
    const t1 = await afterFrame();
    const input = el.shadowRoot.querySelector('input[type="search"]');
    input.value = 't';
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    await el.updateComplete;
    await frame();
    const t2 = await afterFrame();
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    return {firstResults: t1 - t0, firstSearch: t2 - t1, longestTask: Math.max(0, ...tasks)};
  },
};
window.ready = true;
</script></body></html>`;

export const listjsHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>list.js</title>
<script src="/node_modules/list.js/dist/list.min.js"></script></head><body>
<div id="orgs"><input class="search" type="search" aria-label="Search"><ul class="list"></ul><ul class="pagination"></ul></div>
<script type="module">
${common}
let list;
const en = (t) => (typeof t === 'string' ? t : t?.en ?? Object.values(t ?? {})[0] ?? '');
window.bench = {
  async load(url) {
    const text = await (await fetch(url)).text();
    const t0 = performance.now();
    const json = JSON.parse(text);
    const t1 = performance.now();
    const values = json.organizations.map((o) => ({
      name: en(o.name), description: en(o.description), city: en(o.city), municipality: en(o.municipality),
      country: o.country, types: o.types.join(' '), fields: o.fields.join(' '),
    }));
    const t2 = performance.now();
    document.querySelector('#orgs .list').textContent = '';
    list = new List('orgs', {
      valueNames: ['name', 'description', 'city', 'municipality', 'country', 'types', 'fields'],
      item: '<li><h3 class="name"></h3><p class="city"></p><p class="municipality"></p><p class="country"></p><p class="types"></p><p class="fields"></p><p class="description"></p></li>',
      page: 20,
      pagination: true,
    }, values);
    await frame();
    const t3 = await afterFrame();
    return {jsonParse: t1 - t0, validate: t2 - t1, firstResults: t3 - t2};
  },
  async search(q) {
    await frame();
    performance.mark('lym-input');
    const t0 = performance.now();
    list.search(q);
    return timed(t0);
  },
  async facet(i) {
    const keys = ['LV', 'LT', 'SE', 'CY', 'PT'];
    await frame();
    const t0 = performance.now();
    const key = keys[i % keys.length];
    list.filter((item) => item.values().country === key);
    return timed(t0);
  },
  nodes: () => countNodes(document.getElementById('orgs')),
};
window.ready = true;
</script></body></html>`;
