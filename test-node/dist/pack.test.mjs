// What `npm publish` would ship: the tarball `npm pack` makes of the files
// the suite has just built (--ignore-scripts: no second build). Every file
// package.json points at is in it, the sources and tests are not, the
// shipped modules import only the package's own dependencies, and a strict
// TypeScript project that installs it compiles against its types.
import {test, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'lym-pack-'));
after(() => rmSync(dir, {recursive: true, force: true}));
const run = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {encoding: 'utf8'});
const packed = run.status === 0 ? JSON.parse(run.stdout)[0] : {files: []};
const files = packed.files.map((f) => f.path);
const shipped = new Set(files);
const strip = (p) => p.replace(/^\.\//, '');

/** Every path a package.json field points at (`*` patterns as a prefix). */
function targets(value) {
  if (typeof value === 'string') return [strip(value)];
  return Object.values(value ?? {}).flatMap(targets);
}

test('npm pack runs and lists the package', () => {
  assert.equal(run.status, 0, run.stderr);
  assert.ok(files.length > 50, `${files.length} files`);
});

test('every file package.json points at is shipped', () => {
  const pointed = [pkg.main, pkg.module, pkg.unpkg, pkg.jsdelivr, pkg.types, pkg.customElements, pkg['web-types'], ...targets(pkg.bin), ...targets(pkg.exports)].map(strip);
  const missing = pointed.filter((p) => (p.includes('*') ? !files.some((f) => f.startsWith(p.split('*')[0])) : !shipped.has(p)));
  assert.deepEqual(missing, []);
  // The editors' data, the three themes, the two receivers and every locale module beside the bundle.
  for (const f of ['LICENSE', 'vscode.html-custom-data.json', 'dist/themes/default.css', 'dist/themes/lsua.css', 'dist/themes/talsi.css', 'receiver/registrations.php', 'receiver/google-apps-script.gs'])
    assert.ok(shipped.has(f), f);
  for (const lang of ['lv', 'lt', 'sv', 'el', 'pt'])
    assert.ok(files.some((f) => f.startsWith(`dist/locales/${lang}/`)), `dist/locales/${lang}/`);
});

test('no sources, tests, demo or stories are shipped', () => {
  assert.deepEqual(
    files.filter((f) => /^(src|test|test-node|stories|demo|bench|\.storybook|\.ci|\.tmp|node_modules)\//.test(f)),
    []
  );
});

test('the shipped modules and types import only the package itself and its dependencies', () => {
  // exceljs and unzipper are optional: the feed tool loads them for .xlsx
  // files only; vue, svelte and preact, optional peers, only the types for
  // their templates import.
  const allowed = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.optionalDependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const bare = new Set();
  const seen = new Set();
  for (const f of files.filter((f) => /^dist\/.*\.(js|d\.ts)$/.test(f) || f.startsWith('bin/'))) {
    if (!/\.(m?js|ts)$/.test(f)) continue;
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|(?:^|[;\s])import\s*)['"]([^'"]+)['"]/gm)) {
      const spec = m[1];
      if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:')) continue;
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      seen.add(name);
      if (!allowed.has(name)) bare.add(`${f}: ${spec}`);
    }
  }
  assert.deepEqual([...bare], []);
  for (const dep of ['lit', '@lit/localize', 'csv-parse']) assert.ok(seen.has(dep), `read the imports of ${dep}`);
});

/**
 * The tarball installed as a strict installer (pnpm) lays it out: the
 * package, lit and @lit/localize, and no undeclared package that its types or
 * modules could lean on.
 */
let installed = false;
function install() {
  if (installed) return;
  const home = join(dir, 'node_modules', 'local-y-mpact-elements');
  mkdirSync(home, {recursive: true});
  const untar = spawnSync('tar', ['xzf', join(dir, packed.filename), '-C', home, '--strip-components=1']);
  assert.equal(untar.status, 0, String(untar.stderr));
  mkdirSync(join(dir, 'node_modules', '@lit'));
  for (const dep of ['lit', '@lit/localize']) symlinkSync(resolve('node_modules', dep), join(dir, 'node_modules', dep));
  writeFileSync(join(dir, 'package.json'), '{"type": "module"}');
  installed = true;
}

