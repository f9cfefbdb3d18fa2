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
 * The bidi embedding, override and isolate controls: one left open in a feed
 * text reverses what follows it, our own words too. Feed texts and strings
 * are shown without them.
 */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
