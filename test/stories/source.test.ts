import {expect} from '@open-wc/testing';
import {BUNDLE, MISSING, PENDING, pasteable} from '../../stories/source.js';

describe('Storybook "Show code"', () => {
  it("gives markup a webmaster can paste: the bundle, the README's feed path, no frame or preview-only settings", () => {
    const code = `<div lang="en" style="color-scheme: inherit"><event-card src="./feed/sample-feed.json" event-id="talsi-2023-08-10" variant="full" visitor-time-zone="Europe/Lisbon" no-structured-data=""><p>Fallback</p></event-card></div>`;
    expect(pasteable(code).split('\n')).to.deep.equal([
      BUNDLE,
      '<event-card src="/assets/lym/feed.json" event-id="talsi-2023-08-10" variant="full"><p>Fallback</p></event-card>',
    ]);
  });
  it('keeps a zone the reader chose, and says when the feed or the day is set in JavaScript', () => {
    const code = `<div lang="lv" style="color-scheme: inherit">\n  <event-card event-id="x" visitor-time-zone="Asia/Tokyo"></event-card>\n</div>`;
    const lines = pasteable(code, {
      data: {},
      now: Date.UTC(2027, 0, 15, 10),
    }).split('\n');
    expect(lines[0]).to.equal(BUNDLE);
    expect(lines[1]).to.match(/^<!-- This story sets its feed in JavaScript/);
    expect(lines[2]).to.equal(
      "<!-- Shown as on 2027-01-15: on a page, the element goes by the visitor's clock. -->"
    );
    expect(lines[3]).to.equal(
      '<event-card event-id="x" visitor-time-zone="Asia/Tokyo"></event-card>'
    );
  });
  it('gives the same snippet when Storybook passes it through a second time', () => {
    const code = `<div lang="en" style="color-scheme: inherit"><org-directory src="./feed/sample-feed.json"></org-directory></div>`;
    const args = {data: {}, now: 0};
    const once = pasteable(code, args);
    expect(pasteable(once, args)).to.equal(once);
  });
  it("keeps a story's own wrapper whole", () => {
    const own = `<div style="max-width: 36rem"><org-directory src="./feed/sample-feed.json"></org-directory></div>`;
    for (const code of [
      own,
      `<div lang="en" style="color-scheme: inherit">${own}</div>`,
    ])
      expect(pasteable(code).split('\n')).to.deep.equal([
        BUNDLE,
        '<div style="max-width: 36rem"><org-directory src="/assets/lym/feed.json"></org-directory></div>',
      ]);
  });
  it('gives a feed address of the README for the stories whose feed never answers or is not there, and says so', () => {
    for (const src of [PENDING, `./feed/sample-feed.json ${MISSING}`]) {
      const lines = pasteable(`<event-card src="${src}"></event-card>`).split(
        '\n'
      );
      expect(lines[1]).to.match(
        /^<!-- This story shows its state with a feed address that never answers/
      );
      expect(lines[2]).to.match(
        /^<event-card src="\/assets\/lym\/(feed|other-feed)\.json( \/assets\/lym\/other-feed\.json)?"><\/event-card>$/
      );
      expect(lines.join('\n')).not.to.match(/__pending__|no-such-feed/);
    }
  });
});
