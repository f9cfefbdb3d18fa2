// Lit as the page bundles ship it: rewrites of its minified production
// files (node_modules, the "production" export condition), applied by the
// bundle's build (rollup.config.mjs) and by the elements' compact test run
// (bin/wtr-compact.mjs, LYM_COMPACT=1), so that every element's browser
// tests also run on the Lit a visitor gets.

/**
 * Lit's three thrown messages for misuse of its API (a `css` tag given a
 * value that is not CSS, `new CSSResult`, a template strings array that is
 * not one) in a few words: they still throw, where they threw; our code
 * never takes those paths (the types and lit-analyzer see to it). Saves
 * 0.12 KB gzip on every page.
 *
 * And without Lit's hooks for the Web Components polyfills (for browsers
 * without shadow DOM, which cannot run this bundle anyway) and for
 * server-side hydration (a site that renders the elements on its server
 * builds them from the npm entry points, `dist/esm`, with its own Lit, which
 * keeps its hooks). Lit's version registry stays. Saves 0.08 KB gzip on
 * every page.
 *
 * And without its support for standard decorators (`Symbol.metadata`,
 * `litPropertyMetadata`, `addInitializer`): the compact transformer turns
 * our decorators into static properties, and nothing outside the bundle can
 * extend its private copy of Lit. Saves 0.11 KB gzip on every page.
 *
 * And without its attribute converter's JSON, for properties of type Object
 * or Array: none of ours has one (the dist test checks). 0.04 KB gzip.
 *
 * And without the `useDefault` property option (a default that removing the
 * attribute returns to), which none of ours sets (the dist test checks):
 * 0.09 KB gzip on every page.
 *
 * And without custom attribute converters (the `converter` property
 * option), which none of ours sets (the dist test checks): 0.05 KB gzip on
 * every page.
 *
 * And without lit-html's handling of SVG and MathML templates (the `svg`
 * and `mathml` tags, which no element uses: only `html` is bundled) and of
 * compiled templates (made by Lit's template compiler, which the bundles do
 * not use; nothing outside them can give their private Lit a template):
 * 0.1 KB gzip on every page. (The dist test checks that neither tag is
 * bundled.) And without its bindings in the text of `<style>`, `<script>`,
 * `<title>` and `<textarea>`, which no template of ours has (the dist test
 * checks): 0.07 KB gzip on every page.
 *
 * A Lit release that words any of these differently is left as it is (the
 * size check then shows the bytes, and the dist test of the hooks, the
 * decorators' names, the converter and useDefault fails).
 */
