import {sendMouse} from '@web/test-runner-commands';

/**
 * How wide `host` is beyond its own width, and which boxes in `root` stick
 * out (the innermost last), for a failure message: `[]` when it fits.
 */
export function overflow(host: Element, root: ParentNode): string[] {
  if (host.scrollWidth <= host.clientWidth + 1) return [];
  const boxes = [...root.querySelectorAll('*')]
    .filter((e) => e.clientWidth && e.scrollWidth > e.clientWidth + 1)
    .map(
      (e) => `${e.localName}[part=${e.getAttribute('part')}] ${e.scrollWidth}px`
    );
  return [
    `${host.scrollWidth}px wide in ${host.clientWidth}px`,
    ...boxes.slice(-3),
  ];
}

/** The text spacing of WCAG 1.4.12, as a user style sheet would set it. */
export const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/**
 * The left edge of where the browser draws `text` (its first occurrence in
 * a text node under `root`): to check the visual order of words, which
 * bidi reordering can change while the DOM order stays.
 */
export function textLeft(root: Node, text: string): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`"${text}" is not drawn under ${root.nodeName}`);
}

/** A real mouse click (trusted, with :focus-visible's pointer rules) in the middle of `node`, brought into view first if it is not. */
export async function clickMiddle(node: Element) {
  node.scrollIntoView({block: 'nearest'});
  const r = node.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)],
  });
}
