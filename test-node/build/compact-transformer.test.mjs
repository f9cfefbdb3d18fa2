// bin/compact-transformer.mjs gives private members short names. A class
// may name its private members through another instance than `this`
// (`other.load()`); those names must change with the declaration, or the
// page bundle calls a method that no longer exists.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';
import {compactTransformer} from '../../bin/compact-transformer.mjs';

/** Compiles one source file (named as one of ours, under src/, by default src/sample.ts) through the transformer; the emitted JS. */
function compact(source, fileName = '/virtual/src/sample.ts') {
  const options = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    strict: true,
    lib: ['lib.es2022.d.ts'],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile;
  host.getSourceFile = (name, ...rest) =>
    name === fileName
      ? ts.createSourceFile(name, source, ts.ScriptTarget.ES2022, true)
      : read(name, ...rest);
  const program = ts.createProgram([fileName], options, host);
  const errors = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.deepEqual(errors, []);
  let js = '';
  program.emit(
    program.getSourceFile(fileName),
    (_name, text) => (js = text),
    undefined,
    false,
    {
      before: [compactTransformer().factory(program)],
    }
  );
  return js;
}

const run = async (js) =>
  (await import(`data:text/javascript,${encodeURIComponent(js)}`)).result;

test('a private member named through another instance gets the same short name', async () => {
  const js = compact(`
    const all = new Set<Counter>();
    export class Counter {
      private count = 0;
      constructor() { all.add(this); }
      private bump(by: number) { this.count += by; }
      /** Bumps every counter, through the others' private members. */
      bumpAll() { for (const c of all) c.bump(2); }
      static total(list: Counter[]) { return list.reduce((n, c) => n + c.count, 0); }
    }
    const a = new Counter(), b = new Counter();
    a.bumpAll();
    export const result = Counter.total([a, b]);
  `);
  assert.doesNotMatch(
    js,
    /\.(bump|count)\b/,
    'no private member keeps its long name'
  );
  assert.equal(await run(js), 4);
});

test("an open class's public members get one short name wherever they are read, destructured too; an interface's members keep theirs", async () => {
  // src/i18n/localize.ts's LocaleController is one of OPEN_CLASSES.
  const js = compact(
    `
    interface Controller { hostConnected(): void }
    export class LocaleController implements Controller {
      locale = 'en';
      connected = false;
      hostConnected() { this.connected = true; }
      text(value: string) { return value + this.locale; }
    }
    const c = new LocaleController();
    c.hostConnected();
    const {locale, connected} = c;
    export const result = [c.text('x'), locale, connected].join(' ');
  `,
    '/virtual/src/i18n/localize.ts'
  );
  assert.doesNotMatch(js, /\.(locale|connected|text)\b/);
  assert.match(js, /hostConnected\(\)/);
  assert.equal(await run(js), 'xen en true');
});

test('a private constructor parameter property gets a short name, in the constructor too', async () => {
  const js = compact(`
    const seen: string[] = [];
    export class Box {
      constructor(private readonly content: string, readonly label: string) {
        seen.push(content);
      }
      show() { return this.label + ':' + this.content; }
    }
    export const result = new Box('x', 'y').show() + ' ' + seen.join();
  `);
  assert.doesNotMatch(js, /\bcontent\b/);
  assert.match(js, /this\.label/, 'a public one keeps its name');
  assert.equal(await run(js), 'y:x x');
});
