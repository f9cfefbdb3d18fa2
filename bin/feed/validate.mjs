// Check a feed against the JSON Schema (the one the elements use) and a few
// rules the schema cannot say; every problem in plain words with its place.

import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {columnLetter, show, UserError} from './errors.mjs';
import {PATH_COLUMNS, parseHeader} from './columns.mjs';
import {
  FIELDS,
  LOCALES,
  ORGANIZATION_TYPES,
  TOPICS,
  fold,
  lookupCountry,
} from './vocab.mjs';
import {
  MAX_OFFSET,
  isTimeZone,
  languageName,
  looksLike,
  registerLength,
  textValues,
  twoNumbers,
  parsePhone,
  withCallingCode,
} from './values.mjs';

const SCHEMA_PLACES = [
  // A development checkout has the source; the published package has dist/.
  new URL('../../src/feed/feed.schema.json', import.meta.url),
  new URL('../../dist/feed.schema.json', import.meta.url),
];

let cached;

export function loadSchema() {
  if (cached) return cached.schema;
  for (const url of SCHEMA_PLACES) {
    const path = fileURLToPath(url);
    if (existsSync(path)) {
      cached = {schema: JSON.parse(readFileSync(path, 'utf8')), path};
      return cached.schema;
    }
  }
  throw new UserError(
    'The feed schema (dist/feed.schema.json) is missing from the package; run `npm run build` first.'
  );
}

let validator;

async function compile() {
  if (validator) return validator;
  let Ajv;
  try {
    const mod = await import('ajv');
    Ajv = mod.default?.default ?? mod.default ?? mod;
  } catch {
    throw new UserError('The package "ajv" is not installed; run npm install.');
  }
  const schema = loadSchema();
  const ajv = new Ajv({allErrors: true, strict: false, verbose: true});
  validator = {validate: ajv.compile(schema), schema};
  return validator;
}

/** What a value of a schema definition looks like, in words. */
function expectations(schema) {
  const d = schema.definitions;
  const org = d.organization.properties;
  return new Map([
    [
      d.id,
      'an id without spaces, at most 200 characters (e.g. lv-talsi-youth-club)',
    ],
    [d.locale, 'a language code like en, lv, lt, sv, el or pt'],
    [d.httpUrl, 'a web address starting with http:// or https://'],
    [
      d.dateOrDateTime,
      'a date like 2025-05-10, or a date and time with its offset like 2025-05-10T18:00+03:00',
    ],
    [
      d.dateTimeWithOffset,
      'a date and time with its offset like 2025-05-10T18:00+03:00',
    ],
    [d.country, 'a two-letter country code like LV, LT, SE, CY or PT'],
    [org.email, 'an e-mail address like info@example.org'],
    [
      org.phones.items.properties.number,
      'a phone number made of digits, spaces and + ( ) . / -, like +371 2000 0000',
    ],
    [org.languages.items, 'a two-letter language code like lv or en'],
    [
      d.form.properties.fields.items.properties.name,
      'a field name starting with a letter, then letters, digits, _ . or -',
    ],
  ]);
}

const TYPE_WORDS = {
  string: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object ({…})',
  array: 'a list ([…])',
  null: 'null',
};

function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number')
    return Number.isInteger(value) ? 'a whole number' : 'a number';
  return `a ${typeof value === 'string' ? 'text' : typeof value}`;
}

function found(value) {
  if (value === undefined) return 'nothing';
  if (value === '') return 'an empty text';
  if (typeof value === 'object' && value !== null) {
    const s = JSON.stringify(value);
    return `${typeOf(value)} ${s.length > 60 ? s.slice(0, 59) + '…' : s}`;
  }
  return show(value);
}

