/**
 * unknown JSON → typed {@link Feed}. Total: it never throws anything but a
 * {@link FeedError}, and only for a document that is not a version 1 feed at
 * all. A bad record is skipped and reported in `issues`; a bad optional value
 * is dropped and reported; URLs that are not http(s) are dropped.
 *
 * The rules mirror `feed.schema.json`; the tests check the two agree. Kept
 * compact on purpose: it ships in every page's bundle.
 */
import {httpUrl} from '../shared/safe-url.js';
import {FeedError} from './errors.js';
import {
  AUDIENCES,
  FORM_FIELD_TYPES,
  ORGANIZATION_TYPES,
  REGISTRATION_STATUSES,
  type Feed,
  type FeedEvent,
  type FeedIssue,
  type Form,
  type FormField,
  type LocalizedText,
  type Organization,
  type OrganizationType,
  type ParseResult,
  type Recommendation,
} from './types.js';

type Json = Record<string, unknown>;

const DATE_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const LOCALE_RE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const COUNTRY_RE = /^[A-Za-z]{2}$/;
const NON_BLANK = /\S/;
const localeKeys = new Map<string, boolean>();
/** Whether a key is a locale tag (memoised: the same few keys repeat in every text). */
const localeKey = (k: string) => {
  let ok = localeKeys.get(k);
  if (ok === undefined) localeKeys.set(k, (ok = LOCALE_RE.test(k)));
  return ok;
};

/** Thrown inside a record reader to skip the whole record. */
class Skip extends Error {}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined =>
  list.includes(v as T) ? (v as T) : undefined;

/** Reads values of one object at `path`, collecting issues. */
class Obj {
  constructor(
    readonly o: Json,
    readonly path: string,
    readonly issues: FeedIssue[]
  ) {}

  warn(key: string, message: string) {
    this.issues.push({path: key ? `${this.path}/${key}` : this.path, message});
  }

  /** A required value is wrong: skip the record. */
  skip(key: string, message: string): never {
    this.warn(key, message);
    throw new Skip();
  }

  /** Reads `key` if present: `ok` says whether the value is acceptable. */
  private read<T>(key: string, convert: (v: unknown) => T | undefined, expected: string): T | undefined {
    const v = this.o[key];
    if (v === undefined || v === null) return undefined;
    const out = convert(v);
    if (out === undefined) this.warn(key, `expected ${expected}`);
    return out;
  }

  text(key: string): LocalizedText | undefined {
    return this.read(key, (v) => {
      if (typeof v === 'string') return NON_BLANK.test(v) ? v : undefined;
      if (!isObject(v)) return undefined;
      // The common case, every entry good, keeps the object as it is (no copy:
      // this runs for every text of every record).
      const good = (k: string) => typeof v[k] === 'string' && NON_BLANK.test(v[k] as string) && localeKey(k);
      const keys = Object.keys(v);
      const kept = keys.filter(good);
      if (kept.length === keys.length) return kept.length ? (v as Record<string, string>) : undefined;
      return kept.length ? Object.fromEntries(kept.map((k) => [k, v[k] as string])) : undefined;
    }, 'a text: a string or an object of locale → string');
  }

  string(key: string): string | undefined {
    return this.read(
      key,
      (v) => (typeof v === 'string' ? v.trim() || undefined : typeof v === 'number' && isFinite(v) ? String(v) : undefined),
      'a string'
    );
  }

  number(key: string, min = -Infinity, max = Infinity): number | undefined {
    return this.read(
      key,
      (v) => (typeof v === 'number' && isFinite(v) && v >= min && v <= max ? v : undefined),
      `a number from ${min} to ${max}`
    );
  }

  bool(key: string): boolean {
    return this.read(key, (v) => (typeof v === 'boolean' ? v : undefined), 'true or false') ?? false;
  }

  date(key: string): string | undefined {
    return this.read(
      key,
      (v) => (typeof v === 'string' && DATE_RE.test(v) && !isNaN(Date.parse(v)) ? v : undefined),
      'an ISO 8601 date, or date-time with offset'
    );
  }

  url(key: string): string | undefined {
    return this.o[key] === '' ? undefined : this.read(key, (v) => httpUrl(v), 'an http(s) URL');
  }

  oneOf<T extends string>(key: string, list: readonly T[]): T | undefined {
    return this.read(key, (v) => oneOf(list, v), list.join(', '));
  }

  required<T>(key: string, value: T | undefined): T {
    return value ?? this.skip(key, 'missing or malformed required value');
  }

