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
// 'local-y-mpact-elements/vue'`. And svelte.d.ts and preact.d.ts: the same
// for Svelte 5 markup and Preact's JSX, named as in React.
import {readFileSync, writeFileSync} from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const LITERALS = /^(('[^']*'|"[^"]*")\s*\|\s*)*('[^']*'|"[^"]*")$/;
/** The type an attribute takes in JSX: its literals, a boolean, a number (or its text), else a string. */
function attrType(text = 'string') {
  const type = text.replace(/ \| undefined$/, '');
  if (LITERALS.test(type)) return type;
  if (type === 'boolean') return 'boolean';
  // number, or number | string in either order.
  if (/^(number|number \| string|string \| number)$/.test(type))
    return 'number | string';
  return 'string';
}
const pascal = (name) =>
  name.replace(/(^|-)([a-z])/g, (_, _d, c) => c.toUpperCase());
const doc = (text) =>
  text
    ? `    /** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ')} */\n`
    : '';

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
/**
 * An interface of `props` ({description, name, vue, type}), each keyed by
 * `key` (`name`: as JSX and Svelte name it), a boolean attribute typed
 * `booleans`.
 */
const propsInterface = (name, about, props, key, booleans) =>
  `/** ${about} */\nexport interface ${name} {\n${props
    .map(
      (p) =>
        `${doc(p.description)}    ${p[key]}?: ${p.type === 'boolean' ? booleans : p.type};`
    )
    .join('\n')
    .replace(/^    /gm, '  ')}\n}`;

/** The augmentation of `module`'s JSX namespace (React's, Preact's) with the entries. */
const intrinsicElements = (module) => (entries) => `declare module '${module}' {
  namespace JSX {
    interface IntrinsicElements {
${entries}
    }
  }
}`;

/**
 * Each framework's file: its props' key and interfaces' suffix, where the
 * tags are written, a tag's entry (`props`: the name of its interface), the
 * file's opening comment and imports, and the augmentation around the
 * entries. A boolean attribute takes `true | null` where a bound `false`
 * would be set as the text "false", which an HTML boolean attribute reads
 * as present (Vue, Svelte, Preact); React removes the attribute for `false`.
 */
const FRAMEWORKS = {
  react: {
    key: 'name',
    booleans: 'boolean',
    suffix: 'JsxProps',
    where: 'in JSX',
    entry: (tag, cls, props) =>
      `      '${tag}': DetailedHTMLProps<HTMLAttributes<${cls}>, ${cls}> & ${props};`,
    about: `// The four tags in React JSX (TypeScript), for a project that imports the
// types of local-y-mpact-elements/react (an empty \`import type {}\` will do).`,
    wrap: intrinsicElements('react'),
  },
  vue: {
    key: 'vue',
    booleans: 'true | null',
    suffix: 'VueProps',
    where: 'in a Vue template',
    entry: (tag, cls, props) =>
      `    '${tag}': DefineComponent<${props} & HTMLAttributes>;`,
    about: `// The four tags in Vue templates (vue-tsc, Volar), for a project that
// imports the types of local-y-mpact-elements/vue (an empty \`import type {}\`
// will do). Vue must also be told they are custom elements
// (compilerOptions.isCustomElement). vue is an optional peer dependency.
import type {DefineComponent, HTMLAttributes} from 'vue';`,
    wrap: (entries) => `declare module 'vue' {
  interface GlobalComponents {
${entries}
  }
}`,
  },
  svelte: {
    key: 'name',
    booleans: 'true | null',
    suffix: 'SvelteProps',
    where: 'in Svelte markup',
    entry: (tag, cls, props) =>
      `    '${tag}': HTMLAttributes<${cls}> & ${props};`,
    about: `// The four tags in Svelte 5 markup (svelte-check, the editor's Svelte
// extension), for a project that imports the types of
// local-y-mpact-elements/svelte (an empty \`import type {}\` will do). svelte
// is an optional peer dependency.
import type {HTMLAttributes} from 'svelte/elements';`,
    wrap: (entries) => `declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
${entries}
  }
}`,
  },
  preact: {
    key: 'name',
    booleans: 'true | null',
    suffix: 'PreactProps',
    where: 'in Preact JSX',
    entry: (tag, cls, props) =>
      `      '${tag}': HTMLAttributes<${cls}> & ${props};`,
    about: `// The four tags in Preact JSX (TypeScript, preact 10.28 or later), for a
// project that imports the types of local-y-mpact-elements/preact (an empty
// \`import type {}\` will do). preact is an optional peer dependency.
import type {HTMLAttributes} from 'preact';`,
    wrap: intrinsicElements('preact'),
  },
};

const classes = new Set();
const interfaces = Object.fromEntries(
  Object.keys(FRAMEWORKS).map((f) => [f, []])
);
const entries = Object.fromEntries(Object.keys(FRAMEWORKS).map((f) => [f, []]));
for (const mod of manifest.modules ?? []) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.tagName) continue;
    classes.add(decl.name);
    const attrs = decl.attributes ?? [];
    // Each prop as JSX and Svelte (name) and Vue's templates (vue) name it.
    const props = attrs.map((a) => ({
      description: a.description,
      name: `'${a.name}'`,
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
          name: m.name,
          vue: m.name,
          type: `${decl.name}['${m.name}']`,
        });
    for (const e of decl.events ?? []) {
      const type = `${pascal(e.name)}Event`;
      classes.add(type);
      props.push({
        description: e.description,
        name: `'on${e.name}'`,
        vue: `on${pascal(e.name)}`,
        type: `(event: ${type}) => void`,
      });
    }
    for (const [framework, f] of Object.entries(FRAMEWORKS)) {
      const name = `${decl.name}${f.suffix}`;
      interfaces[framework].push(
        propsInterface(
          name,
          `<${decl.tagName}> ${f.where}: ${decl.summary ?? ''}`,
          props,
          f.key,
          f.booleans
        )
      );
      entries[framework].push(f.entry(decl.tagName, decl.name, name));
    }
  }
}

for (const [framework, f] of Object.entries(FRAMEWORKS)) {
  writeFileSync(
    `dist/types/${framework}.d.ts`,
    `// Generated from custom-elements.json by bin/jsx-types.mjs.
${f.about}
import type {${[...classes].sort().join(', ')}} from './index.js';

${interfaces[framework].join('\n\n')}

${f.wrap(entries[framework].join('\n'))}
`
  );
  console.log(`dist/types/${framework}.d.ts: the four tags ${f.where}`);
}
