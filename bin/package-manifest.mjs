#!/usr/bin/env node
// custom-elements.json (the analyzer's, its paths in src/: the README's
// tables, Storybook, the editors' data) → dist/custom-elements.json, the
// manifest package.json's `customElements` names: its paths are the files
// the package ships, so that a tool that imports what the manifest names (a
// wrapper or JSX-types generator, an editor's "go to definition", Storybook in
// an app) finds them. It describes the package's entries alone:
// - each element's entry, `dist/esm/<tag>.js` (`local-y-mpact-elements/<tag>.js`),
//   declares its class and event classes and defines its tag;
// - `dist/esm/index.js` and `dist/esm/all.js` export what their sources do;
// - `dist/esm/all.js` and the bundle, `dist/local-y-mpact.js`, define the four
//   tags.
// The modules under src/ that the entries gather are not shipped, and not
// listed.
import {readFileSync, writeFileSync} from 'node:fs';

const source = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const byPath = new Map(source.modules.map((m) => [m.path, m]));
const ENTRY = (tag) => `dist/esm/${tag}.js`;

/** Each element: its tag, its class's module and the entry that ships it. */
const elements = source.modules.flatMap((m) =>
  (m.declarations ?? [])
    .filter((d) => d.customElement)
    .map((d) => ({
      tag: d.tagName,
      name: d.name,
      from: m.path,
      to: ENTRY(d.tagName),
    }))
);
/** Where the declarations of a source module are shipped and listed. */
const shippedIn = new Map(elements.map((e) => [e.from, e.to]));
for (const entry of ['index', 'all'])
  shippedIn.set(`src/${entry}.ts`, `dist/esm/${entry}.js`);

/**
 * A reference (`{name, module}`) with its module mapped to the shipped one
 * that declares it; without a module when none does (a type, a function of
 * the feed's that an entry re-exports: the entry's types declare them).
 */
function reference(ref, from) {
  if (!ref?.module || ref.package) return ref;
  // The analyzer writes some as the import reads (`./x/y.js`), some as paths.
  const path = ref.module.startsWith('.')
    ? new URL(ref.module, `file:///${from}`).pathname
        .slice(1)
        .replace(/\.js$/, '.ts')
    : ref.module.replace(/\.js$/, '.ts');
  const declared = (byPath.get(path)?.declarations ?? []).some(
    (d) => d.name === ref.name
  );
  return shippedIn.has(path) && declared
    ? {...ref, module: shippedIn.get(path)}
    : {name: ref.name};
}

const modules = [];
for (const {tag, name, from, to} of elements) {
  const declarations = byPath.get(from).declarations;
  modules.push({
    kind: 'javascript-module',
    path: to,
    declarations,
    exports: [
      ...declarations.map((d) => ({
        kind: 'js',
        name: d.name,
        declaration: {name: d.name, module: to},
      })),
      {
        kind: 'custom-element-definition',
        name: tag,
        declaration: {name, module: to},
      },
    ],
  });
}
for (const entry of ['index', 'all']) {
  const mod = byPath.get(`src/${entry}.ts`);
  if (!mod) throw new Error(`custom-elements.json has no src/${entry}.ts`);
  const path = `dist/esm/${entry}.js`;
  modules.push({
    kind: 'javascript-module',
    path,
    declarations: mod.declarations ?? [],
    exports: (mod.exports ?? [])
      // `export *` of modules that are not shipped on their own.
      .filter((e) => e.name !== '*')
      .map((e) => ({...e, declaration: reference(e.declaration, mod.path)})),
  });
}
// all.js and the bundle define the four tags (each as it appears on the page).
const definitions = elements.map(({tag, name, to}) => ({
  kind: 'custom-element-definition',
  name: tag,
  declaration: {name, module: to},
}));
modules.find((m) => m.path === 'dist/esm/all.js').exports.push(...definitions);
modules.push({
  kind: 'javascript-module',
  path: 'dist/local-y-mpact.js',
  declarations: [],
  exports: definitions,
});

writeFileSync(
  'dist/custom-elements.json',
  JSON.stringify(
    {schemaVersion: source.schemaVersion, readme: source.readme, modules},
    null,
    2
  ) + '\n'
);
console.log(
  `dist/custom-elements.json: ${modules.length} modules, ${elements.length} elements`
);