  id(key = 'id'): string {
    const v = this.string(key);
    return v && /^\S{1,200}$/.test(v) ? v : this.skip(key, 'missing or malformed id');
  }

  /** A nested object, or undefined. */
  child(key: string): Obj | undefined {
    const v = this.o[key];
    if (v === undefined || v === null) return undefined;
    if (isObject(v)) return new Obj(v, `${this.path}/${key}`, this.issues);
    this.warn(key, 'expected an object');
    return undefined;
  }

  /** The array at `key` ([] when absent; [] and a warning when not an array). */
  private array(key: string, expected: string): unknown[] {
    const v = this.o[key];
    if (v === undefined || v === null) return [];
    if (Array.isArray(v)) return v;
    this.warn(key, `expected ${expected}`);
    return [];
  }

  /** An array whose bad items are skipped one by one. */
  list<T>(key: string, read: (item: Obj) => T): T[] {
    const out: T[] = [];
    this.array(key, 'an array').forEach((item, i) => {
      const path = `${this.path}/${key}/${i}`;
      try {
        if (!isObject(item)) {
          this.issues.push({path, message: 'expected an object'});
        } else out.push(read(new Obj(item, path, this.issues)));
      } catch (e) {
        if (!(e instanceof Skip)) throw e;
      }
    });
    return out;
  }

  /** An array of non-empty strings (others dropped with a warning). */
  strings(key: string): string[] {
    const v = this.array(key, 'an array of strings');
    const out = v.filter((s): s is string => typeof s === 'string' && !!s.trim()).map((s) => s.trim());
    if (out.length < v.length) this.warn(key, 'some items are not strings; dropped');
    return out;
  }
}

const geo = (g: Obj | undefined) => {
  const lat = g?.number('lat', -90, 90);
  const lon = g?.number('lon', -180, 180);
  return lat === undefined || lon === undefined ? undefined : {lat, lon};
};

const address = (a: Obj | undefined) =>
  a && {
    street: a.text('street'),
    city: a.text('city'),
    region: a.text('region'),
    postalCode: a.string('postalCode'),
    country: a.string('country')?.toUpperCase().match(COUNTRY_RE)?.[0],
  };

const unique = <T>(list: T[]) => [...new Set(list)];

function organization(o: Obj): Organization {
  const country = o.string('country');
  const email = o.string('email');
  return {
    id: o.id(),
    name: o.required('name', o.text('name')),
    description: o.text('description'),
    country: country && COUNTRY_RE.test(country) ? country.toUpperCase() : o.skip('country', 'missing or not an ISO 3166-1 alpha-2 code'),
    municipality: o.text('municipality'),
    city: o.text('city'),
    types: unique(o.strings('types').map((t): OrganizationType => oneOf(ORGANIZATION_TYPES, t.toLowerCase()) ?? 'other')),
    fields: unique(o.strings('fields').map((f) => f.toLowerCase())),
    languages: unique(o.strings('languages').map((l) => l.toLowerCase()).filter((l) => /^[a-z]{2,3}$/.test(l))),
    lookingForPartners: o.bool('lookingForPartners'),
    website: o.url('website'),
    email: email && /^[^\s@]+@[^\s@]+$/.test(email) ? email : undefined,
    phones: o.list('phones', (p) => ({number: p.required('number', p.string('number')), description: p.text('description')})),
    address: address(o.child('address')),
    geo: geo(o.child('geo')),
    identifiers: o.list('identifiers', (i) => ({scheme: i.required('scheme', i.string('scheme')), value: i.required('value', i.string('value'))})),
    updated: o.date('updated'),
    sample: o.o.sample === true || undefined,
  };
}

function event(o: Obj): FeedEvent {
  const venue = o.child('venue');
  const image = o.child('image');
  const imageUrl = image?.url('url');
  const reg = o.child('registration');
  return {
    id: o.id(),
    title: o.required('title', o.text('title')),
    description: o.text('description'),
    start: o.required('start', o.date('start')),
    end: o.date('end'),
    timeZone: o.string('timeZone'),
    venue: venue && {name: venue.text('name'), address: address(venue.child('address')), geo: geo(venue.child('geo'))},
    attendanceMode: o.oneOf('attendanceMode', ['offline', 'online', 'mixed'] as const),
    onlineUrl: o.url('onlineUrl'),
    organizers: o.list('organizers', (g) =>
      typeof g.o.id === 'string' && g.o.id ? {id: g.id()} : {name: g.required('name', g.text('name')), url: g.url('url')}
    ),
    audience: o.text('audience'),
    language: o.string('language'),
    image: imageUrl ? {url: imageUrl, alt: image?.text('alt') ?? ''} : undefined,
    url: o.url('url'),
    registration: reg && {
      url: reg.url('url'),
      formId: reg.string('formId'),
      opens: reg.date('opens'),
      closes: reg.date('closes'),
      capacity: reg.number('capacity', 0),
      registered: reg.number('registered', 0),
      status: reg.oneOf('status', REGISTRATION_STATUSES),
    },
    status: o.oneOf('status', ['scheduled', 'cancelled', 'postponed'] as const),
  };
}

