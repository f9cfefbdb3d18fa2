import {
  HEADER_WORDS,
  KIND_WORDS,
  STEP_TEXT_WORDS,
  STEP_WORDS,
} from './header-words.mjs';
import {LOCALES, fold, lookupLanguage} from './vocab.mjs';

// The documented spreadsheet columns, per kind of sheet. A column marked
// `localized` may be given once (`name`: a text in the feed's default
// language) and/or once per language (`name.lv`, `name.en`, …).

export const KINDS = ['organizations', 'events', 'recommendations'];

/** Names a partner may use for a kind (file names, sheet names, --kind). */
export const KIND_ALIASES = {
  organizations: [
    'organizations',
    'organisations',
    'organization',
    'organisation',
    'orgs',
    'org',
  ],
  events: ['events', 'event'],
  recommendations: ['recommendations', 'recommendation', 'recs'],
};

/** The kind a file or sheet name says (`organisations.csv`, "Pasākumi", "Εκδηλώσεις"), or undefined. */
export function kindFromName(name) {
  const n = headerKey(name);
  for (const [kind, aliases] of Object.entries(KIND_ALIASES))
    if ([...aliases, ...KIND_WORDS[kind]].some((a) => n.includes(headerKey(a))))
      return kind;
  return undefined;
}

/**
 * @typedef {{name: string, localized?: boolean, required?: boolean, list?: boolean, help: string, extra?: boolean, example?: string, examples?: Record<string,string>}} Column
 * @type {Record<string, Column[]>}
 */
