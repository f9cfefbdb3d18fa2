/**
 * The URL guard. Feed text is never trusted: a URL becomes a link only when
 * its scheme is http(s), mailto: or tel:. Everything else (javascript:, data:,
 * vbscript:, relative paths that could be tricks, …) yields `undefined`.
 */

const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const HTTP = new Set(['http:', 'https:']);

/**
 * Returns a normalised absolute URL string when `value` is an http(s),
 * mailto: or tel: URL; otherwise `undefined`. Relative URLs are resolved
 * against `base` only when a base is given.
 */
export function safeUrl(
  value: unknown,
  options: {base?: string | URL; schemes?: readonly string[]} = {}
): string | undefined {
  return guard(
    value,
    options.base,
    options.schemes ? new Set(options.schemes) : ALLOWED
  );
}

/** {@link safeUrl} with its schemes as a set (the http(s) one is made once, not per URL). */
function guard(
  value: unknown,
  base: string | URL | undefined,
  allowed: ReadonlySet<string>
): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 2048) return undefined;
  // The scheme is judged as parsed by the URL parser the browser uses for
  // links, which drops tabs and newlines ("java\nscript:" is javascript:)
  // and leading controls; a space inside a path stays a space (%20).
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return undefined;
  }
  if (!allowed.has(url.protocol)) return undefined;
  if (HTTP.has(url.protocol) && !url.hostname) {
    return undefined;
  }
  if (
    url.protocol === 'mailto:' &&
    !/^[^\s@]+@[^\s@]+$/.test(decodeURIComponent(url.pathname))
  ) {
    return undefined;
  }
  return url.href;
}

/** An http(s) URL only (websites, registration pages, images). */
export function httpUrl(
  value: unknown,
  base?: string | URL
): string | undefined {
  return guard(value, base, HTTP);
}
