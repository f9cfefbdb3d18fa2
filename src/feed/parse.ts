/**
 * unknown JSON → typed {@link Feed}. Total: it never throws anything but a
 * {@link FeedError}, and only for a document that is not a version 1 feed at
 * all. A bad record is skipped and reported in `issues`; a bad optional value
 * is dropped and reported; URLs that are not http(s) are dropped.
 *
 * The rules mirror `feed.schema.json`; the tests check the two agree.
 */
import {httpUrl} from '../shared/safe-url.js';
import {FeedError} from './errors.js';
import {
  AUDIENCES,
  FORM_FIELD_TYPES,
  ORGANIZATION_TYPES,
  REGISTRATION_STATUSES,
  type Address,
  type Audience,
  type Consent,
  type Feed,
  type FeedEvent,
  type FeedIssue,
  type Form,
  type FormField,
  type FormOption,
  type Geo,
  type Identifier,
  type LocalizedText,
  type Organization,
  type OrganizationType,
  type Organizer,
  type ParseResult,
  type Phone,
  type Recommendation,
  type Registration,
  type Step,
} from './types.js';

type Json = Record<string, unknown>;

const DATE_RE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const LOCALE_RE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const ID_RE = /^\S{1,200}$/;

/** Thrown inside a record reader to skip the whole record. */
class SkipRecord extends Error {}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The reading context: collects issues with their paths. */
class Reader {
  readonly issues: FeedIssue[] = [];

  warn(path: string, message: string) {
    this.issues.push({path, message});
  }

  /** A required value is wrong: skip the record it belongs to. */
  skip(path: string, message: string): never {
    this.warn(path, message);
    throw new SkipRecord(message);
  }

  text(value: unknown, path: string): LocalizedText | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value.trim() ? value : undefined;
    if (isObject(value)) {
      const out: Record<string, string> = {};
      for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string' && v.trim() && LOCALE_RE.test(key)) out[key] = v;
        else this.warn(`${path}/${key}`, 'not a text in a known locale form; ignored');
      }
      return Object.keys(out).length ? out : undefined;
    }
    this.warn(path, 'expected a string or an object of locale → string');
    return undefined;
  }

  requiredText(value: unknown, path: string): LocalizedText {
    const text = this.text(value, path);
    return text ?? this.skip(path, 'missing required text');
  }

  string(value: unknown, path: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value.trim() || undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    this.warn(path, 'expected a string');
    return undefined;
  }

  id(value: unknown, path: string): string {
    const id = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
    if (typeof id !== 'string' || !ID_RE.test(id)) {
      this.skip(path, 'missing or malformed id');
    }
    return id;
  }

  bool(value: unknown, path: string): boolean {
    if (value === undefined || value === null) return false;
    if (typeof value === 'boolean') return value;
    this.warn(path, 'expected true or false');
    return false;
  }

  number(value: unknown, path: string, min = -Infinity, max = Infinity) {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max) {
      return value;
    }
    this.warn(path, `expected a number from ${min} to ${max}`);
    return undefined;
  }

  date(value: unknown, path: string): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && DATE_RE.test(value) && !Number.isNaN(Date.parse(value))) {
      return value;
    }
    this.warn(path, 'expected an ISO 8601 date or date-time with offset');
    return undefined;
  }

  url(value: unknown, path: string): string | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    const url = httpUrl(value);
    if (!url) this.warn(path, 'not an http(s) URL; dropped');
    return url;
  }

  array<T>(value: unknown, path: string, read: (item: unknown, path: string) => T): T[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.warn(path, 'expected an array');
      return [];
    }
    const out: T[] = [];
    value.forEach((item, i) => {
      try {
        out.push(read(item, `${path}/${i}`));
      } catch (e) {
        if (!(e instanceof SkipRecord)) throw e;
      }
    });
    return out;
  }

  stringList(value: unknown, path: string): string[] {
    return this.array(value, path, (item, p) => {
      const s = typeof item === 'string' ? item.trim() : '';
      return s || this.skip(p, 'expected a non-empty string');
    });
  }

  object(value: unknown, path: string): Json | undefined {
    if (value === undefined || value === null) return undefined;
    if (isObject(value)) return value;
    this.warn(path, 'expected an object');
    return undefined;
  }

  record(value: unknown, path: string): Json {
    return isObject(value) ? value : this.skip(path, 'expected an object');
  }
}