export const COLUMNS = {
  organizations: [
    {
      name: 'id',
      required: true,
      help: 'A unique id without spaces, e.g. lv-talsi-youth-club. Never change it once published.',
      example: 'lv-talsi-youth-club',
    },
    {
      name: 'name',
      localized: true,
      required: true,
      help: 'The name of the organisation.',
      examples: {
        en: 'Talsi Youth Club',
        lv: 'Talsu jauniešu klubs',
        lt: 'Talsų jaunimo klubas',
        sv: 'Ungdomsklubben i Talsi',
        el: 'Λέσχη Νέων Τάλσι',
        pt: 'Clube de Jovens de Talsi',
      },
    },
    {
      name: 'description',
      localized: true,
      help: 'A few sentences on what the organisation does. Plain text.',
      examples: {
        en: 'Open youth centre with weekly workshops.',
        lv: 'Atvērtais jauniešu centrs ar iknedēļas darbnīcām.',
        lt: 'Atviras jaunimo centras su kassavaitinėmis dirbtuvėmis.',
        sv: 'Öppen ungdomsgård med workshoppar varje vecka.',
        el: 'Ανοιχτό κέντρο νεότητας με εβδομαδιαία εργαστήρια.',
        pt: 'Centro de juventude aberto com oficinas semanais.',
      },
    },
    {
      name: 'country',
      required: true,
      help: 'Country code (LV, LT, SE, CY, PT, …) or the country name in any of the six languages.',
      example: 'LV',
    },
    {
      name: 'municipality',
      localized: true,
      help: 'The municipality.',
      example: 'Talsu novads',
    },
    {
      name: 'city',
      localized: true,
      help: 'The town or city.',
      example: 'Talsi',
    },
    {
      name: 'street',
      localized: true,
      help: 'Street and house number.',
      example: 'Lielā iela 1',
    },
    {name: 'postalCode', help: 'Postal code.', example: 'LV-3201'},
    {
      name: 'region',
      localized: true,
      help: 'Region, county or district.',
      example: 'Kurzeme',
    },
    {
      name: 'types',
      list: true,
      help: 'Kinds of organisation, separated by ";": codes or labels in any of the six languages (see the lists sheet).',
      example: 'ngo; youth-organization',
    },
    {
      name: 'fields',
      list: true,
      help: 'Areas of activity, separated by ";": codes or labels in any of the six languages (see the lists sheet).',
      example: 'youth; Izglītība',
    },
    {
      name: 'languages',
      list: true,
      help: 'Working languages, separated by ";": ISO 639-1 codes (lv, en) or language names.',
      example: 'lv; en',
    },
    {
      name: 'lookingForPartners',
      help: 'yes or no (in any of the six languages; also true/false, 1/0).',
      example: 'yes',
    },
    {
      name: 'website',
      help: 'Web address starting with https:// (https:// is added when missing).',
      example: 'https://example.org',
    },
    {
      name: 'email',
      help: 'Contact e-mail address.',
      example: 'info@example.org',
    },
    {
      name: 'phones',
      list: true,
      help: 'Phone numbers with the country code, separated by ";"; a description may follow in brackets: +371 20000000 (office). Keep the column formatted as text: a number cell drops the +.',
      example: '+371 20000000 (office)',
    },
    {
      name: 'identifiers',
      list: true,
      help: 'Register numbers as SCHEME:value, separated by ";": the register\'s code at org-id.guide, e.g. LV-RE:40008000000. A number alone is read as one of the register of the organisation\'s country (LV, LT, SE, PT).',
      example: 'LV-RE:40008000000',
    },
    // Not in the template: a partner's own column of register numbers.
    {
      name: 'registerNumber',
      extra: true,
      list: true,
      help: "The organisation's number in its country's register (reģistrācijas numurs, juridinio asmens kodas, organisationsnummer, NIPC): read as an identifier of the register of its country (LV-RE, LT-RC, SE-ON, PT-NIPPC; a number of another register as SCHEME:value).",
    },
    {
      name: 'lat',
      help: 'Latitude in decimal degrees (56.9 or 56,9).',
      example: '57.2456',
    },
    {name: 'lon', help: 'Longitude in decimal degrees.', example: '22.5877'},
    // Not in the template: both in one cell, as maps give them.
    {
      name: 'coordinates',
      extra: true,
      help: 'Latitude and longitude in one cell, as a map gives them: 57.2456, 22.5877 (instead of lat and lon).',
    },
    {
      name: 'updated',
      help: 'When this row was last checked: 2025-03-31 (also 31.03.2025).',
      example: '2025-03-31',
    },
    {
      name: 'sample',
      help: 'yes for made-up demonstration rows; leave empty otherwise.',
      example: '',
    },
  ],
  events: [
    {
      name: 'id',
      required: true,
      help: 'A unique id without spaces.',
      example: 'talsi-open-day-2025',
    },
    {
      name: 'title',
      localized: true,
      required: true,
      help: 'The title of the event.',
      examples: {
        en: 'Open day',
        lv: 'Atvērto durvju diena',
        lt: 'Atvirų durų diena',
        sv: 'Öppet hus',
        el: 'Ημέρα ανοιχτών θυρών',
        pt: 'Dia aberto',
      },
    },
    {
      name: 'description',
      localized: true,
      help: 'What happens, for whom.',
      examples: {
        en: 'Meet the youth organisations of Talsi.',
        lv: 'Iepazīsti Talsu jauniešu organizācijas.',
        lt: 'Susipažinkite su Talsų jaunimo organizacijomis.',
        sv: 'Möt ungdomsorganisationerna i Talsi.',
        el: 'Γνωρίστε τις οργανώσεις νέων του Τάλσι.',
        pt: 'Conheça as organizações de juventude de Talsi.',
      },
    },
    {
      name: 'start',
      required: true,
      help: 'Start: 2025-05-10 18:00 (with a timeZone) or 2025-05-10T18:00+03:00, or a date alone for an all-day event.',
      example: '2025-05-10 18:00',
    },
    {
      name: 'end',
      help: 'End, written like start.',
      example: '2025-05-10 20:00',
    },
    // Not in the template: for sheets that keep the time of day apart
    // from the date (a "Datums" and a "Laiks" column).
    {
      name: 'startTime',
      extra: true,
      help: 'The time of day of start, when start holds the date alone: 13:00, or 13:00–16:00 (the end too).',
    },
    {
      name: 'endTime',
      extra: true,
      help: 'The time of day of end, when end holds the date alone; without end, the time the event ends on its start day.',
    },
    {
      name: 'timeZone',
      help: 'IANA time zone of start and end when they have no offset: Europe/Riga, Europe/Vilnius, Europe/Stockholm, Asia/Nicosia, Europe/Lisbon, Europe/Athens.',
      example: 'Europe/Riga',
    },
    {
      name: 'attendanceMode',
      help: 'offline (in person), online or mixed (both; default offline). The word in any of the six languages is read too (klātienē, tiešsaistē, …; see the lists sheet).',
      example: 'offline',
    },
    {name: 'onlineUrl', help: 'Link to join online (https://…).', example: ''},
    {
      name: 'venueName',
      localized: true,
      help: 'Name of the place.',
      example: 'Talsu jauniešu centrs',
    },
    {
      name: 'venueStreet',
      localized: true,
      help: 'Street and house number of the place.',
      example: 'Lielā iela 1',
    },
    {
      name: 'venueCity',
      localized: true,
      help: 'Town or city of the place.',
      example: 'Talsi',
    },
    {
      name: 'venuePostalCode',
      help: 'Postal code of the place.',
      example: 'LV-3201',
    },
    {
      name: 'venueCountry',
      help: 'Country code or name of the place.',
      example: 'LV',
    },
    {name: 'venueLat', help: 'Latitude of the place.', example: ''},
    {name: 'venueLon', help: 'Longitude of the place.', example: ''},
    {
      name: 'venueCoordinates',
      extra: true,
      help: 'Latitude and longitude of the place in one cell, as a map gives them: 57.2456, 22.5877 (instead of venueLat and venueLon).',
    },
    {
      name: 'organizers',
      list: true,
      help: 'Organisers separated by ";": the id of an organisation of the feed, or a name.',
      example: 'lv-talsi-youth-club',
    },
    {
      name: 'audience',
      localized: true,
      help: 'Who it is for, in words.',
      example: 'Young people 14–25',
    },
    {
      name: 'language',
      help: 'Working language: code (lv) or name.',
      example: 'lv',
    },
    {
      name: 'imageUrl',
      help: 'Web address of an image (https://…).',
      example: '',
    },
    {
      name: 'imageAlt',
      localized: true,
      help: 'What the image shows (required with imageUrl).',
      example: '',
    },
    {
      name: 'url',
      help: 'Web page of the event (https://…).',
      example: 'https://example.org/open-day',
    },
    {
      name: 'registrationUrl',
      help: 'External registration page (https://…).',
      example: '',
    },
    {name: 'formId', help: 'Id of a signup form of the feed.', example: ''},
    {
      name: 'registrationOpens',
      help: 'When registration opens (like start).',
      example: '',
    },
    {
      name: 'registrationCloses',
      help: 'When registration closes (like start).',
      example: '',
    },
    {name: 'capacity', help: 'Number of places (whole number).', example: '40'},
    {
      name: 'registered',
      help: 'Places already taken (whole number).',
      example: '',
    },
    {
      name: 'registrationStatus',
      help: 'open, closed, full or cancelled, or the word in any of the six languages (see the lists sheet).',
      example: 'open',
    },
    {
      name: 'status',
      help: 'scheduled (default), cancelled or postponed, or the word in any of the six languages (see the lists sheet).',
      example: 'scheduled',
    },
    {
      name: 'sample',
      help: 'yes marks the example row: it is left out of the feed. Leave empty.',
      example: '',
    },
  ],
  recommendations: [
    {
      name: 'id',
      required: true,
      help: 'A unique id without spaces.',
      example: 'involve-young-people',
    },
    {
      name: 'title',
      localized: true,
      required: true,
      help: 'The recommendation in a few words.',
      examples: {
        en: 'Involve young people from the start',
        lv: 'Iesaisti jauniešus no paša sākuma',
        lt: 'Įtraukite jaunimą nuo pat pradžių',
        sv: 'Involvera unga från början',
        el: 'Εμπλέξτε τους νέους από την αρχή',
        pt: 'Envolva os jovens desde o início',
      },
    },
    {
      name: 'summary',
      localized: true,
      help: 'One or two sentences.',
      examples: {
        en: 'Plan with them, not for them.',
        lv: 'Plāno kopā ar viņiem, nevis viņu vietā.',
        lt: 'Planuokite kartu su jais, o ne už juos.',
        sv: 'Planera med dem, inte åt dem.',
        el: 'Σχεδιάστε μαζί τους, όχι για λογαριασμό τους.',
        pt: 'Planeie com eles, não por eles.',
      },
    },
    {
      name: 'audience',
      list: true,
      help: 'For whom, separated by ";": municipality, organization, youth, all (or their labels).',
      example: 'municipality; organization',
    },
    {
      name: 'topics',
      list: true,
      help: 'Topics separated by ";": youth, funding, participation, communication, governance, capacity, premises, procurement (or labels; others are kept).',
      example: 'participation',
    },
    {
      name: 'step1',
      localized: true,
      help: 'Title of step 1; add step2, step3, … (and step2.text, …) as needed.',
      examples: {
        en: 'Ask them',
        lv: 'Pajautā viņiem',
        lt: 'Paklauskite jų',
        sv: 'Fråga dem',
        el: 'Ρωτήστε τους',
        pt: 'Pergunte-lhes',
      },
    },
    {
      name: 'step1.text',
      localized: true,
      help: 'Text of step 1 (or write step 1 as "Title: text" and leave this column empty).',
      examples: {
        en: 'Run a short survey in schools.',
        lv: 'Veic īsu aptauju skolās.',
        lt: 'Atlikite trumpą apklausą mokyklose.',
        sv: 'Gör en kort enkät i skolorna.',
        el: 'Κάντε μια σύντομη έρευνα στα σχολεία.',
        pt: 'Faça um pequeno inquérito nas escolas.',
      },
    },
    {
      name: 'steps',
      localized: true,
      extra: true,
      help: 'All the steps in one cell, one per line or numbered (1. …, 2. …), instead of step1, step2, …; a step written "Title: text" gives its title and text.',
    },
    {
      name: 'sourceTitle',
      localized: true,
      help: 'Where the recommendation comes from.',
      example: '',
    },
    {name: 'sourceUrl', help: 'Link to the source (https://…).', example: ''},
    {name: 'sourceYear', help: 'Year of the source.', example: ''},
    {
      name: 'sample',
      help: 'yes marks the example row: it is left out of the feed. Leave empty.',
      example: '',
    },
  ],
};

