/**
 * Validation of a form's answers, field by field, in the GOV.UK manner: each
 * message says what to do ("Enter an email address in the right form, like
 * name@example.com"), never just "invalid". Pure: no DOM.
 */
import {str, type MsgFn} from '@lit/localize';
import type {Form, FormField, LocalizedText} from '../feed/types.js';

/** What the visitor answered: text for most fields, a boolean for a checkbox. */
export type Answers = Record<string, string | boolean>;

/** The answers key of the consent checkbox (field names start with a letter). */
export const CONSENT = '_consent';

/** Field name → message, in the order of the form. */
export type FieldErrors = Map<string, string>;

// No comma, semicolon or angle bracket (what comes along from a pasted
// address list: "anna@example.lv,", "<anna@example.lv>"); a phone number
// as people write it: "+371 2000 0000", "(+371) 2000 0000", "030/1234567".
const EMAIL = /^[^\s@,;<>]+@[^\s@.,;<>]+(\.[^\s@.,;<>]+)+$/;
const PHONE = /^[\d\s()./+-]{6,25}$/;

/**
 * "Full name" → "full name" for "Enter full name", "E-post" → "e-post";
 * leaves "IBAN" and "E-ID" alone (the next letter is a capital too).
 */
export function lowerFirst(label: string): string {
  return /^\p{Lu}\P{L}*\p{Ll}/u.test(label)
    ? label[0].toLowerCase() + label.slice(1)
    : label;
}

/**
 * A number as typed in `locale`: "2", "2.5", "2,5", "12 500"; the locale's
 * group mark before each three digits groups them ("1,000" is a thousand in
 * English, "1.000" in Greek and Portuguese), and so does a mark that comes
 * twice or before the other ("1.000,5"); else either mark is the decimal
 * point. Undefined when it is not a number.
 */
export function parseNumber(value: string, locale = 'en'): number | undefined {
  let v = value.trim().replace(/(?<=\d)\s(?=\d{3}(?!\d))/g, '');
  const marks = v.replace(/[^.,]/g, '');
  if (marks[1] || marks == (1e4).toLocaleString(locale)[2])
    v = v.replace(/^[-+]?\d{1,3}([.,])\d{3}(\1\d{3})*(?!\d|[\d.,]*\1)/, (m) =>
      m.replace(/[.,]/g, '')
    );
  v = v.replace(',', '.');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(v) ? Number(v) : undefined;
}

/**
 * The message for one field, or undefined when the answer is fine. `locale`:
 * the UI language, for its numbers, and because only English and Swedish put
 * the label into the sentence ("Enter full name"); the others quote it as
 * written ("Aizpildiet lauku „Vārds, uzvārds“").
 */
export function validateField(
  field: FormField,
  answer: string | boolean | undefined,
  t: MsgFn,
  text: (value: LocalizedText | undefined) => string,
  locale = 'en'
): string | undefined {
  const label = text(field.label);
  const lower = /^(en|sv)/.test(locale) ? lowerFirst(label) : label;
  // A question ("How will you take part?"; Greek ends one with ";") cannot
  // follow "Select" or "Enter": it is quoted and answered instead.
  const question = /[?;\u037e]\s*$/.test(label);
  const ask = () => t(str`Answer “${label}”`, {id: 'signup-form.v.answer'});
  const select = () =>
    question ? ask() : t(str`Select ${lower}`, {id: 'signup-form.v.select'});
  // A checkbox's label is a statement ("I will bring a laptop"): quoted as written.
  if (field.type === 'checkbox') {
    return field.required && answer !== true
      ? t(str`Tick “${label}”`, {id: 'signup-form.v.tick'})
      : undefined;
  }
  const value = typeof answer === 'string' ? answer.trim() : '';
  const choice = field.type === 'select' || field.type === 'radio';
  if (!value) {
    if (!field.required) return undefined;
    return choice || question
      ? select()
      : t(str`Enter ${lower}`, {id: 'signup-form.v.enter'});
  }
  if (choice) {
    return field.options.some((o) => o.value === value) ? undefined : select();
  }
  if ([...value].length > (field.maxLength ?? Infinity)) {
    return t(str`“${label}” must be ${field.maxLength} characters or fewer`, {
      id: 'signup-form.v.max-length',
    });
  }
  if (field.type === 'email' && !EMAIL.test(value)) {
    return t(
      'Enter an email address in the right form, like name@example.com',
      {id: 'signup-form.v.email'}
    );
  }
  if (
    field.type === 'tel' &&
    !(PHONE.test(value) && value.replace(/\D/g, '').length >= 6)
  ) {
    return t('Enter a phone number, like +371 2000 0000', {
      id: 'signup-form.v.tel',
    });
  }
  if (field.type === 'number') {
    const n = parseNumber(value, locale);
    const [min, max] = [field.min, field.max].map((m) =>
      m?.toLocaleString(locale)
    );
    if (n === undefined)
      return t(str`“${label}” must be a number`, {id: 'signup-form.v.number'});
    // A bound the field does not set compares false (n < undefined).
    if (n < field.min! || n > field.max!) {
      if (min && max) {
        return t(str`“${label}” must be between ${min} and ${max}`, {
          id: 'signup-form.v.between',
        });
      }
      return min
        ? t(str`“${label}” must be ${min} or more`, {id: 'signup-form.v.min'})
        : t(str`“${label}” must be ${max} or less`, {id: 'signup-form.v.max'});
    }
  }
  if (field.pattern && !new RegExp(`^(?:${field.pattern})$`, 'u').test(value)) {
    return (
      text(field.patternMessage) ||
      t(str`Enter ${lower} in the right format`, {id: 'signup-form.v.pattern'})
    );
  }
  return undefined;
}

/** Every field's message (and the consent's), in form order; empty when all is well. */
export function validateForm(
  form: Form,
  answers: Answers,
  t: MsgFn,
  text: (value: LocalizedText | undefined) => string,
  locale?: string
): FieldErrors {
  const errors: FieldErrors = new Map();
  for (const field of form.fields) {
    const message = validateField(field, answers[field.name], t, text, locale);
    if (message) errors.set(field.name, message);
  }
  if (form.consent?.required && answers[CONSENT] !== true) {
    errors.set(
      CONSENT,
      t('You must agree to the terms to register', {
        id: 'signup-form.v.consent',
      })
    );
  }
  return errors;
}
