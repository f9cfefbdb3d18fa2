// Bundled to an ES module for the browser by the test runner (see
// web-test-runner.config.mjs): ajv is CommonJS only. The schema uses no
// `format`, so ajv-formats is not needed (the feed tool does the same).
import Ajv from 'ajv';

export function compileSchema(schema) {
  return new Ajv({allErrors: true, strict: false}).compile(schema);
}
