// Vocabularies of the feed and their labels in the six UI languages, so that a
// spreadsheet may say "Jaunatne", "Νεολαία" or "youth" and mean the same key.
//
// The labels are the ones the elements show (locales/*.xlf, trans-units
// vocab.type.*, vocab.field.*, vocab.audience.*, vocab.topic.*); the
// locales/ folder is not published, so the table is kept here and a test
// checks that it still matches the .xlf files. Extra synonyms are accepted on
// input but never written.

export const LOCALES = ['en', 'lv', 'lt', 'sv', 'el', 'pt'];

export const ORGANIZATION_TYPES = [
  'ngo',
  'social-enterprise',
  'youth-organization',
  'community-group',
  'public-body',
  'other',
];

export const FIELDS = [
  'youth',
  'education',
  'social-inclusion',
  'culture',
  'environment',
  'health',
  'employment',
  'sport',
  'digital',
  'rural-development',
  'entrepreneurship',
  'volunteering',
];

export const AUDIENCES = ['municipality', 'organization', 'youth', 'all'];
export const TOPICS = [
  'funding',
  'participation',
  'communication',
  'governance',
  'capacity',
  'premises',
  'procurement',
  'youth',
];

/** key → [en, lv, lt, sv, el, pt] */
export const TYPE_LABELS = {
  ngo: [
    'NGO',
    'Biedrība vai nodibinājums (NVO)',
    'NVO',
    'Ideell organisation',
    'ΜΚΟ',
    'ONG',
  ],
  'social-enterprise': [
    'Social enterprise',
    'Sociālais uzņēmums',
    'Socialinė įmonė',
    'Socialt företag',
    'Κοινωνική επιχείρηση',
    'Empresa social',
  ],
  'youth-organization': [
    'Youth organisation',
    'Jaunatnes organizācija',
    'Jaunimo organizacija',
    'Ungdomsorganisation',
    'Οργάνωση νεολαίας',
    'Organização de juventude',
  ],
  'community-group': [
    'Community group',
    'Kopienas grupa',
    'Bendruomenės grupė',
    'Lokal grupp',
    'Τοπική ομάδα',
    'Grupo comunitário',
  ],
  'public-body': [
    'Public body',
    'Valsts vai pašvaldības iestāde',
    'Valstybės ar savivaldybės institucija',
    'Offentlig myndighet',
    'Δημόσιος φορέας',
    'Entidade pública',
  ],
  other: ['Other', 'Cits', 'Kita', 'Övrigt', 'Άλλο', 'Outro'],
};

export const FIELD_LABELS = {
  youth: ['Youth', 'Jaunatne', 'Jaunimas', 'Ungdom', 'Νεολαία', 'Juventude'],
  education: [
    'Education',
    'Izglītība',
    'Švietimas',
    'Utbildning',
    'Εκπαίδευση',
    'Educação',
  ],
  'social-inclusion': [
    'Social inclusion',
    'Sociālā iekļaušana',
    'Socialinė įtrauktis',
    'Social inkludering',
    'Κοινωνική ένταξη',
    'Inclusão social',
  ],
  culture: ['Culture', 'Kultūra', 'Kultūra', 'Kultur', 'Πολιτισμός', 'Cultura'],
  environment: [
    'Environment',
    'Vide',
    'Aplinka',
    'Miljö',
    'Περιβάλλον',
    'Ambiente',
  ],
  health: ['Health', 'Veselība', 'Sveikata', 'Hälsa', 'Υγεία', 'Saúde'],
  employment: [
    'Employment',
    'Nodarbinātība',
    'Užimtumas',
    'Sysselsättning',
    'Απασχόληση',
    'Emprego',
  ],
  sport: ['Sport', 'Sports', 'Sportas', 'Idrott', 'Αθλητισμός', 'Desporto'],
  digital: [
    'Digital skills',
    'Digitālās prasmes',
    'Skaitmeniniai įgūdžiai',
    'Digital kompetens',
    'Ψηφιακές δεξιότητες',
    'Competências digitais',
  ],
  'rural-development': [
    'Rural development',
    'Lauku attīstība',
    'Kaimo plėtra',
    'Landsbygdsutveckling',
    'Αγροτική ανάπτυξη',
    'Desenvolvimento rural',
  ],
  entrepreneurship: [
    'Entrepreneurship',
    'Uzņēmējdarbība',
    'Verslumas',
    'Entreprenörskap',
    'Επιχειρηματικότητα',
    'Empreendedorismo',
  ],
  volunteering: [
    'Volunteering',
    'Brīvprātīgais darbs',
    'Savanorystė',
    'Volontärarbete',
    'Εθελοντισμός',
    'Voluntariado',
  ],
};

