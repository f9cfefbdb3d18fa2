/**
 * The elements' buttons under the pointer and in a partner's shape: a button
 * that works is underlined when hovered (a link's line thickens), one that
 * does nothing (disabled, or aria-disabled) is not; `--lym-button-radius` rounds the buttons alone, and
 * without it they follow `--lym-radius` like every other box.
 */
import {expect} from '@open-wc/testing';
import {resetMouse, sendMouse} from '@web/test-runner-commands';
import sample from '../../src/feed/sample-feed.json';
import {SHOWN, contentRoot, mount, named} from '../mount.js';

const buttons = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLElement>('.lym-button')].filter(
    (b) => b.getClientRects().length && !b.matches('.lym-visually-hidden')
  );

async function hover(node: Element) {
  node.scrollIntoView({block: 'center'});
  const r = node.getBoundingClientRect();
  await sendMouse({
    type: 'move',
    position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)],
  });
}

describe('buttons under the pointer', function () {
  this.timeout(60000);
  afterEach(() => resetMouse());

  it('a button that works is underlined while hovered, and only then', async () => {
    let seen = 0;
    for (const [tag, attrs] of SHOWN) {
      const el = await mount(tag, attrs, sample);
      for (const b of buttons(contentRoot(el))) {
        const what = `${named(tag, attrs)}: ${b.textContent!.trim()}`;
        const line = () => getComputedStyle(b).textDecorationLine;
        expect(line(), `${what}, not hovered`).to.equal('none');
        await hover(b);
        if (b.matches(':disabled, [aria-disabled="true"]')) {
          expect(line(), `${what}, doing nothing`).to.equal('none');
        } else {
          expect(b.matches(':hover'), what).to.equal(true);
          expect(line(), `${what}, hovered`).to.equal('underline');
          seen++;
        }
        await resetMouse();
      }
    }
    // Register, Add to calendar, Download CSV, Show all steps, …
    expect(seen).to.be.at.least(6);
  });

  it("a link's underline thickens while hovered", async () => {
    const el = await mount('org-directory', {}, sample);
    const a = el.shadowRoot!.querySelector<HTMLAnchorElement>(
      '[part~="links"] a[href^="http"]'
    )!;
    const thickness = () => getComputedStyle(a).textDecorationThickness;
    expect(getComputedStyle(a).textDecorationLine).to.equal('underline');
    expect(thickness()).to.not.equal('2px');
    await hover(a);
    expect(thickness()).to.equal('2px');
  });
});

describe('--lym-button-radius', () => {
  it('rounds every button and nothing else; without it, buttons follow --lym-radius', async () => {
    let seen = 0;
    for (const [tag, attrs] of SHOWN) {
      for (const style of [
        '--lym-radius: 3px; --lym-button-radius: 999px',
        '--lym-radius: 3px',
      ]) {
        const el = await mount(tag, attrs, sample, {style});
        const root = contentRoot(el);
        const what = `${named(tag, attrs)} (${style})`;
        const list = buttons(root);
        seen += list.length;
        const want = style.includes('999') ? '999px' : '3px';
        for (const b of list)
          expect(
            getComputedStyle(b).borderTopLeftRadius,
            `${what}: ${b.textContent!.trim()}`
          ).to.equal(want);
        // The boxes that are not buttons keep the radius of everything.
        const box = root.querySelector(
          '[part~="item"], [part~="base"] input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"])'
        );
        if (box)
          expect(getComputedStyle(box).borderTopLeftRadius, what).to.equal(
            '3px'
          );
      }
    }
    expect(seen).to.be.above(16);
  });
});
