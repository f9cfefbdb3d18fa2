/**
 * For editors that strip unknown tags: `<div data-lym="org-directory"
 * data-src="feed.json">…fallback…</div>` becomes `<org-directory
 * src="feed.json">…fallback…</org-directory>` when the bundle runs, and so
 * does such a div added later. `data-*` attributes become attributes
 * (`data-event-id` → `event-id`), except event handlers and `style`
 * (`data-onfocus` would be script that a CMS's filter lets through as
 * data); `id`, `class`, `lang`, `dir`, `hidden` and `title` are kept; the
 * div's content moves inside as fallback content.
 */
import {watchAdded} from './autoload.js';

const TAGS = new Set([
  'org-directory',
  'event-card',
  'signup-form',
  'recommendation-list',
]);
const KEEP = new Set(['id', 'class', 'lang', 'dir', 'hidden', 'title']);
const SELECTOR = '[data-lym]';

/** Replaces one `[data-lym]` placeholder with its element; returns it. */
export function upgradePlaceholder(div: Element): Element | undefined {
  const tag = div.getAttribute('data-lym')?.trim().toLowerCase() ?? '';
  if (!TAGS.has(tag) || !div.parentNode) return undefined;
  const el = div.ownerDocument.createElement(tag);
  for (const {name, value} of [...div.attributes]) {
    if (name === 'data-lym') continue;
    if (/^data-(?!on|style$)/.test(name)) el.setAttribute(name.slice(5), value);
    else if (KEEP.has(name)) el.setAttribute(name, value);
  }
  el.append(...div.childNodes);
  div.replaceWith(el);
  return el;
}

/** Upgrades the placeholders in `node` (and `node` itself, when it is one) now. */
export function upgradeIn(node: ParentNode) {
  if ((node as Partial<Element>).matches?.(SELECTOR))
    upgradePlaceholder(node as Element);
  node.querySelectorAll(SELECTOR).forEach(upgradePlaceholder);
}

/**
 * Upgrades placeholders under `root` now and whenever new ones are added.
 * (The bundle's own watcher, which loads the elements, does it too:
 * `autoload(loaders, upgradeIn)`.)
 */
export function upgradePlaceholders(
  root: Document | Element = document
): MutationObserver {
  return watchAdded(root, upgradeIn);
}
