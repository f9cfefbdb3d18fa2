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
 * Messages are split by scope (`bin/i18n-build.mjs`): an element loads the
 * shared messages and its own, lazily, once per page, relative to the bundle.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {joinStringsAndValues} from '@lit/localize';
import type {LocaleModule, MsgFn, StrResult, TemplateLike} from '@lit/localize';
import type {LocalizedText, UiLocale} from '../feed/types.js';
import {
  SCOPES,
  localeLoaders,
  type Scope,
} from '../generated/locale-loaders.js';
import {
  SOURCE_LOCALE,
  intlLocaleFor,
  intlOf,
  langOf,
  pickText,
  plural,
  primaryLanguage,
  textLang,
  uiLocaleFor,
  type PluralForms,
} from './locale.js';

type Templates = LocaleModule['templates'];

const loaded = new Map<string, Templates>();
const loading = new Map<string, Promise<Templates | undefined>>();

/**
 * Loads one scope of a locale's messages (once per page): `shared` (feed
 * states, vocabularies) or an element's own. English is built in.
 */
export function loadMessages(
  locale: Exclude<UiLocale, 'en'>,
  scope: Scope
): Promise<Templates | undefined> {
  const key = `${locale}/${scope}`;
  const known = loading.get(key);
  if (known) return known;
  const pending = localeLoaders[locale][SCOPES.indexOf(scope)]().then(
    (mod: LocaleModule) => {
      loaded.set(key, mod.templates);
      return mod.templates;
    },
    (error: unknown) => {
      loading.delete(key);
      console.warn(
        `[local-y-mpact] could not load the "${key}" messages; showing English.`,
        error
      );
      return undefined;
    }
  );
  loading.set(key, pending);
  return pending;
}

/** The scopes an element needs: shared, plus its own when it is one of ours. */
function scopesFor(tag: string): readonly Scope[] {
  const own = SCOPES.find((s) => s !== 'shared' && s === tag);
  return own ? ['shared', own] : SCOPES;
}

function merged(
  locale: UiLocale,
  scopes: readonly Scope[]
): Templates | undefined {
  // (English is never loaded: undefined.)
  const parts = scopes.map((s) => loaded.get(`${locale}/${s}`));
  return parts.every(Boolean) ? Object.assign({}, ...parts) : undefined;
}

function isStr(value: unknown): value is StrResult {
  return !!(value as Partial<StrResult> | null | undefined)?.strTag;
}

/** A `msg` implementation bound to one locale's templates. */
export function msgFor(templates: Templates | undefined): MsgFn {
  // The page bundles give the id alone, `msg('…', 'a')`
  // (bin/compact-transformer.mjs).
  const fn = (template: TemplateLike, options?: {id?: string} | string) => {
    // (Every message of ours has an id.)
    const localized =
      templates?.[typeof options == 'string' ? options : (options?.id ?? '')];
    if (typeof localized === 'string') return localized;
    if (isStr(localized) && isStr(template)) {
      return joinStringsAndValues(
        localized.strings,
        template.values,
        localized.values as unknown as number[]
      );
    }
    if (isStr(template))
      return joinStringsAndValues(template.strings, template.values);
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
  /** The language the element sits in: its `lang`, an ancestor's, the document's. */
  private pageLang = SOURCE_LOCALE as string;
  /** The language `msg` speaks: `locale`, or English while (or when) its messages cannot load. */
  private wordsLang: UiLocale = SOURCE_LOCALE;

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

  /**
   * Marks what the element rendered with the language of its words, so that
   * they are read in it also where it is not the page's: the English a
   * Russian page gets is read with an English voice (WCAG 3.1.2). The page's
   * fallback content, slotted in, keeps the page's language: a slot passes
   * its own on to what it shows.
   */
  hostUpdated() {
    // (Our elements render into a shadow root; it exists after an update.)
    const root = this.host.shadowRoot!;
    for (const el of root.children) this.mark(el as HTMLElement);
    root
      .querySelectorAll('slot')
      .forEach((slot) => this.mark(slot, this.pageLang, 'auto'));
  }

  /**
   * Gives `el` a `lang` and a `dir` (only when they differ: a change restyles
   * what is under it, and wakes the lang watcher in the page). Our six
   * languages are written left to right, also on a right-to-left page (the
   * English an Arabic page gets would read ".Registration is open"); the
   * page's fallback content takes its direction from its own text.
   */
  mark(el: HTMLElement, lang: string = this.wordsLang, dir = 'ltr') {
    if (el.lang !== lang) el.lang = lang;
    if (el.dir !== dir) el.dir = dir;
  }

  /** Re-reads `lang`; call when the host's own `lang` changes. */
  resolve() {
    const lang = langOf(this.host);
    // (Both locales follow from the language alone.)
    if (lang === this.pageLang && this.settled) return;
    const locale = uiLocaleFor(lang);
    this.pageLang = lang;
    this.locale = locale;
    this.intlLocale = intlLocaleFor(lang, locale);
    const scopes = scopesFor(this.host.localName);
    const known = merged(locale, scopes);
    if (known || locale === SOURCE_LOCALE) {
      this.msg = msgFor(known);
      this.wordsLang = locale;
      this.settled = true;
      this.ready = Promise.resolve();
      this.host.requestUpdate();
      return;
    }
    this.settled = false;
    this.ready = Promise.all(
      scopes.map((s) => loadMessages(locale as Exclude<UiLocale, 'en'>, s))
    ).then(() => {
      if (this.locale !== locale) return;
      const templates = merged(locale, scopes);
      this.msg = msgFor(templates);
      this.wordsLang = templates ? locale : SOURCE_LOCALE;
      this.settled = true;
      this.host.requestUpdate();
    });
    this.host.requestUpdate();
  }

  /** A feed text in this element's language, with the fallback of {@link pickText}. */
  text(value: LocalizedText | undefined, defaultLocale?: string): string {
    return pickText(value, this.locale, defaultLocale);
  }

  /**
   * The `lang` to mark a feed text with when it is in another language than
   * our words around it (WCAG 3.1.2: English where a locale's messages did
   * not load); undefined when it is theirs. A plain string
   * says no language: it is taken to be the page's, as it was before the UI
   * fell back to English there.
   */
  foreignLang(
    value: LocalizedText | undefined,
    defaultLocale?: string
  ): string | undefined {
    const lang =
      typeof value === 'string'
        ? this.pageLang
        : textLang(value, this.locale, defaultLocale);
    return lang && primaryLanguage(lang) !== this.wordsLang ? lang : undefined;
  }

  /**
   * Plural choice by the rules of the language the words are in: European
   * Portuguese words on a `pt-BR` page follow pt-PT's rules (0 is "other"
   * there, "one" in Brazil), English fallback words English rules.
   */
  plural(count: number, forms: PluralForms): string {
    return plural(intlLocaleFor(this.wordsLang, this.wordsLang), count, forms);
  }

  /** A number in this locale. */
  number(value: number): string {
    return intlOf(Intl.NumberFormat, this.intlLocale).format(value);
  }
}
