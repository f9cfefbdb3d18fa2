#!/usr/bin/env node
// custom-elements.json → vscode.html-custom-data.json, so VS Code (and other
// editors that read it) autocomplete the elements and their attributes.
import {readFileSync, writeFileSync} from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = [];
for (const mod of manifest.modules ?? []) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.tagName) continue;
    tags.push({
      name: decl.tagName,
      description: [decl.summary, decl.description].filter(Boolean).join('\n\n'),
      attributes: (decl.attributes ?? []).map((a) => {
        const values = /^(('[^']*'|"[^"]*")\s*\|\s*)+('[^']*'|"[^"]*")$/.test(a.type?.text ?? '')
          ? a.type.text.split('|').map((v) => ({name: v.trim().slice(1, -1)}))
          : undefined;
        return {name: a.name, description: a.description ?? '', ...(values ? {values} : {})};
      }),
      references: [{name: 'README', url: 'https://www.npmjs.com/package/local-y-mpact-elements'}],
    });
  }
}
writeFileSync('vscode.html-custom-data.json', JSON.stringify({version: 1.1, tags}, null, 2) + '\n');
console.log(`vscode.html-custom-data.json: ${tags.length} elements`);
