/**
 * What "Show code" gives: what a webmaster pastes. The story frame's wrapper
 * and the preview-only settings go; the feed is at the README's path; the
 * bundle's script tag comes first; a story whose feed or day is set in
 * JavaScript says so, since its markup alone does not show the same.
 */
export const BUNDLE =
  '<script type="module" src="/assets/lym/local-y-mpact.js"></script>';

export function pasteable(
  code: string,
  args: Record<string, unknown> = {}
): string {
  // (Storybook may hand the snippet back for another pass: what a first
  // pass put on top is taken off again.)
  const lines = code.trim().split('\n');
  while (lines[0] === BUNDLE || /^<!-- (This story|Shown as on)/.test(lines[0]))
    lines.shift();
  const markup = lines
    .join('\n')
    .replace(/^<div\b[^>]*style="color-scheme: inherit"[^>]*>/, '')
    .replace(/<\/div>$/, '')
    .trim()
    .replaceAll('./feed/sample-feed.json', '/assets/lym/feed.json')
    // The card's previews: one zone for every reader, several cards' JSON-LD off.
    .replace(/ visitor-time-zone="Europe\/Lisbon"/, '')
    .replace(/ no-structured-data(="")?/, '');
  const notes: string[] = [];
  if (args.data)
    notes.push(
      'This story sets its feed in JavaScript (.data): on a page, give src="…" (README: "Publish a feed").'
    );
  if (typeof args.now === 'number')
    notes.push(
      `Shown as on ${new Date(args.now).toISOString().slice(0, 10)}: on a page, the element goes by the visitor's clock.`
    );
  return [BUNDLE, ...notes.map((n) => `<!-- ${n} -->`), markup].join('\n');
}
