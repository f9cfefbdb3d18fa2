#!/usr/bin/env node
// custom-elements.json → dist/types/react.d.ts: the four tags for TypeScript
// in React (19) JSX, as the README's "In React, Vue or another framework"
// says to write them: the attributes in kebab case, the `data` (and `now`)
// properties, the events as `onlym-…` listeners. Types only; a project opts
// in with `import type {} from 'local-y-mpact-elements/react'` (it needs
// @types/react, which a React project in TypeScript has).
import {readFileSync, writeFileSync} from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const LITERALS = /^(('[^']*'|"[^"]*")\s*\|\s*)*('[^']*'|"[^"]*")$/;
/** The type an attribute takes in JSX: its literals, a boolean, a number (or its text), else a string. */
function attrType(text = 'string') {
  const type = text.replace(/ \| undefined$/, '');
  if (LITERALS.test(type)) return type;
  if (type === 'boolean') return 'boolean';
  if (type === 'number') return 'number | string';
  return 'string';
}
const pascal = (name) =>
  name.replace(/(^|-)([a-z])/g, (_, _d, c) => c.toUpperCase());
const doc = (text) =>
  text
    ? `    /** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ')} */\n`
    : '';

const classes = new Set();
const entries = [];
const interfaces = [];
for (const mod of manifest.modules ?? []) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.tagName) continue;
    classes.add(decl.name);
    const attrs = decl.attributes ?? [];
    const lines = [];
    for (const a of attrs)
      lines.push(
        `${doc(a.description)}    '${a.name}'?: ${attrType(a.type?.text)};`
      );
    // Properties no attribute sets (the feed given as data, a card's day).
    for (const m of decl.members ?? [])
      if (
        m.kind === 'field' &&
        !m.static &&
        !m.readonly &&
        !m.privacy &&
        !attrs.some((a) => a.fieldName === m.name)
      )
        lines.push(
          `${doc(m.description)}    ${m.name}?: ${decl.name}['${m.name}'];`
        );
    for (const e of decl.events ?? []) {
      const type = `${pascal(e.name)}Event`;
      classes.add(type);
      lines.push(
        `${doc(e.description)}    'on${e.name}'?: (event: ${type}) => void;`
      );
    }
    interfaces.push(
      `/** <${decl.tagName}> in JSX: ${decl.summary ?? ''} */\nexport interface ${decl.name}JsxProps {\n${lines.join('\n').replace(/^    /gm, '  ')}\n}`
    );
    entries.push(
      `      '${decl.tagName}': DetailedHTMLProps<HTMLAttributes<${decl.name}>, ${decl.name}> & ${decl.name}JsxProps;`
    );
  }
}

writeFileSync(
  'dist/types/react.d.ts',
  `// Generated from custom-elements.json by bin/jsx-types.mjs.
// The four tags in React JSX (TypeScript), for a project that imports the
// types of local-y-mpact-elements/react (an empty \`import type {}\` will do).
import type {${[...classes].sort().join(', ')}} from './index.js';

${interfaces.join('\n\n')}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`
);
console.log('dist/types/react.d.ts: the four tags for React JSX');
