#!/usr/bin/env node
// npm run bench: size, load, render and search at 1,000, 10,000 and 50,000
// organisations, side by side with List.js, in headless Chromium on
// 127.0.0.1. Prints a table and writes it to bench/results/.
import {mkdirSync, writeFileSync} from 'node:fs';
import {cpus} from 'node:os';
import {generateFeed} from './generate.mjs';
import {oursHtml, listjsHtml} from './pages.mjs';
import {startServer, launch} from '../test-node/dist/harness.mjs';
import {sizes} from '../bin/size-check.mjs';
import {bytesBySource} from './bytes-by-source.mjs';
import {rollup} from 'rollup';
import {ts, min} from '../rollup.config.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000')
  .split(',')
  .map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const QUERIES = [
  't',
  'ta',
  'tal',
  'tals',
  'talsi',
  '',
  's',
  'si',
  'sia',
  'siau',
  'siauliai',
  '',
  'κ',
  'κο',
  'κοι',
  '',
  'youth',
  '',
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]
    : NaN;
};

const pages = {
  '/bench/ours.html': {html: oursHtml},
  '/bench/listjs.html': {html: listjsHtml},
};
// parseFeed (every section), compiled and minified as the bundles are, for
// the validation figure.
const parser = await rollup({
  input: 'src/feed/parse.ts',
  plugins: [ts({compact: true}), min()],
  onwarn: () => {},
});
pages['/bench/parse.js'] = {
  html: (await parser.generate({format: 'es'})).output[0].code,
  headers: {'content-type': 'text/javascript'},
};
await parser.close();
// Each size also split in five feeds (by position), for src with several URLs.
const PARTS = 5;
const json = {'content-type': 'application/json'};
for (const n of SIZES) {
  const feed = generateFeed(n);
  pages[`/bench/feed-${n}.json`] = {html: JSON.stringify(feed), headers: json};
  for (let k = 0; k < PARTS; k++) {
    const part = {
      ...feed,
      organizations: feed.organizations.filter((_, i) => i % PARTS === k),
    };
    pages[`/bench/feed-${n}-${k}.json`] = {
      html: JSON.stringify(part),
      headers: json,
    };
  }
}
const partUrls = (n) =>
  Array.from({length: PARTS}, (_, k) => `/bench/feed-${n}-${k}.json`).join(' ');
const server = await startServer(pages);
// Headless Chromium paces frames at 60 Hz whatever the flags (--disable-gpu-vsync
// and --disable-frame-rate-limit change nothing in Chromium 150, new or old
// headless): the painted figures are taken at the end of the frame's rendering
// instead (pages.mjs), which the frame clock does not round.
const browser = await launch(['--enable-precise-memory-info']);

// The painted figure checked against Chromium's own account: the queries
// again, traced; for each, the end of the main thread's next Commit (the
// frame's rendering handed to the compositor) after the input, and how far
// the page's figure for that query is from it.
async function tracedSearches(page) {
  await page.tracing.start({
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
    ],
  });
  const figures = [];
  for (const q of QUERIES)
    figures.push(
      (await page.evaluate((query) => window.bench.search(query), q)).paint
    );
  const events = JSON.parse(
    new TextDecoder().decode(await page.tracing.stop())
  ).traceEvents;
  const marks = events
    .filter((e) => e.name === 'lym-input')
    .sort((a, b) => a.ts - b.ts);
  const commits = events.filter(
    (e) =>
      e.name === 'Commit' &&
      e.ph === 'X' &&
      e.pid === marks[0]?.pid &&
      e.tid === marks[0]?.tid
  );
  const trace = [];
  const gap = [];
  if (marks.length !== figures.length) {
    console.error(
      `traced pass: ${marks.length} input marks for ${figures.length} queries; left out`
    );
    return {trace, gap};
  }
  marks.forEach(({ts}, i) => {
    // A query that changes nothing may commit nothing before the next input.
    const c = commits.find(
      (e) => e.ts > ts && e.ts < (marks[i + 1]?.ts ?? Infinity)
    );
    if (!c) return;
    trace.push((c.ts + c.dur - ts) / 1000);
    gap.push(figures[i] - trace.at(-1));
  });
  return {trace, gap};
}

const newResult = () => ({
  jsonParse: [],
  validate: [],
  firstResults: [],
  search: [],
  searchScript: [],
  searchNext: [],
  searchAll: [],
  searchTrace: [],
  traceGap: [],
  facet: [],
  facetScript: [],
  facetNext: [],
  facetAll: [],
  idle: [],
  idlePaint: [],
  nodes: [],
  heap: [],
  src1: [],
  search1: [],
  task1: [],
  src5: [],
  search5: [],
  task5: [],
  searchRuns: [],
});