function readGeo(r: Reader, value: unknown, path: string): Geo | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const lat = r.number(o.lat, `${path}/lat`, -90, 90);
  const lon = r.number(o.lon, `${path}/lon`, -180, 180);
  return lat === undefined || lon === undefined ? undefined : {lat, lon};
}

function readAddress(r: Reader, value: unknown, path: string): Address | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const country = r.string(o.country, `${path}/country`);
  return {
    street: r.text(o.street, `${path}/street`),
    city: r.text(o.city, `${path}/city`),
    region: r.text(o.region, `${path}/region`),
    postalCode: r.string(o.postalCode, `${path}/postalCode`),
    country: country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : undefined,
  };
}

function readOrganization(r: Reader, value: unknown, path: string): Organization {
  const o = r.record(value, path);
  const id = r.id(o.id, `${path}/id`);
  const name = r.requiredText(o.name, `${path}/name`);
  const country = r.string(o.country, `${path}/country`);
  if (!country || !/^[A-Za-z]{2}$/.test(country)) {
    r.skip(`${path}/country`, 'missing or not an ISO 3166-1 alpha-2 code');
  }
  const types = r.stringList(o.types, `${path}/types`).map((t): OrganizationType => {
    const key = t.toLowerCase();
    return (ORGANIZATION_TYPES as readonly string[]).includes(key)
      ? (key as OrganizationType)
      : 'other';
  });
  const email = r.string(o.email, `${path}/email`);
  return {
    id,
    name,
    description: r.text(o.description, `${path}/description`),
    country: country.toUpperCase(),
    municipality: r.text(o.municipality, `${path}/municipality`),
    city: r.text(o.city, `${path}/city`),
    types: [...new Set(types)],
    fields: [...new Set(r.stringList(o.fields, `${path}/fields`).map((f) => f.toLowerCase()))],
    languages: [
      ...new Set(
        r
          .stringList(o.languages, `${path}/languages`)
          .map((l) => l.toLowerCase())
          .filter((l) => /^[a-z]{2,3}$/.test(l))
      ),
    ],
    lookingForPartners: r.bool(o.lookingForPartners, `${path}/lookingForPartners`),
    website: r.url(o.website, `${path}/website`),
    email: email && /^[^\s@]+@[^\s@]+$/.test(email) ? email : undefined,
    phones: r.array(o.phones, `${path}/phones`, (item, p): Phone => {
      const ph = r.record(item, p);
      const number = r.string(ph.number, `${p}/number`);
      return {
        number: number ?? r.skip(`${p}/number`, 'missing phone number'),
        description: r.text(ph.description, `${p}/description`),
      };
    }),
    address: readAddress(r, o.address, `${path}/address`),
    geo: readGeo(r, o.geo, `${path}/geo`),
    identifiers: r.array(o.identifiers, `${path}/identifiers`, (item, p): Identifier => {
      const i = r.record(item, p);
      const scheme = r.string(i.scheme, `${p}/scheme`);
      const v = r.string(i.value, `${p}/value`);
      return scheme && v ? {scheme, value: v} : r.skip(p, 'an identifier needs scheme and value');
    }),
    updated: r.date(o.updated, `${path}/updated`),
    sample: o.sample === true ? true : undefined,
  };
}

function readRegistration(r: Reader, value: unknown, path: string): Registration | undefined {
  const o = r.object(value, path);
  if (!o) return undefined;
  const status = r.string(o.status, `${path}/status`);
  if (status && !(REGISTRATION_STATUSES as readonly string[]).includes(status)) {
    r.warn(`${path}/status`, 'unknown registration status; ignored');
  }
  return {
    url: r.url(o.url, `${path}/url`),
    formId: r.string(o.formId, `${path}/formId`),
    opens: r.date(o.opens, `${path}/opens`),
    closes: r.date(o.closes, `${path}/closes`),
    capacity: r.number(o.capacity, `${path}/capacity`, 0),
    registered: r.number(o.registered, `${path}/registered`, 0),
    status: (REGISTRATION_STATUSES as readonly string[]).includes(status ?? '')
      ? (status as Registration['status'])
      : undefined,
  };
}