export const AUDIENCE_LABELS = {
  municipality: [
    'Municipalities',
    'Pašvaldības',
    'Savivaldybės',
    'Kommuner',
    'Δήμοι',
    'Municípios',
  ],
  organization: [
    'Community organisations',
    'Kopienas organizācijas',
    'Bendruomeninės organizacijos',
    'Civilsamhällets organisationer',
    'Οργανώσεις της κοινότητας',
    'Organizações comunitárias',
  ],
  youth: ['Young people', 'Jaunieši', 'Jaunimas', 'Unga', 'Νέοι', 'Jovens'],
  all: ['Everyone', 'Visi', 'Visi', 'Alla', 'Όλοι', 'Todos'],
};

export const TOPIC_LABELS = {
  // The elements label the topic `youth` with the field's words (vocab.field.youth).
  youth: ['Youth', 'Jaunatne', 'Jaunimas', 'Ungdom', 'Νεολαία', 'Juventude'],
  funding: [
    'Funding',
    'Finansējums',
    'Finansavimas',
    'Finansiering',
    'Χρηματοδότηση',
    'Financiamento',
  ],
  participation: [
    'Participation',
    'Līdzdalība',
    'Dalyvavimas',
    'Delaktighet',
    'Συμμετοχή',
    'Participação',
  ],
  communication: [
    'Communication',
    'Komunikācija',
    'Komunikacija',
    'Kommunikation',
    'Επικοινωνία',
    'Comunicação',
  ],
  governance: [
    'Governance',
    'Pārvaldība',
    'Valdymas',
    'Styrning',
    'Διακυβέρνηση',
    'Governação',
  ],
  capacity: [
    'Capacity building',
    'Kapacitātes stiprināšana',
    'Gebėjimų stiprinimas',
    'Kompetensutveckling',
    'Ενίσχυση ικανοτήτων',
    'Capacitação',
  ],
  premises: [
    'Premises',
    'Telpas',
    'Patalpos',
    'Lokaler',
    'Χώροι',
    'Instalações',
  ],
  procurement: [
    'Social procurement',
    'Sociālais iepirkums',
    'Socialiniai pirkimai',
    'Socialt ansvarsfull upphandling',
    'Κοινωνικά υπεύθυνες δημόσιες συμβάσεις',
    'Contratação pública social',
  ],
};

// The event's codes (attendanceMode, status, registration status). The
// elements show no word for them (they say "Online event", "The event is
// full." …), so these labels are the tool's own, for the template's lists
// sheet and for reading a cell written in a partner's language.
export const ATTENDANCE_MODES = ['offline', 'online', 'mixed'];
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed'];
export const REGISTRATION_STATUSES = ['open', 'closed', 'full', 'cancelled'];

/** key → [en, lv, lt, sv, el, pt] */
export const ATTENDANCE_LABELS = {
  offline: [
    'In person',
    'Klātienē',
    'Gyvai',
    'På plats',
    'Δια ζώσης',
    'Presencial',
  ],
  online: [
    'Online',
    'Tiešsaistē',
    'Nuotoliniu būdu',
    'Digitalt',
    'Διαδικτυακά',
    'Online',
  ],
  mixed: [
    'In person and online',
    'Klātienē un tiešsaistē',
    'Gyvai ir nuotoliniu būdu',
    'På plats och digitalt',
    'Δια ζώσης και διαδικτυακά',
    'Presencial e online',
  ],
};

export const EVENT_STATUS_LABELS = {
  scheduled: [
    'Scheduled',
    'Plānots',
    'Suplanuotas',
    'Planerat',
    'Προγραμματισμένο',
    'Agendado',
  ],
  cancelled: [
    'Cancelled',
    'Atcelts',
    'Atšauktas',
    'Inställt',
    'Ακυρώθηκε',
    'Cancelado',
  ],
  postponed: [
    'Postponed',
    'Pārcelts',
    'Atidėtas',
    'Uppskjutet',
    'Αναβλήθηκε',
    'Adiado',
  ],
};

