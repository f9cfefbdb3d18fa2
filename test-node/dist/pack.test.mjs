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
  // The editors' data, the three themes and every locale module beside the bundle.
  for (const f of ['vscode.html-custom-data.json', 'dist/themes/default.css', 'dist/themes/lsua.css', 'dist/themes/talsi.css'])
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
  // exceljs is optional: the feed tool loads it for .xlsx files only.
  const allowed = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.optionalDependencies ?? {})]);
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

test("a TypeScript project that installs the package gets its types, with only the package's dependencies beside it", () => {
  // The layout of a strict installer (pnpm): the package, lit and
  // @lit/localize, and no undeclared package that the types could lean on.
  const home = join(dir, 'node_modules', 'local-y-mpact-elements');
  mkdirSync(home, {recursive: true});
  const untar = spawnSync('tar', ['xzf', join(dir, packed.filename), '-C', home, '--strip-components=1']);
  assert.equal(untar.status, 0, String(untar.stderr));
  mkdirSync(join(dir, 'node_modules', '@lit'));
  for (const dep of ['lit', '@lit/localize']) symlinkSync(resolve('node_modules', dep), join(dir, 'node_modules', dep));
  writeFileSync(join(dir, 'package.json'), '{"type": "module"}');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({compilerOptions: {strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], noEmit: true, skipLibCheck: false}, files: ['page.ts']})
  );
  writeFileSync(
    join(dir, 'page.ts'),
    `import {OrgDirectory, RecommendationList} from 'local-y-mpact-elements';
import 'local-y-mpact-elements/all.js';
document.querySelector('event-card')?.addEventListener('lym-calendar-add', (e) => e.detail.kind.toUpperCase());
const directory: OrgDirectory | null = document.querySelector('org-directory');
directory?.addEventListener('lym-org-select', (e) => e.detail.organization.id.toUpperCase());
document.createElement('signup-form').addEventListener('lym-signup-error', (e) => e.detail.kind.toUpperCase());
const list: RecommendationList = document.createElement('recommendation-list');
list.mode = 'checklist';
`
  );
  const tsc = spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', dir], {encoding: 'utf8'});
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});
