/**
 * Contact links from feed text (the directory's email and phone links), in a
 * module of their own so the bundle loads them with the directory only. The
 * result passes the URL guard (safe-url.ts) like every other link.
 */
import {safeUrl} from './safe-url.js';

/** A `mailto:` link for an address, or undefined when it is not one. */
export function mailtoUrl(email?: string): string | undefined {
  const address = email?.trim();
  return address && /^[^\s@:/?#]+@[^\s@/?#]+\.[^\s@/?#]+$/.test(address)
    ? safeUrl(`mailto:${address}`)
    : undefined;
}

/** A `tel:` link for a phone number, or undefined when it is not one. */
export function telUrl(phone: string): string | undefined {
  // The number it starts with: "+371 2000 0000 (WhatsApp)", "+371 6322 1234,
  // ext. 12", "2000 0000 / 2000 0001" (a slash after a space starts another
  // number; "030/123456" is one). At most 15 digits (E.164): more is two
  // numbers run together, and no link rather than a wrong one; fewer than 7
  // after a "+" is a country code alone ("+371;ext=1"), not a number.
  const digits = phone
    .match(/^[\s+]*[\d\s().\-/]*/)![0]
    .split(' /')[0]
    .replace(/[\s().\-/]/g, '');
  return /^\+?\d{3,15}$/.test(digits) && !/^\+\d{0,6}$/.test(digits)
    ? `tel:${digits}`
    : undefined;
}