export const REGISTRATION_STATUS_LABELS = {
  open: ['Open', 'Atvērta', 'Atvira', 'Öppen', 'Ανοιχτή', 'Aberta'],
  closed: ['Closed', 'Slēgta', 'Uždaryta', 'Stängd', 'Κλειστή', 'Encerrada'],
  full: ['Full', 'Vietu nav', 'Vietų nėra', 'Fullbokat', 'Πλήρης', 'Esgotada'],
  cancelled: [
    'Cancelled',
    'Atcelta',
    'Atšaukta',
    'Inställd',
    'Ακυρώθηκε',
    'Cancelada',
  ],
};

/** Accepted on input only: common ways partners write the same thing. */
export const SYNONYMS = {
  type: {
    // The label of templates before December 2026. (Their Lithuanian
    // "Viešoji įstaiga" for a public body is not read: it names the legal
    // form of many non-profits, so such a cell is reported, not guessed.)
    'community-group': ['Lokal förening'],
    ngo: [
      'NVO',
      'NGO',
      'Biedrība',
      'Nodibinājums',
      'Association',
      'Non-governmental organisation',
      'Non-governmental organization',
      'Nonprofit',
      'Non-profit',
      'Asociacija',
      'Viešoji įstaiga (NVO)',
      'Förening',
      'Ideell förening',
      'Σωματείο',
      'Σύλλογος',
      'Associação',
      'IPSS',
      // Foundations, as Latvian's Nodibinājums.
      'Foundation',
      'Fondas',
      'Stiftelse',
      'Ίδρυμα',
      'Fundação',
    ],
    // Social cooperatives (Greece and Cyprus: Κοινωνική Συνεταιριστική
    // Επιχείρηση, ΚοινΣΕπ).
    'social-enterprise': [
      'Social cooperative',
      'Κοινωνική Συνεταιριστική Επιχείρηση',
      'ΚοινΣΕπ',
      'Cooperativa social',
    ],
    'youth-organization': ['Youth organization'],
    'public-body': [
      'Municipality',
      'Pašvaldība',
      'Savivaldybė',
      'Kommun',
      'Δήμος',
      'Município',
      'Câmara Municipal',
      'Junta de Freguesia',
      'Pašvaldības iestāde',
    ],
  },
  field: {
    digital: ['Digital', 'Digitalisation', 'Digitalization'],
  },
  audience: {
    municipality: ['Municipality'],
    organization: [
      'Organisations',
      'Organizations',
      'Community organizations',
      'NGOs',
      // The label of templates before December 2026.
      'Bendruomenių organizacijos',
    ],
    youth: ['Youth'],
    all: ['All'],
  },
  topic: {
    // The label of templates before December 2026.
    procurement: ['Κοινωνικές προμήθειες'],
  },
  attendanceMode: {
    offline: [
      'On site',
      'Onsite',
      'Face to face',
      'Physical',
      'Kontaktinis',
      'Kontaktiniu būdu',
      'Fysiskt',
      'Fysisk',
      'Με φυσική παρουσία',
      'Presencialmente',
    ],
    online: [
      'Virtual',
      'Remote',
      'Attālināti',
      'Internetu',
      'Nuotolinis',
      'Nuotoliniu',
      'På distans',
      'Distans',
      'Διαδικτυακό',
      'Εξ αποστάσεως',
      'Em linha',
      'À distância',
      'Remoto',
    ],
    mixed: [
      'Hybrid',
      'Both',
      'Hibrīds',
      'Hibrīdi',
      'Jaukts',
      'Hibridinis',
      'Hibridinis renginys',
      'Mišrus',
      'Hybridmöte',
      'Blandat',
      'Υβριδικό',
      'Υβριδικά',
      'Μικτό',
      'Híbrido',
      'Misto',
    ],
  },
  status: {
    scheduled: [
      'Planned',
      'Confirmed',
      'Plānota',
      'Notiks',
      'Suplanuota',
      'Įvyks',
      'Planerad',
      'Programado',
      'Previsto',
      'Confirmado',
    ],
    cancelled: [
      'Canceled',
      'Atcelta',
      'Atšaukta',
      'Inställd',
      'Ακυρωμένο',
      'Ακυρωμένη',
      'Cancelada',
      'Anulado',
      'Anulada',
    ],
    postponed: [
      'Pārcelta',
      'Atlikts',
      'Atlikta',
      'Atidėta',
      'Uppskjuten',
      'Framflyttat',
      'Framflyttad',
      'Σε αναβολή',
      'Αναβολή',
      'Adiada',
    ],
  },
  registrationStatus: {
    open: [
      'Atvērts',
      'Vyksta',
      'Öppet',
      'Ανοικτή',
      'Ανοιχτές',
      'Abertas',
      'Aberto',
    ],
    closed: [
      'Slēgts',
      'Uždarytas',
      'Baigta',
      'Stängt',
      'Κλειστές',
      'Έκλεισε',
      'Fechada',
      'Fechadas',
      'Encerradas',
      'Encerrado',
    ],
    full: [
      'Sold out',
      'Fully booked',
      'Booked up',
      'Pilns',
      'Pilna',
      'Aizpildīts',
      'Nėra vietų',
      'Fullt',
      'Fullsatt',
      'Fulltecknat',
      'Πλήρες',
      'Γεμάτο',
      'Esgotado',
      'Esgotadas',
      'Lotado',
      'Completo',
    ],
    cancelled: [
      'Canceled',
      'Atcelts',
      'Atšauktas',
      'Inställt',
      'Ακυρωμένη',
      'Cancelado',
      'Anulada',
    ],
  },
};

