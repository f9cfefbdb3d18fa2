/** A registration form of the feed's `forms` (the signup form's records). */
import {oneOf, type Obj} from './read.js';
import type {Form, FormField} from './types.js';

export const FORM_FIELD_TYPES = [
  'text',
  'email',
  'tel',
  'number',
  'textarea',
  'select',
  'radio',
  'checkbox',
] as const;

function formField(o: Obj): FormField {
  const name = o.string('name');
  const type =
    oneOf(FORM_FIELD_TYPES, o.o.type) ?? o.skip('type', 'unknown field type');
  let pattern = o.string('pattern');
  // A repeated group (`(a+)+`: 30 letters and a wrong one take seconds to
  // hours to check, with the page frozen) is refused, as an invalid pattern
  // is; an optional group, `(\+371)?`, is fine.
  try {
    if (pattern && (new RegExp(pattern, 'u'), /(^|[^\\])\)[*+{]/.test(pattern)))
      throw 0;
  } catch {
    o.warn('pattern', 'invalid or too slow; ignored');
    pattern = undefined;
  }
  const options = o.list('options', (p) => {
    const value = p.required('value', p.string('value'));
    return {value, label: p.text('label') ?? value};
  });
  if ((type === 'select' || type === 'radio') && !options.length)
    o.skip('options', `a ${type} field needs options`);
  // The organiser would never learn which were chosen: said, not silently dropped.
  if (type === 'checkbox' && options.length)
    o.warn(
      'options',
      'a checkbox is one box: its options are not shown; use one checkbox field per option'
    );
  const maxLength = o.number('maxLength', 1);
  return {
    name:
      name && /^[A-Za-z][\w.-]*$/.test(name)
        ? name
        : o.skip('name', 'missing or malformed field name'),
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

export function form(o: Obj): Form {
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
      o.warn(
        'fields',
        `duplicate field name "${f.name}"; the later one is skipped`
      );
      return false;
    }),
    consent:
      consent && consentText
        ? {
            text: consentText,
            required:
              consent.o.required === undefined || consent.bool('required'),
            privacyUrl: consent.url('privacyUrl'),
            version: consent.string('version'),
          }
        : undefined,
    success: successMessage ? {message: successMessage} : undefined,
    opens: o.date('opens'),
    closes: o.date('closes'),
  };
}
