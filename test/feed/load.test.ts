import {aTimeout, expect} from '@open-wc/testing';
import {FeedError} from '../../src/feed/errors.js';
import {clearFeedCache, mergeFeeds} from '../../src/feed/load.js';
import {loadFeed, parseFeed} from '../../src/feed/parse.js';

const base = `${location.origin}/api/test/feed`;
type Req = {path: string; query: Record<string, string>};
async function requests(): Promise<Req[]> {
  return (await fetch('/api/test/requests')).json();
}

describe('loadFeed', () => {
  beforeEach(async () => {
    clearFeedCache();
    await fetch('/api/test/requests', {method: 'DELETE'});
  });

  it('loads and parses a feed', async () => {
    const {feed, url} = await loadFeed(`${base}?n=1`);
    expect(url).to.equal(`${base}?n=1`);
    expect(feed.organizations.length).to.be.greaterThan(40);
  });

  it('fetches a URL once however many callers ask', async () => {
    const url = `${base}?n=2`;
    const results = await Promise.all([
      loadFeed(url),
      loadFeed(url),
      loadFeed(url),
    ]);
    await loadFeed(url);
    // Read once: every caller gets the same records.
    expect(results[0].feed.organizations).to.equal(
      results[2].feed.organizations
    );
    expect((await requests()).filter((r) => r.query.n === '2')).to.have.length(
      1
    );
  });

  it('adds no cache-busting query to the URL', async () => {
    await loadFeed(`${base}?n=3`);
    const [req] = await requests();
    expect(req.query).to.deep.equal({n: '3'});
  });

  it('gives a typed http error with the status', async () => {
    const error = await loadFeed(`${base}?status=503`).catch((e) => e);
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(503);
  });

  it('decodes the body as UTF-8, also after a byte order mark', async () => {
    for (const query of ['n=utf8', 'n=bom&bom=1']) {
      const {feed} = await loadFeed(`${base}?${query}`);
      const talsi = feed.organizations.find(
        (o) => o.id === 'talsu-novada-pasvaldiba'
      );
      expect(talsi?.name).to.deep.include({lv: 'Talsu novada pašvaldība'});
    }
  });

  it('gives a typed json error for a body that is not JSON', async () => {
    const error = await loadFeed(`${base}?body=notjson`).catch((e) => e);
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('json');
  });

  it('gives a typed json error for an answer with no body (204)', async () => {
    const error = await loadFeed(`${base}?status=204&n=empty`).catch((e) => e);
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('json');
  });

  it('gives a typed timeout error', async () => {
    const error = await loadFeed(`${base}?delay=2000&n=t`, {
      timeoutMs: 200,
    }).catch((e) => e);
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('timeout');
  });

  it('takes a timeout that is not a positive number, or longer than a timer can wait, for the default', async () => {
    // (timeout="10s" on an element: NaN.) A slow answer still arrives. A
    // timer given more than 2^31 - 1 ms (Infinity too) fires at once.
    for (const timeoutMs of [NaN, 0, -1, 2 ** 31, Infinity]) {
      const {feed} = await loadFeed(`${base}?delay=300&n=nan${timeoutMs}`, {
        timeoutMs,
      });
      expect(feed.organizations.length, String(timeoutMs)).to.be.above(0);
    }
  });

  it('waits for a feed that is arriving, however long it takes: the timeout is for the answer, not the download', async () => {
    // Ten parts 400 ms apart: the whole takes 2.7 times the timeout, each
    // wait about a quarter of it (in WebKit on a busy machine, parts sent
    // 150 ms apart once came over 300 ms apart).
    const start = performance.now();
    const {feed} = await loadFeed(`${base}?trickle=4000&n=trickle`, {
      timeoutMs: 1500,
    });
    expect(feed.organizations.length).to.be.greaterThan(10);
    expect(performance.now() - start).to.be.greaterThan(1500);
  });

  it('gives a typed timeout error when a feed stops arriving halfway', async () => {
    const error = await loadFeed(`${base}?stall=3000&n=stall`, {
      timeoutMs: 300,
    }).catch((e) => e);
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('timeout');
  });

  it('gives a typed network error, not a json one, when the connection breaks halfway through the body', async () => {
    const error = await loadFeed(`${base}?cut=1&n=cut`).catch((e) => e);
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain(`Could not reach ${base}?cut=1&n=cut`);
    expect(error.message).not.to.contain('Access-Control');
  });

  it('gives a typed network error when nothing answers', async () => {
    const error = await loadFeed('http://127.0.0.1:9/feed.json').catch(
      (e) => e
    );
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('network');
  });

  it('names a missing CORS header as a cause when a feed on another origin cannot be read', async () => {
    // localhost is another origin than the page's 127.0.0.1: the test server
    // answers, without Access-Control-Allow-Origin, and the browser refuses.
    const error = await loadFeed(
      `http://localhost:${location.port}/api/test/feed?n=cors`
    ).catch((e) => e);
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain(
      `Could not reach http://localhost:${location.port}/api/test/feed?n=cors`
    );
    expect(error.message).to.contain('Access-Control-Allow-Origin');
  });

  it("does not name CORS when the page's own server drops the connection", async () => {
    const error = await loadFeed(`${base}?drop=1`).catch((e) => e);
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain(`Could not reach ${base}?drop=1`);
    expect(error.message).not.to.contain('Access-Control');
  });

  it('does not cache a failure, so a retry fetches again', async () => {
    await loadFeed(`${base}?status=500&n=r`).catch(() => undefined);
    await loadFeed(`${base}?status=500&n=r`).catch(() => undefined);
    expect((await requests()).filter((r) => r.query.n === 'r')).to.have.length(
      2
    );
  });

  it('aborts the request only when the last waiting caller leaves', async () => {
    const url = `${base}?delay=400&n=a`;
    const a = new AbortController();
    const b = new AbortController();
    const first = loadFeed(url, {signal: a.signal});
    const second = loadFeed(url, {signal: b.signal});
    a.abort();
    expect(await first.catch((e) => e)).to.be.instanceOf(FeedError);
    const {feed} = await second;
    expect(feed.version).to.equal(1);
  });

  /** Runs `body` with the signal of each fetch made meanwhile collected. */
  async function withSignals(
    body: (signals: (AbortSignal | null | undefined)[]) => Promise<void>
  ) {
    const signals: (AbortSignal | null | undefined)[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      signals.push(init?.signal);
      return realFetch(input, init);
    };
    try {
      await body(signals);
    } finally {
      window.fetch = realFetch;
    }
  }

  it('aborts the request when its only caller leaves, and a later load fetches anew', () =>
    withSignals(async (signals) => {
      const a = new AbortController();
      // (Caught at once: it rejects before the task below ends, and WebKit
      // reports a rejection not handled by then.)
      const first = loadFeed(`${base}?delay=400&n=b`, {signal: a.signal}).catch(
        (e) => e
      );
      a.abort();
      // A task later: nobody asked again meanwhile.
      await aTimeout(0);
      const again = loadFeed(`${base}?delay=400&n=b`);
      expect(await first).to.have.property('kind', 'network');
      expect(signals.map((s) => s?.aborted)).to.deep.equal([true, false]);
      const {feed} = await again;
      expect(feed.version).to.equal(1);
    }));

  it('keeps the request for a caller that leaves and comes back in the same task (an element moved in the page)', () =>
    withSignals(async (signals) => {
      const url = `${base}?delay=400&n=moved`;
      const a = new AbortController();
      const first = loadFeed(url, {signal: a.signal});
      a.abort();
      const again = loadFeed(url, {signal: new AbortController().signal});
      expect(await first.catch((e) => e)).to.have.property('kind', 'network');
      const {feed} = await again;
      expect(feed.version).to.equal(1);
      expect(signals.map((s) => s?.aborted)).to.deep.equal([false]);
    }));

  it('rejects at once for a caller whose signal has already aborted, with no request', async () => {
    const a = new AbortController();
    a.abort();
    const realFetch = window.fetch;
    let fetches = 0;
    window.fetch = (input, init) => (fetches++, realFetch(input, init));
    try {
      const error = await loadFeed(`${base}?n=aborted`, {
        signal: a.signal,
      }).catch((e) => e);
      expect(error).to.be.instanceOf(FeedError);
      expect(error.kind).to.equal('network');
      expect(fetches).to.equal(0);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('sends cookies only to its own origin', async () => {
    const credentials: (RequestCredentials | undefined)[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      // The request as made: the option given, else fetch's default.
      credentials.push(new Request(input, init).credentials);
      return realFetch(input, init);
    };
    try {
      await loadFeed(`${base}?n=c`);
    } finally {
      window.fetch = realFetch;
    }
    expect(credentials).to.deep.equal(['same-origin']);
  });

  it('forgets one URL when told to, and keeps the others', async () => {
    await Promise.all([loadFeed(`${base}?n=x`), loadFeed(`${base}?n=y`)]);
    clearFeedCache(`${base}?n=x`);
    await Promise.all([loadFeed(`${base}?n=x`), loadFeed(`${base}?n=y`)]);
    const counts = (await requests()).map((r) => r.query.n);
    expect(counts.filter((n) => n === 'x')).to.have.length(2);
    expect(counts.filter((n) => n === 'y')).to.have.length(1);
  });
});

describe('mergeFeeds', () => {
  const feed = (orgs: {id: string; name: string}[], updated?: string) =>
    parseFeed({
      version: 1,
      updated,
      organizations: orgs.map((o) => ({...o, country: 'LV'})),
    }).feed;

  it('keeps all records and lets the later feed win for the same id', () => {
    const merged = mergeFeeds([
      feed(
        [
          {id: 'a', name: 'A1'},
          {id: 'b', name: 'B1'},
        ],
        '2024-01-01'
      ),
      feed(
        [
          {id: 'b', name: 'B2'},
          {id: 'c', name: 'C2'},
        ],
        '2025-01-01'
      ),
    ]);
    expect(merged.organizations.map((o) => `${o.id}:${o.name}`)).to.deep.equal([
      'a:A1',
      'b:B2',
      'c:C2',
    ]);
    expect(merged.updated).to.equal('2025-01-01');
  });

  it('takes the publisher and the default locale from the first feed', () => {
    const read = (name: string, defaultLocale: string) =>
      parseFeed({version: 1, publisher: {name}, defaultLocale}).feed;
    const merged = mergeFeeds([read('LSUA', 'lv'), read('SALAR', 'sv')]);
    expect(merged.publisher?.name).to.equal('LSUA');
    expect(merged.defaultLocale).to.equal('lv');
  });

  it('gives an empty feed for no feeds, and no date when none has one', () => {
    const empty = mergeFeeds([]);
    expect(empty).to.deep.include({
      version: 1,
      defaultLocale: 'en',
      updated: undefined,
      organizations: [],
      forms: [],
    });
    expect(mergeFeeds([feed([]), feed([])]).updated).to.equal(undefined);
  });
});