/** Lower case, without accents, punctuation folded to single spaces. */
export function fold(value) {
  return String(value)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_\-–—.,;:'"’()/]+/g, ' ')
    .trim();
}

function buildLookup(keys, labels, synonyms) {
  const map = new Map();
  for (const key of keys) {
    map.set(fold(key), key);
    for (const label of labels[key] ?? [])
      if (!map.has(fold(label))) map.set(fold(label), key);
    for (const label of synonyms[key] ?? [])
      if (!map.has(fold(label))) map.set(fold(label), key);
  }
  return map;
}

const LOOKUPS = {
  type: buildLookup(ORGANIZATION_TYPES, TYPE_LABELS, SYNONYMS.type),
  field: buildLookup(FIELDS, FIELD_LABELS, SYNONYMS.field),
  audience: buildLookup(AUDIENCES, AUDIENCE_LABELS, SYNONYMS.audience),
  topic: buildLookup(TOPICS, TOPIC_LABELS, SYNONYMS.topic),
  attendanceMode: buildLookup(
    ATTENDANCE_MODES,
    ATTENDANCE_LABELS,
    SYNONYMS.attendanceMode
  ),
  status: buildLookup(EVENT_STATUSES, EVENT_STATUS_LABELS, SYNONYMS.status),
  registrationStatus: buildLookup(
    REGISTRATION_STATUSES,
    REGISTRATION_STATUS_LABELS,
    SYNONYMS.registrationStatus
  ),
};

/** A code or label of `vocabulary` ('type' | 'field' | 'audience' | 'topic' | 'attendanceMode' | 'status' | 'registrationStatus') → key, or undefined. */
export function lookupVocab(vocabulary, value) {
  return LOOKUPS[vocabulary].get(fold(value));
}

export function labelOf(vocabulary, key, locale = 'en') {
  const table = {
    type: TYPE_LABELS,
    field: FIELD_LABELS,
    audience: AUDIENCE_LABELS,
    topic: TOPIC_LABELS,
    attendanceMode: ATTENDANCE_LABELS,
    status: EVENT_STATUS_LABELS,
    registrationStatus: REGISTRATION_STATUS_LABELS,
  }[vocabulary];
  const i = Math.max(0, LOCALES.indexOf(locale));
  return table[key]?.[i] ?? key;
}

// Countries and languages: names in the six languages from Intl.DisplayNames.

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
let countryMap;
let languageMap;

function allPairs() {
  const out = [];
  for (const a of LETTERS) for (const b of LETTERS) out.push(a + b);
  return out;
}

function displayNames(type) {
  return LOCALES.map(
    (l) => new Intl.DisplayNames([l], {type, fallback: 'none'})
  );
}

