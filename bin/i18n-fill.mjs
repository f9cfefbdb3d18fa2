#!/usr/bin/env node
// Writes translations into the XLIFF files: `node bin/i18n-fill.mjs file.json …`
// where each JSON file is {"message.id": {"lv": "…", "lt": "…", "sv": "…", "el": "…", "pt": "…"}}.
// Run `npm run i18n:extract` first so that the trans-units exist. Placeholders
// of str`` messages are written as they appear in the <source> (`<x id="0" equiv-text="${…}"/>`):
// give them in the JSON as {0}, {1}, … and they are put back.
import {readFileSync, writeFileSync} from 'node:fs';

const LOCALES = ['lv', 'lt', 'sv', 'el', 'pt'];
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node bin/i18n-fill.mjs translations.json […]');
  process.exit(2);
}
const all = {};
for (const f of files) Object.assign(all, JSON.parse(readFileSync(f, 'utf8')));

const escape = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let missing = 0;
for (const locale of LOCALES) {
  const path = `locales/${locale}.xlf`;
  let xml = readFileSync(path, 'utf8');
  for (const [id, byLocale] of Object.entries(all)) {
    const text = byLocale[locale];
    if (typeof text !== 'string') continue;
    const idAttr = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const unit = new RegExp(
      `(<trans-unit id="${idAttr}">\\s*<source>)([\\s\\S]*?)(</source>)(\\s*<target>[\\s\\S]*?</target>)?`
    );
    const m = xml.match(unit);
    if (!m) {
      if (locale === LOCALES[0]) {
        console.warn(`no trans-unit "${id}" (run npm run i18n:extract first)`);
        missing++;
      }
      continue;
    }
    // Map {n} back to the placeholders of the source.
    const placeholders = [...m[2].matchAll(/<x id="(\d+)"[^>]*\/>/g)].map(
      (p) => p[0]
    );
    const target = escape(text).replace(
      /\{(\d+)\}/g,
      (all, n) => placeholders[Number(n)] ?? all
    );
    xml = xml.replace(
      unit,
      `$1$2$3\n  <target>${target.replace(/\$/g, '$$$$')}</target>`
    );
  }
  writeFileSync(path, xml);
}
console.log(
  `wrote ${Object.keys(all).length} messages into ${LOCALES.length} locales${missing ? `, ${missing} missing` : ''}`
);
