#!/usr/bin/env node
// The size budget: the full bundle (Lit and English inside) at most 20 KB
// gzip; each extra locale module at most 3 KB gzip. Exits 1 when over.
import {readFileSync, readdirSync, existsSync} from 'node:fs';
import {gzipSync} from 'node:zlib';

export const BUDGET = {bundle: 20 * 1024, locale: 3 * 1024};

export function sizes() {
  const gz = (f) => gzipSync(readFileSync(f), {level: 9}).length;
  const raw = (f) => readFileSync(f).length;
  const rows = [{file: 'dist/local-y-mpact.js', min: raw('dist/local-y-mpact.js'), gzip: gz('dist/local-y-mpact.js'), budget: BUDGET.bundle}];
  if (existsSync('dist/chunks')) {
    for (const f of readdirSync('dist/chunks').filter((n) => n.endsWith('.js'))) {
      // Shared chunks load with the bundle: they count toward it.
      rows[0].min += raw(`dist/chunks/${f}`);
      rows[0].gzip += gz(`dist/chunks/${f}`);
    }
  }
  for (const f of readdirSync('dist/locales').filter((n) => n.endsWith('.js')).sort()) {
    rows.push({file: `dist/locales/${f}`, min: raw(`dist/locales/${f}`), gzip: gz(`dist/locales/${f}`), budget: BUDGET.locale});
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  let over = 0;
  for (const r of sizes()) {
    const ok = r.gzip <= r.budget;
    if (!ok) over++;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${r.file.padEnd(28)} ${kb(r.min).padStart(9)} min ${kb(r.gzip).padStart(8)} gzip (budget ${kb(r.budget)})`);
  }
  if (over) {
    console.error(`${over} file(s) over the size budget`);
    process.exit(1);
  }
}
