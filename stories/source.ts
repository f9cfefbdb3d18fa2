/**
 * What "Show code" gives: what a webmaster pastes. The story frame's wrapper
 * and the preview-only settings go; the feed is at the README's path; the
 * bundle's script tag comes first; a story whose feed or day is set in
 * JavaScript says so, since its markup alone does not show the same.
 */
/** A feed URL that never answers, to show the loading state. */
export const PENDING = './__pending__/feed.json';
/** A feed URL that answers 404, to show the error state. */
export const MISSING = './feed/no-such-feed.json';

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
  let markup = lines.join('\n');
  // The frame's wrapper, and its end (not a story's own wrapper's, as "In A
  // Narrow Column" has, when the frame's is not in the snippet).
  const frame = /^<div\b[^>]*style="color-scheme: inherit"[^>]*>/;
  if (frame.test(markup))
    markup = markup.replace(frame, '').replace(/<\/div>\s*$/, '');
  const unanswered = markup.includes(PENDING) || markup.includes(MISSING);
  markup = markup
    .trim()
    .replaceAll('./feed/sample-feed.json', '/assets/lym/feed.json')
    // The stories' feeds that never answer, or are not there.
    .replaceAll(PENDING, '/assets/lym/feed.json')
    .replaceAll(MISSING, '/assets/lym/other-feed.json')
    // The card's previews: one zone for every reader, several cards' JSON-LD off.
    .replace(/ visitor-time-zone="Europe\/Lisbon"/, '')
    .replace(/ no-structured-data(="")?/, '');
  const notes: string[] = [];
  if (unanswered)
    notes.push(
      'This story shows its state with a feed address that never answers or is not there: on a page, give your feed\'s (README: "Publish a feed").'
    );
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
