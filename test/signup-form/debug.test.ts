import {expect, fixture, html} from '@open-wc/testing';
import '../../src/signup-form/define.js';
import {feed} from './fixtures.js';

describe('debug', () => {
  it('mounts', async () => {
    const el = await fixture(html`<signup-form .data=${feed()}></signup-form>`);
    console.log('fixture done', el.innerHTML.length);
    await new Promise((r) => setTimeout(r, 100));
    console.log('after', el.innerHTML.slice(0, 300));
    expect(el).to.exist;
  });
});