const LOCALE_RE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
const STEP_RE = /^step(\d+)(\.text)?$/i;

/** A header's words as HEADER_WORDS are looked up: no case, accents, spaces or punctuation ("E-pasts" → "epasts"). */
export const headerKey = (text) =>
  fold(text).replace(/ /g, '').replace(/ς/g, 'σ');

/** Per kind: headerKey → column, of the column names and their words in the six languages. */
const WORDS = Object.fromEntries(
  KINDS.map((kind) => {
    const map = new Map();
    for (const c of COLUMNS[kind])
      if (!c.name.includes('.')) map.set(headerKey(c.name), c.name);
    for (const [column, words] of Object.entries(HEADER_WORDS[kind]))
      for (const word of words) map.set(headerKey(word), column);
    return [kind, map];
  })
);
// "Solis 1", "1. solis", "Βήμα 2 κείμενο" (folded: no dots or accents).
const STEP_WORD = new RegExp(
  `^(?:(?:${STEP_WORDS.map(fold).join('|')}) ?(\\d+)|(\\d+) ?(?:${STEP_WORDS.map(fold).join('|')}))(?: (${STEP_TEXT_WORDS.map(fold).join('|')}))?$`
);

/**
 * A header in the partner's words ("Nosaukums", "Pasta indekss", "Solis 2",
 * "Nosaukums (LV)", "Name – English") → as parseHeader, with `word` set, or
 * undefined. A language after the words, as a code or a name, in brackets
 * or after a space, dash, dot or underscore, marks a text column's language.
 */