/** Runs tsc on one file of the project in `dir` (with more compiler `options`); its output when it fails. */
function typecheck(file, source, options = {}) {
  install();
  writeFileSync(join(dir, file), source);
  const config = `tsconfig.${file}.json`;
  writeFileSync(
    join(dir, config),
    JSON.stringify({compilerOptions: {strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], noEmit: true, skipLibCheck: false, types: [], ...options}, files: [file]})
  );
  return spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', join(dir, config)], {encoding: 'utf8'});
}

test("a TypeScript project that installs the package gets its types, with only the package's dependencies beside it", () => {
  const tsc = typecheck(
    'page.ts',
    `import {OrgDirectory, RecommendationList} from 'local-y-mpact-elements';
import type {CalendarAddDetail, FeedErrorDetail, FeedLoadDetail, StepToggleDetail, SubmittedData} from 'local-y-mpact-elements';
import 'local-y-mpact-elements/all.js';
document.querySelector('event-card')?.addEventListener('lym-calendar-add', (e) => e.detail.kind.toUpperCase());
const directory: OrgDirectory | null = document.querySelector('org-directory');
directory?.addEventListener('lym-org-select', (e) => e.detail.organization.id.toUpperCase());
document.createElement('signup-form').addEventListener('lym-signup-error', (e) => e.detail.kind.toUpperCase());
const list: RecommendationList = document.createElement('recommendation-list');
list.mode = 'checklist';
export const details: [CalendarAddDetail?, FeedErrorDetail?, FeedLoadDetail?, StepToggleDetail?, SubmittedData?] = [];
`
  );
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});

test('importing all.js alone gives TypeScript the four tags and their events', () => {
  const tsc = typecheck(
    'all-only.ts',
    `import 'local-y-mpact-elements/all.js';
document.createElement('event-card').eventId = 'x';
document.createElement('org-directory').addEventListener('lym-org-select', (e) => e.detail.organization.id.toUpperCase());
document.querySelector('recommendation-list')?.addEventListener('lym-step-toggle', (e) => e.detail.checked);
`
  );
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});

test("an element's entry exports what its types say: the class, and TypeScript refuses a name it does not export", () => {
  const ok = typecheck(
    'entry.ts',
    `import {EventCard, LymCalendarAddEvent} from 'local-y-mpact-elements/event-card.js';
import {SignupForm} from 'local-y-mpact-elements/signup-form.js';
import {OrgDirectory} from 'local-y-mpact-elements/org-directory.js';
import {RecommendationList} from 'local-y-mpact-elements/recommendation-list.js';
const card: EventCard = document.createElement('event-card');
card.addEventListener('lym-calendar-add', (e: LymCalendarAddEvent) => e.detail.kind);
export const classes = [SignupForm, OrgDirectory, RecommendationList];
`
  );
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  const wrong = typecheck('wrong.ts', `import {SignupForm} from 'local-y-mpact-elements/event-card.js';\nexport {SignupForm};\n`);
  assert.match(wrong.stdout, /has no exported member 'SignupForm'/);
});

/**
 * A JSX app in TypeScript for `framework` (react, preact): the four tags
 * compile with local-y-mpact-elements/<framework>, not without it, and each
 * of `wrong` fails with its error.
 */
