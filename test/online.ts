/**
 * Stands the browser's `navigator.onLine` at `value` (an own property over
 * the prototype's getter) until `restoreOnline()`.
 */
export function setOnline(value: boolean) {
  Object.defineProperty(navigator, 'onLine', {value, configurable: true});
}

export function restoreOnline() {
  delete (navigator as {onLine?: boolean}).onLine;
}
