import {nodeResolve} from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import {readFileSync, readdirSync} from 'node:fs';
import {resolve} from 'node:path';
import {compactTransformer} from './bin/compact-transformer.mjs';
import {isLit, rewriteLit} from './bin/lit-rewrites.mjs';

// compact: the page bundles' TypeScript transformer (bin/compact-transformer.mjs).
// ts and min are also the benchmark's (bench/run.mjs builds parseFeed with them).
export const ts = ({compact = false} = {}) =>
  typescript({
    transformers: compact ? {before: [compactTransformer()]} : undefined,
    tsconfig: './tsconfig.json',
    declaration: false,
    declarationMap: false,
    sourceMap: true,
    outDir: undefined,
    rootDir: undefined,
    include: ['src/**/*.ts'],
    exclude: ['test/**', 'stories/**'],
  });
// Lit templates with unquoted attribute values where HTML allows them
// (`part=base`, `@click=${…}`): Lit parses bindings and static parts the same.
const html = () =>
  minifyHTML({options: {minifyOptions: {removeAttributeQuotes: true}}});
// asciiOnly: every character past ASCII written as an escape (`\u2026`).
export const min = ({asciiOnly = false} = {}) =>
  terser({
    ecma: 2022,
    module: true,
    toplevel: true,
    format: {comments: false, ascii_only: asciiOnly},
    // keep_fargs: nothing here reads a function's length. inline: 1 inlines
    // only the simplest functions: a function called once stays a function
    // rather than becoming an IIFE with its arguments at the call (about
    // 60 B gzip less on the page with all four).
    compress: {
      passes: 3,
      pure_getters: true,
      unsafe_arrows: true,
      keep_fargs: false,
      inline: 1,
    },
  });
/**
 * The module bundle's code chunks are minified with their few characters
 * past ASCII (…, →, –) escaped: a file of ASCII alone compresses better
 * (gzip's code table has no bytes past 127 to spell), 15 to 20 B on each
 * page. The locale chunks, words in their own scripts, keep their characters
 * as they are; so do the strings of tagged templates (Lit's, `str`), which
 * terser leaves as written.
 */
function minCodeAscii() {
  const code = min({asciiOnly: true});
  const words = min();
  return {
    name: 'lym-min',
    renderChunk(source, chunk, options, meta) {
      return (
        chunk.fileName.startsWith('locales/') ? words : code
      ).renderChunk.call(this, source, chunk, options, meta);
    },
  };
}

// @lit/localize's modules keep top-level state for its one-global-locale
// runtime (a pending Deferred, a hex table), which we never use (see
// src/i18n/localize.ts): let the bundler drop what nothing reads.
const treeshake = {
  moduleSideEffects: (id) => !/[\\/]@lit[\\/]localize[\\/]/.test(id),
};
const warn = (warning, next) => {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  next(warning);
};

const ELEMENTS = [
  'org-directory',
  'event-card',
  'signup-form',
  'recommendation-list',
];

const SCOPES = ['shared', ...ELEMENTS];
const {targetLocales} = JSON.parse(readFileSync('lit-localize.json', 'utf8'));

/**
 * The module bundle loads a locale's messages with one template import,
 * `import(\`./locales/${locale}/${scope}.js\`)` relative to the bundle,
 * instead of the thirty literal loaders of src/generated/locale-loaders.ts
 * (which the tests, the classic script and the bundlers' build keep); the
 * modules it names are emitted at exactly those paths. Saves about 110 B gzip
 * on every page.
 */
function localeChunks() {
  const VIRTUAL = '\0lym-locale-loaders';
  return {
    name: 'lym-locale-chunks',
    buildStart() {
      for (const locale of targetLocales) {
        for (const scope of SCOPES) {
          this.emitFile({
            type: 'chunk',
            id: resolve(`src/generated/locales/${locale}/${scope}.ts`),
            fileName: `locales/${locale}/${scope}.js`,
          });
        }
      }
    },
    resolveId(source) {
      return /(^|\/)generated\/locale-loaders\.js$/.test(source)
        ? VIRTUAL
        : null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      return [
        `export const SCOPES = ${JSON.stringify(SCOPES)};`,
        `export const localeLoaders = Object.fromEntries(${JSON.stringify(targetLocales)}.map((l) =>`,
        '  [l, SCOPES.map((s) => () => import(`./locales/${l}/${s}.js`))]));',
      ].join('\n');
    },
  };
}

