/**
 * The shipped themes keep every text readable: axe (colour contrast
 * included) on each element in the states that use the theme's colours
 * (links, buttons, badges, registration states, the form's errors, checked
 * steps), with no theme, the default, LSUA and Talsi themes, in light and in
 * dark.
 */
import {expect} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import sample from '../../src/feed/sample-feed.json';
import {SHOWN, contentRoot, mount, openAll} from '../mount.js';
import {describeChromium} from '../engine.js';

/** The relative luminance of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((v) => {
      const c = +v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two computed colours (WCAG 2.1). */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const THEMES = ['', 'default', 'lsua', 'talsi'];

/** Runs `body` on a page with a shipped theme (`''`: none), then takes it away. */
async function withTheme(theme: string, body: () => Promise<void>) {
  const sheet = new CSSStyleSheet();
  if (theme)
    sheet.replaceSync(await (await fetch(`/src/themes/${theme}.css`)).text());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  try {
    await body();
  } finally {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
      (s) => s !== sheet
    );
  }
}

describe('the default theme', () => {
  it('sets every public token, each to the value the elements use without it', async () => {
    const source = await (await fetch('/src/shared/styles.ts')).text();
    const theme = await (await fetch('/src/themes/default.css')).text();
    const norm = (v: string) => v.replace(/\s+/g, ' ').trim();
    // var(--lym-x, default) in the elements' tokens; --lym-x: value; in the
    // theme. (A token whose default is another, --lym-button-radius's the
    // radius, is one a theme sets only to differ.)
    const used = new Map(
      [...source.matchAll(/var\((--lym-[a-z-]+), ([^;]+?)\);/g)]
        .filter((m) => !m[2].startsWith('var('))
        .map((m) => [m[1], norm(m[2])])
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

describe("a partner's own tokens over a theme", () => {
  for (const theme of THEMES.filter(Boolean)) {
    it(`${theme}: win set on a parent, or on the root before the theme`, async () => {
      // The partner's rule on the page's root, before the theme's sheet.
      const own = new CSSStyleSheet();
      own.replaceSync(':root { --lym-radius: 3px; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, own];
      try {
        await withTheme(theme, async () => {
          for (const [tag, attrs] of SHOWN) {
            const el = await mount(tag, attrs, sample, {
              style: '--lym-color-accent: rgb(1, 2, 3)',
            });
            const token = (name: string) =>
              getComputedStyle(el).getPropertyValue(name).trim();
            expect(token('--lym-color-accent'), `${tag}, a parent's`).to.equal(
              'rgb(1, 2, 3)'
            );
            expect(token('--lym-radius'), `${tag}, the root's`).to.equal('3px');
            // And the theme's own where the partner set none.
            expect(token('--lym-color-focus'), tag).to.match(/^light-dark\(/);
          }
        });
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
          (s) => s !== own
        );
      }
    });
  }
});

describe('the themes in light and dark (axe, colour contrast)', function () {
  this.timeout(60000);
  for (const theme of THEMES) {
    for (const scheme of ['light', 'dark']) {
      it(`${theme || 'no theme'}, ${scheme}: every element and state is accessible`, async () => {
        await withTheme(theme, async () => {
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
        });
      });
    }
  }
});

describe("the themes' control borders (WCAG 1.4.11, 3:1)", function () {
  this.timeout(60000);
  // axe checks text only. A field's border is its only edge where its fill
  // is near the page's: 3:1 against the fill and a light grey (or dark) page.
  const PAGE = {light: 'rgb(244, 246, 248)', dark: 'rgb(18, 18, 18)'};
  for (const theme of THEMES) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${theme || 'no theme'}, ${scheme}: every field's border`, async () => {
        const ratios: Record<string, number> = {};
        await withTheme(theme, async () => {
          for (const [tag, attrs] of SHOWN) {
            const el = await mount(tag, attrs, sample, {
              style: `color-scheme: ${scheme}; background: ${PAGE[scheme]}`,
            });
            await openAll(el);
            for (const f of contentRoot(el).querySelectorAll<HTMLElement>(
              'input:not([type=checkbox], [type=radio], [type=hidden]), select, textarea'
            )) {
              if (!f.offsetWidth) continue;
              const style = getComputedStyle(f);
              const fill = style.backgroundColor;
              const name = `<${tag}> ${f.localName}[${(f as HTMLInputElement).name || (f as HTMLInputElement).type}]`;
              ratios[`${name} on its fill`] = contrast(
                style.borderTopColor,
                /, 0\)$|transparent/.test(fill) ? PAGE[scheme] : fill
              );
              ratios[`${name} on the page`] = contrast(
                style.borderTopColor,
                PAGE[scheme]
              );
            }
          }
        });
        expect(Object.keys(ratios).length).to.be.above(10);
        const low = Object.entries(ratios)
          .filter(([, r]) => r < 3)
          .map(([k, r]) => `${k} ${r.toFixed(2)}:1`);
        expect(low).to.deep.equal([]);
      });
    }
  }
});

describe("an element's own color-scheme on a page of the other (WCAG 1.4.3)", function () {
  this.timeout(60000);
  for (const scheme of ['light', 'dark', 'auto']) {
    // `auto` follows the visitor (light here): on a dark page.
    const page = scheme === 'dark' ? 'light' : 'dark';
    it(`color-scheme="${scheme}" on a ${page} page: every element is readable`, async () => {
      for (const [tag, attrs] of SHOWN) {
        const el = await mount(
          tag,
          {...attrs, 'color-scheme': scheme},
          sample,
          {
            style: `color-scheme: ${page}; background: Canvas; color: CanvasText; padding: 8px`,
          }
        );
        await openAll(el);
        await expect(el.parentElement!).to.be.accessible();
      }
    });
  }
});

describe('the accent token', () => {
  it("colours every checkbox, radio and progress bar (the browser's blue otherwise)", async () => {
    const seen = new Set<string>();
    for (const [tag, attrs] of SHOWN) {
      const el = await mount(tag, attrs, sample, {
        style: '--lym-color-accent: rgb(11, 110, 79)',
      });
      await openAll(el);
      for (const c of contentRoot(el).querySelectorAll<HTMLElement>(
        'input[type=checkbox], input[type=radio], progress'
      )) {
        const kind = `<${tag}> ${c.localName}${c.getAttribute('type') ? `[${c.getAttribute('type')}]` : ''}`;
        expect(getComputedStyle(c).accentColor, kind).to.equal(
          'rgb(11, 110, 79)'
        );
        seen.add(kind);
      }
    }
    expect([...seen].sort()).to.include.members([
      '<org-directory> input[checkbox]',
      '<recommendation-list> input[checkbox]',
      '<recommendation-list> progress',
      '<signup-form> input[checkbox]',
      '<signup-form> input[radio]',
    ]);
  });
});

describeChromium('on paper', function () {
  this.timeout(60000);
  // Browsers print a page that follows the visitor's dark preference in
  // light, but not an element told to be dark (by its attribute or the
  // page's color-scheme): that printed pale text, and empty tick boxes as
  // black squares.
  afterEach(() => emulateMedia({media: 'screen'}));
  const WAYS = {
    'color-scheme="dark"': [{'color-scheme': 'dark'}, ''],
    'a dark page': [{}, 'color-scheme: dark'],
  } as const;
  for (const theme of THEMES) {
    for (const [way, [own, style]] of Object.entries(WAYS)) {
      it(`${theme || 'no theme'}, ${way}: prints light, with the buttons' and badges' fill`, async () => {
        await withTheme(theme, async () => {
          const seen = new Set<string>();
          for (const [tag, attrs] of SHOWN) {
            const el = await mount(tag, {...attrs, ...own}, sample, {style});
            await openAll(el);
            await emulateMedia({media: 'print'});
            const text = getComputedStyle(el).color;
            expect(
              contrast(text, 'rgb(255, 255, 255)'),
              `<${tag}> text ${text} on paper`
            ).to.be.at.least(4.5);
            for (const c of contentRoot(el).querySelectorAll<HTMLElement>(
              'input[type=checkbox], input[type=radio]'
            )) {
              expect(
                getComputedStyle(c).colorScheme,
                `<${tag}> ${c.localName}`
              ).to.equal('light');
              seen.add(`<${tag}> ${c.getAttribute('type')}`);
            }
            for (const b of contentRoot(el).querySelectorAll<HTMLElement>(
              '.lym-button, [part~="badge"]'
            )) {
              if (!b.getClientRects().length) continue;
              expect(
                getComputedStyle(b).printColorAdjust,
                `<${tag}> ${b.textContent!.trim()}`
              ).to.equal('exact');
              seen.add(`<${tag}> ${b.getAttribute('part') ?? 'button'}`);
            }
            await emulateMedia({media: 'screen'});
          }
          expect([...seen], [...seen].join(', ')).to.include.members([
            '<org-directory> badge',
            '<recommendation-list> checkbox',
            '<signup-form> radio',
            '<signup-form> submit-button',
          ]);
        });
      });
    }
  }
});
