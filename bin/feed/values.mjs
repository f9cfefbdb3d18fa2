// Cell text → feed values: dates and times, numbers, URLs, phones.
import {fold} from './vocab.mjs';

const ISO_FULL =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
// A date (year first with - . or /, or day first with . or /), then the rest.
const YMD = /^(\d{4})([-./])(\d{1,2})\2(\d{1,2})\.?(?=$|[\sT,])(.*)$/s;
const DMY = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})\.?(?=$|[\sT,])(.*)$/s;
// The time after a date as partners write it: 13:00, 13.00, 13:00:30, 13h00
// or 13h (Portuguese), 13 val. (Lithuanian), 1:00 PM, 1 pm or 1:00 μ.μ.
// (Greek), with a word before it: plkst. (Latvian), kl. (Swedish), às
// (Portuguese), ώρα (Greek), at. A bare number (10.08.2027 13) is not taken
// for an hour.
const TIME =
  /^[\sT,]*(?:(?:plkst|pulksten|kl|klockan|at|às|as|ώρα|nuo)\.?\s*)?(\d{1,2})(?:([:.h])(\d{2})?(?:[:.](\d{2}))?)?\s*(?:([ap])\.?\s?m\.?|([πμ])\.?\s?μ\.?|(val)\.?)?$/i;
const OFFSET_ONLY =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})$/;

const pad = (n) => String(n).padStart(2, '0');

/** No place is more hours than this from UTC (Kiribati, UTC+14). */
export const MAX_OFFSET = 14;

function validDate(y, m, d) {
  const t = new Date(Date.UTC(y, m - 1, d));
  return (
    t.getUTCFullYear() === y &&
    t.getUTCMonth() === m - 1 &&
    t.getUTCDate() === d
  );
}

/**
 * A date or date-time as partners write it →
 * {date} (all day), {date, time} (wall-clock, no zone) or {iso} (complete), or undefined;
 * `ambiguous` when it is read day first but could be month first (08/10/2027);
 * `maybeRange` when its offset, west of UTC, could be an end (09:00-12:00).
 */
export function parseWhen(text) {
  const s = text.trim();
  // A weekday before the date ("Otrdiena, 10.08.2027", "Tue 10 Aug 2027"):
  // the date; a weekday it does not fall on is flagged
  // ({weekday: {written, is}}, English names).
  const lead = /^(\p{L}[\p{L}-]*)\.?,?\s+(?=\d)/u.exec(s);
  const day = lead ? words().weekdays.get(fold(lead[1])) : undefined;
  if (day !== undefined) {
    const w = parseWhen(s.slice(lead[0].length));
    const date = w && (w.date ?? w.iso.slice(0, 10));
    if (!date || day < 0) return w;
    const [y, m, d] = date.split('-').map(Number);
    const is = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
    const name = (n) =>
      new Intl.DateTimeFormat('en', {weekday: 'long', timeZone: 'UTC'}).format(
        new Date(Date.UTC(2027, 0, 4 + n))
      );
    return is === day ? w : {...w, weekday: {written: name(day), is: name(is)}};
  }
  if (ISO_FULL.test(s)) {
    if (s.length === 10) {
      const [y, m, d] = s.split('-').map(Number);
      return validDate(y, m, d) ? {date: s} : undefined;
    }
    return {iso: s};
  }
  const off = OFFSET_ONLY.exec(s);
  // No place has such an offset: "13:00-16:00" is a range.
  if (off && !(off[3] !== 'Z' && Number(off[3].slice(1, 3)) > MAX_OFFSET)) {
    const zone =
      off[3] === 'Z' ? 'Z' : off[3].replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
    // "2027-08-10 09:00-12:00" may be a range read as UTC−12:00.
    const maybeRange = off[3].startsWith('-') && /\d-\d/.test(s.slice(11));
    return {iso: `${off[1]}T${off[2]}${zone}`, ...(maybeRange && {maybeRange})};
  }
  let y, m, d, sep, rest;
  let match = YMD.exec(s);
  let dmy = false;
  if (match) [, y, sep, m, d, rest] = match;
  else if ((match = DMY.exec(s))) {
    [, d, sep, m, y, rest] = match;
    dmy = true;
  } else {
    const spelled = spelledDate(s);
    return spelled && parseWhen(spelled);
  }
  [y, m, d] = [y, m, d].map(Number);
  if (!validDate(y, m, d)) return undefined;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  // 08/10/2027: day first here (as in Europe), 10 August in the US.
  const ambiguous = dmy && sep === '/' && d <= 12 && m <= 12 && d !== m;
  const flag = ambiguous ? {ambiguous} : {};
  if (!rest.trim()) return {date, ...flag};
  const t = TIME.exec(rest);
  // An hour alone only with its mark: 13h, 1 pm, 13 val.
  const half = t?.[5] ?? t?.[6];
  if (!t || (!t[3] && !(t[2] === 'h' || half || t[7]))) return undefined;
  let hh = Number(t[1]);
  const [mm = '00', ss] = [t[3], t[4]];
  if (half) {
    if (hh < 1 || hh > 12) return undefined;
    hh = (hh % 12) + (/[pμ]/i.test(half) ? 12 : 0);
  }
  if (hh > 23 || Number(mm) > 59 || (ss && Number(ss) > 59)) return undefined;
  return {date, time: `${pad(hh)}:${mm}${ss ? `:${ss}` : ''}`, ...flag};
}

