#!/usr/bin/env node
// custom-elements.json → dist/types/react.d.ts: the four tags for TypeScript
// in React (19) JSX, as the README's "In React, Vue or another framework"
// says to write them: the attributes in kebab case, the `data` (and `now`)
// properties, the events as `onlym-…` listeners. Types only; a project opts
// in with `import type {} from 'local-y-mpact-elements/react'` (it needs
// @types/react, which a React project in TypeScript has).
// And dist/types/vue.d.ts: the same for Vue's templates (vue-tsc, Volar), as
// global components whose props are the attributes camelized (Vue's
// templates accept either spelling), the properties and the events as
// `onLym…` (`@lym-…` in a template); `import type {} from
// 'local-y-mpact-elements/vue'`.
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

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
/** An interface of `props` ({description, react, vue, type}), each keyed as `framework` names it. */
const propsInterface = (name, about, props, framework) =>
  `/** ${about} */\nexport interface ${name} {\n${props
    .map((p) => `${doc(p.description)}    ${p[framework]}?: ${p.type};`)
    .join('\n')
    .replace(/^    /gm, '  ')}\n}`;

const classes = new Set();
const entries = [];
const interfaces = [];
const vueEntries = [];
const vueInterfaces = [];
for (const mod of manifest.modules ?? []) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.tagName) continue;
    classes.add(decl.name);
    const attrs = decl.attributes ?? [];
    // Each prop as React's JSX and Vue's templates name it.
    const props = attrs.map((a) => ({
      description: a.description,
      react: `'${a.name}'`,
      vue: camel(a.name),
      type: attrType(a.type?.text),
    }));
    // Properties no attribute sets (the feed given as data, a card's day).
    for (const m of decl.members ?? [])
      if (
        m.kind === 'field' &&
        !m.static &&
        !m.readonly &&
        !m.privacy &&
        !attrs.some((a) => a.fieldName === m.name)
      )
        props.push({
          description: m.description,
          react: m.name,
          vue: m.name,
          type: `${decl.name}['${m.name}']`,
        });
    for (const e of decl.events ?? []) {
      const type = `${pascal(e.name)}Event`;
      classes.add(type);
      props.push({
        description: e.description,
        react: `'on${e.name}'`,
        vue: `on${pascal(e.name)}`,
        type: `(event: ${type}) => void`,
      });
    }
    const summary = decl.summary ?? '';
    interfaces.push(
      propsInterface(
        `${decl.name}JsxProps`,
        `<${decl.tagName}> in JSX: ${summary}`,
        props,
        'react'
      )
    );
    entries.push(
      `      '${decl.tagName}': DetailedHTMLProps<HTMLAttributes<${decl.name}>, ${decl.name}> & ${decl.name}JsxProps;`
    );
    vueInterfaces.push(
      propsInterface(
        `${decl.name}VueProps`,
        `<${decl.tagName}> in a Vue template: ${summary}`,
        props,
        'vue'
      )
    );
    vueEntries.push(
      `    '${decl.tagName}': DefineComponent<${decl.name}VueProps & HTMLAttributes>;`
    );
  }
}

/** Writes dist/types/<name>.d.ts: `about` (comment lines), the classes' import, `interfaces` and the `augmentation`. */
function write(name, about, interfaces, augmentation) {
  writeFileSync(
    `dist/types/${name}.d.ts`,
    `// Generated from custom-elements.json by bin/jsx-types.mjs.
${about}
import type {${[...classes].sort().join(', ')}} from './index.js';

${interfaces.join('\n\n')}

${augmentation}
`
  );
}

write(
  'react',
  `// The four tags in React JSX (TypeScript), for a project that imports the
// types of local-y-mpact-elements/react (an empty \`import type {}\` will do).`,
  interfaces,
  `declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}`
);
console.log('dist/types/react.d.ts: the four tags for React JSX');

write(
  'vue',
  `// The four tags in Vue templates (vue-tsc, Volar), for a project that
// imports the types of local-y-mpact-elements/vue (an empty \`import type {}\`
// will do). Vue must also be told they are custom elements
// (compilerOptions.isCustomElement). vue is an optional peer dependency.
import type {DefineComponent, HTMLAttributes} from 'vue';`,
  vueInterfaces,
  `declare module 'vue' {
  interface GlobalComponents {
${vueEntries.join('\n')}
  }
}`
);
console.log('dist/types/vue.d.ts: the four tags for Vue templates');
