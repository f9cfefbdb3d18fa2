/**
 * The feed contract, version 1: one JSON document that feeds every element.
 *
 * The JSON Schema in `feed.schema.json` describes the same shape; `parse.ts`
 * turns unknown JSON into these types. A change here changes the schema, the
 * sample feed and the README together, and stays backward compatible within
 * `version: 1` (new fields are optional; unknown fields are ignored).
 */

/** A language code the elements ship a UI translation for. */
export type UiLocale = 'en' | 'lv' | 'lt' | 'sv' | 'el' | 'pt';

/**
 * A text from the feed: a plain string, or an object of locale → string
 * (`{"lv": "Talsi", "en": "Talsi"}`). Always rendered as text, never as HTML.
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

// The lists of values live with the section reader that checks them (what a
// page loads comes with the elements that read that section).
import type {ORGANIZATION_TYPES} from './organization.js';
import type {AUDIENCES} from './recommendation.js';
import type {REGISTRATION_STATUSES} from './event.js';
import type {FORM_FIELD_TYPES} from './form.js';

/** Kinds of organisation. Unknown values in a feed are read as `other`. */
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

// Areas of activity (FIELDS): in a module of their own, which the bundle
// keeps with the vocabularies' labels, as only the elements that show
// fields use them.
export {FIELDS} from './fields.js';
import type {FIELDS} from './fields.js';
export type FieldKey = (typeof FIELDS)[number];

export type Audience = (typeof AUDIENCES)[number];

export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

export interface Geo {
  readonly lat: number;
  readonly lon: number;
}

/** A postal address, after HSDS 3.0 `address`. */
export interface Address {
  readonly street?: LocalizedText;
  readonly city?: LocalizedText;
  readonly region?: LocalizedText;
  readonly postalCode?: string;
  /** ISO 3166-1 alpha-2. */
  readonly country?: string;
}

export interface Publisher {
  readonly name: LocalizedText;
  /** Only http(s) URLs survive parsing. */
  readonly url?: string;
}

/** An identifier in a register, e.g. `{scheme: "LV-RE", value: "40008123456"}` (`scheme`: the register's code at org-id.guide). */
export interface Identifier {
  readonly scheme: string;
  readonly value: string;
}

export interface Phone {
  readonly number: string;
  readonly description?: LocalizedText;
}

export interface Organization {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  /** ISO 3166-1 alpha-2, upper case (LV, LT, SE, CY, PT, …). */
  readonly country: string;
  readonly municipality?: LocalizedText;
  readonly city?: LocalizedText;
  readonly types: readonly OrganizationType[];
  /** Field keys; see {@link FIELDS}. Unknown keys are kept as they are. */
  readonly fields: readonly string[];
  /** ISO 639-1 codes, lower case. */
  readonly languages: readonly string[];
  readonly lookingForPartners: boolean;
  /** http(s) only. */
  readonly website?: string;
  readonly email?: string;
  readonly phones: readonly Phone[];
  readonly address?: Address;
  readonly geo?: Geo;
  readonly identifiers: readonly Identifier[];
  /** ISO 8601 date or date-time. */
  readonly updated?: string;
  /** True for records made up for demonstration. */
  readonly sample?: boolean;
}

export interface Venue {
  readonly name?: LocalizedText;
  readonly address?: Address;
  readonly geo?: Geo;
}

/** An organizer: a reference to an organization of the feed, or inline. */
export type Organizer =
  | {readonly id: string; readonly name?: undefined; readonly url?: undefined}
  | {
      readonly id?: undefined;
      readonly name: LocalizedText;
      readonly url?: string;
    };

export interface Registration {
  /** An external registration page (http(s) only). */
  readonly url?: string;
  /** The id of a form of the feed, rendered by `<signup-form>`. */
  readonly formId?: string;
  /** ISO 8601 date-time with offset. */
  readonly opens?: string;
  /**
   * ISO 8601 date-time with offset, or a date: open all that day, until it
   * ends at the UTC offset of the event's timed start (else in UTC).
   */
  readonly closes?: string;
  readonly capacity?: number;
  /** How many places are taken, when the publisher knows it. */
  readonly registered?: number;
  readonly status?: RegistrationStatus;
}