// Month and weekday names in the six languages (long and short, alone and
// in a date: rugpjūtis and rugpjūčio, Αύγουστος and Αυγούστου), and
// Latvian's "in August" (augustā) as announcements write dates; a word two
// months share is left out. Words around a date: 2027. gada, 2027 m. … d.,
// 10 de agosto de 2027.
let dateWords;
function words() {
  if (dateWords) return dateWords;
  const months = new Map();
  // A weekday's word → its day (0 Monday … 6 Sunday; -1 for a word two
  // days share).
  const weekdays = new Map();
  const add = (word, month) => {
    const k = fold(word);
    months.set(k, months.has(k) && months.get(k) !== month ? 0 : month);
  };
  for (const locale of ['en', 'lv', 'lt', 'sv', 'el', 'pt']) {
    for (let m = 0; m < 12; m++) {
      const day = new Date(Date.UTC(2027, m, 10));
      for (const month of ['long', 'short']) {
        const alone = {month, timeZone: 'UTC'};
        add(new Intl.DateTimeFormat(locale, alone).format(day), m + 1);
        const part = new Intl.DateTimeFormat(locale, {...alone, day: 'numeric'})
          .formatToParts(day)
          .find((p) => p.type === 'month');
        if (part) add(part.value, m + 1);
      }
    }
    for (let d = 0; d < 7; d++)
      for (const weekday of ['long', 'short']) {
        const k = fold(
          new Intl.DateTimeFormat(locale, {weekday, timeZone: 'UTC'}).format(
            new Date(Date.UTC(2027, 0, 4 + d))
          )
        );
        weekdays.set(k, weekdays.has(k) && weekdays.get(k) !== d ? -1 : d);
      }
  }
  'janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī'
    .split(' ')
    .forEach((w, i) => add(w, i + 1));
  const fillers = new Set(['gada', 'g', 'm', 'd', 'de', 'of', 'the', 'den']);
  return (dateWords = {months, weekdays, fillers});
}

/**
 * A date with its month in words ("10. augusts 2027", "2027. gada 10.
 * augusts", "2027 m. rugpjūčio 10 d.", "10 de agosto de 2027", "Tuesday,
 * 10 August 2027", "August 10, 2027"), then what follows (a time) →
 * "2027-08-10 …"; undefined without a day, a month and a year.
 */
function spelledDate(s) {
  const {months, weekdays, fillers} = words();
  const tokens = s.split(/[\s,]+/).filter(Boolean);
  let y, m, d;
  let i = 0;
  for (; i < tokens.length && !(y && m && d); i++) {
    const t = tokens[i];
    const k = fold(t);
    if (/^\d{4}\.?$/.test(t) && !y) y = Number(k);
    else if (/^\d{1,2}(\.|st|nd|rd|th)?$/.test(t) && !d) d = parseInt(k, 10);
    else if (months.get(k) && !m) m = months.get(k);
    else if (!(weekdays.has(k) || fillers.has(k))) return undefined;
  }
  // Words after the date that belong to it ("d.", "de").
  while (i < tokens.length && fillers.has(fold(tokens[i]))) i++;
  if (!(y && m && d) || !validDate(y, m, d)) return undefined;
  const rest = tokens.slice(i).join(' ');
  return `${y}-${pad(m)}-${pad(d)}${rest ? ` ${rest}` : ''}`;
}

