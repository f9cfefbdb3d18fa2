/**
 * Spam checks that cost visitors nothing: a honeypot field that people and
 * screen readers never meet (hidden, out of the tab order, `aria-hidden`),
 * and a minimum fill time.
 *
 * A filled honeypot is a bot's: nothing is sent and the form shows its
 * success state, so the bot learns nothing. A submission faster than the
 * minimum fill time may be a quick person's (autofill, a second visit): it is
 * not sent either, but the answers stay and the visitor is asked to press
 * the button again.
 */

/** `'trap'` when the honeypot is filled, `'early'` when filled too fast, else `''`. */
export function spamCheck(
  honeypot: string | undefined,
  startedAt: number,
  now: number,
  minFillSeconds: number
): '' | 'trap' | 'early' {
  return honeypot?.trim()
    ? 'trap'
    : now - startedAt < minFillSeconds * 1000
      ? 'early'
      : '';
}
