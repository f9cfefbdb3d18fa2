/**
 * Pure locale helpers: which UI locale an element uses, text fallback, plural
 * choice. No DOM access except `langOf`, which reads attributes.
 */
import type {LocalizedText, UiLocale} from '../feed/types.js';
import {shown} from '../shared/text.js';

export const SOURCE_LOCALE: UiLocale = 'en';
export const UI_LOCALES: readonly UiLocale[] = [
  'en',
  'lv',
  'lt',
  'sv',
  'el',
  'pt',
];

/** The primary language subtag of a BCP 47 tag, lower case ("lv-LV" → "lv"). */
export function primaryLanguage(tag: string | null | undefined): string {
  return (tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
}

/** The UI locale for a language tag: its language when we ship it, else English. */
export function uiLocaleFor(tag: string | null | undefined): UiLocale {
  const lang = primaryLanguage(tag);
  return (UI_LOCALES as readonly string[]).includes(lang)
    ? (lang as UiLocale)
    : SOURCE_LOCALE;
}

/**
 * The language of an element: its `lang` attribute, else the nearest
 * ancestor's (crossing shadow roots), else the document's, else "en".
 */
export function langOf(el: Element): string {
  // Up through parents, and from a shadow root to its host; a shadow root and
  // the document have no attributes.
  for (
    let n: Node | undefined = el;
    n;
    n = n.parentNode ?? (n as ShadowRoot).host
  ) {
    const lang = (n as Partial<Element>).getAttribute?.('lang');
    if (lang) return lang;
  }
  return el.ownerDocument?.documentElement.lang || SOURCE_LOCALE;
}

/**
 * A tag suited to Intl for this UI locale: the element's own tag when it is a
 * variant of the UI locale (en-GB keeps British dates), else the UI locale.
 * Plain "pt" is Portugal's Portuguese, as our messages are ("Letónia"; Intl
 * alone reads "pt" as Brazil's: "Letônia"), and plain "en" British English,
 * as our messages are: "10 August 2027, 13:00", not "August 10, 2027, 1:00
 * PM" (Intl alone reads "en" as American). A page's "en-US" keeps its own.
 */
export function intlLocaleFor(lang: string, ui: UiLocale): string {
  let tag: string = ui;
  try {
    if (primaryLanguage(lang) === ui)
      tag = Intl.getCanonicalLocales(lang)[0] ?? ui;
  } catch {
    // not a valid tag: the UI locale
  }
  return tag === 'pt' ? 'pt-PT' : tag === 'en' ? 'en-GB' : tag;
}

/**
 * Which key of a localized text to show: the exact tag, then its language
 * (also regional keys: "pt-PT" for "pt"), then the feed's default locale,
 * then English, then any. Undefined for a plain string or an empty object.
 */
function pickKey(
  text: Readonly<Record<string, string>>,
  locale: string,
  defaultLocale: string
) {
  const has = (key: string) => !!text[key];
  const sameLanguage = (lang: string) =>
    Object.keys(text).find((key) => has(key) && primaryLanguage(key) === lang);
  return (
    [locale, primaryLanguage(locale)].find(has) ??
    sameLanguage(primaryLanguage(locale)) ??
    [defaultLocale, primaryLanguage(defaultLocale)].find(has) ??
    sameLanguage(primaryLanguage(defaultLocale)) ??
    (has(SOURCE_LOCALE) ? SOURCE_LOCALE : undefined) ??
    Object.keys(text).find(has)
  );
}

/** A feed text in the reader's language, with the fallback of {@link pickKey}; "" when absent. */
export function pickText(
  text: LocalizedText | undefined,
  locale: string,
  defaultLocale: string = SOURCE_LOCALE
): string {
  const key =
    text && typeof text === 'object'
      ? pickKey(text, locale, defaultLocale)
      : undefined;
  return shown((typeof text === 'string' ? text : key && text![key]) || '');
}

/**
 * The language of the text {@link pickText} picks, so it can be marked with
 * `lang` when it differs from the UI (WCAG 3.1.2). Undefined for plain strings.
 */
export function textLang(
  text: LocalizedText | undefined,
  locale: string,
  defaultLocale: string = SOURCE_LOCALE
): string | undefined {
  return typeof text == 'object'
    ? pickKey(text, locale, defaultLocale)
    : undefined;
}

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & {
  other: string;
};

const intlCache = new Map<string, unknown>();

/** One Intl object of a kind per locale (made once: they are slow to make). */
export function intlOf<T>(Kind: new (locale: string) => T, locale: string): T {
  const key = Kind.name + locale;
  let made = intlCache.get(key) as T | undefined;
  if (!made) intlCache.set(key, (made = new Kind(locale)));
  return made;
}

/**
 * Chooses the plural form for `count` by the locale's CLDR rules
 * (Latvian: zero/one/other; Lithuanian: one/few/many/other; …).
 */
export function plural(
  locale: string,
  count: number,
  forms: PluralForms
): string {
  return forms[intlOf(Intl.PluralRules, locale).select(count)] ?? forms.other;
}