const formats = new Map();

function zoneFormat(zone) {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, f);
  }
  return f;
}

/** True when `zone` is an IANA time zone Intl knows. */
export function isTimeZone(zone) {
  try {
    zoneFormat(zone);
    return true;
  } catch {
    return false;
  }
}

function offsetMinutes(zone, utcMs) {
  const parts = {};
  for (const p of zoneFormat(zone).formatToParts(new Date(utcMs)))
    parts[p.type] = p.value;
  const asUtc = Date.UTC(
    +parts.year,
    +parts.month - 1,
    +parts.day,
    +parts.hour,
    +parts.minute,
    +parts.second
  );
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60000);
}

/** A wall-clock date and time as if it were UTC, in ms. */
function wallMs(date, time) {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm, ss = 0] = time.split(':').map(Number);
  return Date.UTC(y, m - 1, d, hh, mm, ss);
}

/** The offset (minutes) withOffset gives a wall time in `zone`. */
function chosenOffset(zone, wall) {
  const offset = offsetMinutes(zone, wall);
  return offsetMinutes(zone, wall - offset * 60000);
}

/** `2025-05-10T18:00+03:00` from a date, a time and an offset in minutes. */
function stamp(date, time, offset) {
  const abs = Math.abs(offset);
  return `${date}T${time}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Wall-clock date and time in `zone` → ISO 8601 with the zone's offset at that moment. */
export function withOffset(date, time, zone) {
  return stamp(date, time, chosenOffset(zone, wallMs(date, time)));
}

/** "56,97" or "56.97" → 56.97; undefined when not a number. */
export function parseNumber(text) {
  let s = text.trim().replace(/\s/g, '');
  if (!s.includes('.') && (s.match(/,/g) ?? []).length === 1)
    s = s.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return undefined;
  return Number(s);
}

export function parseInteger(text) {
  const n = parseNumber(text);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

/** A web address; https:// is added to a bare domain ("www.talsi.lv"). Returns {url, added}. */
const BARE_DOMAIN = /^(www\.)?[\p{L}\d-]+(\.[\p{L}\d-]+)+(:\d+)?([/?#]\S*)?$/u;
const EMAIL = /^(mailto:)?[^\s@/:]+@[^\s@/]+$/i;

/** A web address as a cell gives it: with http(s)://, or a bare domain (talsi.lv/…). */
export function isWebAddress(text) {
  const s = text.trim();
  return /^https?:\/\//i.test(s) || BARE_DOMAIN.test(s);
}

/** An e-mail address, or a mailto: link to one. */
export function isEmail(text) {
  return EMAIL.test(text.trim());
}

/** The strings of a feed text: a string, or one per language ({lv: …}). */
export function textValues(text) {
  const values =
    typeof text === 'string'
      ? [text]
      : text && typeof text === 'object'
        ? Object.values(text)
        : [];
  return values.filter((v) => typeof v === 'string');
}

export function parseUrl(text) {
  const s = text.trim();
  // HTTPS://, as some sheets capitalise it: the scheme in lower case.
  if (/^https?:\/\//i.test(s))
    return {url: s.replace(/^https?/i, (m) => m.toLowerCase())};
  if (BARE_DOMAIN.test(s)) return {url: `https://${s}`, added: true};
  return {url: s};
}

// An extension after a number, in the six languages' words: ext., extension,
// x (en, pt extensão), iekš. (lv), vid. (lt vidinis), ankn. (sv), εσωτ. (el),
// int. (internal).
const EXTENSION =
  /^(.*?\d)\s*(?:[,/]\s*)?((?:ext(?:ension|ensão)?|x|int|iek[sš](?:ējais)?|vid(?:inis)?|ankn(?:ytning)?|εσωτ(?:ερικό)?)\.?\s*\d{1,6})$/iu;