function jsxApp(framework, jsx, wrong) {
  const app = (tags, optIn = true) =>
    `${optIn ? `import type {} from 'local-y-mpact-elements/${framework}';\n` : ''}import 'local-y-mpact-elements/all.js';
export const App = ({hidden}: {hidden: boolean}) => (
  <>
${tags}
  </>
);
`;
  const ok = typecheck(
    `${framework}-app.tsx`,
    app(`<org-directory src="/feed.json" page-size={12} hide-filters={hidden || undefined} onlym-org-select={(e) => e.detail.organization.id.toUpperCase()} />
<event-card id="next" ${framework === 'react' ? 'className' : 'class'}="card" event-id="x" variant="compact" heading-level="3" data={{version: 1}} now={new Date()} onlym-calendar-add={(e) => e.detail.kind} />
<signup-form form-id="f" persist min-fill-time={0} onlym-signup-error={(e) => e.detail.kind.toUpperCase()} />
<recommendation-list mode="checklist" color-scheme="dark" hide-filters onlym-step-toggle={(e) => e.detail.checked}>
  <p>Fallback</p>
</recommendation-list>`),
    jsx
  );
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  // Without the opt-in, TypeScript knows no such tag: the types above are what made it compile.
  const none = typecheck(`${framework}-none.tsx`, app('<event-card event-id="x" />', false), jsx);
  assert.match(none.stdout, /Property 'event-card' does not exist on type 'JSX.IntrinsicElements'/);
  for (const [tags, error] of [
    ['<org-directory pagesize={12} />', /Property 'pagesize' does not exist/],
    ['<event-card variant="big" />', /Type '"big"' is not assignable/],
    ['<signup-form onlym-signup-error={(e) => e.detail.organization} />', /Property 'organization' does not exist/],
    ...wrong,
  ]) {
    const tsc = typecheck(`${framework}-wrong.tsx`, app(tags), jsx);
    assert.match(tsc.stdout, error, tags);
  }
}

test('a React app in TypeScript writes the four tags in JSX with local-y-mpact-elements/react, and TypeScript refuses a misspelt attribute, value or listener', () => {
  // A React project has @types/react (and its csstype).
  mkdirSync(join(dir, 'node_modules', '@types'), {recursive: true});
  for (const dep of ['@types/react', 'csstype']) symlinkSync(resolve('node_modules', dep), join(dir, 'node_modules', dep));
  // React removes the attribute for a bound false: no need to refuse it.
  jsxApp('react', {jsx: 'react-jsx'}, []);
});

test('a Vue app in TypeScript writes the four tags in its templates with local-y-mpact-elements/vue (vue-tsc), which refuses a wrong value or listener, a bound false, and with strictTemplates a misspelt attribute', () => {
  install();
  // A Vue project has vue (its own @vue/… packages found beside it); vue-tsc
  // runs with this repository's TypeScript.
  symlinkSync(resolve('node_modules/vue'), join(dir, 'node_modules', 'vue'));
  const vueTsc = (name, template, {optIn = true, strict = false} = {}) => {
    const folder = join(dir, `vue-${name}`);
    mkdirSync(folder, {recursive: true});
    writeFileSync(
      join(folder, 'App.vue'),
      `<script setup lang="ts">
${optIn ? "import type {} from 'local-y-mpact-elements/vue';\n" : ''}import 'local-y-mpact-elements/all.js';
const feed = {version: 1};
</script>
<template>
${template}
</template>
`
    );
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {strict: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], noEmit: true, skipLibCheck: false, types: []},
        include: ['App.vue'],
        vueCompilerOptions: {strictTemplates: strict},
      })
    );
    return spawnSync(process.execPath, [resolve('node_modules/vue-tsc/bin/vue-tsc.js'), '-p', join(folder, 'tsconfig.json')], {encoding: 'utf8'});
  };
  const tags = `<org-directory src="/feed.json" page-size="12" hide-filters @lym-org-select="(e) => e.detail.organization.id.toUpperCase()" />
<event-card id="next" class="card" event-id="x" variant="compact" heading-level="3" :data="feed" :now="new Date()" @lym-calendar-add="(e) => e.detail.kind" />
<signup-form form-id="f" persist :min-fill-time="0" @lym-signup-error="(e) => e.detail.kind.toUpperCase()" />
<recommendation-list mode="checklist" color-scheme="dark" aria-label="Guide" :hide-filters="feed.version > 1 || null" @lym-step-toggle="(e) => e.detail.checked"><p>Fallback</p></recommendation-list>`;
  const ok = vueTsc('ok', tags);
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  const strict = vueTsc('strict', tags, {strict: true});
  assert.equal(strict.status, 0, strict.stdout + strict.stderr);
  // Without the opt-in, Vue knows no such component: the types above are what made it compile.
  const none = vueTsc('none', '<signup-form @lym-signup-error="(e) => e.detail.kind" />', {optIn: false, strict: true});
  assert.match(none.stdout, /Property 'signup-form' does not exist on type '\{\}'/);
  for (const [wrong, error, strict] of [
    ['<event-card variant="big" />', /Type '"big"' is not assignable/],
    ['<signup-form @lym-signup-error="(e) => e.detail.organization" />', /Property 'organization' does not exist/],
    ['<org-directory pagesize="12" />', /'pagesize' does not exist in type/, true],
    // Vue sets it as the attribute hide-filters="false": filters hidden.
    ['<org-directory :hide-filters="feed.version > 1" />', /Type 'boolean' is not assignable to type 'true'/],
  ]) {
    const tsc = vueTsc('wrong', wrong, {strict});
    assert.match(tsc.stdout, error, wrong);
  }
});

