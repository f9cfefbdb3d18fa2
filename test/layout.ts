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
