/** Ugly input for the fuzz tests: hostile strings and mutated feeds. */
import fc from 'fast-check';

/** Strings a feed should never get away with (links, markup, dates, prototype keys). */
export const hostile = fc.constantFrom(
  'javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,x', 'vbscript:x', 'java\nscript:x',
  '<script>alert(1)</script>', '', ' ', '\u0000', 'https://ok.example/', 'mailto:a@b.lv', 'tel:+371',
  '2023-13-45T99:99', '1e999', '__proto__', 'constructor'
);

/** Values the reader accepts but nobody would write: edge dates, zones, numbers, empty lists. */
export const plausible = fc.constantFrom<unknown>(
  '2026-11-30', '2026-11-30T12:00:00Z', '2026-11-30T23:59:59+14:00', '2026-11-30T00:00-12:00',
  '0001-01-01', '9999-12-31T23:59:59Z', '2026-02-29', '1970-01-01T00:00:00Z',
  'Europe/Riga', 'Pacific/Kiritimati', 'Etc/GMT+12', 'Mars/Olympus', 'UTC',
  0, -1, 1, 1e21, 2 ** 31, 0.5, [], {}, true, false, 'a'.repeat(5000), '\u202Eevil', '🙂',
  {en: ''}, {xx: 'x'}, {'en-GB': 'British'}, ['ngo', 'ngo'], ['LV'], 'open', 'full', 'cancelled',
  'postponed', 'online', 'mixed', 'select', 'checkbox', 'radio', 'textarea', 'email', 'tel'
);

/**
 * Mutates the sample feed: replaces random values with random or hostile
 * ones; only in the top-level keys `under`, when given.
 */
export function mutate(base: unknown, picks: {path: number; value: unknown}[], under?: readonly string[]): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (v: unknown) => {
    if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        slots.push([v as Record<string, unknown>, k]);
        walk((v as Record<string, unknown>)[k]);
      }
    }
  };
  if (under) for (const k of under) walk(copy[k]);
  else walk(copy);
  for (const {path, value} of picks) {
    const [obj, key] = slots[path % slots.length];
    (obj as Record<string, unknown>)[key as string] = value;
  }
  return copy;
}