// One run of one library: a fresh page, the feed, the queries, the clicks.
async function measureRun(kind, n, run, result) {
  const add = (key, {paint, script, next, all}) => {
    result[key].push(paint);
    result[`${key}Script`].push(script);
    result[`${key}Next`].push(next);
    result[`${key}All`].push(all);
  };
  const page = await browser.newPage();
  await page.goto(`${server.origin}/bench/${kind}.html`);
  await page.waitForFunction(() => window.ready === true);
  const load = await page.evaluate(
    (url) => window.bench.load(url),
    `/bench/feed-${n}.json`
  );
  for (const k of ['jsonParse', 'validate', 'firstResults'])
    result[k].push(load[k]);
  const client = await page.createCDPSession();
  await client.send('HeapProfiler.collectGarbage');
  result.heap.push((await page.metrics()).JSHeapUsedSize / 1024 / 1024);
  let maxNodes = await page.evaluate(() => window.bench.nodes());
  const from = result.search.length;
  for (const q of QUERIES) {
    add(
      'search',
      await page.evaluate((query) => window.bench.search(query), q)
    );
    maxNodes = Math.max(
      maxNodes,
      await page.evaluate(() => window.bench.nodes())
    );
  }
  result.searchRuns.push(median(result.search.slice(from)));
  for (const i of [0, 1, 2, 0, 1, 2])
    add('facet', await page.evaluate((x) => window.bench.facet(x), i));
  for (let i = 0; i < 6; i++) {
    result.idle.push(await page.evaluate(() => window.idle()));
    result.idlePaint.push(await page.evaluate(() => window.idlePaint()));
  }
  if (run === 0) {
    const {trace, gap} = await tracedSearches(page);
    result.searchTrace.push(...trace);
    result.traceGap.push(...gap);
  }
  result.nodes.push(maxNodes);
  await page.close();
  if (kind !== 'ours') return;
  // src: a fresh page each, so that neither finds the other's feed cached.
  for (const [src, a, q, b] of [
    [`/bench/feed-${n}.json`, 'src1', 'search1', 'task1'],
    [partUrls(n), 'src5', 'search5', 'task5'],
  ]) {
    const fresh = await browser.newPage();
    await fresh.goto(`${server.origin}/bench/${kind}.html`);
    await fresh.waitForFunction(() => window.ready === true);
    const r = await fresh.evaluate((s) => window.bench.loadSrc(s), src);
    result[a].push(r.firstResults);
    result[q].push(r.firstSearch);
    result[b].push(r.longestTask);
    await fresh.close();
  }
}

const rows = [];
const perRun = [];
const fmt = (x, unit = 'ms') =>
  Number.isFinite(x) ? `${x.toFixed(x < 10 ? 2 : 1)} ${unit}` : 'n/a';
for (const n of SIZES) {
  const ours = newResult();
  const theirs = newResult();
  // Page by page, in turn: a slow spell of the machine falls on both.
  for (let run = 0; run < RUNS; run++) {
    await measureRun('ours', n, run, ours);
    await measureRun('listjs', n, run, theirs);
  }
  for (const [label, key, unit] of [
    ['JSON.parse', 'jsonParse', 'ms'],
    ['feed validation (ours: parseFeed; List.js: mapping)', 'validate', 'ms'],
    ['feed arrival → first results painted', 'firstResults', 'ms'],
    [
      'keystroke → results painted (end of the frame that shows them)',
      'search',
      'ms',
    ],
    [
      "the same queries again, traced: input → the frame committed, in Chrome's trace",
      'searchTrace',
      'ms',
    ],
    [
      "… and the painted figure less the trace's, query by query",
      'traceGap',
      'ms',
    ],
    [
      'keystroke → results and facet counts painted (ours paints the counts a frame later)',
      'searchAll',
      'ms',
    ],
    ['keystroke → results in the DOM (script only)', 'searchScript', 'ms'],
    [
      'keystroke → the next frame (rAF after the update; at least a frame)',
      'searchNext',
      'ms',
    ],
    ['facet click → results painted', 'facet', 'ms'],
    ['facet click → results and facet counts painted', 'facetAll', 'ms'],
    ['facet click → results in the DOM (script only)', 'facetScript', 'ms'],
    ['facet click → the next frame (rAF after the update)', 'facetNext', 'ms'],
    [
      "nothing to do, measured as painted (rAF → the end of that frame's rendering)",
      'idlePaint',
      'ms',
    ],
    ['nothing to do, measured as the next frame (rAF → rAF)', 'idle', 'ms'],
    ['DOM nodes (max over the queries)', 'nodes', ''],
    ['JS heap after load', 'heap', 'MB'],
    ['src, one feed: element created → first results painted', 'src1', 'ms'],
    [
      'src, one feed: a keystroke as they show ("t", before the browser was idle) → its results painted',
      'search1',
      'ms',
    ],
    ['src, one feed: longest task meanwhile', 'task1', 'ms'],
    [
      `src, ${PARTS} feeds: element created → first results painted`,
      'src5',
      'ms',
    ],
    [
      `src, ${PARTS} feeds: a keystroke as they show → its results painted`,
      'search5',
      'ms',
    ],
    [`src, ${PARTS} feeds: longest task meanwhile`, 'task5', 'ms'],
  ]) {
    const a = median(ours[key]);
    const b = median(theirs[key]);
    const ratio =
      Number.isFinite(b) && key !== 'traceGap' ? (a / b).toFixed(2) : '—';
    rows.push(
      `| ${n.toLocaleString('en')} | ${label} | ${fmt(a, unit)} | ${fmt(p95(ours[key]), unit)} | ${fmt(b, unit)} | ${fmt(p95(theirs[key]), unit)} | ${ratio} |`
    );
  }
  // The pages take turns, so run i of ours and of List.js met the same spell of the machine.
  perRun.push(
    `${n.toLocaleString('en')}: ${ours.searchRuns.map((a, i) => `${a.toFixed(1)} / ${theirs.searchRuns[i].toFixed(1)} ms (${(theirs.searchRuns[i] / a).toFixed(2)}×)`).join(', ')}`
  );
  console.error(`measured ${n}`);
}
await browser.close();
await server.close();