function parseWords(kind, header) {
  const column = (text) => {
    const step = kind === 'recommendations' && STEP_WORD.exec(fold(text));
    if (step)
      return {
        column: step[3] ? 'step.text' : 'step',
        step: Number(step[1] ?? step[2]),
      };
    const name = WORDS[kind].get(headerKey(text));
    return name && {column: name};
  };
  const whole = column(header);
  if (whole) return {...whole, localized: isLocalized(kind, whole), word: true};
  // A list kept in numbered columns: "Joma 1", "Joma 2", "Phone 2".
  const numbered = /^(.+?)\s*\d+$/.exec(header);
  const list = numbered && column(numbered[1]);
  if (list && COLUMNS[kind].find((c) => c.name === list.column)?.list)
    return {...list, localized: false, word: true};
  const split = withLanguage(header);
  const found = split && column(split.words);
  if (!found || !isLocalized(kind, found)) return undefined;
  return {...found, localized: true, locale: split.locale, word: true};
}

/**
 * A header's words and the language after them ("Nosaukums (LV)", "Name –
 * English", "Όνομα [Ελληνικά]", "name.lv"): {words, locale}, or undefined
 * when nothing after the words is a language. The language is a code of
 * the six or a language's name in any of them.
 */
export function withLanguage(header) {
  const m =
    /^(.+?)\s*(?:\(([^()]+)\)|\[([^[\]]+)\])$/u.exec(header) ??
    /^(.+?)(?:\s*[-–—_.:/]\s*|\s+)([\p{L}-]+)$/u.exec(header);
  if (!m) return undefined;
  const language = (m[2] ?? m[3]).trim();
  const locale = LOCALES.includes(language.toLowerCase())
    ? language.toLowerCase()
    : lookupLanguage(language);
  return locale && {words: m[1], locale};
}

