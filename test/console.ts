/**
 * Catches `console.warn` in every test of the suite this is called in: the
 * list holds each call's arguments, emptied before each test; the real
 * `console.warn` is back after each.
 */
export function catchWarnings(): unknown[][] {
  const calls: unknown[][] = [];
  const real = console.warn;
  beforeEach(() => {
    calls.length = 0;
    console.warn = (...args: unknown[]) => void calls.push(args);
  });
  afterEach(() => {
    console.warn = real;
  });
  return calls;
}
