/**
 * The one-file entry for a script tag. It defines each of the four elements
 * as soon as its tag appears on the page (its code is a small module beside
 * the bundle, loaded relative to it), and turns `<div data-lym="…">`
 * placeholders into elements, now and when added later.
 *
 * `loadAll()` defines all four at once (for pages that create the elements
 * inside their own shadow roots, where the page scan cannot see them).
 */
import {autoload} from './shared/autoload.js';
import {upgradeIn} from './shared/upgrade.js';

const loaders = {
  'org-directory': () => import('./org-directory/define.js'),
  'event-card': () => import('./event-card/define.js'),
  'signup-form': () => import('./signup-form/define.js'),
  'recommendation-list': () => import('./recommendation-list/define.js'),
};

let loadRest: () => Promise<unknown> = () =>
  Promise.all(Object.values(loaders).map((l) => l()));
if (typeof document !== 'undefined') {
  // One watcher of the page: placeholders become elements, then each
  // element's code loads the first time its tag appears.
  loadRest = autoload(loaders, upgradeIn);
}

/** Defines all four elements now; resolves when they are defined. */
export function loadAll(): Promise<unknown> {
  return loadRest();
}

export {FeedError} from './feed/errors.js';
export {safeUrl} from './shared/safe-url.js';
// Types only (nothing at run time): the four classes, so that importing this
// module also gives TypeScript the tags (`document.createElement('event-card')`
// is an EventCard) and the events (`lym-org-select`'s detail).
export type * from './index.js';