// Words for "phone" written before a number ("tel. 29123456", "Tālr.:
// 6320 0000", "Τηλ. 22 123456"), folded: left out. Other words there
// ("mob.", "fakss", "birojs") say which number it is.
const PHONE_WORDS = new Set(
  [
    'tel',
    'tel nr',
    'telephone',
    'phone',
    'ph',
    'talr',
    'talr nr',
    'talrunis',
    'telefons',
    'telefonas',
    'telefon',
    'telefonnummer',
    'tfn',
    'tlf',
    'τηλ',
    'τηλεφωνο',
    'telefone',
  ].map(fold)
);

/**
 * A phone as partners write it → {number, description?, words?}: a
 * description in brackets after the number ("+371 20000000 (office)"); a
 * word before it ("mob. 2912 3456": the description; one that says phone
 * alone, "tel.", is left out); an extension after it ("6320 0000 / ext.
 * 12": the description, as the phone link dials the number alone). `words`
 * says which of the last two were read, for a warning: {label, dropped,
 * extension}, each as written.
 */
export function parsePhone(text) {
  const t = text.trim();
  const before = /^(\p{L}[\p{L}.\s]{0,24}?)\s*:?\s*([+(]?\d.*)$/u.exec(t);
  const rest = before ? before[2].trim() : t;
  const word = before && t.slice(0, t.length - before[2].length).trim();
  const label =
    before && !PHONE_WORDS.has(fold(before[1].trim()))
      ? before[1].trim()
      : undefined;
  const ext = EXTENSION.exec(rest);
  const bracket = !ext && /^(.*?)\s*\(([^()]*\p{L}[^()]*)\)\s*$/u.exec(rest);
  const number = ext ? ext[1].trim() : bracket?.[1] ? bracket[1].trim() : rest;
  const description = [
    label,
    ext?.[2] ?? (bracket?.[1] ? bracket[2].trim() : undefined),
  ]
    .filter(Boolean)
    .join(', ');
  const out = {number};
  if (description) out.description = description;
  if (before || ext)
    out.words = {
      ...(label ? {label} : before && {dropped: word}),
      ...(ext && {extension: ext[2]}),
    };
  return out;
}

// The partner countries' postal codes, with their country's letters where
// they are written so (LV-3201, LT-01103).
const POSTAL = {
  LV: /^LV-?\s?\d{4}$/i,
  LT: /^LT-?\s?\d{5}$/i,
  SE: /^(?:SE-?\s?)?\d{3}\s?\d{2}$/i,
  CY: /^(?:CY-?\s?)?\d{4}$/i,
  PT: /^\d{4}-\d{3}$/,
  GR: /^\d{3}\s?\d{2}$/,
};

/**
 * A whole address in one cell, as people write it in `country` (one of
 * POSTAL's): "Lielā iela 19/21, Talsi, LV-3201", "Gedimino pr. 1, LT-01103
 * Vilnius", "Rua X 1, 1000-001 Lisboa" → {street, city, postalCode}, and
 * the municipality of "…, Talsi, Talsu nov., LV-3201"; else (no postal
 * code of the country after the street and the town, or more parts)
 * undefined.
 */
export function splitAddress(text, country) {
  const postal = POSTAL[country];
  const parts = text.split(/\s*,\s*/).filter(Boolean);
  if (!postal || parts.length < 2 || parts.length > 4) return undefined;
  const [street, ...rest] = parts;
  const last = rest.at(-1);
  // "…, Talsi, LV-3201"; "…, Talsi, Talsu nov., LV-3201".
  if (rest.length > 1 && postal.test(last))
    return rest.length === 2
      ? {street, city: rest[0], postalCode: last}
      : {street, city: rest[0], municipality: rest[1], postalCode: last};
  if (rest.length !== 1) return undefined;
  // "LT-01103 Vilnius", "123 45 Stockholm", "Talsi LV-3201".
  const words = last.split(/\s+/);
  for (let n = 1; n < words.length; n++) {
    const before = words.slice(0, n).join(' ');
    const after = words.slice(n).join(' ');
    if (postal.test(before) && !/\d/.test(after))
      return {street, city: after, postalCode: before};
    if (postal.test(after) && !/\d/.test(before))
      return {street, city: before, postalCode: after};
  }
  return undefined;
}

/** Split a list cell on ";" (and line breaks); empty items are dropped. */
export function splitList(text) {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Whether the wall-clock time does not exist in `zone` ({kind: 'gap', shown}:
 * the clocks skip it, and `shown` is what they show at the moment withOffset
 * writes) or happens twice ({kind: 'twice', first, other}: the clocks show it
 * twice, `first` says whether withOffset writes the earlier moment, `other`
 * is the ISO of the other one); undefined for an ordinary time.
 */
export function wallTimeProblem(date, time, zone) {
  const wall = wallMs(date, time);
  const written = chosenOffset(zone, wall);
  // The zone's offsets around that day (a change is never more than a day
  // from itself), and those that put this wall time at a moment with that
  // very offset.
  const offsets = [-1, 0, 1].map((days) =>
    offsetMinutes(zone, wall + days * 86400000)
  );
  const fits = [...new Set(offsets)].filter(
    (o) => offsetMinutes(zone, wall - o * 60000) === o
  );
  if (fits.length === 0) {
    const at = wall - written * 60000;
    const shown = new Date(at + offsetMinutes(zone, at) * 60000).toISOString();
    return {kind: 'gap', shown: `${shown.slice(0, 10)} ${shown.slice(11, 16)}`};
  }
  if (fits.length === 1) return undefined;
  // The larger offset is the earlier moment.
  const earlier = Math.max(...fits);
  return {
    kind: 'twice',
    first: written === earlier,
    other: stamp(date, time, written === earlier ? Math.min(...fits) : earlier),
  };
}

/** Letters a language's words have (of the six; English has none of them). */
const LETTERS = {
  el: ['Greek', /\p{Script=Greek}/u],
  lv: ['Latvian', /[āēīķļņģčšžū]/iu],
  lt: ['Lithuanian', /[ąęėįųčšžū]/iu],
  pt: ['Portuguese', /[ãõçáéíóúâêôà]/iu],
  sv: ['Swedish', /[åäö]/iu],
};

/** The English name of one of the six languages (else the code). */
export const languageName = (code) => {
  const language = String(code).split(/[-_]/)[0].toLowerCase();
  return language === 'en' ? 'English' : (LETTERS[language]?.[0] ?? code);
};

/**
 * Whether `texts`, read as `locale`, look like another of the six
 * languages: the one whose letters most words have, when a quarter of them
 * do (an English text naming a place, "the youth club of Kuldīga", is not
 * Latvian); letters Latvian and Lithuanian share alone name both. Then
 * {codes, name, words, of, also}: `also` a sentence naming other languages
 * some words look like, for a column that mixes them ('' when none).
 */
export function looksLike(texts, locale) {
  // lv-LV is Latvian.
  const language = String(locale).split(/[-_]/)[0].toLowerCase();
  const words = texts.flatMap((t) =>
    String(t)
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w))
  );
  const counts = Object.entries(LETTERS).map(([code, [, letters]]) => [
    code,
    words.filter((w) => letters.test(w)).length,
  ]);
  const most = Math.max(...counts.map(([, n]) => n));
  const codes = counts.filter(([, n]) => n === most).map(([c]) => c);
  if (!most || most < words.length / 4 || codes.includes(language))
    return undefined;
  // Lithuanian's letters include those it shares with Latvian: a Latvian
  // text is not also "partly Lithuanian".
  const baltic = codes.includes('lv') || codes.includes('lt');
  const also = counts
    .filter(([c, n]) => n && !codes.includes(c) && c !== language)
    .filter(([c]) => !(baltic && (c === 'lv' || c === 'lt')))
    .map(([c]) => languageName(c));
  return {
    codes,
    name: codes.map(languageName).join(' or '),
    words: most,
    of: words.length,
    also: also.length
      ? ` Some look ${also.join(' or ')}: give each language a text of its own.`
      : '',
  };
}

