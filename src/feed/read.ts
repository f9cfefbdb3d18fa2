/**
 * The reader's core: unknown JSON → typed {@link Feed}, one section at a time.
 * Total: it never throws anything but a {@link FeedError}, and only for a
 * document that is not a version 1 feed at all. A bad record is skipped and
 * reported in `issues`; a bad optional value is dropped and reported; URLs
 * that are not http(s) are dropped.
 *
 * Each element reads only the sections it shows (its record readers, in
 * `organization.ts`, `event.ts`, `recommendation.ts` and `form.ts`, load with
 * its code), so a page does not carry the rules of what it never shows.
 * `parse.ts` reads all four. The rules mirror `feed.schema.json`; the tests
 * check the two agree. Kept compact on purpose: this part ships in every
 * page's bundle.
 */
import {httpUrl} from '../shared/safe-url.js';
import {shown} from '../shared/text.js';
import {FeedError} from './errors.js';
import type {Feed, FeedIssue, LocalizedText, ParseResult} from './types.js';

type Json = Record<string, unknown>;

const DATE_RE =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const LOCALE_RE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const COUNTRY_RE = /^[A-Za-z]{2}$/;
// A character that shows: not a space, nor one of the invisible ones (a
// zero-width space, a soft hyphen, a bidi control, a Hangul filler, a
// control character, which `shown` leaves out…), which alone would make
// an empty heading. `feed validate` tests the same
// (bin/feed/validate.mjs, `shows`).
const NON_BLANK = /[^\s\p{DI}\p{Cc}]/u;
const localeKeys = new Map<string, boolean>();
/** Whether a key is a locale tag (memoised: the same few keys repeat in every text). */
const localeKey = (k: string) => {
  let ok = localeKeys.get(k);
  if (ok === undefined) localeKeys.set(k, (ok = LOCALE_RE.test(k)));
  return ok;
};

/** Thrown inside a record reader to skip the whole record. */
class Skip extends Error {}

export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const oneOf = <T extends string>(
  list: readonly T[],
  v: unknown
): T | undefined => (list.includes(v as T) ? (v as T) : undefined);

/** Reads values of one object at `path`, collecting issues. */
export class Obj {
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
  private read<T>(
    key: string,
    convert: (v: unknown) => T | undefined,
    expected: string
  ): T | undefined {
    const v = this.o[key];
    if (v === undefined || v === null) return undefined;
    const out = convert(v);
    if (out === undefined) this.warn(key, `expected ${expected}`);
    return out;
  }

  text(key: string): LocalizedText | undefined {
    return this.read(
      key,
      (v) => {
        if (typeof v === 'string') return NON_BLANK.test(v) ? v : undefined;
        if (!isObject(v)) return undefined;
        // The common case, every entry good, keeps the object as it is (no copy:
        // this runs for every text of every record).
        const good = (k: string) =>
          typeof v[k] === 'string' &&
          NON_BLANK.test(v[k] as string) &&
          localeKey(k);
        const keys = Object.keys(v);
        const kept = keys.filter(good);
        if (kept.length === keys.length)
          return kept.length ? (v as Record<string, string>) : undefined;
        return kept.length
          ? Object.fromEntries(kept.map((k) => [k, v[k] as string]))
          : undefined;
      },
      'a text: a string or {locale: string}'
    );
  }

  string(key: string): string | undefined {
    return this.read(
      key,
      // (As pickText shows a text: see `shown`.)
      (v) =>
        typeof v === 'string'
          ? shown(v) || undefined
          : typeof v === 'number' && isFinite(v)
            ? String(v)
            : undefined,
      'a string'
    );
  }

  number(key: string, min = -Infinity, max = Infinity): number | undefined {
    return this.read(
      key,
      (v) =>
        typeof v === 'number' && isFinite(v) && v >= min && v <= max
          ? v
          : undefined,
      `a number from ${min} to ${max}`
    );
  }

  bool(key: string): boolean {
    return (
      this.read(
        key,
        (v) => (typeof v === 'boolean' ? v : undefined),
        'true or false'
      ) ?? false
    );
  }

  date(key: string): string | undefined {
    return this.read(
      key,
      // A day the calendar has: Date rolls 2027-02-31 over to 3 March.
      (v) =>
        typeof v === 'string' &&
        DATE_RE.test(v) &&
        !isNaN(Date.parse(v)) &&
        new Date(v.slice(0, 10)).getUTCDate() === +v.slice(8, 10)
          ? v
          : undefined,
      'an ISO 8601 date, or date-time with offset'
    );
  }

  url(key: string): string | undefined {
    return this.o[key] === ''
      ? undefined
      : this.read(key, (v) => httpUrl(v), 'an http(s) URL');
  }