test('a Svelte 5 app writes the four tags with local-y-mpact-elements/svelte (svelte-check), which refuses a misspelt attribute, a wrong value or listener, and a bound false', () => {
  install();
  // A Svelte project has svelte; svelte-check runs with this repository's TypeScript.
  symlinkSync(resolve('node_modules/svelte'), join(dir, 'node_modules', 'svelte'));
  const check = (name, markup, optIn = true) => {
    const folder = join(dir, `svelte-${name}`);
    mkdirSync(folder, {recursive: true});
    writeFileSync(
      join(folder, 'App.svelte'),
      `<script lang="ts">
${optIn ? "  import type {} from 'local-y-mpact-elements/svelte';\n" : ''}  import 'local-y-mpact-elements/all.js';
  const feed = {version: 1};
  let hidden = $state(false);
</script>
${markup}
`
    );
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({compilerOptions: {strict: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], noEmit: true, verbatimModuleSyntax: true, skipLibCheck: false, types: []}, include: ['App.svelte']})
    );
    return spawnSync(process.execPath, [resolve('node_modules/svelte-check/bin/svelte-check'), '--workspace', folder, '--tsconfig', join(folder, 'tsconfig.json'), '--output', 'human', '--fail-on-warnings'], {encoding: 'utf8'});
  };
  const tags = `<org-directory src="/feed.json" page-size={12} hide-filters={hidden || null} onlym-org-select={(e) => e.detail.organization.id.toUpperCase()}></org-directory>
<event-card id="next" class="card" event-id="x" variant="compact" heading-level="3" data={feed} now={new Date()} onlym-calendar-add={(e) => e.detail.kind}></event-card>
<signup-form form-id="f" persist min-fill-time={0} onlym-signup-error={(e) => e.detail.kind.toUpperCase()}></signup-form>
<recommendation-list mode="checklist" color-scheme="dark" aria-label="Guide" onlym-step-toggle={(e) => e.detail.checked}><p>Fallback</p></recommendation-list>`;
  const ok = check('ok', tags);
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  // Without the opt-in, Svelte takes any attribute on a custom element: the
  // types above are what refuse these.
  assert.equal(check('none', '<event-card variant="big"></event-card>', false).status, 0);
  for (const [wrong, error] of [
    ['<event-card variant="big"></event-card>', /Type '"big"' is not assignable/],
    ['<signup-form onlym-signup-error={(e) => e.detail.organization}></signup-form>', /Property 'organization' does not exist/],
    ['<org-directory pagesize={12}></org-directory>', /'"pagesize"' does not exist/],
    // Svelte sets it as the attribute hide-filters="false": filters hidden.
    ['<org-directory hide-filters={hidden}></org-directory>', /Type '(boolean|false)' is not assignable to type 'true'/],
  ]) {
    const svelteCheck = check('wrong', wrong);
    assert.match(svelteCheck.stdout, error, wrong);
  }
});

