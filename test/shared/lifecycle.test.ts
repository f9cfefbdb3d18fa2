/**
 * An app that mounts and unmounts the elements (route changes): once they
 * have left the page, nothing of theirs stays behind on `window` or
 * `document`: no listener, no object URL, no JSON-LD in the head.
 */
import {expect} from '@open-wc/testing';
import sample from '../../src/feed/sample-feed.json';
import {SAMPLE_NOW, SHOWN, mount, named, openAll, type Lym} from '../mount.js';

type Added = {target: string; type: string; listener: unknown};

/** Records the listeners added to `window` and `document` and not removed since. */
function trackListeners() {
  const live: Added[] = [];
  const undo: (() => void)[] = [];
  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions
    ) {
      if (!live.some((l) => l.type === type && l.listener === listener))
        live.push({target: name, type, listener});
      return add.call(this, type, listener, options);
    } as typeof add;
    target.removeEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | EventListenerOptions
    ) {
      const i = live.findIndex(
        (l) => l.type === type && l.listener === listener
      );
      if (i >= 0) live.splice(i, 1);
      return remove.call(this, type, listener, options);
    } as typeof remove;
    undo.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  return {live, restore: () => undo.forEach((u) => u())};
}

/** Records the object URLs made and not revoked since. */
function trackObjectUrls() {
  const live = new Set<string>();
  const [make, revoke] = [URL.createObjectURL, URL.revokeObjectURL];
  URL.createObjectURL = (o: Blob | MediaSource) => {
    const url = make.call(URL, o);
    live.add(url);
    return url;
  };
  URL.revokeObjectURL = (url: string) => {
    live.delete(url);
    revoke.call(URL, url);
  };
  return {
    live,
    restore: () => {
      URL.createObjectURL = make;
      URL.revokeObjectURL = revoke;
    },
  };
}

describe('mounted and unmounted', function () {
  this.timeout(60000);
  let listeners: ReturnType<typeof trackListeners>;
  let urls: ReturnType<typeof trackObjectUrls>;
  beforeEach(() => {
    // What an earlier failure left is not this test's.
    for (const s of document.head.querySelectorAll('script[data-lym-event]'))
      s.remove();
    listeners = trackListeners();
    urls = trackObjectUrls();
  });
  afterEach(() => {
    listeners.restore();
    urls.restore();
  });

  /** Checks, once `el` has had time to update and to fire what it clears on leaving, that nothing of it is left. */
  async function nothingLeft(el: Lym, what: string) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(
      listeners.live.map((l) => `${l.target} ${l.type}`),
      `${what}: listeners left`
    ).to.deep.equal([]);
    expect([...urls.live], `${what}: object URLs`).to.deep.equal([]);
    expect(
      document.head.querySelectorAll('script[data-lym-event]'),
      `${what}: JSON-LD`
    ).to.have.length(0);
  }

  it('each element, in each state and opened, leaves no listener on window or document, no object URL and no JSON-LD, also when it updates out of the page', async () => {
    const seen = new Set<string>();
    for (let round = 0; round < 2; round++) {
      for (const [tag, attrs] of SHOWN) {
        const el = await mount(tag, attrs, sample);
        await openAll(el);
        for (const l of listeners.live) seen.add(`${l.target} ${l.type}`);
        el.parentElement!.remove();
        // Lit updates an element out of the page too: a new "now" (the
        // card's calendar options stay open for the same event).
        el.now = new Date(+el.now! + 1);
        await nothingLeft(el, named(tag, attrs));
      }
    }
    // The tracking saw the listeners the elements do add while in the page.
    expect([...seen]).to.include.members(['window popstate', 'window storage']);
  });

  it('each element removed as it is added (an app that mounts and unmounts in one go) leaves nothing either', async () => {
    for (const [tag, attrs] of SHOWN) {
      const el = document.createElement(tag) as Lym;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.now = SAMPLE_NOW;
      el.data = sample;
      document.body.append(el);
      el.remove();
      await nothingLeft(el, named(tag, attrs));
    }
  });
});
