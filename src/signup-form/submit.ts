/**
 * Sending a registration: the submitted data, its body (JSON or
 * form-urlencoded), the idempotency key, the POST and what its answer means.
 *
 * The receiver's contract (also in the README):
 * - 2xx: registered, unless its JSON body says `"ok": false` (a receiver
 *   that can only answer 200, such as Apps Script): then as a 4xx.
 * - 4xx with a JSON body `{"errors": [{"field": "email", "message": "…"}]}`
 *   or `{"errors": {"email": "…"}}`: the answers need fixing; the messages
 *   show at the fields (and in the error summary).
 * - any other 4xx/5xx: a server problem; the visitor can retry (the form
 *   says a 429 is a limit: try again later, or after the time its
 *   `Retry-After` gives, in seconds or as a date; a receiver on another
 *   site exposes it with `Access-Control-Expose-Headers: Retry-After`).
 * Each request carries the field `_idempotencyKey` (JSON ones the header
 * `Idempotency-Key` too, with the same value): a retry of the same answers
 * sends the same key, so the receiver can drop duplicates.
 */
import type {Form} from '../feed/types.js';
import {shown} from '../shared/text.js';
import {CONSENT, parseNumber, type Answers} from './validate.js';

export type SubmittedValue = string | number | boolean | Record<string, string>;
export type SubmittedData = Record<string, SubmittedValue>;

export type SubmitResult =
  | {kind: 'success'; status: number}
  | {kind: 'validation'; status: number; errors: Record<string, string>}
  // retryAt: when the receiver says it may be sent again (Retry-After);
  // now when it says nothing, NaN when it cannot be read.
  | {kind: 'server'; status: number; retryAt: number}
  | {kind: 'timeout' | 'offline'; status?: undefined; retryAt?: undefined};

/** A new random idempotency key (32 hex digits; works outside secure contexts too). */
export function newKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
    b.toString(16).padStart(2, '0')
  ).join('');
}

/** A stable text for a set of answers: the same answers give the same text. */
export function fingerprint(answers: Answers): string {
  return JSON.stringify(
    Object.keys(answers)
      .sort()
      .map((k) => [k, answers[k]])
  );
}

/**
 * The idempotency key rule: the key stays the same as long as the answers do
 * (retries, re-submits, reloads: it is kept with the draft); answers that
 * changed since the key was made get a new key.
 */
export function keyFor(
  answers: Answers,
  previous?: {key?: string; keyFor?: string}
): {key: string; keyFor: string} {
  const print = fingerprint(answers);
  return {
    key: previous?.key && previous.keyFor === print ? previous.key : newKey(),
    keyFor: print,
  };
}

/**
 * The data that is sent: each field's answer (trimmed text, numbers as
 * numbers read as written in `locale`, checkboxes as booleans), the consent
 * given (`_consent: {text, version, acceptedAt}`), and `_idempotencyKey`.
 */
export function buildData(
  form: Form,
  answers: Answers,
  key: string,
  consent?: {text: string; version?: string; acceptedAt: Date},
  locale?: string
): SubmittedData {
  const data: SubmittedData = {};
  for (const f of form.fields) {
    const a = answers[f.name];
    if (f.type === 'checkbox') data[f.name] = a === true;
    else {
      const v = typeof a === 'string' ? a.trim() : '';
      data[f.name] =
        f.type === 'number' && v ? (parseNumber(v, locale) ?? v) : v;
    }
  }
  if (consent && answers[CONSENT] === true) {
    data[CONSENT] = {
      text: consent.text,
      acceptedAt: consent.acceptedAt.toISOString(),
    };
    if (consent.version) data[CONSENT].version = consent.version;
  }
  data._idempotencyKey = key;
  return data;
}

/**
 * The request body and its headers. JSON carries the key in the header
 * `Idempotency-Key` too (its content type makes a preflight anyway).
 * Form-urlencoded (`_consent[text]=…`; the browser adds its content type)
 * has no header of its own, so it is a CORS "simple request": a receiver
 * that cannot answer a preflight (OPTIONS) still gets it.
 */
export function encodeBody(
  data: SubmittedData,
  encoding: Form['encoding']
): {body: string | URLSearchParams; headers?: Record<string, string>} {
  if (encoding === 'json')
    return {
      body: JSON.stringify(data),
      headers: {
        'Content-Type': 'application/json',
        'Idempotency-Key': data._idempotencyKey as string,
      },
    };
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(data)) {
    if (typeof v === 'object')
      for (const [sub, s] of Object.entries(v)) body.append(`${k}[${sub}]`, s);
    else body.append(k, String(v));
  }
  return {body};
}

/** Field errors from a 4xx body, in either documented shape; undefined when there are none. */
export function fieldErrors(body: unknown): Record<string, string> | undefined {
  const list = (body as {errors?: unknown} | null)?.errors;
  const pairs = Array.isArray(list)
    ? list.map((e: {field?: unknown; message?: unknown} | null) => [
        e?.field,
        e?.message,
      ])
    : typeof list === 'object' && list
      ? Object.entries(list)
      : [];
  const errors: Record<string, string> = {};
  for (const [field, message] of pairs) {
    // As feed text is shown (see `shown`).
    const text = typeof message === 'string' && shown(message);
    if (typeof field === 'string' && text) errors[field] = text;
  }
  return Object.keys(errors).length ? errors : undefined;
}

/** POSTs the data; never throws: the result says what happened. */
export async function send(
  url: string,
  data: SubmittedData,
  encoding: Form['encoding'],
  timeoutMs: number
): Promise<SubmitResult> {
  const {body, headers} = encodeBody(data, encoding);
  let signal: AbortSignal | undefined;
  try {
    // Past the time, the request (or the reading of its answer) is
    // aborted. (A time no timer takes, Infinity, throws here: "offline".)
    signal = AbortSignal.timeout(timeoutMs);
    const response = await fetch(url, {
      method: 'POST',
      body,
      headers: {Accept: 'application/json', ...headers},
      signal,
    });
    const status = response.status;
    const answer = await response.json().catch(() => {});
    if (response.ok && answer?.ok !== false) return {kind: 'success', status};
    const errors = status < 500 && fieldErrors(answer);
    // Retry-After: seconds, else an HTTP date (none: now; unreadable: NaN).
    const wait = response.headers.get('Retry-After')!;
    return errors
      ? {kind: 'validation', status, errors}
      : {
          kind: 'server',
          status,
          retryAt: Date.now() + +wait * 1e3 || Date.parse(wait),
        };
  } catch {
    // (Not the error's name: WebKit rejects with an AbortError.)
    return {kind: signal?.aborted ? 'timeout' : 'offline'};
  }
}