function isLocalized(kind, {column, step}) {
  return (
    step !== undefined ||
    Boolean(COLUMNS[kind].find((c) => c.name === column)?.localized)
  );
}

/**
 * A header cell → {column, locale?, step?, word?} or undefined when unknown.
 * Matching ignores case; `name.lv` is the column `name` in Latvian. Headers
 * in the partner's own words are read too (`word`: parseWords).
 */
export function parseHeader(kind, header) {
  return parseNames(kind, header) ?? parseWords(kind, header.trim());
}

function parseNames(kind, header) {
  const h = header.trim();
  const byName = (n) =>
    COLUMNS[kind].find((c) => c.name.toLowerCase() === n.toLowerCase());
  const step = (n) => {
    const m = STEP_RE.exec(n);
    return m
      ? {column: m[2] ? 'step.text' : 'step', step: Number(m[1])}
      : undefined;
  };
  const direct = kind === 'recommendations' ? step(h) : undefined;
  if (direct) return {...direct, localized: true};
  const col = byName(h);
  if (col) return {column: col.name, localized: Boolean(col.localized)};
  const dot = h.lastIndexOf('.');
  if (dot > 0) {
    const base = h.slice(0, dot);
    const locale = h.slice(dot + 1);
    if (LOCALE_RE.test(locale)) {
      const [lang, ...rest] = locale.split('-');
      const tag = [lang.toLowerCase(), ...rest].join('-');
      const s = kind === 'recommendations' ? step(base) : undefined;
      if (s) return {...s, localized: true, locale: tag};
      const c = byName(base);
      if (c?.localized) return {column: c.name, localized: true, locale: tag};
    }
  }
  return undefined;
}

/**
 * The known column closest to `header`, for "did you mean": by its name or
 * by a word for it ("Nosakums" → name), a language after it set aside.
 */
export function closestColumn(kind, header) {
  const trimmed = header.trim();
  // A language, or another note in brackets ("E-pasts (darba)"), set aside.
  const a = headerKey(
    withLanguage(trimmed)?.words ??
      trimmed.replace(/\s*(\([^()]*\)|\[[^[\]]*\])$/, '')
  );
  if (a.replace(/[^\p{L}]/gu, '').length < 2) return undefined;
  let best;
  for (const [word, name] of WORDS[kind]) {
    const d = distance(a, word);
    // A short word in another language ("tel", "år") is no guess for any
    // two letters.
    const near = headerKey(name) === word ? 2 : 1;
    if (
      d <= Math.max(near, Math.floor(word.length / 4)) &&
      (!best || d < best.d)
    )
      best = {d, name};
  }
  return best?.name;
}

/**
 * The edit distance of `a` and `b` (letters added, dropped or changed);
 * Infinity as soon as it is surely over `max`, which spares comparing a
 * name with thousands that are nothing like it.
 */
export function distance(a, b, max = Infinity) {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  const dp = new Uint32Array(b.length + 1).map((_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    let least = dp[0];
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(
        dp[j] + 1,
        dp[j - 1] + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1)
      );
      prev = tmp;
      if (dp[j] < least) least = dp[j];
    }
    if (least > max) return Infinity;
  }
  return dp[b.length];
}

/** Which column a JSON path inside a record comes from (for errors found by the schema). */
export const PATH_COLUMNS = {
  organizations: {
    'address/street': 'street',
    'address/city': 'city',
    'address/region': 'region',
    'address/postalCode': 'postalCode',
    'address/country': 'country',
    'geo/lat': 'lat',
    'geo/lon': 'lon',
    geo: 'lat',
    address: 'street',
  },
  events: {
    'venue/name': 'venueName',
    'venue/address/street': 'venueStreet',
    'venue/address/city': 'venueCity',
    'venue/address/postalCode': 'venuePostalCode',
    'venue/address/country': 'venueCountry',
    'venue/geo/lat': 'venueLat',
    'venue/geo/lon': 'venueLon',
    'image/url': 'imageUrl',
    'image/alt': 'imageAlt',
    image: 'imageUrl',
    'registration/url': 'registrationUrl',
    'registration/formId': 'formId',
    'registration/opens': 'registrationOpens',
    'registration/closes': 'registrationCloses',
    'registration/capacity': 'capacity',
    'registration/registered': 'registered',
    'registration/status': 'registrationStatus',
  },
  recommendations: {
    'source/title': 'sourceTitle',
    'source/url': 'sourceUrl',
    'source/year': 'sourceYear',
  },
};