export interface EventImage {
  /** http(s) only: an image at a relative path is not shown. */
  readonly url: string;
  readonly alt: LocalizedText;
}

export interface FeedEvent {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** ISO 8601 with offset, or a date (`2023-08-10`) for an all-day event. */
  readonly start: string;
  /** As `start`; a date after a timed start ends when that day ends at the start's offset. */
  readonly end?: string;
  /** IANA zone, e.g. `Europe/Riga`. */
  readonly timeZone?: string;
  readonly venue?: Venue;
  /** `online`, `offline` or `mixed`; default `offline`. */
  readonly attendanceMode?: 'offline' | 'online' | 'mixed';
  readonly onlineUrl?: string;
  readonly organizers: readonly Organizer[];
  readonly audience?: LocalizedText;
  /** ISO 639-1 of the event's working language(s). */
  readonly language?: string;
  readonly image?: EventImage;
  readonly url?: string;
  readonly registration?: Registration;
  /** `scheduled` (default), `cancelled`, `postponed`. */
  readonly status?: 'scheduled' | 'cancelled' | 'postponed';
}

export interface Step {
  readonly title: LocalizedText;
  readonly text?: LocalizedText;
}

export interface Source {
  readonly title: LocalizedText;
  readonly url?: string;
  readonly year?: number;
}

export interface Recommendation {
  readonly id: string;
  readonly title: LocalizedText;
  readonly summary?: LocalizedText;
  readonly audience: readonly Audience[];
  readonly topics: readonly string[];
  readonly steps: readonly Step[];
  readonly source?: Source;
}

export interface FormOption {
  readonly value: string;
  readonly label: LocalizedText;
}

export interface FormField {
  readonly name: string;
  readonly type: FormFieldType;
  readonly label: LocalizedText;
  readonly help?: LocalizedText;
  readonly required: boolean;
  readonly options: readonly FormOption[];
  /** An HTML autocomplete token (`name`, `email`, `tel`, `organization`, …). */
  readonly autocomplete?: string;
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
  /** A JavaScript regular expression source the whole value must match. */
  readonly pattern?: string;
  /** What to say when `pattern` does not match. */
  readonly patternMessage?: LocalizedText;
}

export interface Consent {
  readonly text: LocalizedText;
  readonly required: boolean;
  /** http(s) link to the privacy notice. */
  readonly privacyUrl?: string;
  /** A version tag for the consent text, recorded with each submission. */
  readonly version?: string;
}

export interface Form {
  readonly id: string;
  readonly eventId?: string;
  readonly title?: LocalizedText;
  /** Where answers are POSTed (http(s) only). */
  readonly action?: string;
  readonly encoding: 'json' | 'form-urlencoded';
  readonly fields: readonly FormField[];
  readonly consent?: Consent;
  readonly success?: {readonly message: LocalizedText};
  readonly opens?: string;
  readonly closes?: string;
}

export interface Feed {
  readonly version: 1;
  readonly publisher?: Publisher;
  /** The locale data texts fall back to first. Default `en`. */
  readonly defaultLocale: string;
  readonly updated?: string;
  readonly organizations: readonly Organization[];
  readonly events: readonly FeedEvent[];
  readonly recommendations: readonly Recommendation[];
  readonly forms: readonly Form[];
}

/** A record the parser skipped, with where and why. */
export interface FeedIssue {
  /** JSON pointer-like path, e.g. `/organizations/3/name`. */
  readonly path: string;
  readonly message: string;
}

export interface ParseResult {
  readonly feed: Feed;
  /** Records that were skipped (or values dropped) and why. */
  readonly issues: readonly FeedIssue[];
}
