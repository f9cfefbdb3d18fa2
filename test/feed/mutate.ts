/** Ugly input for the fuzz tests: hostile strings and mutated feeds. */
import fc from 'fast-check';

/** Strings a feed should never get away with (links, markup, dates, prototype keys). */
export const hostile = fc.constantFrom(
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:text/html,x',
  'vbscript:x',
  'java\nscript:x',
  '<script>alert(1)</script>',
  '',
  ' ',
  '\u0000',
  'https://ok.example/',
  'mailto:a@b.lv',
  'tel:+371',
  '2023-13-45T99:99',
  '1e999',
  '__proto__',
  'constructor'
);

/** Values the reader accepts but nobody would write: edge dates, zones, numbers, empty lists. */
export const plausible = fc.constantFrom<unknown>(
  '2026-11-30',
  '2026-11-30T12:00:00Z',
  '2026-11-30T23:59:59+14:00',
  '2026-11-30T00:00-12:00',
  '0001-01-01',
  '9999-12-31T23:59:59Z',
  '2026-02-29',
  '1970-01-01T00:00:00Z',
  'Europe/Riga',
  'Pacific/Kiritimati',
  'Etc/GMT+12',
  'Mars/Olympus',
  'UTC',
  0,
  -1,
  1,
  1e21,
  2 ** 31,
  0.5,
  [],
  {},
  true,
  false,
  'a'.repeat(5000),
  '\u202Eevil',
  '🙂',
  {en: ''},
  {xx: 'x'},
  {'en-GB': 'British'},
  ['ngo', 'ngo'],
  ['LV'],
  'open',
  'full',
  'cancelled',
  'postponed',
  'online',
  'mixed',
  'select',
  'checkbox',
  'radio',
  'textarea',
  'email',
  'tel'
);

/**
 * Mutates the sample feed: replaces random values with random or hostile
 * ones; only in the top-level keys `under`, when given.
 */
export function mutate(
  base: unknown,
  picks: {path: number; value: unknown}[],
  under?: readonly string[]
): unknown {
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

/**
 * Grows the lists of a feed (only in the top-level keys `under`, when given):
 * each picked list is repeated `times` over, as a feed with 60 organisers or
 * 300 fields would be. Records in it get unique ids when `unique`, else keep
 * their ids (duplicates are ugly input too).
 */
export function grow(
  base: unknown,
  picks: {path: number; times: number; unique: boolean}[],
  under?: readonly string[]
): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  const lists: unknown[][] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v) && v.length) lists.push(v);
    if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  for (const k of under ?? Object.keys(copy)) walk(copy[k]);
  if (!lists.length) return copy;
  // Inner lists first (they come after their parent in `lists`), so that a
  // grown parent copies its grown children.
  const chosen = new Map(picks.map((p) => [p.path % lists.length, p]));
  for (const [index, {times, unique}] of [...chosen].sort(
    (a, b) => b[0] - a[0]
  )) {
    const list = lists[index];
    const items = list.splice(0);
    for (let i = 0; i < times; i++) {
      for (const item of items) {
        const next = JSON.parse(JSON.stringify(item)) as unknown;
        if (
          unique &&
          i &&
          next &&
          typeof next === 'object' &&
          typeof (next as {id?: unknown}).id === 'string'
        ) {
          (next as {id: string}).id += `-${i}`;
        }
        list.push(next);
      }
    }
  }
  return copy;
}
