/** An error meant for the person at the keyboard: printed as is, without a stack trace. */
export class UserError extends Error {
  constructor(message, {exitCode = 1, details = []} = {}) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
    this.details = details;
  }
}

/** Spreadsheet column letter of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index) {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A value quoted for a message, shortened when long. */
export function show(value, max = 60) {
  let s = typeof value === 'string' ? value : JSON.stringify(value);
  if (s === undefined) s = String(value);
  if (s.length > max) s = s.slice(0, max - 1) + '…';
  return typeof value === 'string' ? `"${s}"` : s;
}