// Greek letters as Latin ones (after accents are gone), for ids.
const GREEK = Object.fromEntries(
  [...'αβγδεζηθικλμνξοπρσςτυφχψω'].map((c, i) => [
    c,
    'a v g d e z i th i k l m n x o p r s s t y f ch ps o'.split(' ')[i],
  ])
);
// Letters accents do not make (no NFD decomposition).
const LATIN = {ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', þ: 'th'};

/**
 * An id made from a name: lower-case Latin letters, digits and dashes
 * ("Talsu jauniešu klubs" → "talsu-jauniesu-klubs", "Κέντρο Νεότητας" →
 * "kentro-neotitas"), at most about 60 characters, cut between words.
 */
export function slug(text) {
  const s = fold(text)
    .replace(/ου/g, 'ou')
    .replace(/[α-ω]/g, (c) => GREEK[c])
    .replace(/[øæœßłđþ]/g, (c) => LATIN[c])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s.length > 60 ? s.slice(0, 61).replace(/-[^-]*$/, '') : s;
}

// Hemisphere letters, in English and as the partner languages write them
// (lv Z D A R, lt Š P R V, sv Ö V, el Β Ν Α Δ, pt L O) → N, S, E or W; the
// Ε a Greek keyboard types for E. R and Ν: see BESIDE.
const SIDES = {
  N: 'N',
  Z: 'N',
  Š: 'N',
  Β: 'N',
  S: 'S',
  D: 'S',
  P: 'S',
  E: 'E',
  A: 'E',
  Ö: 'E',
  L: 'E',
  Α: 'E',
  Ε: 'E',
  W: 'W',
  V: 'W',
  O: 'W',
  Δ: 'W',
};
// Letters whose way the other letter tells: R (west beside Latvian's Z or
// D, east beside Lithuanian's Š or P) and Ν (south beside Greek's Α or Δ,
// the N of a Greek keyboard beside Ε, E or W); why, when it does not.
const BESIDE = {
  R: {Z: 'W', D: 'W', Š: 'E', P: 'E'},
  Ν: {Α: 'S', Δ: 'S', Ε: 'N', E: 'N', W: 'N'},
};
const UNSURE = {
  R: 'R is west in Latvian and east in Lithuanian: write the latitude with Z or D (Latvian) or Š or P (Lithuanian), or write E or W.',
  Ν: 'Greek Ν is south (Νότιο), but a Greek keyboard also types it for N: write the longitude with Α or Δ (Greek) or E or W, or write N or S in Latin letters.',
};
const SIDE = '([NSEWZDAŠPVRÖLOΒΝΑΔΕ])';
// One coordinate: decimal degrees (57.2456, 57,2456, -8.61) or degrees,
// minutes and seconds (57°14'44.2"), a hemisphere letter before or after.
const COORDINATE = String.raw`${SIDE}?\s*(-?\d{1,3}(?:[.,]\d+)?)\s*°?\s*(?:(\d{1,2}(?:[.,]\d+)?)\s*'\s*(?:(\d{1,2}(?:[.,]\d+)?)\s*")?)?\s*${SIDE}?`;
const COORDINATES = new RegExp(
  `^\\s*${COORDINATE}\\s*[,;\\s]\\s*${COORDINATE}\\s*$`,
  'i'
);

/**
 * A place's latitude and longitude in one cell, as maps give them
 * ("57.2456, 22.5877", "57,2456; 22,5877", "57.2456° N, 22.5877° E",
 * 57°14'44.2"N 22°35'15.7"E, 57°14'44"Z 22°35'16"A) → {lat, lon};
 * {why} when its letters do not say which way; undefined when it is no
 * pair of coordinates.
 */
export function parseCoordinates(text) {
  const m = COORDINATES.exec(
    String(text).replace(/[′’]/g, "'").replace(/[″”]/g, '"')
  );
  if (!m) return undefined;
  const letters = [m[1] ?? m[5], m[6] ?? m[10]].map((l) =>
    (l ?? '').toUpperCase()
  );
  const sides = letters.map((l, i) =>
    BESIDE[l] ? BESIDE[l][letters[1 - i]] : (SIDES[l] ?? '')
  );
  const unsure = letters[sides.indexOf(undefined)];
  if (unsure) return {why: UNSURE[unsure]};
  const number = (v) => (v ? Number(v.replace(',', '.')) : 0);
  const read = ([, deg, min, sec], side) => {
    const value = Math.abs(number(deg)) + number(min) / 60 + number(sec) / 3600;
    const sign = deg.startsWith('-') || side === 'S' || side === 'W' ? -1 : 1;
    return {value: Math.round(sign * value * 1e6) / 1e6, side};
  };
  let [a, b] = [read(m.slice(1, 6), sides[0]), read(m.slice(6, 11), sides[1])];
  // Longitude first when the letters say so (22.5877 E, 57.2456 N).
  if (/[EW]/.test(a.side) && /[NS]/.test(b.side)) [a, b] = [b, a];
  if (Math.abs(a.value) > 90 || Math.abs(b.value) > 180) return undefined;
  return {lat: a.value, lon: b.value};
}

// The partner countries' calling codes, the digits a national number has
// after its trunk prefix (the 8 of Lithuania's, the 0 of Sweden's), and
// that prefix.
const CALLING = {
  LV: ['371', /^()(\d{8})$/],
  LT: ['370', /^(8)(\d{8})$/],
  SE: ['46', /^(0)(\d{6,9})$/],
  CY: ['357', /^()(\d{8})$/],
  PT: ['351', /^()(\d{9})$/],
  GR: ['30', /^()(\d{10})$/],
};

/**
 * A national phone number of `country` (one of CALLING's) → written with
 * its calling code, the trunk prefix dropped and the rest as typed
 * ("8 600 00000" → "+370 600 00000"); undefined for any other.
 */
export function withCallingCode(number, country) {
  const [code, national] = CALLING[country] ?? [];
  const digits = number.replace(/[\s()./-]/g, '');
  const m = code && national.exec(digits);
  if (!m || number.startsWith('+')) return undefined;
  // The typed number after its trunk prefix's digit.
  const rest = m[1] ? number.replace(/^\D*\d[\s./-]*/, '') : number;
  return `+${code} ${rest}`;
}

/**
 * Whether a number cell turned a long number ("+371 2000 0000", a register
 * number) into one with an exponent ("3.712E+10", "4,0008E+10"), which
 * lost its digits.
 */
export function lostDigits(text) {
  return /^\d([.,]\d+)?E\+?\d+$/i.test(text.replace(/[\s/-]/g, ''));
}

/**
 * Whether a phone number is two, with a slash after a space between them
 * ("2912 3456 / 6320 0000"; "031/123 45 67" is one), as the elements read
 * it (src/shared/contact-url.ts: its link dials the first).
 */
export function twoNumbers(number) {
  return /\s\/\s*[+(\d]/.test(number);
}

/**
 * The registers of organisations of the partner countries, by their codes
 * at org-id.guide, with the length of their numbers: a register number
 * written without its register ("40008000000") is read as one of the
 * register of the organisation's country. (Cyprus keeps companies and
 * associations in different registers: its numbers need their code.)
 */
const REGISTERS = {
  LV: ['LV-RE', 'the Register of Enterprises of Latvia', 11],
  LT: ['LT-RC', 'the Register of Legal Entities of Lithuania', 9],
  SE: ['SE-ON', "Sweden's organisationsnummer", 10],
  PT: ['PT-NIPPC', "Portugal's NIPC", 9],
};

/** The register of `country`'s organisations: {scheme, name}, or undefined. */
export function registerOf(country) {
  const [scheme, name] = REGISTERS[country] ?? [];
  return scheme && {scheme, name};
}

/**
 * What is wrong with the length of `value`, a number of the register
 * `scheme` (one of REGISTERS'), for a warning; else undefined.
 */
export function registerLength(scheme, value) {
  const [, name, size] =
    Object.values(REGISTERS).find(([s]) => s === scheme) ?? [];
  const digits = value.replace(/[\s./-]/g, '');
  return size && /^\d+$/.test(digits) && digits.length !== size
    ? `${digits.length} digits; ${scheme} numbers (${name}) have ${size}. Check it.`
    : undefined;
}

/** The countries with a register of registerOf, for messages ("LV, LT, SE and PT"). */
export const REGISTER_COUNTRIES = Object.keys(REGISTERS);