  oneOf<T extends string>(key: string, list: readonly T[]): T | undefined {
    return this.read(key, (v) => oneOf(list, v), list.join(', '));
  }

  required<T>(key: string, value: T | undefined): T {
    return value ?? this.skip(key, 'missing or malformed');
  }

  id(key = 'id'): string {
    const v = this.string(key);
    return v && /^\S{1,200}$/.test(v)
      ? v
      : this.skip(key, 'missing or malformed id');
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

  /** An array of non-empty strings, as shown (others dropped with a warning). */
  strings(key: string): string[] {
    const v = this.array(key, 'an array of strings');
    const out = v.flatMap((s) => (typeof s === 'string' && shown(s)) || []);
    if (out.length < v.length)
      this.warn(key, 'some items are not strings; dropped');
    return out;
  }
}

export const geo = (g: Obj | undefined) => {
  const lat = g?.number('lat', -90, 90);
  const lon = g?.number('lon', -180, 180);
  return lat === undefined || lon === undefined ? undefined : {lat, lon};
};

export const address = (a: Obj | undefined) =>
  a && {
    street: a.text('street'),
    city: a.text('city'),
    region: a.text('region'),
    postalCode: a.string('postalCode'),
    country: a.string('country')?.toUpperCase().match(COUNTRY_RE)?.[0],
  };

export const unique = <T>(list: T[]) => [...new Set(list)];

/**
 * One record per id: the later wins and takes the earlier's place in the
 * order (the elements key their state by id). Within a section and across
 * merged feeds alike.
 */
export const byId = <T extends {readonly id: string}>(
  list: readonly T[]
): T[] => [...new Map(list.map((r) => [r.id, r])).values()];

/** The feed's sections of records, in the feed's order. */
export const SECTIONS = [
  'organizations',
  'events',
  'recommendations',
  'forms',
] as const;
export type Section = (typeof SECTIONS)[number];

/** The record reader of each section to read; the others are left empty. */
export type Readers = {[K in Section]?: (record: Obj) => Feed[K][number]};

/**
 * What was read of one document, by section ('' for the envelope). Keyed by
 * section alone: each section has one reader (its module), whoever reads it.
 */
export type ReadMemo = Map<
  string,
  {readonly value: unknown; readonly issues: readonly FeedIssue[]}
>;

/** Warns once about skipped records and values. */
export function reportIssues(issues: readonly FeedIssue[], where: string) {
  if (issues.length === 0) return;
  console.warn(
    `[local-y-mpact] ${where}: ${issues.length} problem(s) in the feed; the affected records or values were skipped.`,
    issues
  );
}

/**
 * Reads the envelope and the sections `readers` names. Throws
 * {@link FeedError} (kind `invalid` or `version`) only when the document is
 * not an object or not `version: 1`. A section found in `memo` is not read
 * again (elements sharing one fetched feed share it); the problems of what
 * is read now are reported once, as coming from `where`, if given.
 */
export function readFeed(
  value: unknown,
  readers: Readers,
  where?: string,
  memo: ReadMemo = new Map()
): ParseResult {
  // Which feed, for the webmaster: a page may read several.
  const name = where ?? 'The feed';
  if (!isObject(value))
    throw new FeedError('invalid', `${name} is not a JSON object.`);
  if (value.version !== 1)
    throw new FeedError(
      'version',
      `${name} has version ${value.version}; these elements read version 1.`
    );
  let issues: readonly FeedIssue[] = [];
  let fresh: readonly FeedIssue[] = [];
  const read = (key: string, run: (root: Obj) => unknown) => {
    let done = memo.get(key);
    if (!done) {
      const found: FeedIssue[] = [];
      memo.set(
        key,
        (done = {value: run(new Obj(value, '', found)), issues: found})
      );
      fresh = fresh.concat(found);
    }
    issues = issues.concat(done.issues);
    return done.value;
  };
  // A copy: the envelope read is shared, the sections are this reader's.
  const feed: Record<string, unknown> = {
    ...(read('', (root) => {
      const publisher = root.child('publisher');
      const publisherName = publisher?.text('name');
      const defaultLocale = root.string('defaultLocale');
      return {
        version: 1,
        publisher:
          publisher && publisherName
            ? {name: publisherName, url: publisher.url('url')}
            : undefined,
        defaultLocale:
          defaultLocale && LOCALE_RE.test(defaultLocale) ? defaultLocale : 'en',
        updated: root.date('updated'),
      };
    }) as object),
  };
  // Each section's reader returns its records (see Readers).
  for (const key of SECTIONS) {
    const reader = readers[key] as ((record: Obj) => never) | undefined;
    feed[key] = reader ? read(key, (root) => byId(root.list(key, reader))) : [];
  }
  if (where) reportIssues(fresh, where);
  return {feed: feed as unknown as Feed, issues};
}
