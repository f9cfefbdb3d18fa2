import {expect} from '@open-wc/testing';
import {compileSchema} from '../vendor/ajv.js';
import schema from '../../src/feed/feed.schema.json';
import sample from '../../src/feed/sample-feed.json';
import {parseFeed} from '../../src/feed/parse.js';

const validate = compileSchema(schema);

describe('feed.schema.json', () => {
  it('accepts the sample feed', () => {
    const ok = validate(sample);
    expect(
      validate.errors ?? [],
      JSON.stringify(validate.errors, null, 1)
    ).to.deep.equal([]);
    expect(ok).to.equal(true);
  });

  it('rejects what the parser rejects as a whole document', () => {
    for (const bad of [{}, {version: 2}, [], 'x'])
      expect(validate(bad)).to.equal(false);
  });

  it('flags the records the parser skips', () => {
    const feed = {
      version: 1,
      organizations: [
        {id: 'a', name: 'A', country: 'LV'},
        {id: 'b', country: 'LV'},
        {id: 'c', name: 'C'},
      ],
    };
    expect(validate(feed)).to.equal(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).to.include('/organizations/1');
    expect(paths).to.include('/organizations/2');
    expect(parseFeed(feed).feed.organizations.map((o) => o.id)).to.deep.equal([
      'a',
    ]);
  });

  it('flags javascript: links, which the parser drops', () => {
    const feed = {
      version: 1,
      organizations: [
        {id: 'a', name: 'A', country: 'LV', website: 'javascript:alert(1)'},
      ],
    };
    expect(validate(feed)).to.equal(false);
    expect(parseFeed(feed).feed.organizations[0].website).to.equal(undefined);
  });

  it('requires every text of the sample feed in all six locales', () => {
    const LOCALES = ['lv', 'lt', 'sv', 'el', 'pt', 'en'];
    const missing: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (!v || typeof v !== 'object') return;
      const keys = Object.keys(v);
      const isText =
        keys.length > 0 &&
        keys.every((k) => LOCALES.includes(k)) &&
        Object.values(v).every((x) => typeof x === 'string');
      if (isText && !Array.isArray(v)) {
        for (const l of LOCALES) if (!(l in v)) missing.push(`${path} (${l})`);
        return;
      }
      for (const [k, c] of Object.entries(v)) walk(c, `${path}/${k}`);
    };
    walk(sample, '');
    // One record deliberately carries a description in two locales, to exercise the fallback.
    expect(missing.filter((m) => !m.includes('/description'))).to.deep.equal(
      []
    );
    expect(new Set(missing.map((m) => m.split(' ')[0])).size).to.be.at.most(1);
  });

  it('has at least 8 organisations in each of the five countries', () => {
    const count = (c: string) =>
      sample.organizations.filter((o) => o.country === c).length;
    for (const c of ['LV', 'LT', 'SE', 'CY', 'PT'])
      expect(count(c), c).to.be.at.least(8);
  });

  it('describes every property it names, for the hover help of editors', () => {
    type Node = {
      description?: string;
      properties?: Record<string, Node>;
      items?: Node;
    };
    const bare: string[] = [];
    const walk = (node: Node | undefined, path: string) => {
      if (!node) return;
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (!child.description?.trim()) bare.push(`${path}/${key}`);
        walk(child, `${path}/${key}`);
      }
      walk(node.items, `${path}/[]`);
    };
    walk(schema as Node, '');
    const defs = schema.definitions as Record<string, Node>;
    for (const [name, def] of Object.entries(defs)) walk(def, `#${name}`);
    expect(bare).to.deep.equal([]);
    // An editor (VS Code's JSON service) shows the description of a
    // definition a property refers to in place of the property's own: the
    // definitions properties refer to carry a title (shown above it) instead.
    const refs = new Set(
      [
        ...JSON.stringify(schema).matchAll(/"\$ref":"#\/definitions\/(\w+)"/g),
      ].map((m) => m[1])
    );
    const shadowing = [...refs].filter((name) => defs[name]?.description);
    expect(shadowing).to.deep.equal([]);
    expect(refs.size).to.be.at.least(8);
  });

  it('refuses an image at a relative path, which the card would not show', () => {
    const event = {id: 'e', title: 'E', start: '2027-03-10'};
    const feed = (url: string) => ({
      version: 1,
      events: [{...event, image: {url, alt: 'A poster'}}],
    });
    expect(validate(feed('img/poster.jpg'))).to.equal(false);
    expect(parseFeed(feed('img/poster.jpg')).feed.events[0].image).to.equal(
      undefined
    );
    expect(validate(feed('https://example.org/poster.jpg'))).to.equal(true);
    expect(
      parseFeed(feed('https://example.org/poster.jpg')).feed.events[0].image
    ).to.deep.equal({url: 'https://example.org/poster.jpg', alt: 'A poster'});
  });

  it('lets a feed name its schema ("$schema"), for editors; the elements ignore it', () => {
    const feed = {$schema: './feed.schema.json', version: 1};
    expect(validate(feed)).to.equal(true);
    expect(parseFeed(feed).issues).to.deep.equal([]);
  });
});
