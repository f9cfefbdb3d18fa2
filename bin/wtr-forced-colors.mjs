/**
 * A web-test-runner command, `forced-colors`, that turns on forced colours
 * (Windows high contrast) in the test page, light or dark:
 * `executeServerCommand('forced-colors', {scheme: 'light' | 'dark'})`, and
 * `{}` to turn them off. `emulateMedia({forcedColors})` from
 * @web/test-runner-commands does nothing with the puppeteer launcher (it
 * forwards only the colour scheme and reduced motion), so this goes to
 * Chromium's DevTools protocol itself. One session per page: an override
 * lasts as long as the session that set it, and only that one resets it.
 */
export function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'forced-colors',
    async executeCommand({command, payload, session}) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, page.createCDPSession());
      const cdp = await sessions.get(page);
      await cdp.send('Emulation.setEmulatedMedia', {
        features: payload?.scheme
          ? [
              {name: 'forced-colors', value: 'active'},
              {name: 'prefers-color-scheme', value: payload.scheme},
            ]
          : [],
      });
      return true;
    },
  };
}
