// Bundled to an ES module for the browser by the test runner (see
// web-test-runner.config.mjs): ajv is CommonJS only.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

export function compileSchema(schema) {
  const ajv = new Ajv({allErrors: true, strict: false});
  addFormats(ajv);
  return ajv.compile(schema);
}
