/**
 * WCAG 1.4.10 (Reflow): at 320 CSS px no element needs scrolling sideways,
 * even when every text of the feed is one long word (a Latvian compound, a
 * name without spaces) and e-mail addresses, URLs and phone numbers are long;
 * in every language, with every disclosure open and the form's errors shown;
 * and again with the text spacing of WCAG 1.4.12, where nothing may be cut
 * off either; and with text at 200% (1.4.4) in the 256 px left of a 320 px
 * window by a page's margins. (A long word must break where it would stick
 * out: `overflow-wrap`.)
 */
import {expect} from '@open-wc/testing';
import sample from '../../src/feed/sample-feed.json';
import {TEXT_SPACING, overflow} from '../layout.js';
import {SHOWN, contentRoot, mount, named, openAll} from '../mount.js';

const LOCALES = ['en', 'lv', 'lt', 'sv', 'el', 'pt'] as const;
const WORD = 'Pašvaldībasorganizāciju'.repeat(12);
const LOCALE_KEY = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The sample feed with every text one long word, and long addresses. */
function longFeed(): unknown {
  const long: Record<string, string> = {
    email: `${'x'.repeat(150)}@example.org`,
    website: `https://example.org/${'a'.repeat(300)}`,
    url: `https://example.org/${'b'.repeat(300)}`,
    privacyUrl: `https://example.org/${'c'.repeat(300)}`,
    onlineUrl: `https://example.org/${'d'.repeat(300)}`,
    number: `+371${'2'.repeat(60)}`,
    postalCode: 'LV-'.padEnd(80, '3'),
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const entries = Object.entries(v);
    if (
      entries.length &&
      entries.every(([k, x]) => LOCALE_KEY.test(k) && typeof x === 'string')
    ) {
      return Object.fromEntries(entries.map(([k]) => [k, WORD]));
    }
    return Object.fromEntries(
      entries.map(([k, x]) => [
        k,
        typeof x === 'string' && long[k] ? long[k] : walk(x),
      ])
    );
  };
  return walk(sample);
}

/** What each run adds to the plain one, for its name. */
const HOW = {
  '': '',
  spaced: ' with text spacing (1.4.12)',
  zoomed: ' in 256px with text at 200% (1.4.4)',
};

describe('reflow at 320px with long words (WCAG 1.4.10)', function () {
  this.timeout(60000);
  const warn = console.warn;
  // The long postal codes and phone numbers are reported as feed problems.
  beforeEach(() => (console.warn = () => {}));
  afterEach(() => (console.warn = warn));

  const spacing = new CSSStyleSheet();
  spacing.replaceSync(TEXT_SPACING);

  for (const [tag, attrs] of SHOWN) {
    for (const how of ['', 'spaced', 'zoomed'] as const) {
      const spaced = how === 'spaced';
      // Text at 200% (1.4.4) in a 320 px window with the page's margins.
      const width = how === 'zoomed' ? 256 : 320;
      const name = `${named(tag, attrs)} fits in every language${HOW[how]}`;
      it(name, async () => {
        const widths: Record<string, number> = {};
        const cut: string[] = [];
        if (how === 'zoomed') document.documentElement.style.fontSize = '200%';
        if (spaced)
          document.adoptedStyleSheets = [
            ...document.adoptedStyleSheets,
            spacing,
          ];
        try {
          for (const lang of LOCALES) {
            const el = await mount(tag, attrs, longFeed(), {
              lang,
              style: `width: ${width}px`,
              sheets: spaced ? [spacing] : [],
            });
            const host = el.parentElement!;
            const root = contentRoot(el);
            // The long words really are shown (else this test proves nothing).
            expect(root.textContent, `<${tag} lang=${lang}>`).to.include(WORD);
            await openAll(el);
            const wide = overflow(host, root);
            if (wide.length)
              console.log(`<${tag} lang=${lang}>`, wide.join(', '));
            widths[lang] = host.scrollWidth;
            // Text cut off by a box that hides its overflow (not the visually hidden ones).
            for (const e of root.querySelectorAll<HTMLElement>('*')) {
              const {overflowX, overflowY} = getComputedStyle(e);
              if (
                e.clientWidth > 1 &&
                !e.matches('.lym-visually-hidden') &&
                /hidden|clip/.test(overflowX + overflowY) &&
                (e.scrollWidth > e.clientWidth + 1 ||
                  e.scrollHeight > e.clientHeight + 1)
              ) {
                cut.push(
                  `${lang} ${e.localName}[part=${e.getAttribute('part')}]`
                );
              }
            }
            host.remove();
          }
        } finally {
          document.documentElement.style.fontSize = '';
          document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
            (x) => x !== spacing
          );
        }
        expect(JSON.stringify(widths)).to.equal(
          JSON.stringify(Object.fromEntries(LOCALES.map((l) => [l, width])))
        );
        expect(cut).to.deep.equal([]);
      });
    }
  }
});
