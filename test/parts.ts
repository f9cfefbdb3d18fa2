import {expect} from '@open-wc/testing';

/**
 * Styles each of `parts` from the page by `tag::part(name)`, each with its
 * own outline colour, makes the element, and checks that every node its
 * selector finds in the shadow root has that part's outline (and that the
 * selector finds at least one).
 */
export async function expectStyledByPart(
  tag: string,
  parts: Record<string, string>,
  make: () => Promise<Element>
): Promise<void> {
  const names = Object.keys(parts);
  const colour = (i: number) => `rgb(1, 2, ${i + 3})`;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    names
      .map((p, i) => `${tag}::part(${p}) { outline: 3px dotted ${colour(i)}; }`)
      .join('\n')
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  try {
    const el = await make();
    names.forEach((name, i) => {
      const nodes = [...el.shadowRoot!.querySelectorAll(parts[name])];
      expect(nodes.length, `${name}: ${parts[name]}`).to.be.above(0);
      for (const n of nodes)
        expect(getComputedStyle(n).outline, `${name}: ${parts[name]}`).to.equal(
          `${colour(i)} dotted 3px`
        );
    });
  } finally {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
      (s) => s !== sheet
    );
  }
}
