/**
 * Loads an element's code the first time one of its tags is on the page (now
 * or later), so a page that shows only an event card does not download the
 * directory. Elements created in other shadow roots are not seen: call
 * `loadAll()` (or import the element's own entry point) for those.
 */
/** Runs `scan` on `root` now and on every element added under it later; returns the watcher. */
export function watchAdded<T extends Document | Element>(
  root: T,
  scan: (node: T | Element) => void
): MutationObserver {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node instanceof Element) scan(node);
      });
    }
  });
  observer.observe(root instanceof Document ? root.documentElement : root, {
    childList: true,
    subtree: true,
  });
  scan(root);
  return observer;
}

export type Loaders = Record<string, () => Promise<unknown>>;

export function autoload(
  loaders: Loaders,
  /** Runs first on the page and on each added element (the placeholders' upgrade). */
  prepare?: (node: ParentNode) => void,
  root: Document = document
): () => Promise<unknown> {
  const pending = new Map(Object.entries(loaders));
  const load = (tag: string) => {
    const loader = pending.get(tag);
    if (!loader) return Promise.resolve();
    pending.delete(tag);
    return loader().catch((error: unknown) => {
      console.error(
        `[local-y-mpact] could not load <${tag}>; its fallback content stays.`,
        error
      );
    });
  };
  const scan = (node: Element | Document) => {
    prepare?.(node);
    for (const tag of [...pending.keys()]) {
      // (The document has no `matches`.)
      if ((node as Partial<Element>).matches?.(tag) || node.querySelector(tag))
        void load(tag);
    }
  };
  // Not disconnected once all are loaded: placeholders added later still
  // need their upgrade (and a watcher with nothing to load costs a loop).
  watchAdded(root, scan);
  return () => Promise.all([...pending.keys()].map(load));
}