function get(feed, pointer) {
  let v = feed;
  for (const part of pointer.split('/').slice(1)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = v[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}

/** Why a text is not a text, in words. */
function textProblem(value) {
  const expected =
    'a text: a non-empty string, or an object of language code → text like {"lv": "…", "en": "…"}';
  if (value === '') return {found: 'an empty text', expected};
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return {found: 'an empty object {}', expected};
    const bad = keys.find((k) => !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(k));
    if (bad)
      return {
        found: `the language code ${show(bad)}`,
        expected: 'language codes in lower case like en, lv, lt, sv, el, pt',
      };
    const nonText = keys.find((k) => typeof value[k] !== 'string');
    if (nonText)
      return {
        found: `${found(value[nonText])} for "${nonText}"`,
        expected: 'a text for each language',
      };
  }
  return {found: found(value), expected};
}

/** ajv errors → problems, one per place. */
function describeErrors(errors, feed, schema) {
  const words = expectations(schema);
  const text = schema.definitions.text;
  const out = [];
  const textPaths = new Set();
  for (const e of errors)
    if (e.keyword === 'oneOf' && e.schema === text.oneOf)
      textPaths.add(e.instancePath);
  const underText = (p) =>
    [...textPaths].some((t) => p === t || p.startsWith(t + '/'));
  for (const p of textPaths) {
    const {found: f, expected} = textProblem(get(feed, p));
    out.push({path: p, message: `found ${f}; expected ${expected}.`});
  }
  const anyOfPaths = new Set();
  // A value whose definition says in words what it must be (an id, a
  // country code) gets that one message, not a second one for its length.
  const worded = new Set(
    errors
      .filter((e) => e.keyword === 'pattern' && words.has(e.parentSchema))
      .map((e) => e.instancePath)
  );
  for (const e of errors) {
    const path = e.instancePath;
    if (underText(path)) continue;
    if (e.keyword.endsWith('Length') && worded.has(path)) continue;
    const value = e.data;
    switch (e.keyword) {
      case 'required': {
        if (e.schemaPath.includes('anyOf')) continue;
        const p = e.params.missingProperty;
        out.push({
          path: `${path}/${p}`,
          message: `"${p}" is missing; it is required.`,
        });
        break;
      }
      case 'anyOf':
        if (anyOfPaths.has(path)) break;
        anyOfPaths.add(path);
        out.push({
          path,
          message:
            'an organiser needs an "id" (of an organisation of this feed) or a "name".',
        });
        break;
      case 'type':
        out.push({
          path,
          message: `found ${found(value)}; expected ${TYPE_WORDS[e.params.type] ?? e.params.type}.`,
        });
        break;
      case 'pattern': {
        const hint =
          e.parentSchema === schema.definitions.country &&
          typeof value === 'string'
            ? lookupCountry(value)
            : undefined;
        // A phone with its extension ("+371 6320 0000 ext. 12") or a word
        // before it ("mob. 2912 3456"): where they go.
        const phone =
          /\/phones\/\d+\/number$/.test(path) && typeof value === 'string'
            ? parsePhone(value)
            : {};
        const read = phone.words;
        out.push({
          path,
          message: `found ${found(value)}; expected ${words.get(e.parentSchema) ?? `a text matching ${e.params.pattern}`}${hint ? ` (did you mean ${hint}?)` : ''}.${read?.extension ? ` An extension goes in the description, which the elements show beside the number: {"number": ${show(phone.number)}, "description": ${show(read.extension)}}.` : read ? ` Write the number alone, ${show(phone.number)}${read.label ? `, and ${show(read.label)} in the description, which the elements show beside it` : ''}.` : ''}`,
        });
        break;
      }
      case 'enum':
        out.push({
          path,
          message: `found ${found(value)}; expected one of ${e.params.allowedValues.join(', ')}.`,
        });
        break;
      case 'const':
        out.push({
          path,
          message: `found ${found(value)}; expected ${JSON.stringify(e.params.allowedValue)}.`,
        });
        break;
      case 'minLength':
        out.push({
          path,
          message: `found ${found(value)}; expected at least ${e.params.limit} character${e.params.limit > 1 ? 's' : ''}.`,
        });
        break;
      case 'maxLength':
        out.push({
          path,
          message: `found a text of ${value.length} characters; expected at most ${e.params.limit}.`,
        });
        break;
      case 'minimum':
      case 'maximum':
        out.push({
          path,
          message: `found ${found(value)}; expected a number ${e.keyword === 'minimum' ? 'of at least' : 'of at most'} ${e.params.limit}.`,
        });
        break;
      case 'propertyNames':
      case 'oneOf':
        break;
      default:
        out.push({path, message: `found ${found(value)}; ${e.message}.`});
    }
  }
  const order = (p) => p.replace(/\d+/g, (n) => n.padStart(9, '0'));
  return out.sort((a, b) =>
    order(a.path) < order(b.path) ? -1 : order(a.path) > order(b.path) ? 1 : 0
  );
}

function texts(record, keys) {
  return keys.map((k) => [k, record?.[k]]).filter(([, v]) => v !== undefined);
}

const LEGAL_WORDS = new Set(
  [
    'biedriba',
    'nodibinajums',
    'sia',
    'asociacija',
    'vsi',
    'association',
    'foundation',
    'the',
    'of',
    'ngo',
    'nvo',
    'mko',
    'ong',
    'ry',
    'ideell',
    'forening',
    'ab',
    'associacao',
    'fundacao',
    'ipss',
    'de',
    'da',
    'do',
    'σωματειο',
    'ενωση',
    'ιδρυμα',
    'μκο',
  ].map(fold)
);

function nameKey(name) {
  return fold(name)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !LEGAL_WORDS.has(w))
    .join(' ');
}

