/**
 * A page whose root font size is 62.5 % (10 px, as many WordPress themes
 * have), with its text at 1.6rem and `--lym-font-size: 1em` as the README
 * says: the elements' targets, boxes and spaces follow their text (16 px),
 * not the page's root. They look as on a page with a 16 px root (before,
 * buttons were 33 px tall there instead of 44, checkboxes 13 px instead of
 * 20, a result's padding 5 px instead of 8).
 */
import {expect} from '@open-wc/testing';
import sample from '../../src/feed/sample-feed.json';
import {SHOWN, contentRoot, mount, named, openAll} from '../mount.js';

/** The size and padding of every control and part the element shows, opened up. */
async function sizes(tag: string, attrs: Record<string, string>, text: string) {
  const el = await mount(tag, attrs, sample, {
    style: `font-size: ${text}; --lym-font-size: 1em; width: 1000px`,
  });
  await openAll(el);
  expect(getComputedStyle(el).fontSize).to.equal('16px');
  const out: Record<string, string> = {};
  const all = contentRoot(el).querySelectorAll<HTMLElement>(
    'button, input, select, textarea, [part]'
  );
  all.forEach((e, i) => {
    const {width, height} = e.getBoundingClientRect();
    out[`${i} ${e.localName} ${e.getAttribute('part') ?? ''}`] =
      `${Math.round(width)}×${Math.round(height)} ${getComputedStyle(e).padding}`;
  });
  el.parentElement!.remove();
  return out;
}

describe('a page with a root font size of 62.5 %', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));

  for (const [tag, attrs] of SHOWN) {
    it(`${named(tag, attrs)} looks as on a page with a 16 px root`, async () => {
      const usual = await sizes(tag, attrs, '1rem');
      document.documentElement.style.fontSize = '62.5%';
      const small = await sizes(tag, attrs, '1.6rem');
      expect(Object.keys(usual).length).to.be.above(3);
      expect(small).to.deep.equal(usual);
    });
  }
});
