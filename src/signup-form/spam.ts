/**
 * Spam checks that cost visitors nothing: a honeypot field that people and
 * screen readers never meet (hidden, out of the tab order, `aria-hidden`),
 * and a minimum fill time. A submission that trips either is not sent, and
 * the form shows its success state, so a bot learns nothing.
 */

/** True when the submission looks automated. */
export function isSpam(
  honeypot: unknown,
  startedAt: number,
  now: number,
  minFillSeconds: number
): boolean {
  return (
    (typeof honeypot === 'string' && honeypot.trim() !== '') ||
    now - startedAt < minFillSeconds * 1000
  );
}