function readEvent(r: Reader, value: unknown, path: string): FeedEvent {
  const o = r.record(value, path);
  const id = r.id(o.id, `${path}/id`);
  const title = r.requiredText(o.title, `${path}/title`);
  const start = r.date(o.start, `${path}/start`) ?? r.skip(`${path}/start`, 'missing start');
  const venueObj = r.object(o.venue, `${path}/venue`);
  const imageObj = r.object(o.image, `${path}/image`);
  const imageUrl = imageObj ? r.url(imageObj.url, `${path}/image/url`) : undefined;
  const mode = r.string(o.attendanceMode, `${path}/attendanceMode`);
  const status = r.string(o.status, `${path}/status`);
  return {
    id,
    title,
    description: r.text(o.description, `${path}/description`),
    start,
    end: r.date(o.end, `${path}/end`),
    timeZone: r.string(o.timeZone, `${path}/timeZone`),
    venue: venueObj
      ? {
          name: r.text(venueObj.name, `${path}/venue/name`),
          address: readAddress(r, venueObj.address, `${path}/venue/address`),
          geo: readGeo(r, venueObj.geo, `${path}/venue/geo`),
        }
      : undefined,
    attendanceMode: mode === 'online' || mode === 'mixed' || mode === 'offline' ? mode : undefined,
    onlineUrl: r.url(o.onlineUrl, `${path}/onlineUrl`),
    organizers: r.array(o.organizers, `${path}/organizers`, (item, p): Organizer => {
      const org = r.record(item, p);
      if (typeof org.id === 'string' && org.id) return {id: r.id(org.id, `${p}/id`)};
      return {name: r.requiredText(org.name, `${p}/name`), url: r.url(org.url, `${p}/url`)};
    }),
    audience: r.text(o.audience, `${path}/audience`),
    language: r.string(o.language, `${path}/language`),
    image:
      imageUrl && imageObj
        ? {url: imageUrl, alt: r.text(imageObj.alt, `${path}/image/alt`) ?? ''}
        : undefined,
    url: r.url(o.url, `${path}/url`),
    registration: readRegistration(r, o.registration, `${path}/registration`),
    status: status === 'cancelled' || status === 'postponed' || status === 'scheduled' ? status : undefined,
  };
}

function readRecommendation(r: Reader, value: unknown, path: string): Recommendation {
  const o = r.record(value, path);
  const sourceObj = r.object(o.source, `${path}/source`);
  let source: Recommendation['source'];
  if (sourceObj) {
    const title = r.text(sourceObj.title, `${path}/source/title`);
    if (title) {
      source = {
        title,
        url: r.url(sourceObj.url, `${path}/source/url`),
        year: r.number(sourceObj.year, `${path}/source/year`, 1900, 2200),
      };
    }
  }
  return {
    id: r.id(o.id, `${path}/id`),
    title: r.requiredText(o.title, `${path}/title`),
    summary: r.text(o.summary, `${path}/summary`),
    audience: r
      .stringList(o.audience, `${path}/audience`)
      .filter((a): a is Audience => (AUDIENCES as readonly string[]).includes(a)),
    topics: r.stringList(o.topics, `${path}/topics`),
    steps: r.array(o.steps, `${path}/steps`, (item, p): Step => {
      const s = r.record(item, p);
      return {title: r.requiredText(s.title, `${p}/title`), text: r.text(s.text, `${p}/text`)};
    }),
    source,
  };
}

function readFormField(r: Reader, value: unknown, path: string): FormField {
  const o = r.record(value, path);
  const name = r.string(o.name, `${path}/name`);
  if (!name || !/^[A-Za-z][A-Za-z0-9_.-]*$/.test(name)) r.skip(`${path}/name`, 'missing or malformed field name');
  const type = r.string(o.type, `${path}/type`) ?? '';
  if (!(FORM_FIELD_TYPES as readonly string[]).includes(type)) r.skip(`${path}/type`, 'unknown field type');
  let pattern = r.string(o.pattern, `${path}/pattern`);
  if (pattern) {
    try {
      new RegExp(pattern, 'u');
    } catch {
      r.warn(`${path}/pattern`, 'not a valid regular expression; ignored');
      pattern = undefined;
    }
  }
  const options = r.array(o.options, `${path}/options`, (item, p): FormOption => {
    const op = r.record(item, p);
    const v = r.string(op.value, `${p}/value`) ?? r.skip(`${p}/value`, 'an option needs a value');
    return {value: v, label: r.text(op.label, `${p}/label`) ?? v};
  });
  if ((type === 'select' || type === 'radio') && options.length === 0) {
    r.skip(`${path}/options`, `a ${type} field needs options`);
  }
  const maxLength = r.number(o.maxLength, `${path}/maxLength`, 1);
  return {
    name,
    type: type as FormField['type'],
    label: r.requiredText(o.label, `${path}/label`),
    help: r.text(o.help, `${path}/help`),
    required: r.bool(o.required, `${path}/required`),
    options,
    autocomplete: r.string(o.autocomplete, `${path}/autocomplete`),
    maxLength: maxLength === undefined ? undefined : Math.floor(maxLength),
    min: r.number(o.min, `${path}/min`),
    max: r.number(o.max, `${path}/max`),
    pattern,
    patternMessage: r.text(o.patternMessage, `${path}/patternMessage`),
  };
}

