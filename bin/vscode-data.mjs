#!/usr/bin/env node
// custom-elements.json → vscode.html-custom-data.json (VS Code and other
// editors that read it) and web-types.json (JetBrains IDEs: WebStorm,
// PhpStorm), so editors autocomplete the elements, their attributes and
// values, and (JetBrains) their events, parts and custom properties.
import {readFileSync, writeFileSync} from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const README = 'https://www.npmjs.com/package/local-y-mpact-elements';
/** The values of a union of string literals (`'light' | 'dark'`), else undefined. */
const literals = (type) =>
  /^(('[^']*'|"[^"]*")\s*\|\s*)+('[^']*'|"[^"]*")$/.test(type ?? '')
    ? type.split('|').map((v) => v.trim().slice(1, -1))
    : undefined;
const tags = [];
const elements = [];
for (const mod of manifest.modules ?? []) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.tagName) continue;
    const description = [decl.summary, decl.description]
      .filter(Boolean)
      .join('\n\n');
    tags.push({
      name: decl.tagName,
      description,
      attributes: (decl.attributes ?? []).map((a) => {
        const values = literals(a.type?.text)?.map((name) => ({name}));
        return {
          name: a.name,
          description: a.description ?? '',
          ...(values ? {values} : {}),
        };
      }),
      references: [{name: 'README', url: README}],
    });
    elements.push({
      name: decl.tagName,
      description,
      'doc-url': README,
      attributes: (decl.attributes ?? []).map((a) => {
        const type = (a.type?.text ?? 'string').replace(/ \| undefined$/, '');
        const values = literals(type);
        return {
          name: a.name,
          description: a.description ?? '',
          value:
            type === 'boolean'
              ? {kind: 'no-value'}
              : {kind: 'plain', type: values ? 'enum' : type},
          ...(values ? {values: values.map((name) => ({name}))} : {}),
        };
      }),
      slots: (decl.slots ?? []).map((s) => ({
        name: s.name,
        description: s.description ?? '',
      })),
      js: {
        properties: (decl.members ?? [])
          .filter(
            (m) =>
              m.kind === 'field' &&
              !m.static &&
              m.privacy !== 'private' &&
              m.privacy !== 'protected'
          )
          .map((m) => ({
            name: m.name,
            description: m.description ?? '',
            type: m.type?.text ?? 'unknown',
          })),
        events: (decl.events ?? []).map((e) => ({
          name: e.name,
          description: e.description ?? '',
        })),
      },
      css: {
        parts: (decl.cssParts ?? []).map((p) => ({
          name: p.name,
          description: p.description ?? '',
        })),
        properties: (decl.cssProperties ?? []).map((p) => ({
          name: p.name,
          description: p.description ?? '',
        })),
      },
    });
  }
}
writeFileSync(
  'vscode.html-custom-data.json',
  JSON.stringify({version: 1.1, tags}, null, 2) + '\n'
);
writeFileSync(
  'web-types.json',
  JSON.stringify(
    {
      $schema:
        'https://raw.githubusercontent.com/JetBrains/web-types/master/v2-preview/web-types.json',
      name: pkg.name,
      version: pkg.version,
      'js-types-syntax': 'typescript',
      'description-markup': 'markdown',
      contributions: {html: {elements}},
    },
    null,
    2
  ) + '\n'
);
console.log(
  `vscode.html-custom-data.json, web-types.json: ${tags.length} elements`
);