/** Every ISO 3166-1 alpha-2 code Intl knows, with its names in the six languages. */
function countries() {
  if (countryMap) return countryMap;
  countryMap = new Map();
  const names = displayNames('region');
  for (const code of allPairs()) {
    let known = false;
    for (const dn of names) {
      let name;
      try {
        name = dn.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code) {
        known = true;
        const key = fold(name);
        if (!countryMap.has(key)) countryMap.set(key, code);
      }
    }
    if (known) countryMap.set(fold(code), code);
  }
  // Common short forms; the partner countries' three-letter codes and
  // official names.
  for (const [name, code] of [
    ['Greece', 'GR'],
    ['Ελλάδα', 'GR'],
    ['Ελλάς', 'GR'],
    ['EL', 'GR'],
    ['UK', 'GB'],
    ['LVA', 'LV'],
    ['LTU', 'LT'],
    ['SWE', 'SE'],
    ['CYP', 'CY'],
    ['PRT', 'PT'],
    ['GRC', 'GR'],
    ['Latvijas Republika', 'LV'],
    ['Republic of Latvia', 'LV'],
    ['Lietuvos Respublika', 'LT'],
    ['Republic of Lithuania', 'LT'],
    ['Konungariket Sverige', 'SE'],
    ['Kingdom of Sweden', 'SE'],
    ['Κυπριακή Δημοκρατία', 'CY'],
    ['Republic of Cyprus', 'CY'],
    ['República Portuguesa', 'PT'],
    ['Portuguese Republic', 'PT'],
    ['Ελληνική Δημοκρατία', 'GR'],
    ['Hellenic Republic', 'GR'],
  ])
    countryMap.set(fold(name), code);
  return countryMap;
}

/** A country code or name (any of the six languages) → ISO alpha-2 upper case, or undefined. */
export function lookupCountry(value) {
  return countries().get(fold(value));
}

export function countryName(code, locale = 'en') {
  try {
    return new Intl.DisplayNames([locale], {
      type: 'region',
      fallback: 'code',
    }).of(code);
  } catch {
    return code;
  }
}

function languages() {
  if (languageMap) return languageMap;
  languageMap = new Map();
  const names = displayNames('language');
  for (const pair of allPairs()) {
    const code = pair.toLowerCase();
    let known = false;
    for (const dn of names) {
      let name;
      try {
        name = dn.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code) {
        known = true;
        const key = fold(name);
        if (!languageMap.has(key)) languageMap.set(key, code);
      }
    }
    if (known) languageMap.set(code, code);
  }
  return languageMap;
}

// A language as a sentence says it ("latviešu valodā", "lietuvių kalba",
// "in English", "på svenska", "στα ελληνικά", "em português", "língua
// portuguesa"): the words around its name, folded.
const LANGUAGE_AROUND =
  /^(?:in|pa|στα|στην|σε|em|lingua|γλωσσα)\s+|\s+(?:valod(?:a|as|u)|kalb(?:a|omis|oje)|spraket|language|γλωσσα)$/gu;
// Latvian's and Lithuanian's adverbs ("latviski", "angliškai"), folded.
const LANGUAGE_ADVERBS = {
  latviski: 'lv',
  angliski: 'en',
  lietuviski: 'lt',
  zviedriski: 'sv',
  griekiski: 'el',
  portugaliski: 'pt',
  krieviski: 'ru',
  lietuviskai: 'lt',
  angliskai: 'en',
  latviskai: 'lv',
  svediskai: 'sv',
  graikiskai: 'el',
  portugaliskai: 'pt',
  rusiskai: 'ru',
};

/** An ISO 639-1 code or a language name (any of the six languages) → code, or undefined. */
export function lookupLanguage(value) {
  const key = fold(value);
  return (
    languages().get(key) ??
    LANGUAGE_ADVERBS[key] ??
    languages().get(key.replace(LANGUAGE_AROUND, ''))
  );
}

const YES = [
  'yes',
  'y',
  'true',
  '1',
  'x',
  'ja',
  'jā',
  'taip',
  'ναι',
  'nai',
  'sim',
  'si',
  'sí',
  'да',
];
const NO = [
  'no',
  'n',
  'false',
  '0',
  'ne',
  'nē',
  'nej',
  'όχι',
  'oxi',
  'ochi',
  'não',
  'nao',
  'нет',
  '-',
];
const YES_SET = new Set(YES.map(fold));
const NO_SET = new Set(NO.map(fold));

/** yes/no in the six languages (and true/false, 1/0, x) → boolean, or undefined. */
export function lookupBoolean(value) {
  if (typeof value === 'boolean') return value;
  const key = fold(value);
  if (YES_SET.has(key)) return true;
  if (NO_SET.has(key)) return false;
  return undefined;
}
