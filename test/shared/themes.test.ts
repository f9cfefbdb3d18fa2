/**
 * The shipped themes keep every text readable: axe (colour contrast
 * included) on each element in the states that use the theme's colours
 * (links, buttons, badges, registration states, the form's errors, checked
 * steps), with no theme, the default, LSUA and Talsi themes, in light and in
 * dark.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/org-directory/define.js';
import '../../src/event-card/define.js';
import '../../src/signup-form/define.js';
import '../../src/recommendation-list/define.js';
import sample from '../../src/feed/sample-feed.json';

type El = HTMLElement & {
  data?: unknown;
  now?: Date;
  updateComplete: Promise<boolean>;
};

const CASES: [tag: string, attrs: Record<string, string>][] = [
  ['org-directory', {}],
  ['event-card', {'event-id': 'sample-2027-partnership-lab'}],
  ['event-card', {'event-id': 'sample-2027-lisbon-exchange'}],
  ['event-card', {'event-id': 'sample-2027-online-webinar'}],
  ['event-card', {'event-id': 'talsi-2023-08-10'}],
  [
    'event-card',
    {'event-id': 'sample-2027-partnership-lab', variant: 'compact'},
  ],
  [
    'signup-form',
    {
      'form-id': 'sample-2027-partnership-lab-registration',
      'min-fill-time': '0',
    },
  ],
  ['recommendation-list', {mode: 'checklist'}],
];

async function mount(
  tag: string,
  attrs: Record<string, string>,
  scheme: string
): Promise<El> {
  const el = document.createElement(tag) as El;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.now = new Date('2026-11-30T12:00:00Z');
  el.data = sample;
  // A page in the colour scheme, on its own background (as a dark page is).
  await fixture(
    html`<div
      style="color-scheme: ${scheme}; background: Canvas; color: CanvasText; padding: 8px"
    >
      ${el}
    </div>`
  );
  const root = tag === 'signup-form' ? el : el.shadowRoot!;
  await waitUntil(
    () =>
      root.querySelector(
        '[part~="list"], [part~="title"], form, [part~="step"]'
      ),
    `<${tag}> did not render`
  );
  await el.updateComplete;
  // The states that use the danger, success and accent colours.
  root.querySelector<HTMLButtonElement>('[part~="submit-button"]')?.click();
  for (const d of root.querySelectorAll('details')) d.open = true;
  root
    .querySelector<HTMLInputElement>('[part~="step"] input[type="checkbox"]')
    ?.click();
  await el.updateComplete;
  return el;
}

describe('the themes in light and dark (axe, colour contrast)', function () {
  this.timeout(60000);
  for (const theme of ['', 'default', 'lsua', 'talsi']) {
    for (const scheme of ['light', 'dark']) {
      it(`${theme || 'no theme'}, ${scheme}: every element and state is accessible`, async () => {
        const sheet = new CSSStyleSheet();
        if (theme)
          sheet.replaceSync(
            await (await fetch(`/src/themes/${theme}.css`)).text()
          );
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        try {
          for (const [tag, attrs] of CASES) {
            const el = await mount(tag, attrs, scheme);
            // The theme reached the element (else this would test the defaults again).
            if (theme) {
              expect(
                getComputedStyle(el).getPropertyValue('--lym-color-accent'),
                tag
              ).to.not.equal('');
            }
            await expect(el.parentElement!).to.be.accessible();
          }
        } finally {
          document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
            (s) => s !== sheet
          );
        }
      });
    }
  }
});
