/**
 * Areas of activity. A feed may use other keys: they are kept and shown under
 * "other" by the elements.
 */
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
] as const;