const sizeRows = sizes().map(
  (r) =>
    `| ${r.what} | ${(r.min / 1024).toFixed(1)} KB | ${(r.gzip / 1024).toFixed(2)} KB | ${r.budget ? `${(r.budget / 1024).toFixed(2)} KB` : '—'} | ${r.budget === undefined ? '' : r.gzip <= r.budget ? 'ok' : 'OVER'}${r.target ? ` (target ${(r.target / 1024).toFixed(0)} KB: ${r.gzip <= r.target ? 'met' : 'not met'})` : ''} |`
);
const date = new Date().toISOString().slice(0, 10);
const report = [
  `# Benchmark, ${date}`,
  '',
  `Machine: ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}; headless Chromium (frames at 60 Hz); ${RUNS} runs per size; medians and p95.`,
  '',
  '## Size',
  '',
  'What a page downloads (each file gzipped on its own):',
  '',
  '| What | Minified | Gzip | Ceiling in CI | |',
  '|---|---|---|---|---|',
  ...sizeRows,
  '',
  'Where the bytes of a page with all four go, by source (from the source maps; "gzip alone" compresses each group on its own, so it adds up to more than the real total):',
  '',
  '| Source | Minified | Share | Gzip alone |',
  '|---|---|---|---|',
  ...(() => {
    const groups = bytesBySource();
    const total = groups.reduce((sum, g) => sum + g.min, 0);
    return groups.map(
      (g) =>
        `| ${g.name} | ${(g.min / 1024).toFixed(1)} KB | ${((100 * g.min) / total).toFixed(0)} % | ${(g.gzip / 1024).toFixed(1)} KB |`
    );
  })(),
  '',
  '## Speed (ours vs List.js 2.3.1 on the same data and queries)',
  '',
  '| Organisations | Figure | Ours median | Ours p95 | List.js median | List.js p95 | Ours / List.js |',
  '|---|---|---|---|---|---|---|',
  ...rows,
  '',
  'Keystroke → results painted, run by run (the median of the queries in each run, ours / List.js, and how many times faster ours was):',
  '',
  ...perRun.map((line) => `- ${line}`),
  '',
  `The src rows load the feed as a page does (fetch, decode, JSON.parse, validation, indexing, render), from one file or split in ${PARTS} (a feed of 10,000 organisations in six languages is about 19 MB of JSON); List.js has no such path here. The first results are painted before the search's haystacks are made: those are made when the browser is next idle, or by a search that comes first. The keystroke rows type "t" in the task right after the first results are painted, so that the search makes them; the figure runs to the end of the frame that shows its results, the wait for that frame included. The longest task counts everything up to 50 ms after that.`,
  '',
  "Painted: the input is given at the start of a frame (in its requestAnimationFrame callbacks), and the figure ends when that frame has been rendered (style, layout, paint, commit), taken by a task posted from the update; the traced row checks it against Chromium's own timeline. The next-frame rows (requestAnimationFrame after the update) are never less than one frame, about 17 ms, also with nothing to do.",
  '',
  `Queries: ${QUERIES.map((q) => JSON.stringify(q)).join(', ')}. Facet clicks: the first three checkboxes (ours) / a country filter (List.js).`,
  '',
].join('\n');
mkdirSync('bench/results', {recursive: true});
writeFileSync(`bench/results/${date}.md`, report);
writeFileSync('bench/results/latest.md', report);
console.log(report);
