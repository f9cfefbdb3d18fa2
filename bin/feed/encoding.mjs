// Bytes of a text file → string. UTF-8 (with or without BOM) and UTF-16 with
// a BOM are read as they are. Anything else that is not valid UTF-8 is most
// likely an export from a spreadsheet program in a Windows code page: for the
// partners' languages Windows-1257 (Latvian, Lithuanian, Estonian),
// Windows-1253 (Greek) or Windows-1252 (Portuguese, Swedish). The `--encoding`
// option decides; without it a heuristic guesses and the caller says so.

import {UserError} from './errors.mjs';

export const ENCODING_NAMES = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1257': 'Windows-1257 (Baltic: Latvian, Lithuanian)',
  'windows-1253': 'Windows-1253 (Greek)',
  'windows-1252': 'Windows-1252 (Western: Portuguese, Swedish)',
  'iso-8859-13': 'ISO-8859-13 (Baltic)',
  'iso-8859-7': 'ISO-8859-7 (Greek)',
};

const CANDIDATES = ['windows-1257', 'windows-1253', 'windows-1252'];

const BALTIC = new Set('āčēģīķļņšūžąęėįųĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲõäöüÕÄÖÜåÅ');
const WESTERN = new Set('ãçáàâêíóôõúéåäöüÃÇÁÀÂÊÍÓÔÕÚÉÅÄÖÜ');
const GREEK_RE = /[\u0370-\u03ff]/;
const ASCII_LETTER_RE = /[A-Za-z]/;

/** How plausible `text` is as the partners' languages decoded with `encoding`. */
function plausibility(text, encoding) {
  let score = 0;
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    let high = 0;
    let good = 0;
    let greek = 0;
    let ascii = 0;
    for (const ch of word) {
      if (ch.charCodeAt(0) < 128) {
        if (ASCII_LETTER_RE.test(ch)) ascii++;
        continue;
      }
      high++;
      if (GREEK_RE.test(ch)) greek++;
      if (encoding === 'windows-1257' && BALTIC.has(ch)) good++;
      if (encoding === 'windows-1252' && WESTERN.has(ch)) good++;
    }
    if (!high) continue;
    if (encoding === 'windows-1253') {
      // Greek words are written in Greek letters only.
      score += ascii ? -high : greek - (high - greek);
    } else {
      // Latin words mix plain letters with a few accented ones.
      score += ascii ? good - (high - good) : -high;
    }
  }
  return score;
}

function decoderFor(label) {
  try {
    return new TextDecoder(label);
  } catch {
    throw new UserError(
      `Unknown encoding "${label}". Use one of: ${Object.keys(ENCODING_NAMES).join(', ')}.`
    );
  }
}

/**
 * @param {Uint8Array} bytes
 * @param {{encoding?: string, name?: string}} options
 * @returns {{text: string, encoding: string, note?: string}}
 */
export function decodeText(bytes, {encoding, name = 'the file'} = {}) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8',
    };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
    };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
    };
  if (encoding) {
    const label = encoding.toLowerCase();
    const decoder = decoderFor(label);
    return {
      text: decoder.decode(bytes),
      encoding: decoder.encoding,
      note:
        decoder.encoding === 'utf-8'
          ? undefined
          : `${name}: read as ${ENCODING_NAMES[decoder.encoding] ?? decoder.encoding}, as --encoding asked.`,
    };
  }
  try {
    return {
      text: new TextDecoder('utf-8', {fatal: true}).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    // Not UTF-8: guess below.
  }
  let best;
  const texts = new Map();
  for (const candidate of CANDIDATES) {
    const text = new TextDecoder(candidate).decode(bytes);
    texts.set(candidate, text);
    const score = plausibility(text, candidate);
    if (!best || score > best.score) best = {encoding: candidate, text, score};
  }
  // Code pages that read these bytes as the same letters (an "ö" alone is
  // the same in Windows-1257 and -1252): the note names them all.
  const alike = CANDIDATES.filter((c) => texts.get(c) === best.text);
  const others = CANDIDATES.filter((c) => !alike.includes(c)).join(' or ');
  return {
    text: best.text,
    encoding: best.encoding,
    note:
      `${name} is not UTF-8; ` +
      (alike.length > 1
        ? `it is in ${alike.map((c) => ENCODING_NAMES[c]).join(' or ')}, which read its letters alike, and was read so. `
        : `it looks like ${ENCODING_NAMES[best.encoding]} and was read as such. `) +
      `If letters look wrong in the result, run again with --encoding ${others}, ` +
      `or save the sheet as "CSV UTF-8" in your spreadsheet program.`,
  };
}