/**
 * Problems the schema cannot see. `others`: the ids (per collection) of
 * feeds read with this one (src="a b"), which its references may name.
 */
// Invisible characters (a zero-width space, a soft hyphen, a bidi mark, a
// byte order mark…) that a copy from a web page brings, and the values in
// which one breaks what it is for: an id, an address, a number.
const INVISIBLE =
  /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
/**
 * A pattern that repeats a group (a "+", "*" or "{" after an unescaped ")"):
 * the form ignores it, as the elements' reader does (src/feed/form.ts, the
 * same expression; a test keeps the two alike).
 */
export const REPEATED_GROUP = /(^|[^\\])\)[*+{]/;
const PLAIN_KEYS = new Set([
  'id',
  'eventId',
  'formId',
  'email',
  'website',
  'url',
  'registrationUrl',
  'onlineUrl',
  'imageUrl',
  'sourceUrl',
  'number',
  'scheme',
  'value',
]);

// A control character (not a tab or a line break) that an old system's
// export or a document brings: the elements leave it out (`shown` in
// src/shared/text.ts), other programs reading the feed show it as a box.
const CONTROL = /[\0-\b\v\f\x0e-\x1f\x7f-\x9f]/;

/** Each string of `value` that `test` picks (given its path): [path, text]. */
function strings(value, test, path = '', out = []) {
  if (typeof value === 'string') {
    if (test(path, value)) out.push([path, value]);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      strings(v, test, `${path}/${k}`, out);
  return out;
}

/** Where `text` has the first character `re` finds: "U+200B, after "ab"". */
function codeAt(text, re) {
  const at = text.search(re);
  const code = text.codePointAt(at).toString(16).toUpperCase().padStart(4, '0');
  return `U+${code}${at ? `, after ${show(text.slice(0, at))}` : ', first'}`;
}

// Where the partner countries are, as [south, west, north, east] boxes
// with a margin (Portugal's with Madeira and the Azores): coordinates
// outside their country's are a mistake, most often swapped, or a
// longitude west of Greenwich without its minus.
const AREAS = {
  LV: [[55.5, 20.8, 58.2, 28.4]],
  LT: [[53.8, 20.8, 56.6, 27]],
  SE: [[55.2, 10.8, 69.2, 24.3]],
  CY: [[34.4, 32.1, 35.8, 34.7]],
  GR: [[34.7, 19.2, 41.9, 29.8]],
  PT: [
    [36.8, -9.7, 42.3, -6],
    [32.3, -17.4, 33.2, -16.2],
    [36.8, -31.4, 39.8, -24.9],
  ],
};
const inArea = (country, lat, lon) =>
  AREAS[country].some(
    ([s, w, n, e]) => lat >= s && lat <= n && lon >= w && lon <= e
  );

/** What is wrong with coordinates outside their country, or undefined. */
function placeProblem(geo, country) {
  const {lat, lon} = geo ?? {};
  if (!AREAS[country] || typeof lat !== 'number' || typeof lon !== 'number')
    return undefined;
  if (inArea(country, lat, lon)) return undefined;
  const where = `${lat}, ${lon} is not in ${country}, so its map link shows another place`;
  if (inArea(country, lon, lat))
    return `${where}: the latitude and the longitude look swapped (${lon}, ${lat} is in ${country}); write the latitude first.`;
  if (inArea(country, lat, -lon))
    return `${where}: a longitude west of Greenwich needs its minus (${lat}, ${-lon} is in ${country}).`;
  return `${where}. Check the coordinates (a map gives them, the latitude first).`;
}

function extraChecks(feed, sources, others) {
  // A record built from a sheet row: the build has warned at its cells.
  const fromSheet = (c, i) => !!sources?.[c]?.[i];
  const out = [];
  const error = (path, message) => out.push({level: 'error', path, message});
  const warn = (path, message) => out.push({level: 'warning', path, message});
  const collections = ['organizations', 'events', 'recommendations', 'forms'];
  // An id, address or number with an invisible character in it.
  const hidden = (path, v) =>
    PLAIN_KEYS.has(path.slice(path.lastIndexOf('/') + 1)) && INVISIBLE.test(v);
  for (const [path, text] of strings(feed, hidden)) {
    warn(
      path,
      `${show(text)} has an invisible character in it (${codeAt(text, INVISIBLE)}), which a copy from a web page or a document brings: ${/id$|Id$/.test(path) ? 'an id with it is another id than it looks, and what names it finds nothing' : 'its link goes nowhere'}. Type the value again, or delete the character.`
    );
  }
  for (const [path, text] of strings(feed, (_, v) => CONTROL.test(v))) {
    warn(
      path,
      `${show(text)} has a control character in it (${codeAt(text, CONTROL)}), which an export from another system or a document brings; the elements leave it out, and other programs reading the feed show it as a box. Delete the character.`
    );
  }
  // A section that is not a list is the schema's error ("expected a list"); here it is empty.
  const records = (c) => (Array.isArray(feed[c]) ? feed[c] : []);
  const ids = {};
  for (const c of collections) {
    ids[c] = new Set();
    const list = records(c);
    const first = new Map();
    list.forEach((r, i) => {
      if (typeof r?.id !== 'string') return;
      if (first.has(r.id))
        error(
          `/${c}/${i}/id`,
          `the id ${show(r.id)} is already used by /${c}/${first.get(r.id)}; ids must be unique.`
        );
      else first.set(r.id, i);
      ids[c].add(r.id);
    });
  }
  const known = (c, id) => ids[c].has(id) || !!others?.[c]?.has(id);
  const here = others ? 'this feed or the others given with it' : 'this feed';
  const locales = new Set(LOCALES);
  // `required`: the elements skip the record without this text. A text is
  // empty when it shows nothing: spaces, or only invisible characters
  // (zero-width spaces, bidi controls, soft hyphens, control characters);
  // the same test as the elements' reader (NON_BLANK in src/feed/read.ts).
  const shows = (v) => /[^\s\p{DI}\p{Cc}]/u.test(v);
  const checkLocales = (path, value, required = false) => {
    const empty = (where) =>
      (required ? error : warn)(
        path,
        `the text is empty${where}; the elements ${required ? 'skip this record' : 'leave it out'}.`
      );
    // '': the schema's error.
    if (typeof value === 'string' && value && !shows(value)) return empty('');
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (
        Object.keys(value).length && // {}: the schema's error
        !Object.values(value).some((v) => typeof v === 'string' && shows(v))
      )
        return empty(' in every language');
      const missing = LOCALES.filter(
        (l) => !(l in value) || !shows(String(value[l]))
      );
      if (missing.length && missing.length < LOCALES.length)
        warn(
          path,
          `the text has no ${missing.join(', ')} version; readers in ${missing.length > 1 ? 'those languages' : 'that language'} see it in another language.`
        );
      for (const [k, v] of Object.entries(value))
        if (typeof v === 'string' && !shows(v))
          warn(`${path}/${k}`, 'the text is empty.');
      // The same sentence under several languages (copied to fill them
      // all): at most one is in its language, and a screen reader reads the
      // others with the wrong language's sounds. Names (a few words) may be
      // the same in every language.
      const byText = new Map();
      for (const [k, v] of Object.entries(value))
        if (typeof v === 'string' && v.trim().split(/\s+/).length >= 6)
          byText.set(v.trim(), [...(byText.get(v.trim()) ?? []), k]);
      for (const [text, keys] of byText)
        if (keys.length > 1)
          warn(
            path,
            `the ${keys.slice(0, -1).join(', ')} and ${keys.at(-1)} texts are the same (${show(text, 50)}): at most one is in its language, and screen readers read the others with the wrong language's sounds. Keep it under its own language only: readers of the others then see it marked with its language.`
          );
      void locales;
    }
  };
  // A code the schema's pattern lets through but no country has ("XX"),
  // or another spelling of one ("EL" for Greece): shown as it is.
  const checkCountry = (path, code) => {
    if (typeof code !== 'string' || !/^[A-Za-z]{2}$/.test(code)) return;
    const known = lookupCountry(code);
    if (known !== code.toUpperCase())
      warn(
        path,
        `${show(code)} is not a country code we know${known ? ` (did you mean ${known}?)` : ''}; the elements show it as it is. Use the ISO code: LV, LT, SE, CY, PT, GR, ….`
      );
  };
  const names = new Map();
  // Texts given without a language (plain strings) are in defaultLocale;
  // the elements tell screen readers so. Plain texts that look like another
  // language (one warning for the feed; a sheet's columns were warned about
  // as it was built).
  const locale =
    typeof feed.defaultLocale === 'string' ? feed.defaultLocale : 'en';
  const plain = [
    ['organizations', ['name', 'description', 'municipality', 'city']],
    ['events', ['title', 'description']],
    ['recommendations', ['title', 'summary']],
  ].flatMap(([c, keys]) =>
    records(c).flatMap((r, i) =>
      fromSheet(c, i)
        ? []
        : keys.map((k) => r?.[k]).filter((v) => typeof v === 'string')
    )
  );
  const look = looksLike(plain, locale);
  if (look)
    warn(
      '/defaultLocale',
      `${look.words} of the ${look.of} words of the texts given without a language are read as ${languageName(locale)} (defaultLocale ${feed.defaultLocale === undefined ? 'is not set: en' : show(locale)}), but have ${look.name} letters. If they are ${look.name}, set "defaultLocale": "${look.codes[0]}"${look.codes.length > 1 ? ` (or "${look.codes[1]}")` : ''}, or give each such text with its language ({"${look.codes[0]}": "…"}): the elements tell screen readers each text's language.${look.also}`
    );
  // Big feeds block the page while they load (README, "A big directory").
  const many = records('organizations').length;
  if (many > 5000)
    warn(
      '/organizations',
      `${many.toLocaleString('en')} organisations in one feed: the page is blocked while it loads them. Split it, e.g. one feed per country, and list them all in the element's src.`
    );
  records('organizations').forEach((o, i) => {
    if (!o || typeof o !== 'object') return;
    const p = `/organizations/${i}`;
    for (const [k, v] of texts(o, [
      'name',
      'description',
      'municipality',
      'city',
    ]))
      checkLocales(`${p}/${k}`, v, k === 'name');
    checkCountry(`${p}/country`, o.country);
    checkCountry(`${p}/address/country`, o.address?.country);
    const place = placeProblem(o.geo, o.address?.country ?? o.country);
    if (place) warn(`${p}/geo/lat`, place);
    // The schema takes any x@y; one without a dot after the @ (a domain left
    // unfinished, "info@kuldiga") is shown as a link whose mail never
    // arrives.
    const domain =
      typeof o.email === 'string' && /^[^\s@]+@([^\s@]+)$/.exec(o.email)?.[1];
    if (domain && !domain.includes('.'))
      warn(
        `${p}/email`,
        `${show(o.email)} has no dot after the @, so mail to it does not arrive; an address on the internet ends in a domain like ${show(`${domain}.${/^[A-Za-z]{2}$/.test(o.country ?? '') ? o.country.toLowerCase() : 'org'}`)}. The elements show it as it is.`
      );
    // A national number ("29123456") is dialled only within its country.
    (Array.isArray(o.phones) ? o.phones : []).forEach((phone, n) => {
      const international =
        typeof phone?.number === 'string' &&
        withCallingCode(phone.number, o.country);
      if (international)
        warn(
          `${p}/phones/${n}/number`,
          `${show(phone.number)} has no country code, so a phone abroad cannot dial it; if it is a ${o.country} number, write ${show(international)}.`
        );
      // Two numbers in one ("2912 3456 / 6320 0000"): the link dials the first.
      else if (typeof phone?.number === 'string' && twoNumbers(phone.number))
        warn(
          `${p}/phones/${n}/number`,
          `${show(phone.number)} holds two numbers, and its link dials the first only: give each a phone of its own.`
        );
    });
    // A number of a partner country's register of the wrong length.
    (!fromSheet('organizations', i) && Array.isArray(o.identifiers)
      ? o.identifiers
      : []
    ).forEach((identifier, n) => {
      const wrong =
        typeof identifier?.scheme === 'string' &&
        typeof identifier.value === 'string' &&
        registerLength(identifier.scheme, identifier.value);
      if (wrong)
        warn(
          `${p}/identifiers/${n}/value`,
          `${show(identifier.value)} has ${wrong}`
        );
    });
    if (o.sample === true)
      warn(
        p,
        'marked as sample data ("sample": true): a made-up record for demonstration; remove it before publishing real data.'
      );
    for (const t of Array.isArray(o.types) ? o.types : [])
      if (typeof t === 'string' && !ORGANIZATION_TYPES.includes(t))
        warn(
          `${p}/types`,
          `${show(t)} is not a known type; the elements read it as "other".`
        );
    for (const f of !fromSheet('organizations', i) && Array.isArray(o.fields)
      ? o.fields
      : [])
      if (typeof f === 'string' && !FIELDS.includes(f))
        warn(
          `${p}/fields`,
          `${show(f)} is not one of the known fields; the elements show it under "other".`
        );
    const keys = new Set(textValues(o.name).map(nameKey).filter(Boolean));
    for (const key of keys) {
      const k = `${o.country ?? ''}|${key}`;
      const before = names.get(k);
      if (before !== undefined && before !== i) {
        warn(
          `${p}/name`,
          `the name looks like the name of /organizations/${before} (${show(feed.organizations[before]?.id)}); is it the same organisation twice?`
        );
        break;
      }
      names.set(k, i);
    }
  });
  // A day the calendar does not have (31 February): the pattern allows it,
  // and a browser's Date would roll it over to March; the elements skip it.
  // The same test as the elements' reader (src/feed/read.ts): the day, and
  // a date and time a browser can read (not 25:00, not 23:59:60).
  const realDay = (path, v) => {
    const m = typeof v === 'string' && /^(\d{4})-(\d\d)-(\d\d)/.exec(v);
    if (!m) return;
    if (new Date(v.slice(0, 10)).getUTCDate() !== +m[3])
      error(
        path,
        `${show(v)} is not a day of the calendar (${m[1]}-${m[2]} has no day ${m[3]}); the elements skip it.`
      );
    else if (isNaN(Date.parse(v)))
      error(path, `${show(v)} is not a time of the day; the elements skip it.`);
    // Browsers read any offset up to 23:59; no place is more than 14 hours
    // from UTC ("13:00-16:00" was a start and an end, read as an offset).
    else if (Number(/[+-](\d\d):\d\d$/.exec(v)?.[1]) > MAX_OFFSET)
      warn(
        path,
        `${show(v)} has the offset ${v.slice(-6)}, which is no place's (none is more than 14 hours from UTC), so the elements show a wrong time. Was it a time range? Give the end in its own field.`
      );
  };
  realDay('/updated', feed.updated);
  records('organizations').forEach((o, i) =>
    realDay(`/organizations/${i}/updated`, o?.updated)
  );
  records('forms').forEach((f, i) =>
    ['opens', 'closes'].forEach((k) => realDay(`/forms/${i}/${k}`, f?.[k]))
  );
  // Registration (an event's, a form's) that opens after it closes is never
  // open: the card and the form say it opens on that day until the closing
  // day has passed, then that it has closed. (A closing day alone lasts to
  // its end, as in src/shared/registration.ts.)
  const checkWindow = (path, {opens, closes} = {}, what) => {
    if (typeof opens !== 'string' || typeof closes !== 'string') return;
    const last = Date.parse(closes) + (closes.length === 10 ? 86_400_000 : 0);
    if (Date.parse(opens) >= last)
      warn(
        `${path}/opens`,
        `${what} opens (${opens}) after it closes (${closes}), so it is never open: the card and the form say it opens on ${opens.slice(0, 10)} until ${closes.slice(0, 10)} has passed, then that it has closed. Are the two swapped?`
      );
  };
  records('events').forEach((e, i) => {
    if (!e || typeof e !== 'object') return;
    const p = `/events/${i}`;
    const place = placeProblem(e.venue?.geo, e.venue?.address?.country);
    if (place) warn(`${p}/venue/geo/lat`, place);
    const reg =
      e.registration && typeof e.registration === 'object'
        ? e.registration
        : undefined;
    // The card shows onlineUrl only for an online or mixed event.
    const online =
      e.attendanceMode === 'online' || e.attendanceMode === 'mixed';
    if (typeof e.onlineUrl === 'string' && !online)
      warn(
        `${p}/onlineUrl`,
        `the card does not show onlineUrl for an event that is not online: set attendanceMode to online or mixed (it is ${e.attendanceMode ? show(e.attendanceMode) : 'offline, the default'}).`
      );
    else if (online && e.onlineUrl === undefined && e.status !== 'cancelled')
      warn(
        `${p}/attendanceMode`,
        `${e.attendanceMode === 'online' ? 'an online' : 'a mixed'} event with no onlineUrl: the card says "Online event" with no link to join (as meant if the link goes only to those who register).`
      );
    checkWindow(`${p}/registration`, reg, 'registration');
    if (
      typeof reg?.registered === 'number' &&
      typeof reg.capacity === 'number' &&
      reg.registered > reg.capacity &&
      reg.status !== 'full'
    )
      warn(
        `${p}/registration/registered`,
        `${reg.registered} registered for ${reg.capacity} places: the card and the form show the event as full${reg.status === 'open' ? ', though its status is open' : ''}. Is the capacity right?`
      );
    for (const k of ['start', 'end']) realDay(`${p}/${k}`, e[k]);
    for (const k of ['opens', 'closes'])
      realDay(`${p}/registration/${k}`, e.registration?.[k]);
    for (const [k, v] of texts(e, ['title', 'description']))
      checkLocales(`${p}/${k}`, v, k === 'title');
    checkCountry(`${p}/venue/address/country`, e.venue?.address?.country);
    if (typeof e.timeZone === 'string' && !isTimeZone(e.timeZone)) {
      const like = Intl.supportedValuesOf('timeZone').find((z) =>
        z.toLowerCase().endsWith(`/${e.timeZone.toLowerCase()}`)
      );
      warn(
        `${p}/timeZone`,
        `${show(e.timeZone)} is not a time zone the browsers know; the card uses the start's offset instead. ${like ? `Did you mean ${like}?` : 'Use an IANA name such as Europe/Riga.'}`
      );
    }
    (Array.isArray(e.organizers) ? e.organizers : []).forEach((o, j) => {
      if (typeof o?.id === 'string' && !known('organizations', o.id))
        warn(
          `${p}/organizers/${j}/id`,
          `there is no organisation with the id ${show(o.id)} in ${here}.`
        );
    });
    const formId = e.registration?.formId;
    if (typeof formId === 'string' && !known('forms', formId))
      warn(
        `${p}/registration/formId`,
        `there is no form with the id ${show(formId)} in ${here}.`
      );
    if (
      typeof e.start === 'string' &&
      typeof e.end === 'string' &&
      Date.parse(e.end) < Date.parse(e.start)
    )
      warn(`${p}/end`, `the end (${e.end}) is before the start (${e.start}).`);
    // A timed start with a day for its end: the card can show only the day (and drops it when it is the start's own).
    if (
      typeof e.start === 'string' &&
      e.start.includes('T') &&
      /^\d{4}-\d{2}-\d{2}$/.test(e.end ?? '')
    )
      warn(
        `${p}/end`,
        `the end (${e.end}) is a day without a time, but the start (${e.start}) has one: give the end its time and offset too, like ${e.end}T18:00${/[+-]\d\d:\d\d$|Z$/.exec(e.start)?.[0] ?? '+03:00'}.`
      );
  });
  records('recommendations').forEach((r, i) => {
    if (!r || typeof r !== 'object') return;
    const p = `/recommendations/${i}`;
    for (const [k, v] of texts(r, ['title', 'summary']))
      checkLocales(`${p}/${k}`, v, k === 'title');
    for (const t of !fromSheet('recommendations', i) && Array.isArray(r.topics)
      ? r.topics
      : [])
      if (typeof t === 'string' && !TOPICS.includes(t))
        warn(
          `${p}/topics`,
          `${show(t)} is not one of the known topics; it is shown as written.`
        );
  });
  records('forms').forEach((f, i) => {
    if (f && typeof f === 'object') checkWindow(`/forms/${i}`, f, 'the form');
    (Array.isArray(f?.fields) ? f.fields : []).forEach((field, j) => {
      if (
        field?.type === 'checkbox' &&
        Array.isArray(field.options) &&
        field.options.length
      )
        warn(
          `/forms/${i}/fields/${j}/options`,
          'a checkbox is one box: the form does not show its options, so nobody could choose them; use one checkbox field per option (or radio or select for one answer).'
        );
      // The form's own test (src/feed/form.ts): a pattern it cannot use is
      // ignored, and the answer is not checked against it.
      const pattern = field?.pattern;
      if (typeof pattern === 'string' && pattern) {
        let valid = true;
        try {
          new RegExp(pattern, 'u');
        } catch {
          valid = false;
        }
        if (!valid || REPEATED_GROUP.test(pattern))
          warn(
            `/forms/${i}/fields/${j}/pattern`,
            valid
              ? `${show(pattern)} repeats a group (a "+", "*" or "{…}" after ")"): checking an answer against such a pattern can take seconds or hours and freeze the visitor's page, so the form ignores it. Write it without a repeated group, e.g. "[A-Z]{2}[0-9]{4}"; an optional group, "(…)?", is fine.`
              : `${show(pattern)} is not a valid regular expression (JavaScript, with the "u" flag), so the form ignores it and does not check the answer.`
          );
      }
    });
    if (typeof f?.eventId === 'string' && !known('events', f.eventId))
      warn(
        `/forms/${i}/eventId`,
        `there is no event with the id ${show(f.eventId)} in ${here}.`
      );
    // The event card knows only the event's registration dates; the form
    // puts its own first. Different dates: the two would disagree.
    const event = records('events').find(
      (e) =>
        e &&
        (typeof f?.eventId === 'string'
          ? e.id === f.eventId
          : e.registration?.formId === f?.id)
    );
    for (const k of ['opens', 'closes'])
      if (event && typeof f[k] === 'string' && f[k] !== event.registration?.[k])
        warn(
          `/forms/${i}/${k}`,
          `${show(f[k])} differs from its event's registration ${k} (${event.registration?.[k] ? show(event.registration[k]) : 'none'}): the form follows its own, the event card the event's, so the two would disagree; give the event the same date.`
        );
  });
  return out;
}

/** A JSON path → "file, row N, column X (header)" when the record came from a spreadsheet. */
function locate(path, sources) {
  const m = /^\/(organizations|events|recommendations)\/(\d+)(?:\/(.*))?$/.exec(
    path
  );
  if (!m || !sources) return undefined;
  const [, kind, index, rest = ''] = m;
  const src = sources[kind]?.[Number(index)];
  if (!src) return undefined;
  const where = `${src.table.label}, row ${src.row}`;
  if (!rest) return where;
  const parts = rest.split('/');
  const plain = parts.filter((p) => !/^\d+$/.test(p));
  let column;
  let locale;
  // Longest mapped prefix; a trailing language code picks the language column.
  for (let n = plain.length; n > 0 && !column; n--) {
    const key = plain.slice(0, n).join('/');
    column = PATH_COLUMNS[kind][key] ?? (n === 1 ? plain[0] : undefined);
    if (column && n < plain.length) locale = plain[n];
  }
  if (
    kind === 'recommendations' &&
    parts[0] === 'steps' &&
    parts[1] !== undefined
  ) {
    column = `step${Number(parts[1]) + 1}${parts[2] === 'text' ? '.text' : ''}`;
    locale = parts[3];
  }
  const headers = src.table.headers;
  // Headers in other words ("Nosaukums (LV)") too.
  const named = (h) => {
    const p = parseHeader(kind, h);
    return (
      p &&
      (p.column === column ||
        (p.step !== undefined &&
          `step${p.step}${p.column === 'step.text' ? '.text' : ''}` ===
            column)) &&
      p
    );
  };
  const lower = (h) => h.toLowerCase();
  const find = (...tests) =>
    tests.flatMap((test) => headers.flatMap((h, n) => (test(h) ? [n] : [])));
  // The path's language's column; else, of the columns the path may name,
  // the first the row fills (a text "with no lt version" is in the filled
  // one, which need not be the first).
  const [own] = locale
    ? find(
        (h) => lower(h) === lower(`${column}.${locale}`),
        (h) => named(h)?.locale === locale
      )
    : [];
  let candidates = find((h) => lower(h) === lower(column ?? ''), named);
  // The other columns that give the same value: coordinates in one cell,
  // steps in one cell.
  const other =
    {
      lat: 'coordinates',
      lon: 'coordinates',
      venueLat: 'venueCoordinates',
      venueLon: 'venueCoordinates',
    }[column] ?? (/^step\d/.test(column ?? '') ? 'steps' : undefined);
  if (!candidates.length && other) {
    column = other;
    candidates = find((h) => lower(h) === lower(other), named);
  }
  const cells = src.table.rows.find((r) => r.row === src.row)?.cells ?? [];
  const i = own ?? candidates.find((n) => cells[n]) ?? candidates[0] ?? -1;
  return i < 0 ? where : `${where}, column ${columnLetter(i)} (${headers[i]})`;
}

function context(feed, path) {
  const m = /^\/(organizations|events|recommendations|forms)\/(\d+)/.exec(path);
  if (!m) return '';
  const id = feed[m[1]]?.[Number(m[2])]?.id;
  return typeof id === 'string' ? ` (id ${show(id, 40)})` : '';
}

/**
 * @param {unknown} feed
 * @param {{sources?: object, buildProblems?: {level: string, where: string, message: string}[]}} options
 * @returns {Promise<{level: 'error'|'warning', where: string, path?: string, message: string}[]>}
 */
export async function validateFeed(
  feed,
  {sources, buildProblems = [], others} = {}
) {
  if (feed === null || typeof feed !== 'object' || Array.isArray(feed))
    return [
      {
        level: 'error',
        where: '/',
        message: `found ${typeOf(feed)}; expected a feed: a JSON object with "version": 1.`,
      },
    ];
  const {validate, schema} = await compile();
  const problems = [...buildProblems];
  const taken = new Set(
    buildProblems.filter((p) => p.level === 'error').map((p) => p.where)
  );
  const takenRows = new Set(
    buildProblems
      .filter((p) => p.level === 'error')
      .map((p) => p.where.replace(/, column .*$/, ''))
  );
  const add = (level, path, message) => {
    const where = locate(path, sources);
    if (where) {
      if (taken.has(where)) return;
      // A required value already reported for this row by the build.
      if (
        level === 'error' &&
        /is missing; it is required/.test(message) &&
        takenRows.has(where.replace(/, column .*$/, ''))
      )
        return;
      problems.push({level, where, path, message});
    } else
      problems.push({
        level,
        where: (path || '/') + context(feed, path),
        path,
        message,
      });
  };
  if (!validate(feed))
    for (const p of describeErrors(validate.errors, feed, schema))
      add('error', p.path, p.message);
  for (const p of extraChecks(feed, sources, others))
    add(p.level, p.path, p.message);
  return problems;
}
