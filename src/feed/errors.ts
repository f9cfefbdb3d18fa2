/** Why a whole feed document could not be used. */
export type FeedErrorKind =
  /** The request failed (offline, DNS, CORS, aborted by the page). */
  | 'network'
  /** The server answered with a non-2xx status. */
  | 'http'
  /** No answer, or no more of the body, within the timeout. */
  | 'timeout'
  /** The body is not JSON. */
  | 'json'
  /** The JSON is not an object. */
  | 'invalid'
  /** `version` is missing or not 1. */
  | 'version'
  /** No feed was given (no `src`, no `.data`, no inline JSON). */
  | 'missing';

/** The one error type the loader and the parser throw. */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly url?: string,
    readonly status?: number
  ) {
    super(message);
  }
}
