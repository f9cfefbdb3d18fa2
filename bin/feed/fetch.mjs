// Fetching a feed or a sheet from an http(s) address, with the failures said
// in plain words (no answer, no connection, an error status).
import {UserError} from './errors.mjs';

export function isUrl(s) {
  return /^https?:\/\//i.test(s);
}

/** Why a fetch threw, in a word: "ECONNREFUSED", "ENOTFOUND", or the message. */
export const causeOf = (error) =>
  error.cause?.code ?? error.cause?.message ?? error.message;

/**
 * `fetch(url)` → the response, 200 OK; else a UserError that says what went
 * wrong and, for an error status, that `expected` was expected.
 */
export async function fetchOk(url, {timeout = 30, headers, expected}) {
  let response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(timeout * 1000),
      headers,
    });
  } catch (error) {
    if (error.name === 'TimeoutError')
      throw new UserError(`${url}: no answer within ${timeout} seconds.`);
    throw new UserError(
      `${url}: cannot fetch it (${causeOf(error)}). Check the address and your connection.`
    );
  }
  if (!response.ok)
    throw new UserError(
      `${url}: the server answered ${response.status} ${response.statusText}; expected ${expected} (200 OK).`
    );
  return response;
}
