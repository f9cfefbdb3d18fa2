'use strict';
// Loaded before the test framework on every test page (web-test-runner.config.mjs,
// testRunnerHtml). The runner sends each result to Node through
// `structuredClone`, with a failed assertion's `actual` and `expected` as they
// were: a DOM node there (`expect(el.shadowRoot.activeElement).to.equal(button)`)
// cannot be cloned, the result never arrives, and the run hangs until its
// timeout without naming the test (modernweb-dev/web#2967). Here a value that
// cannot be cloned is sent as a short description instead, so the failure is
// reported like any other. (A classic script, so that it runs before the
// framework's modules; its names stay in this block, off the page's globals,
// where mocha puts `describe`.)
{
  const clone = globalThis.structuredClone.bind(globalThis);

  /** A node as one line: `<button part="skip-button">`, `#text "Next"`. */
  function nodeText(value) {
    if (value instanceof Element) {
      const attrs = [...value.attributes]
        .map((a) => ` ${a.name}="${a.value.slice(0, 60)}"`)
        .join('');
      return `<${value.localName}${attrs}>`;
    }
    if (value instanceof Node)
      return `${value.nodeName} ${JSON.stringify((value.textContent ?? '').slice(0, 60))}`;
    if (typeof value === 'function')
      return `[function ${value.name || 'anonymous'}]`;
    return `[${Object.prototype.toString.call(value).slice(8, -1)}]`;
  }

  /** `value` with everything that cannot be cloned described; cycles kept as cycles. */
  function cloneable(value, seen = new Map()) {
    if (
      value === null ||
      (typeof value !== 'object' && typeof value !== 'function')
    )
      return value;
    if (seen.has(value)) return seen.get(value);
    if (
      typeof value === 'function' ||
      value instanceof Node ||
      value === globalThis
    )
      return nodeText(value);
    if (Array.isArray(value)) {
      const out = [];
      seen.set(value, out);
      for (const item of value) out.push(cloneable(item, seen));
      return out;
    }
    try {
      return clone(value);
    } catch {
      const out = {};
      seen.set(value, out);
      for (const key of Object.keys(value))
        out[key] = cloneable(value[key], seen);
      // An Error's own message and stack are not enumerable.
      if (value instanceof Error)
        Object.assign(out, {
          name: value.name,
          message: value.message,
          stack: value.stack,
        });
      return out;
    }
  }

  globalThis.structuredClone = (value, options) => {
    try {
      return clone(value, options);
    } catch (e) {
      if (e?.name !== 'DataCloneError') throw e;
      return clone(cloneable(value), options);
    }
  };
}
