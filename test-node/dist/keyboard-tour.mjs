// The demo worked by keyboard alone, the same steps in every browser the
// demo is tested in (Firefox over Puppeteer, WebKit over WebDriver): the
// browser is given as four functions, so the steps are written once.
import assert from 'node:assert/strict';
import {HOSTS, focusedInPage, textInPage} from './harness.mjs';

/** Presses Tab until what has the focus matches `want` (at most 200 times). */
export async function tabTo({press, run}, want) {
  for (let i = 0; i < 200; i++) {
    await press('Tab');
    const f = await run(focusedInPage, HOSTS);
    if (Object.entries(want).every(([k, v]) => f[k] === v)) return;
  }
  assert.fail(`Tab never reached ${JSON.stringify(want)}`);
}

/**
 * On the demo in English, just opened: the event card's calendar options
 * (open with Enter, a Tab into them, closed by Escape with the focus back),
 * the form (Enter in its first field sends it empty: the focus goes to the
 * errors), the directory's search (fewer results, and the address keeps
 * them), a recommendation's checklist (its steps opened with Enter, the
 * first ticked with Space: the progress says so).
 *
 * `browser`: press(key) one key ('Tab', 'Enter', 'Escape', ' '); type(text);
 * run(fn, ...args) runs fn in the page and gives its value; waitFor(fn,
 * ...args) waits up to 5 s for fn in the page to give a truthy value.
 */
export async function keyboardTour(
  {press, type, run, waitFor},
  organisations
) {
  const focused = () => run(focusedInPage, HOSTS);
  const tab = (want) => tabTo({press, run}, want);

  await tab({host: 'event-card', part: 'calendar-button'});
  const expanded = () =>
    run(() =>
      [...document.querySelectorAll('event-card')]
        .map((c) =>
          c.shadowRoot
            .querySelector('[part~="calendar-button"]')
            ?.getAttribute('aria-expanded')
        )
        .find((v) => v)
    );
  await press('Enter');
  assert.equal(await expanded(), 'true');
  await press('Tab');
  assert.equal((await focused()).part, 'calendar-option');
  await press('Escape');
  assert.equal(await expanded(), 'false');
  assert.equal((await focused()).part, 'calendar-button');

  await tab({host: 'signup-form', part: 'input'});
  await press('Enter');
  await waitFor(() =>
    document.querySelector('signup-form [part~="error-summary"]')
  );
  for (let i = 0; i < 50 && (await focused()).part !== 'error-summary'; i++)
    await new Promise((r) => setTimeout(r, 100));
  assert.equal((await focused()).part, 'error-summary');

  const dirText = () => run(textInPage, 'org-directory');
  const all = new RegExp(
    `\\b${new Intl.NumberFormat('en').format(organisations)} organisations`
  );
  assert.match(await dirText(), all);
  await tab({host: 'org-directory', part: 'search'});
  await type('talsi');
  await waitFor(
    () => new URLSearchParams(location.search).get('orgs.q') === 'talsi'
  );
  assert.doesNotMatch(await dirText(), all);
  assert.match(await dirText(), /Talsi/);

  const progress = () =>
    run(() =>
      document
        .querySelector('recommendation-list')
        .shadowRoot.querySelector('[part~="overall"]')
        .textContent.replace(/\s+/g, ' ')
        .trim()
    );
  const before = await progress();
  await tab({host: 'recommendation-list', tag: 'summary'});
  await press('Enter');
  await press('Tab');
  assert.equal((await focused()).type, 'checkbox');
  await press(' ');
  await waitFor(
    (b) =>
      document
        .querySelector('recommendation-list')
        .shadowRoot.querySelector('[part~="overall"]')
        .textContent.replace(/\s+/g, ' ')
        .trim() !== b,
    before
  );
  assert.match(await progress(), /\b1\b/);
}