function recommendation(o: Obj): Recommendation {
  const source = o.child('source');
  const sourceTitle = source?.text('title');
  return {
    id: o.id(),
    title: o.required('title', o.text('title')),
    summary: o.text('summary'),
    audience: o.strings('audience').filter((a) => oneOf(AUDIENCES, a)) as Recommendation['audience'],
    topics: o.strings('topics'),
    steps: o.list('steps', (s) => ({title: s.required('title', s.text('title')), text: s.text('text')})),
    source: source && sourceTitle ? {title: sourceTitle, url: source.url('url'), year: source.number('year', 1900, 2200)} : undefined,
  };
}

function formField(o: Obj): FormField {
  const name = o.string('name');
  const type = oneOf(FORM_FIELD_TYPES, o.o.type) ?? o.skip('type', 'unknown field type');
  let pattern = o.string('pattern');
  try {
    if (pattern) new RegExp(pattern, 'u');
  } catch {
    o.warn('pattern', 'not a valid regular expression; ignored');
    pattern = undefined;
  }
  const options = o.list('options', (p) => {
    const value = p.required('value', p.string('value'));
    return {value, label: p.text('label') ?? value};
  });
  if ((type === 'select' || type === 'radio') && !options.length) o.skip('options', `a ${type} field needs options`);
  const maxLength = o.number('maxLength', 1);
  return {
    name: name && /^[A-Za-z][\w.-]*$/.test(name) ? name : o.skip('name', 'missing or malformed field name'),
    type,
    label: o.required('label', o.text('label')),
    help: o.text('help'),
    required: o.bool('required'),
    options,
    autocomplete: o.string('autocomplete'),
    maxLength: maxLength && Math.floor(maxLength),
    min: o.number('min'),
    max: o.number('max'),
    pattern,
    patternMessage: o.text('patternMessage'),
  };
}

function form(o: Obj): Form {
  const consent = o.child('consent');
  const consentText = consent?.text('text');
  const successMessage = o.child('success')?.text('message');
  const names = new Set<string>();
  return {
    id: o.id(),
    eventId: o.string('eventId'),
    title: o.text('title'),
    // Kept as written: the form resolves it against the feed's URL and
    // applies the http(s)-only rule there.
    action: o.string('action'),
    encoding: o.o.encoding === 'form-urlencoded' ? 'form-urlencoded' : 'json',
    fields: o.list('fields', formField).filter((f) => {
      if (!names.has(f.name)) return names.add(f.name);
      o.warn('fields', `duplicate field name "${f.name}"; the later one is skipped`);
      return false;
    }),
    consent:
      consent && consentText
        ? {
            text: consentText,
            required: consent.o.required === undefined || consent.bool('required'),
            privacyUrl: consent.url('privacyUrl'),
            version: consent.string('version'),
          }
        : undefined,
    success: successMessage ? {message: successMessage} : undefined,
    opens: o.date('opens'),
    closes: o.date('closes'),
  };
}

/**
 * Reads a feed. Throws {@link FeedError} (kind `invalid` or `version`) only
 * when the document is not an object or not `version: 1`.
 */
export function parseFeed(value: unknown): ParseResult {
  if (!isObject(value)) throw new FeedError('invalid', 'The feed is not a JSON object.');
  if (value.version !== 1) throw new FeedError('version', `Unsupported feed version: ${String(value.version)}.`);
  const issues: FeedIssue[] = [];
  const root = new Obj(value, '', issues);
  const publisher = root.child('publisher');
  const publisherName = publisher?.text('name');
  const defaultLocale = root.string('defaultLocale');
  const feed: Feed = {
    version: 1,
    publisher: publisher && publisherName ? {name: publisherName, url: publisher.url('url')} : undefined,
    defaultLocale: defaultLocale && LOCALE_RE.test(defaultLocale) ? defaultLocale : 'en',
    updated: root.date('updated'),
    organizations: root.list('organizations', organization),
    events: root.list('events', event),
    recommendations: root.list('recommendations', recommendation),
    forms: root.list('forms', form),
  };
  return {feed, issues};
}
