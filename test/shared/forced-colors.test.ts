/**
 * Forced colours (Windows high contrast), light and dark: the browser paints
 * the elements in the visitor's few system colours, which takes away every
 * fill and shadow. What must survive is what tells controls and their
 * states apart: the buttons' borders (greyed when a button does nothing) and
 * the focus ring.
 */
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import sample from '../../src/feed/sample-feed.json';
import {SHOWN, contentRoot, mount, named, openAll} from '../mount.js';
import {feed} from '../signup-form/fixtures.js';

/** Forced colours on (`'light'`, `'dark'`) or off (bin/wtr-forced-colors.mjs). */
const forceColors = (scheme?: 'light' | 'dark') =>
  executeServerCommand('forced-colors', scheme ? {scheme} : {});

/** What a system colour computes to in the page now. */
function system(colour: string): string {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.color = colour;
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const shown = (e: Element) => e.checkVisibility();

/** Checks that `e` has a border all round (in `colour`, when given). */
function framed(e: Element, what: string, colour?: string) {
  const style = getComputedStyle(e);
  for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
    expect(style[`border${side}Style`], what).to.equal('solid');
    expect(parseFloat(style[`border${side}Width`]), what).to.be.at.least(1);
    if (colour) expect(style[`border${side}Color`], what).to.equal(colour);
  }
}

/**
 * Calls `look` on each shown element of `selector` in every element of
 * SHOWN, as it first shows (nothing ticked: Reset progress does nothing),
 * then with everything open, a step ticked and the form sent empty; `what`
 * names the control for a failure.
 */
async function eachShown(
  selector: string,
  look: (c: HTMLElement, tag: string, what: string) => void
) {
  for (const [tag, attrs] of SHOWN) {
    const el = await mount(tag, attrs, sample);
    for (const state of ['first', 'opened']) {
      if (state === 'opened') await openAll(el);
      for (const c of contentRoot(el).querySelectorAll<HTMLElement>(selector))
        if (shown(c))
          look(
            c,
            tag,
            `${named(tag, attrs)} ${state}: ${c.outerHTML.slice(0, 120)}`
          );
    }
  }
}

describe('forced colours', function () {
  this.timeout(60000);
  afterEach(() => forceColors());

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: every button keeps its border, greyed (GrayText) when it does nothing; fields theirs`, async () => {
      await forceColors(scheme);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const [works, greyed] = [system('ButtonText'), system('GrayText')];
      expect(works).to.not.equal(greyed);
      const seen = new Set<string>();
      await eachShown('.lym-button', (b, tag, what) => {
        const off = b.matches(':disabled, [aria-disabled="true"]');
        framed(b, what, off ? greyed : works);
        if (off) seen.add(`<${tag}> ${b.getAttribute('part')}`);
      });
      await eachShown(
        "input:not([type=checkbox], [type=radio], [tabindex='-1']), select, textarea",
        (f, tag, what) => {
          framed(f, what);
          seen.add(`<${tag}> ${f.localName}`);
        }
      );
      expect([...seen], [...seen].join(', ')).to.include.members([
        '<org-directory> page-button',
        '<recommendation-list> reset-button',
        '<org-directory> input',
        '<org-directory> select',
        '<signup-form> input',
        '<recommendation-list> select',
      ]);
    });

    it(`${scheme}: Register while sending is greyed on the button's own face, not filled grey`, async () => {
      await forceColors(scheme);
      const data = feed({fields: [], action: '/api/test/submit?delay=1500'});
      delete (data.forms[0] as {consent?: unknown}).consent;
      const el = await fixture<HTMLElement>(
        html`<signup-form .data=${data} min-fill-time="0"></signup-form>`
      );
      const register = () =>
        el.querySelector<HTMLButtonElement>('[part~="submit-button"]');
      await waitUntil(register, 'the form did not show');
      const face = system('ButtonFace');
      expect(getComputedStyle(register()!).backgroundColor).to.equal(face);
      expect(getComputedStyle(register()!).color).to.equal(
        system('ButtonText')
      );
      const sent = oneEvent(el, 'lym-signup-success');
      register()!.click();
      await waitUntil(
        () => register()!.getAttribute('aria-disabled') === 'true',
        'Register was not busy'
      );
      const style = getComputedStyle(register()!);
      expect(style.backgroundColor).to.equal(face);
      expect(style.color).to.equal(system('GrayText'));
      await sent;
    });

    it(`${scheme}: messages keep their border, a failure its 6 px start side`, async () => {
      await forceColors(scheme);
      const failed = await fixture<HTMLElement>(
        html`<org-directory src="/api/test/feed?status=500"></org-directory>`
      );
      const card = await fixture<HTMLElement>(
        html`<event-card event-id="no-such-event" .data=${sample}></event-card>`
      );
      const status = (el: HTMLElement, part: string) =>
        el.shadowRoot!.querySelector<HTMLElement>(
          `.lym-status[part~="${part}"]`
        );
      await waitUntil(() => status(failed, 'error') && status(card, 'status'));
      framed(status(failed, 'error')!, 'the failure');
      expect(
        getComputedStyle(status(failed, 'error')!).borderLeftWidth
      ).to.equal('6px');
      framed(status(card, 'status')!, 'event not found');
    });

    it(`${scheme}: the focus ring shows in the Highlight colour, on a button that does nothing too`, async () => {
      await forceColors(scheme);
      const ring = system('Highlight');
      const seen = new Set<string>();
      await eachShown(
        'a[href], button, input, select, textarea, summary',
        (c, tag, what) => {
          if (c.matches(':disabled')) return;
          c.focus();
          expect(c.matches(':focus-visible'), what).to.equal(true);
          const style = getComputedStyle(c);
          expect(style.outlineStyle, what).to.equal('solid');
          expect(parseFloat(style.outlineWidth), what).to.be.at.least(2);
          expect(style.outlineColor, what).to.equal(ring);
          seen.add(
            c.matches('[aria-disabled="true"]') ? `<${tag}> does nothing` : tag
          );
        }
      );
      expect([...seen]).to.have.members([
        ...new Set(SHOWN.map(([tag]) => tag)),
        '<recommendation-list> does nothing',
      ]);
    });
  }
});