test('Svelte wires the attributes and listeners as the Svelte types name them: a listener for each onlym-… attribute, the kebab-case attributes as attributes', async () => {
  const {compile} = await import('svelte/compiler');
  const {js} = compile(
    `<script>let feed = {version: 1};</script><org-directory page-size={12} hide-filters={null} data={feed} onlym-org-select={(e) => e.detail}></org-directory>`,
    {generate: 'client'}
  );
  assert.match(js.code, /\$\.event\('lym-org-select', org_directory,/);
  for (const name of ['page-size', 'hide-filters', 'data']) assert.match(js.code, new RegExp(`set_custom_element_data\\(org_directory, '${name}',`), name);
});

test('a Preact app in TypeScript writes the four tags in JSX with local-y-mpact-elements/preact, and TypeScript refuses a misspelt attribute, a wrong value or listener, and a bound false', () => {
  install();
  symlinkSync(resolve('node_modules/preact'), join(dir, 'node_modules', 'preact'));
  jsxApp('preact', {jsx: 'react-jsx', jsxImportSource: 'preact'}, [
    // Preact sets it as the attribute hide-filters="false": filters hidden.
    ['<org-directory hide-filters={hidden} />', /Type 'boolean' is not assignable to type 'true'/],
  ]);
});

test("each element's entry exports at run time the classes its types declare", async () => {
  install();
  const home = join(dir, 'node_modules/local-y-mpact-elements/dist');
  for (const name of ['org-directory', 'event-card', 'signup-form', 'recommendation-list']) {
    // The values the element's declarations export (the class and its events).
    const declared = [...readFileSync(join(home, 'types', name, `${name}.d.ts`), 'utf8').matchAll(/^export declare (?:class|const) (\w+)/gm)].map((m) => m[1]);
    assert.ok(declared.length >= 2, `${name}: ${declared}`);
    // (In Node, Lit's own shim of customElements takes the definition.)
    const module = await import(pathToFileURL(join(home, 'esm', `${name}.js`)).href);
    assert.deepEqual(Object.keys(module).sort(), declared.sort(), name);
  }
});

test('the manifest package.json names (customElements) lists shipped modules, and what each element entry declares it exports at run time', async () => {
  install();
  const home = join(dir, 'node_modules/local-y-mpact-elements');
  const manifest = JSON.parse(readFileSync(join(home, pkg.customElements), 'utf8'));
  // Valid against the manifest's schema (custom-elements-manifest 1.0.0).
  const {default: Ajv} = await import('ajv');
  const valid = new Ajv({strict: false, allErrors: true}).compile(JSON.parse(readFileSync('node_modules/custom-elements-manifest/schema.json', 'utf8')));
  assert.ok(valid(manifest), JSON.stringify(valid.errors));
  // Every module it lists, and every module a reference names, is in the package.
  const named = manifest.modules.flatMap((m) => [m.path, ...(m.exports ?? []).map((e) => e.declaration?.module).filter(Boolean)]);
  assert.deepEqual([...new Set(named)].filter((p) => !shipped.has(p)), []);
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({tag: d.tagName, name: d.name, mod: m})));
  assert.deepEqual(elements.map((e) => e.tag).sort(), ['event-card', 'org-directory', 'recommendation-list', 'signup-form']);
  for (const {tag, name, mod} of elements) {
    // The element's module is the entry the package exports as ./<tag>.js ...
    assert.equal(mod.path, strip(pkg.exports[`./${tag}.js`].default), tag);
    // ... which defines the tag and exports, at run time, each value it declares.
    assert.ok(mod.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag && e.declaration.name === name), tag);
    const module = await import(pathToFileURL(join(home, mod.path)).href);
    assert.deepEqual(mod.declarations.map((d) => d.name).filter((n) => !(n in module)), [], tag);
    assert.ok(mod.declarations.find((d) => d.name === name).attributes.some((a) => a.name === 'src'), `${tag}: its attributes`);
  }
  // The bundle and all.js define the four tags.
  for (const path of ['dist/local-y-mpact.js', 'dist/esm/all.js'])
    assert.deepEqual(
      manifest.modules.find((m) => m.path === path)?.exports.filter((e) => e.kind === 'custom-element-definition').map((e) => e.name).sort(),
      ['event-card', 'org-directory', 'recommendation-list', 'signup-form'],
      path
    );
});

