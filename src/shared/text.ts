/**
 * Text helpers the elements share: folding for search, and attribute lists.
 */

/**
 * Case-, accent- and diacritic-insensitive form of a text, for search in all
 * six languages: "Šiauliai" → "siauliai", "Σύλλογος" → "συλλογοσ" (tonos and
 * final sigma folded).
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ς/g, 'σ');
}

/** An attribute list ("LV, LT SE"): values separated by spaces and/or commas, unique, in order. */
export function parseList(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))];
}

/**
 * A feed text or string as the elements show it. Without the bidi
 * embedding, override and isolate controls: one left open reverses what
 * follows it, our own words too. And without control characters but tab
 * and line breaks (NUL, ESC, DEL, the C1 controls of a text decoded as
 * Latin-1…), which a browser draws as boxes and a calendar file may not
 * hold (RFC 5545); a vertical tab or form feed, a line break in Word or a
 * spreadsheet's cell, is a line break. As the feed tool's build reads a
 * cell (`cellOf` in bin/feed/read-table.mjs). Trimmed: a description's
 * line break at an end would show as an empty line.
 */
export const shown = (text: string) =>
  text
    .replace(/[\v\f\x85]/g, '\n')
    .replace(/[\0-\b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
