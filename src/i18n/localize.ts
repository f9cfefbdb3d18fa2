/**
 * Per-element localization on top of @lit/localize.
 *
 * We keep @lit/localize's `msg()` extraction and XLIFF workflow (`npm run
 * i18n:extract`, `locales/*.xlf`, runtime-mode modules generated into
 * `src/generated/locales/`), but do not use its one-global-locale runtime.
 * Each element owns a {@link LocaleController} whose `msg` resolves messages
 * from the locale module of *that* element's language. So an element with
 * `lang="el"` shows Greek next to a Latvian one, and a host page that uses
 * @lit/localize itself is left alone (we never call `configureLocalization`).
 *
 * Locale modules are loaded lazily, once per page, relative to the bundle.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {joinStringsAndValues} from '@lit/localize';
import type {LocaleModule, MsgFn, StrResult, TemplateLike} from '@lit/localize';
import type {UiLocale} from '../feed/types.js';
import {SOURCE_LOCALE, intlLocaleFor, langOf, plural, uiLocaleFor, type PluralForms} from './locale.js';

type Templates = LocaleModule['templates'];

const loaders: Record<Exclude<UiLocale, 'en'>, () => Promise<LocaleModule>> = {
  lv: () => import('../generated/locales/lv.js'),
  lt: () => import('../generated/locales/lt.js'),
  sv: () => import('../generated/locales/sv.js'),
  el: () => import('../generated/locales/el.js'),
  pt: () => import('../generated/locales/pt.js'),
};

const loaded = new Map<UiLocale, Templates>();
const loading = new Map<UiLocale, Promise<Templates | undefined>>();

/** Loads a locale's messages (once per page). English is built in. */
export function loadLocale(locale: UiLocale): Promise<Templates | undefined> {
  if (locale === 'en') return Promise.resolve(undefined);
  const known = loading.get(locale);
  if (known) return known;
  const pending = loaders[locale]().then(
    (mod: LocaleModule) => {
      loaded.set(locale, mod.templates);
      return mod.templates;
    },
    (error: unknown) => {
      loading.delete(locale);
      console.warn(`[local-y-mpact] could not load the "${locale}" messages; showing English.`, error);
      return undefined;
    }
  );
  loading.set(locale, pending);
  return pending;
}

function isStr(value: unknown): value is StrResult {
  return typeof value === 'object' && value !== null && 'strTag' in value;
}

/** A `msg` implementation bound to one locale's templates. */
export function msgFor(templates: Templates | undefined): MsgFn {
  const fn = (template: TemplateLike, options?: {id?: string}) => {
    const localized = options?.id !== undefined ? templates?.[options.id] : undefined;
    if (typeof localized === 'string') return localized;
    if (isStr(localized) && isStr(template)) {
      return joinStringsAndValues(localized.strings, template.values, localized.values as unknown as number[]);
    }
    if (isStr(template)) return joinStringsAndValues(template.strings, template.values);
    return template;
  };
  return fn as MsgFn;
}

/** Shared observer of `lang` changes anywhere in the document's light DOM. */
const subscribers = new Set<() => void>();
let observer: MutationObserver | undefined;
function watchLang(callback: () => void) {
  subscribers.add(callback);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => subscribers.forEach((cb) => cb()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  return () => {
    subscribers.delete(callback);
    if (subscribers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/**
 * Resolves an element's UI locale from `lang` (its own, an ancestor's, the
 * document's), loads its messages, and re-renders the host when it changes.
 */
export class LocaleController implements ReactiveController {
  /** The UI locale: one of en, lv, lt, sv, el, pt. */
  locale: UiLocale = SOURCE_LOCALE;
  /** The tag to give Intl (en-GB stays en-GB). */
  intlLocale = SOURCE_LOCALE as string;
  /** Translate a message in this element's locale (used like @lit/localize's msg). */
  msg: MsgFn = msgFor(undefined);
  /** Settles when the current locale's messages are in place. */
  ready: Promise<unknown> = Promise.resolve();

  private unwatch?: () => void;
  /** Whether `msg` already speaks `locale`. */
  private settled = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected() {
    this.unwatch = watchLang(() => this.resolve());
    this.resolve();
  }

  hostDisconnected() {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  /** Re-reads `lang`; call when the host's own `lang` changes. */
  resolve() {
    const lang = langOf(this.host);
    const locale = uiLocaleFor(lang);
    const intlLocale = intlLocaleFor(lang, locale);
    if (locale === this.locale && intlLocale === this.intlLocale && this.settled) return;
    this.locale = locale;
    this.intlLocale = intlLocale;
    const known = loaded.get(locale);
    if (known || locale === SOURCE_LOCALE) {
      this.msg = msgFor(known);
      this.settled = true;
      this.ready = Promise.resolve();
      this.host.requestUpdate();
      return;
    }
    this.settled = false;
    this.ready = loadLocale(locale).then((templates) => {
      if (this.locale !== locale) return;
      this.msg = msgFor(templates);
      this.settled = true;
      this.host.requestUpdate();
    });
    this.host.requestUpdate();
  }

  /** Plural choice by this locale's rules. */
  plural(count: number, forms: PluralForms): string {
    return plural(this.locale, count, forms);
  }

  /** A number in this locale. */
  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.intlLocale, options).format(value);
  }
}