test('a Vite app gets working elements from the entries the README names, the classes and the bundle', async (t) => {
  install();
  const {build} = await import('vite');
  const {startServer, launch, open, shadowText} = await import('./harness.mjs');
  const {now} = JSON.parse(readFileSync('demo/sample-clock.json', 'utf8'));
  const event = 'sample-2027-partnership-lab';
  const card = (tag = 'event-card') => `<${tag} event-id="${event}" src="/sample-feed.json"></${tag}>`;
  const apps = {
    // One element's entry: that element, its class, and no other element.
    entry: [card(), `import {EventCard} from 'local-y-mpact-elements/event-card.js';
window.defined = {same: customElements.get('event-card') === EventCard, others: ['org-directory', 'signup-form', 'recommendation-list'].filter((t) => customElements.get(t))};`],
    // The classes, defined under the page's own names: styled, and the card finds the form.
    classes: [
      `${card('my-card')}<my-form id="reg" form-id="${event}-registration" src="/sample-feed.json"></my-form>`,
      `import {EventCard, SignupForm} from 'local-y-mpact-elements';
customElements.define('my-card', class extends EventCard {});
customElements.define('my-form', class extends SignupForm {});
for (const el of document.querySelectorAll('my-card, my-form')) el.now = new Date(${JSON.stringify(now)});
window.defined = {others: ['org-directory', 'event-card', 'signup-form', 'recommendation-list'].filter((t) => customElements.get(t))};`,
    ],
    // all.js on a Latvian page: the four, in Latvian.
    all: [
      `${card()}<org-directory src="/sample-feed.json"></org-directory><recommendation-list src="/sample-feed.json"></recommendation-list><signup-form id="reg" form-id="${event}-registration" src="/sample-feed.json"></signup-form>`,
      `import 'local-y-mpact-elements/all.js';
for (const el of document.querySelectorAll('event-card, signup-form')) el.now = new Date(${JSON.stringify(now)});`,
    ],
    bundle: [card(), `import 'local-y-mpact-elements/bundle';`],
  };
  mkdirSync(join(dir, 'public'), {recursive: true});
  writeFileSync(join(dir, 'public/sample-feed.json'), readFileSync('dist/sample-feed.json'));
  for (const [name, [body, script]] of Object.entries(apps)) {
    writeFileSync(join(dir, `${name}.js`), script);
    writeFileSync(join(dir, `${name}.html`), `<!doctype html><html lang="${name === 'all' ? 'lv' : 'en'}"><title>${name}</title><body>${body}<script type="module" src="./${name}.js"></script></body></html>`);
  }
  await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    build: {outDir: join(dir, 'out'), rollupOptions: {input: Object.fromEntries(Object.keys(apps).map((n) => [n, join(dir, `${n}.html`)]))}},
  });
  const server = await startServer({}, join(dir, 'out'));
  const browser = await launch();
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  const title = (sel) => `document.querySelector('${sel}')?.shadowRoot?.textContent.includes('Partnership lab in Talsi')`;

  const entry = await open(browser, `${server.origin}/entry.html`, {waitFor: title('event-card')});
  assert.deepEqual(await entry.page.evaluate(() => window.defined), {same: true, others: []});
  assert.deepEqual(entry.problems.errors, []);

  const classes = await open(browser, `${server.origin}/classes.html`, {waitFor: `${title('my-card')} && document.querySelector('my-form input')`});
  const look = await classes.page.evaluate(() => {
    const input = document.querySelector('my-form input:not([type="hidden"])');
    const style = getComputedStyle(input);
    return {
      others: window.defined.others,
      border: style.borderTopStyle,
      fontSize: style.fontSize,
      register: document.querySelector('my-card').shadowRoot.querySelector('[part~="register-link"]')?.getAttribute('href'),
    };
  });
  // The form's own rules (a 2px solid border, the page's 16px text), not the browser's inset 13.33px.
  assert.deepEqual(look, {others: [], border: 'solid', fontSize: '16px', register: '#reg'});
  assert.deepEqual(classes.problems.errors, []);

  const all = await open(browser, `${server.origin}/all.html`, {
    waitFor: `document.querySelector('event-card')?.shadowRoot?.querySelector('[part~="register-link"]')?.textContent.trim() === 'Reģistrēties'`,
  });
  assert.deepEqual(await all.page.evaluate(() => ['org-directory', 'event-card', 'signup-form', 'recommendation-list'].filter((t) => !customElements.get(t))), []);
  assert.deepEqual(all.problems.errors, []);
  assert.deepEqual(all.problems.consoleErrors, []);

  const bundle = await open(browser, `${server.origin}/bundle.html`, {waitFor: title('event-card')});
  assert.match(await shadowText(bundle.page, 'event-card'), /Organised by: Latvian Social Entrepreneurship Association/);
  assert.deepEqual(bundle.problems.errors, []);
});