function readForm(r: Reader, value: unknown, path: string): Form {
  const o = r.record(value, path);
  const id = r.id(o.id, `${path}/id`);
  const encoding = r.string(o.encoding, `${path}/encoding`);
  const consentObj = r.object(o.consent, `${path}/consent`);
  let consent: Consent | undefined;
  if (consentObj) {
    const text = r.text(consentObj.text, `${path}/consent/text`);
    if (text) {
      consent = {
        text,
        required: consentObj.required === undefined ? true : r.bool(consentObj.required, `${path}/consent/required`),
        privacyUrl: r.url(consentObj.privacyUrl, `${path}/consent/privacyUrl`),
        version: r.string(consentObj.version, `${path}/consent/version`),
      };
    }
  }
  const successObj = r.object(o.success, `${path}/success`);
  const successMessage = successObj ? r.text(successObj.message, `${path}/success/message`) : undefined;
  const action = r.string(o.action, `${path}/action`);
  const fields = r.array(o.fields, `${path}/fields`, (item, p) => readFormField(r, item, p));
  const seen = new Set<string>();
  return {
    id,
    eventId: r.string(o.eventId, `${path}/eventId`),
    title: r.text(o.title, `${path}/title`),
    // Kept as written: resolved against the feed's URL by the form, where the
    // http(s)-only rule is applied.
    action,
    encoding: encoding === 'form-urlencoded' ? 'form-urlencoded' : 'json',
    fields: fields.filter((f) => {
      if (seen.has(f.name)) {
        r.warn(`${path}/fields`, `duplicate field name "${f.name}"; the later one is skipped`);
        return false;
      }
      seen.add(f.name);
      return true;
    }),
    consent,
    success: successMessage ? {message: successMessage} : undefined,
    opens: r.date(o.opens, `${path}/opens`),
    closes: r.date(o.closes, `${path}/closes`),
  };
}

/**
 * Reads a feed. Throws {@link FeedError} (kind `invalid`) only when the
 * document is not an object or not `version: 1`.
 */
export function parseFeed(value: unknown): ParseResult {
  if (!isObject(value)) {
    throw new FeedError('invalid', 'The feed is not a JSON object.');
  }
  if (value.version !== 1) {
    throw new FeedError('version', `Unsupported feed version: ${String(value.version)}.`);
  }
  const r = new Reader();
  const publisherObj = r.object(value.publisher, '/publisher');
  const publisherName = publisherObj ? r.text(publisherObj.name, '/publisher/name') : undefined;
  const defaultLocale = r.string(value.defaultLocale, '/defaultLocale');
  const feed: Feed = {
    version: 1,
    publisher:
      publisherObj && publisherName
        ? {name: publisherName, url: r.url(publisherObj.url, '/publisher/url')}
        : undefined,
    defaultLocale: defaultLocale && LOCALE_RE.test(defaultLocale) ? defaultLocale : 'en',
    updated: r.date(value.updated, '/updated'),
    organizations: r.array(value.organizations, '/organizations', (v, p) => readOrganization(r, v, p)),
    events: r.array(value.events, '/events', (v, p) => readEvent(r, v, p)),
    recommendations: r.array(value.recommendations, '/recommendations', (v, p) =>
      readRecommendation(r, v, p)
    ),
    forms: r.array(value.forms, '/forms', (v, p) => readForm(r, v, p)),
  };
  return {feed, issues: r.issues};
}
