/**
 * The shipped themes keep every text readable: axe (colour contrast
 * included) on each element in the states that use the theme's colours
 * (links, buttons, badges, registration states, the form's errors, checked
 * steps), with no theme, the default, LSUA and Talsi themes, in light and in
 * dark.
 */
import {expect} from '@open-wc/testing';
import sample from '../../src/feed/sample-feed.json';
import {SHOWN, mount, openAll} from '../mount.js';

describe('the default theme', () => {
  it('sets every public token, each to the value the elements use without it', async () => {
    const source = await (await fetch('/src/shared/styles.ts')).text();
    const theme = await (await fetch('/src/themes/default.css')).text();
    const norm = (v: string) => v.replace(/\s+/g, ' ').trim();
    // var(--lym-x, default) in the elements' tokens; --lym-x: value; in the theme.
    const used = new Map(
      [...source.matchAll(/var\((--lym-[a-z-]+), ([^;]+?)\);/g)].map((m) => [
        m[1],
        norm(m[2]),
      ])
    );
    const set = new Map(
      [...theme.matchAll(/(--lym-[a-z-]+): ([^;]+);/g)].map((m) => [
        m[1],
        norm(m[2]),
      ])
    );
    expect(used.size).to.be.above(15);
    expect(Object.fromEntries(set)).to.deep.equal(Object.fromEntries(used));
  });
});

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
          for (const [tag, attrs] of SHOWN) {
            // A page in the colour scheme, on its own background (as a dark page is).
            const el = await mount(tag, attrs, sample, {
              style: `color-scheme: ${scheme}; background: Canvas; color: CanvasText; padding: 8px`,
            });
            // The states that use the danger, success and accent colours.
            await openAll(el);
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
