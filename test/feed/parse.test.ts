import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {FeedError} from '../../src/feed/errors.js';
import {parseFeed} from '../../src/feed/parse.js';
import {readFeed} from '../../src/feed/read.js';
import {safeUrl} from '../../src/shared/safe-url.js';
import {hostile, mutate} from './mutate.js';
import sample from '../../src/feed/sample-feed.json';

const org = (extra: Record<string, unknown> = {}) => ({
  id: 'o1',
  name: {lv: 'Biedrība', en: 'Association'},
  country: 'lv',
  ...extra,
});

describe('parseFeed', () => {
  it('reads the sample feed without issues', () => {
    const {feed, issues} = parseFeed(sample);
    expect(issues).to.deep.equal([]);
    expect(feed.organizations.length).to.be.greaterThan(40);
    expect(
      feed.events.find((e) => e.id === 'talsi-2023-08-10')?.timeZone
    ).to.equal('Europe/Riga');
    expect(feed.recommendations.length).to.be.at.least(8);
    expect(feed.forms.length).to.be.at.least(1);
  });

  it('throws a typed error for a document that is not a feed', () => {
    for (const bad of [null, 42, 'feed', [], true]) {
      expect(() => parseFeed(bad))
        .to.throw(FeedError)
        .with.property('kind', 'invalid');
    }
  });

  it('throws a typed error for an unknown version', () => {
    expect(() => parseFeed({version: 2}))
      .to.throw(FeedError)
      .with.property('kind', 'version');
    expect(() => parseFeed({}))
      .to.throw(FeedError)
      .with.property('kind', 'version');
    expect(() => parseFeed({version: '1'}))
      .to.throw(FeedError)
      .with.property('kind', 'version');
    // The message names the feed (a page may read several) and the version.
    expect(() => readFeed({version: 2}, {}, 'https://example.org/feed.json'))
      .to.throw(FeedError)
      .with.property(
        'message',
        'https://example.org/feed.json has version 2; these elements read version 1.'
      );
    expect(() => readFeed([], {}, '<event-card> .data'))
      .to.throw(FeedError)
      .with.property('message', '<event-card> .data is not a JSON object.');
  });

  it('accepts a minimal feed and fills defaults', () => {
    const {feed, issues} = parseFeed({version: 1});
    expect(issues).to.deep.equal([]);
    expect(feed.defaultLocale).to.equal('en');
    expect(feed.organizations).to.deep.equal([]);
  });

  it('skips only the bad record and says where and why', () => {
    const {feed, issues} = parseFeed({
      version: 1,
      organizations: [
        org(),
        org({id: 'o2', name: 12}),
        org({id: 'o3', country: undefined}),
        'junk',
        org({id: 'o4'}),
      ],
    });
    expect(feed.organizations.map((o) => o.id)).to.deep.equal(['o1', 'o4']);
    expect(issues.map((i) => i.path)).to.deep.equal([
      '/organizations/1/name',
      '/organizations/1/name',
      '/organizations/2/country',
      '/organizations/3',
    ]);
  });

  it('normalises codes and maps unknown types to other', () => {
    const {feed} = parseFeed({
      version: 1,
      organizations: [
        org({
          types: ['NGO', 'alien', 'ngo'],
          fields: ['Youth', 'knitting'],
          languages: ['LV', 'xx-YY', 'en'],
        }),
      ],
    });
    const o = feed.organizations[0];
    expect(o.country).to.equal('LV');
    expect(o.types).to.deep.equal(['ngo', 'other']);
    expect(o.fields).to.deep.equal(['youth', 'knitting']);
    expect(o.languages).to.deep.equal(['lv', 'en']);
  });

  it('drops links that are not http(s) and keeps the record', () => {
    const {feed, issues} = parseFeed({
      version: 1,
      organizations: [org({website: 'javascript:alert(1)', email: 'x'})],
      events: [
        {
          id: 'e',
          title: 'E',
          start: '2023-08-10T13:00:00+03:00',
          url: 'data:text/html,x',
          organizers: [{name: 'X', url: 'vbscript:x'}],
        },
      ],
    });
    expect(feed.organizations[0].website).to.equal(undefined);
    expect(feed.organizations[0].email).to.equal(undefined);
    expect(feed.events[0].url).to.equal(undefined);
    expect(feed.events[0].organizers[0].url).to.equal(undefined);
    expect(issues.length).to.equal(3);
  });

  it('rejects malformed dates and events without a start', () => {
    const {feed, issues} = parseFeed({
      version: 1,
      events: [
        {id: 'a', title: 'A', start: '10.08.2023'},
        {id: 'b', title: 'B', start: '2023-08-10T13:00:00+03:00', end: 'soon'},
      ],
    });
    expect(feed.events.map((e) => e.id)).to.deep.equal(['b']);
    expect(feed.events[0].end).to.equal(undefined);
    expect(issues.map((i) => i.path)).to.deep.equal([
      '/events/0/start',
      '/events/0/start',
      '/events/1/end',
    ]);
  });

  it('keeps text as text, whatever it looks like', () => {
    const {feed} = parseFeed({
      version: 1,
      organizations: [org({name: '<img src=x onerror=alert(1)>'})],
    });
    expect(feed.organizations[0].name).to.equal('<img src=x onerror=alert(1)>');
  });

  it('skips form fields of unknown type and choice fields without options', () => {
    const {feed} = parseFeed({
      version: 1,
      forms: [
        {
          id: 'f',
          fields: [
            {name: 'a', type: 'text', label: 'A'},
            {name: 'b', type: 'file', label: 'B'},
            {name: 'c', type: 'select', label: 'C'},
            {name: 'a', type: 'email', label: 'A again'},
            {name: 'd', type: 'text', label: 'D', pattern: '(['},
          ],
        },
      ],
    });
    expect(feed.forms[0].fields.map((f) => f.name)).to.deep.equal(['a', 'd']);
    expect(feed.forms[0].fields[1].pattern).to.equal(undefined);
  });

  it('says so when a checkbox has options (one box: they would be lost unseen)', () => {
    const {issues} = parseFeed({
      version: 1,
      forms: [
        {
          id: 'f',
          fields: [
            {
              name: 's',
              type: 'checkbox',
              label: 'Sessions',
              options: [{value: 'a'}, {value: 'b'}],
            },
          ],
        },
      ],
    });
    expect(issues.map((i) => i.path)).to.deep.equal([
      '/forms/0/fields/0/options',
    ]);
    expect(issues[0].message).to.match(/one checkbox field per option/);
  });

  it('skips an organisation whose country is not a two-letter code', () => {
    const {feed, issues} = parseFeed({
      version: 1,
      organizations: [
        org({id: 'a', country: 'LVA'}),
        org({id: 'b', country: 'L1'}),
        org({id: 'c', country: 'se'}),
      ],
    });
    expect(feed.organizations.map((o) => [o.id, o.country])).to.deep.equal([
      ['c', 'SE'],
    ]);
    expect(issues.map((i) => i.path)).to.deep.equal([
      '/organizations/0/country',
      '/organizations/1/country',
    ]);
  });

  it('reads lookingForPartners only from true or false', () => {
    const {feed, issues} = parseFeed({
      version: 1,
      organizations: [
        org({id: 'a', lookingForPartners: 'false'}),
        org({id: 'b', lookingForPartners: true}),
      ],
    });
    expect(feed.organizations.map((o) => o.lookingForPartners)).to.deep.equal([
      false,
      true,
    ]);
    expect(issues.map((i) => i.path)).to.deep.equal([
      '/organizations/0/lookingForPartners',
    ]);
  });

  it('keeps only an email address with one @ and something either side', () => {
    const emails = [
      'info@lsua.lv',
      'a@b@lsua.lv',
      '@lsua.lv',
      'info@',
      'in fo@lsua.lv',
    ];
    const {feed} = parseFeed({
      version: 1,
      organizations: emails.map((email, i) => org({id: `o${i}`, email})),
    });
    expect(feed.organizations.map((o) => o.email)).to.deep.equal([
      'info@lsua.lv',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads no image without an http(s) URL', () => {
    const start = '2027-08-10';
    const {feed} = parseFeed({
      version: 1,
      events: [
        {id: 'a', title: 'A', start, image: {alt: 'A poster'}},
        {
          id: 'b',
          title: 'B',
          start,
          image: {url: 'javascript:alert(1)', alt: 'B'},
        },
        {id: 'c', title: 'C', start, image: {url: 'https://lsua.lv/c.jpg'}},
      ],
    });
    expect(feed.events.map((e) => e.image)).to.deep.equal([
      undefined,
      undefined,
      {url: 'https://lsua.lv/c.jpg', alt: ''},
    ]);
  });

  it('skips a radio field without options, as a select', () => {
    const {feed, issues} = parseFeed({
      version: 1,
      forms: [
        {
          id: 'f',
          fields: [
            {name: 'r', type: 'radio', label: 'R'},
            {name: 's', type: 'radio', label: 'S', options: [{value: 'x'}]},
          ],
        },
      ],
    });
    expect(feed.forms[0].fields.map((f) => f.name)).to.deep.equal(['s']);
    expect(feed.forms[0].fields[0].options).to.deep.equal([
      {value: 'x', label: 'x'},
    ]);
    expect(issues.map((i) => i.path)).to.deep.equal([
      '/forms/0/fields/0/options',
    ]);
  });

  it('requires consent unless the feed says it is optional', () => {
    const consent = (c: Record<string, unknown>) =>
      parseFeed({
        version: 1,
        forms: [{id: 'f', consent: {text: 'I agree', ...c}}],
      }).feed.forms[0].consent?.required;
    expect(consent({})).to.equal(true);
    expect(consent({required: true})).to.equal(true);
    expect(consent({required: false})).to.equal(false);
  });

  it('reads a field’s maxLength as a whole number of at least 1', () => {
    const {feed} = parseFeed({
      version: 1,
      forms: [
        {
          id: 'f',
          fields: [0, 2.7, -3].map((maxLength, i) => ({
            name: `f${i}`,
            type: 'text',
            label: 'F',
            maxLength,
          })),
        },
      ],
    });
    expect(feed.forms[0].fields.map((f) => f.maxLength)).to.deep.equal([
      undefined,
      2,
      undefined,
    ]);
  });

  it('skips a field whose name could not be a form control’s', () => {
    const {feed} = parseFeed({
      version: 1,
      forms: [
        {
          id: 'f',
          fields: ['1st', 'first name', '', 'first_name.x-1'].map((name) => ({
            name,
            type: 'text',
            label: 'F',
          })),
        },
      ],
    });
    expect(feed.forms[0].fields.map((f) => f.name)).to.deep.equal([
      'first_name.x-1',
    ]);
  });

  it('sends JSON unless the form asks for form-urlencoded', () => {
    const encodings = [undefined, 'form-urlencoded', 'multipart', 'JSON'];
    const {feed} = parseFeed({
      version: 1,
      forms: encodings.map((encoding, i) => ({id: `f${i}`, encoding})),
    });
    expect(feed.forms.map((f) => f.encoding)).to.deep.equal([
      'json',
      'form-urlencoded',
      'json',
      'json',
    ]);
  });

  it('drops a pattern the form could not check (it runs them with the u flag)', () => {
    const {feed, issues} = parseFeed({
      version: 1,
      forms: [
        {
          id: 'f',
          fields: [
            {name: 'a', type: 'text', label: 'A', pattern: '\\a+'},
            {name: 'b', type: 'text', label: 'B', pattern: '\\p{L}+'},
          ],
        },
      ],
    });
    expect(feed.forms[0].fields.map((f) => f.pattern)).to.deep.equal([
      undefined,
      '\\p{L}+',
    ]);
    expect(issues.map((i) => i.path)).to.deep.equal([
      '/forms/0/fields/0/pattern',
    ]);
  });

  it('drops a pattern that repeats a group (checking an answer could freeze the page)', () => {
    const patterns = [
      '(a+)+b',
      '(a|ab)*c',
      '(\\d ?){3}',
      '(\\+371)?\\d{8}',
      '\\(a\\)+',
    ];
    const {feed, issues} = parseFeed({
      version: 1,
      forms: [
        {
          id: 'f',
          fields: patterns.map((pattern, i) => ({
            name: `f${i}`,
            type: 'text',
            label: 'F',
            pattern,
          })),
        },
      ],
    });
    expect(feed.forms[0].fields.map((f) => f.pattern)).to.deep.equal([
      undefined,
      undefined,
      undefined,
      '(\\+371)?\\d{8}',
      '\\(a\\)+',
    ]);
    expect(issues.map((i) => i.path)).to.deep.equal(
      [0, 1, 2].map((i) => `/forms/0/fields/${i}/pattern`)
    );
  });

  it('drops mailto: and tel: links where an http(s) page is expected', () => {
    const {feed, issues} = parseFeed({
      version: 1,
      organizations: [org({website: 'mailto:info@lsua.lv'})],
      events: [
        {
          id: 'e',
          title: 'E',
          start: '2027-08-10',
          onlineUrl: 'tel:+37120000000',
          url: 'https://lsua.lv/e',
        },
      ],
    });
    expect(feed.organizations[0].website).to.equal(undefined);
    expect(feed.events[0].onlineUrl).to.equal(undefined);
    expect(feed.events[0].url).to.equal('https://lsua.lv/e');
    expect(issues.map((i) => i.path)).to.deep.equal([
      '/organizations/0/website',
      '/events/0/onlineUrl',
    ]);
  });

  it('refers to an organiser by a non-empty string id, and otherwise reads its name', () => {
    const {feed} = parseFeed({
      version: 1,
      events: [
        {
          id: 'e',
          title: 'E',
          start: '2027-08-10',
          organizers: [
            {id: 'o1'},
            {id: '', name: 'Biedrība'},
            {id: 7, name: 'Kopiena'},
          ],
        },
      ],
    });
    expect(
      feed.events[0].organizers.map((g) =>
        g.id !== undefined ? `id:${g.id}` : `name:${String(g.name)}`
      )
    ).to.deep.equal(['id:o1', 'name:Biedrība', 'name:Kopiena']);
  });
});

/** Every string anywhere in a value. */
function* strings(value: unknown): Generator<[string, string]> {
  const stack: [string, unknown][] = [['', value]];
  while (stack.length) {
    const [path, v] = stack.pop()!;
    if (typeof v === 'string') yield [path, v];
    else if (v && typeof v === 'object')
      for (const [k, c] of Object.entries(v)) stack.push([`${path}/${k}`, c]);
  }
}

const URL_KEYS = /\/(url|website|onlineUrl|privacyUrl)$/;

describe('parseFeed under random and mutated input (fast-check)', () => {
  // A fixed seed: CI sees the same 300 cases each run, so a pass or a
  // failure can be repeated (fast-check prints the seed of a failure).
  const seed = 20261201;
  const anyValue = fc.oneof(fc.jsonValue(), hostile, fc.anything());

  it('never throws anything but FeedError on random input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            version: fc.constant(1),
            organizations: fc.anything(),
            events: fc.anything(),
            forms: fc.anything(),
            recommendations: fc.anything(),
          })
        ),
        (value) => {
          try {
            parseFeed(value);
          } catch (e) {
            if (!(e instanceof FeedError)) throw e;
          }
        }
      ),
      {numRuns: 300, seed}
    );
  });

  it('never throws and never returns an unsafe URL on mutated sample feeds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({path: fc.nat(), value: anyValue}), {
          minLength: 1,
          maxLength: 12,
        }),
        (picks) => {
          const mutated = mutate(sample, picks);
          let result;
          try {
            result = parseFeed(mutated);
          } catch (e) {
            if (e instanceof FeedError) return;
            throw e;
          }
          for (const [path, value] of strings(result.feed)) {
            if (URL_KEYS.test(path)) {
              expect(/^https?:\/\//.test(value), `${path} = ${value}`).to.equal(
                true
              );
              expect(safeUrl(value), `${path} = ${value}`).to.not.equal(
                undefined
              );
            }
          }
        }
      ),
      {numRuns: 300, seed}
    );
  });
});