export const LIT_REWRITES = [
  [
    /"Value passed to 'css' function must be a 'css' function result: "\+(\w+)\+"[^"]*"/,
    '"Lit: not CSS: "+$1',
  ],
  [/"CSSResult is not constructable[^"]*"/, '"Lit: use css"'],
  ['"invalid template strings array"', '"Lit: not a template"'],
  // lit-html: `,B=t.litHtmlPolyfillSupport;B?.(S,k),` → `;`
  [/,(\w+)=\w+\.litHtmlPolyfillSupport;\1\?\.\(\w+,\w+\),/, ';'],
  // reactive-element: `p=a.reactiveElementPolyfillSupport,` and `p?.({ReactiveElement:y}),`
  [
    /(\w+)=\w+\.reactiveElementPolyfillSupport,([^]*?)\1\?\.\(\{ReactiveElement:\w+\}\),/,
    '$2',
  ],
  // lit-element: both calls, hydration's and the polyfills'
  [
    /,\w+\.litElementHydrateSupport\?\.\(\{LitElement:\w+\}\);const (\w+)=\w+\.litElementPolyfillSupport;\1\?\.\(\{LitElement:\w+\}\);/,
    ';',
  ],
  // reactive-element: the standard decorators' metadata (Symbol.metadata,
  // litPropertyMetadata) and addInitializer, which only decorators use:
  // the page bundles compile ours to static properties.
  [
    /Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/,
    '',
  ],
  [
    /const (\w+)=this\[Symbol\.metadata\];if\(null!==\1\)\{const (\w+)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[\w+,\w+\]of \2\)this\.elementProperties\.set\(\w+,\w+\)\}/,
    '',
  ],
  [
    /static addInitializer\(\w+\)\{this\._\$Ei\(\),\(this\.l\?\?=\[\]\)\.push\(\w+\)\}/,
    '',
  ],
  [/void 0!==(\w+)\.l&&\(this\.l=\[\.\.\.\1\.l\]\),/, ''],
  [/,this\.constructor\.l\?\.forEach\(\w+=>\w+\(this\)\)/, ''],
  // reactive-element: the attribute converter's JSON for properties of
  // type Object or Array, which none of ours is (they take objects as
  // properties, never from an attribute).
  [/case Object:case Array:\w+=null==\w+\?\w+:JSON\.stringify\(\w+\)/, ''],
  [
    /case Object:case Array:try\{\w+=JSON\.parse\(\w+\)\}catch\(\w+\)\{\w+=null\}/,
    '',
  ],
  // reactive-element: the `useDefault` property option (a default that an
  // attribute removed returns to, never reflected), which none of ours
  // sets (a dist test checks): its default, its test in requestUpdate, the
  // record of defaults and the attribute's fallback to it. Each rewrite
  // alone keeps Lit working as long as no property sets the option.
  [/useDefault:!1,/, ''],
  [
    /\|\|\w+\.useDefault&&\w+\.reflect&&\w+===this\._\$Ej\?\.get\(\w+\)&&!this\.hasAttribute\(\w+\._\$Eu\(\w+,\w+\)\)/,
    '',
  ],
  [
    /(\w+)\((\w+),(\w+),\{useDefault:(\w+),reflect:(\w+),wrapped:\w+\},\w+\)\{\4&&!\(this\._\$Ej\?\?=new Map\)\.has\(\2\)&&\(this\._\$Ej\.set\(\2,\w+\?\?\3\?\?this\[\2\]\),!0!==\w+\|\|void 0!==\w+\)\|\|\((this\._\$AL\.has\(\2\)\|\|\(this\.hasUpdated)\|\|\4(\|\|\(\3=void 0\),this\._\$AL\.set\(\2,\3\)\),!0===\5&&[^}]*?\.add\(\2\))\)\}/,
    '$1($2,$3,{reflect:$5}){$6$7}',
  ],
  [/(\w+)\?\?this\._\$Ej\?\.get\(\w+\)\?\?\1/, '$1'],
  // reactive-element: custom attribute converters (the `converter` property
  // option), which none of ours sets (a dist test checks): attributes are
  // read and reflected by Lit's default converter alone.
  [/converter:(\w+),reflect:/, 'reflect:'],
  [
    /\(void 0!==(\w+)\.converter\?\.toAttribute\?\1\.converter:(\w+)\)\.toAttribute/,
    '$2.toAttribute',
  ],
  [
    /"function"==typeof (\w+)\.converter\?\{fromAttribute:\1\.converter\}:void 0!==\1\.converter\?\.fromAttribute\?\1\.converter:(\w+);/,
    '$2;',
  ],
  // lit-html: SVG and MathML templates (result types 2 and 3): their
  // wrapper elements around the template's HTML, added and taken off.
  [/(\w+)=2===\w+\?"<svg>":3===\w+\?"<math>":"",/, '$1="",'],
  [/\+\(2===\w+\?"<\/svg>":3===\w+\?"<\/math>":""\)/, ''],
  [
    /if\(([^;{}]*?),2===\w+\|\|3===\w+\)\{const (\w+)=this\.el\.content\.firstChild;\2\.replaceWith\(\.\.\.\2\.childNodes\)\}/,
    '$1;',
  ],
  // lit-html: compiled templates (a `_$litType$` that is an object with
  // the prepared HTML), which only Lit's template compiler makes.
  [
    /"number"==typeof \w+\?(this\._\$AC\(\w+\)):\(void 0===\w+\.el&&\(\w+\.el=\w+\.createElement\(\w+\(\w+\.h,\w+\.h\[0\]\),this\.options\)\),\w+\)/,
    '$1',
  ],
  // lit-html: bindings in the text of a raw-text element (`<style>`,
  // `<script>`, `<title>`, `<textarea>`; Lit refuses them in a textarea in
  // development): no template of ours has one (a dist test checks). The
  // parser still reads such an element's text as text.
  [
    /if\(\w+\.test\(\w+\.tagName\)\)\{const (\w+)=\w+\.textContent\.split\(\w+\),(\w+)=\1\.length-1;if\(\2>0\)\{[^{}]*\{[^{}]*\}[^{}]*\}\}/,
    '',
  ],
];

/** Whether a module id is one of Lit's files that the rewrites are for. */
export const isLit = (id) =>
  /[\\/]node_modules[\\/](@lit[\\/]reactive-element|lit-html|lit-element)[\\/]/.test(
    id
  );

/** The code with every rewrite that matches applied. */
export const rewriteLit = (code) =>
  LIT_REWRITES.reduce((c, [long, short]) => c.replace(long, short), code);
