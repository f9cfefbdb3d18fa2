/**
 * Country and language names from Intl.DisplayNames, in the element's
 * locale (formatters made once per locale and kind).
 */
const displayNames = new Map<string, Intl.DisplayNames>();
function names(locale: string, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${locale}|${type}`;
  let dn = displayNames.get(key);
  if (!dn) {
    dn = new Intl.DisplayNames([locale, 'en'], {type, fallback: 'code'});
    displayNames.set(key, dn);
  }
  return dn;
}

/** "LV" → "Latvija" in Latvian, "Λετονία" in Greek. */
export function countryName(locale: string, code: string): string {
  try {
    return names(locale, 'region').of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** "lt" → "lietuvių" in Lithuanian, "Lithuanian" in English. */
export function languageName(locale: string, code: string): string {
  try {
    return names(locale, 'language').of(code) ?? code;
  } catch {
    return code;
  }
}
