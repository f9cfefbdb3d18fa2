/**
 * What a failed feed tells the visitor and the webmaster. The browser says
 * the same "Failed to fetch" for a visitor who is offline and for a server
 * that is down or refuses the page (CORS): the visitor is asked to check the
 * connection only when the browser knows it is offline; the console names
 * the URL and the cause for the webmaster, also for a feed of several that
 * failed while the others are shown.
 */
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/event-card/define.js';
import '../../src/org-directory/define.js';
import {clearFeedCache} from '../../src/feed/load.js';
import {catchWarnings} from '../console.js';
import {contentRoot, type Lym} from '../mount.js';
import {restoreOnline, setOnline} from '../online.js';

const errorText = (el: Lym) =>
  contentRoot(el)
    .querySelector('[part~="status"][part~="error"]')
    ?.textContent?.replace(/\s+/g, ' ') ?? '';

async function card(src: string): Promise<Lym> {
  const el = await fixture<Lym>(html`<event-card src=${src}></event-card>`);
  await waitUntil(() => errorText(el), 'no error shown', {timeout: 5000});
  return el;
}

// localhost is another origin than the page's 127.0.0.1, and the test
// server sends no Access-Control-Allow-Origin: the browser refuses the read.
const elsewhere = () =>
  `http://localhost:${location.port}/api/test/feed?n=${Math.random()}`;

describe('a feed that cannot be reached', () => {
  const warnings = catchWarnings();
  beforeEach(() => clearFeedCache());
  afterEach(restoreOnline);

  it('tells an online visitor it is not available, not to check the connection', async () => {
    const el = await card(elsewhere());
    expect(errorText(el)).to.contain(
      'The information is not available at the moment.'
    );
    expect(errorText(el)).not.to.contain('connection');
  });

  it('asks the visitor to check the connection when the browser is offline', async () => {
    setOnline(false);
    const el = await card(elsewhere());
    expect(errorText(el)).to.contain(
      'The information could not be loaded. Check your connection.'
    );
  });

  it("says so in the visitor's language", async () => {
    setOnline(false);
    const el = await fixture<Lym>(
      html`<event-card lang="lv" src=${elsewhere()}></event-card>`
    );
    await waitUntil(() => errorText(el).includes('Pārbaudiet'), errorText(el), {
      timeout: 5000,
    });
    restoreOnline();
    const el2 = await fixture<Lym>(
      html`<event-card lang="lv" src=${elsewhere()}></event-card>`
    );
    await waitUntil(() => errorText(el2), 'no error shown', {timeout: 5000});
    expect(errorText(el2)).to.contain('Informācija pašlaik nav pieejama.');
    expect(errorText(el2)).not.to.contain('Pārbaudiet');
  });

  it('tells the webmaster, in the console, which URL failed and that CORS may be why', async () => {
    const src = elsewhere();
    await card(src);
    const lines = warnings.map((args) => String(args[0]));
    expect(lines).to.have.length(1);
    expect(lines[0]).to.match(
      /^\[local-y-mpact\] <event-card> Could not reach /
    );
    expect(lines[0]).to.contain(src);
    expect(lines[0]).to.contain('Access-Control-Allow-Origin');
  });

  it('tells the webmaster about one feed of several that failed, while the others are shown', async () => {
    const broken = `/api/test/feed?status=404&n=${Math.random()}`;
    const el = await fixture<Lym>(
      html`<org-directory src=${`/api/test/feed?n=${Math.random()} ${broken}`}></org-directory>`
    );
    await waitUntil(
      () => contentRoot(el).querySelector('[part~="item"]'),
      'no results',
      {timeout: 5000}
    );
    expect(errorText(el)).to.equal('');
    const lines = warnings.map((args) => String(args[0]));
    expect(lines).to.deep.equal([
      `[local-y-mpact] <org-directory> ${new URL(broken, location.href).href} answered HTTP 404.`,
    ]);
  });
});