/**
 * The elements' private custom properties (`--_lym-space-m`, set on their
 * host or wrapper and never documented) get short names (`--_la`, …) in
 * the page bundles; the public `--lym-*` ones are untouched.
 */
function shortCustomProperties() {
  const PRIVATE = /--_lym-[a-z0-9-]+/g;
  const names = new Map();
  return {
    name: 'lym-short-custom-properties',
    buildStart() {
      const uses = new Map();
      for (const file of readdirSync('src', {recursive: true})
        .filter((f) => f.endsWith('.ts'))
        .sort()) {
        for (const [name] of readFileSync(`src/${file}`, 'utf8').matchAll(
          PRIVATE
        ))
          uses.set(name, (uses.get(name) ?? 0) + 1);
      }
      const letters = 'abcdefghijklmnopqrstuvwxyz';
      [...uses.keys()]
        .sort((a, b) => uses.get(b) - uses.get(a) || (a < b ? -1 : 1))
        .forEach((name, i) =>
          names.set(
            name,
            `--_l${letters[i % 26]}${i >= 26 ? Math.floor(i / 26) : ''}`
          )
        );
    },
    transform(code, id) {
      if (!/[\\/]src[\\/]/.test(id) || !code.includes('--_lym-')) return null;
      // Same lines, shorter names: the source map stays line-accurate.
      return {
        code: code.replace(PRIVATE, (name) => names.get(name) ?? name),
        map: null,
      };
    },
  };
}

/** Lit's files rewritten as bin/lit-rewrites.mjs says (why: there). */
function shortLitErrors() {
  return {
    name: 'lym-short-lit-errors',
    transform(code, id) {
      if (!isLit(id)) return null;
      const out = rewriteLit(code);
      return out === code ? null : {code: out, map: null};
    },
  };
}

/**
 * Chunks with names a webmaster can read: `core` (Lit and the foundation,
 * loaded by every page; it is the entry, local-y-mpact.js), one per element
 * (loaded when its tag is on the page); each locale's messages per element
 * are chunks of their own (see localeChunks).
 */
const elementOf = (id) => ELEMENTS.find((name) => id.includes(`/src/${name}/`));

/** The elements whose code imports a module (through others); `core` for the entry's. */
function usersOf(id, getModuleInfo, seen = new Set()) {
  const users = new Set();
  if (seen.has(id)) return users;
  seen.add(id);
  const info = getModuleInfo(id);
  if (!info || info.isEntry || info.importers.length === 0)
    return new Set(['core']);
  for (const importer of info.importers) {
    const element = elementOf(importer);
    if (element) users.add(element);
    else
      usersOf(importer, getModuleInfo, seen).forEach((user) => users.add(user));
  }
  return users;
}

/** Per build: the source size of the code each set of users shares, by the users' names joined with `_`. */
const sharedSizes = new WeakMap();
function sharedSize(name, {getModuleIds, getModuleInfo}) {
  let sizes = sharedSizes.get(getModuleInfo);
  if (!sizes) {
    sharedSizes.set(getModuleInfo, (sizes = new Map()));
    for (const id of getModuleIds()) {
      const key = [...usersOf(id, getModuleInfo)].sort().join('_');
      sizes.set(
        key,
        (sizes.get(key) ?? 0) + (getModuleInfo(id)?.code?.length ?? 0)
      );
    }
  }
  return sizes.get(name) ?? 0;
}

