// Web-test-runner plugins that serve the sources as the page bundles
// compile them: through bin/compact-transformer.mjs (Lit's decorators become
// static properties, private members and message ids get short names). The
// elements' browser tests then run once more on that code (LYM_COMPACT=1, see
// web-test-runner.config.mjs), so a path that works in the sources but not in
// the bundle fails a test, not a visitor; and Lit as the bundles rewrite it.
import ts from 'typescript';
import {resolve} from 'node:path';
import {compactTransformer} from './compact-transformer.mjs';
import {isLit, rewriteLit} from './lit-rewrites.mjs';

export function compactSources() {
  let program;
  let before;
  const load = () => {
    const config = ts.getParsedCommandLineOfConfigFile(
      'tsconfig.json',
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      }
    );
    program = ts.createProgram(config.fileNames, {
      ...config.options,
      sourceMap: false,
      declaration: false,
      noEmit: false,
    });
    before = [compactTransformer().factory(program)];
  };
  return {
    name: 'compact-sources',
    transform(context) {
      if (!/^\/src\/.*\.ts$/.test(context.path)) return undefined;
      if (!program) load();
      const file = program.getSourceFile(resolve(context.path.slice(1)));
      if (!file)
        throw new Error(
          `compact-sources: ${context.path} is not in tsconfig.json's program`
        );
      let body;
      const {emitSkipped, diagnostics} = program.emit(
        file,
        (name, text) => {
          if (name.endsWith('.js')) body = text;
        },
        undefined,
        false,
        {before}
      );
      if (emitSkipped || body === undefined) {
        throw new Error(
          `compact-sources: ${context.path} was not emitted: ${diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('; ')}`
        );
      }
      return {body};
    },
  };
}

/** Lit as the page bundles ship it (bin/lit-rewrites.mjs), for the same run. */
export function compactLit() {
  return {
    name: 'compact-lit',
    transform(context) {
      if (!isLit(context.path)) return undefined;
      const body = rewriteLit(context.body);
      return body === context.body ? undefined : {body};
    },
  };
}
