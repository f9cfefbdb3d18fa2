/**
 * `src` → the feed URLs an element loads: absolute http(s) URLs resolved
 * against the page, each once; anything else is ignored (nothing left reads
 * as a missing feed).
 */
import {expect} from '@open-wc/testing';
import {feedUrls} from '../../src/shared/feed-controller.js';

const BASE = 'https://www.talsi.lv/lv/notikumi/';

describe('feedUrls', () => {
  it('resolves relative URLs against the page and keeps each URL once, in order', () => {
    expect(
      feedUrls(
        ' feed.json\n/data/lt.json  feed.json https://lsua.lv/feed.json ',
        BASE
      )
    ).to.deep.equal([
      'https://www.talsi.lv/lv/notikumi/feed.json',
      'https://www.talsi.lv/data/lt.json',
      'https://lsua.lv/feed.json',
    ]);
  });

  it('ignores what is not an http(s) URL', () => {
    expect(
      feedUrls(
        'javascript:alert(1) data:application/json,{} ftp://example.org/f.json http:// mailto:a@b.lv https://ok.example/f.json',
        BASE
      )
    ).to.deep.equal(['https://ok.example/f.json']);
  });

  it('gives nothing for no src, an empty one or only spaces', () => {
    expect(feedUrls(undefined, BASE)).to.deep.equal([]);
    expect(feedUrls('', BASE)).to.deep.equal([]);
    expect(feedUrls(' \t\n ', BASE)).to.deep.equal([]);
  });
});