function manualChunks(id, meta) {
  const {getModuleInfo} = meta;
  if (/[\\/]generated[\\/]locales[\\/]/.test(id)) return undefined;
  const element = elementOf(id);
  if (element) return `elements/${element}`;
  // The vocabularies go with the one element that shows them, else in a
  // chunk of their own, so a page does not load what its elements don't use.
  // The field keys go where the fields' labels go (types.ts, in the entry,
  // only re-exports them).
  if (/[\\/]src[\\/](i18n[\\/]\S*vocabulary|feed[\\/]fields)\./.test(id)) {
    const labels = id.replace(/feed([\\/])fields\./, 'i18n$1vocabulary.');
    const users = usersOf(labels, getModuleInfo);
    return users.size === 1 && !users.has('core')
      ? `elements/${[...users][0]}`
      : 'vocabulary';
  }
  // Other code one element alone uses (Lit's keyed directive) goes into its
  // chunk too.
  const users = usersOf(id, getModuleInfo);
  if (users.size === 1 && !users.has('core')) {
    return `elements/${[...users][0]}`;
  }
  // Code some elements share (not all four) is a chunk of its own, named by
  // them, so that a page loads only what its elements use (see
  // preloadShared); unless it is so small that a file costs more than it saves.
  const name = [...users].sort().join('_');
  if (
    !users.has('core') &&
    users.size < ELEMENTS.length &&
    sharedSize(name, meta) > 2000
  ) {
    return `elements/${name}`;
  }
  return 'core';
}

/**
 * The entry's import() of an element also starts the chunks that element
 * shares with others, instead of waiting for the element's code to name them:
 * one round trip less before it shows.
 */
function preloadShared() {
  return {
    name: 'lym-preload-shared',
    renderDynamicImport({chunk, targetChunk, getTargetChunkImports}) {
      if (!chunk.isEntry || !targetChunk) return null;
      const shared = (getTargetChunkImports() ?? [])
        .filter((c) => c.type === 'internal' && c.fileName !== chunk.fileName)
        .map((c) => `import(${c.resolvedImportPath})`);
      // (a, b, import(element)): the value is the element's import; a shared
      // chunk that fails to load fails the element's too.
      return shared.length
        ? {left: `(${shared.join(',')},import(`, right: '))'}
        : null;
    },
  };
}

export default [
  // 1. The one-file bundle for a script tag: Lit and English inside, each
  //    other locale a small module beside it, loaded on demand relative to it.
  {
    input: 'src/all.ts',
    onwarn: warn,
    treeshake,
    plugins: [
      localeChunks(),
      preloadShared(),
      nodeResolve(),
      shortLitErrors(),
      ts({compact: true}),
      shortCustomProperties(),
      html(),
      minCodeAscii(),
    ],
    // The entry is the core chunk itself (it may export more than its public
    // names, for the element chunks): one file less on every page.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'local-y-mpact.js',
      manualChunks,
      chunkFileNames: '[name].js',
      sourcemap: true,
    },
  },
  // 2. A classic script for page builders that refuse type="module": every
  //    locale inlined.
  {
    input: 'src/all.ts',
    onwarn: warn,
    treeshake,
    plugins: [
      nodeResolve(),
      shortLitErrors(),
      ts({compact: true}),
      shortCustomProperties(),
      html(),
      min(),
    ],
    output: {
      file: 'dist/local-y-mpact.classic.js',
      format: 'iife',
      inlineDynamicImports: true,
      sourcemap: true,
    },
  },
  // 3. For bundlers: per-element entry points and the side-effect-free classes,
  //    with lit and @lit/localize left to the application to deduplicate.
  {
    input: Object.fromEntries([
      ['index', 'src/index.ts'],
      ['all', 'src/all.ts'],
      ...ELEMENTS.map((name) => [name, `src/${name}.ts`]),
    ]),
    onwarn: warn,
    external: (id) => /^(lit|@lit\/localize)(\/|$)/.test(id),
    plugins: [nodeResolve(), ts()],
    output: {
      dir: 'dist/esm',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
  },
];
