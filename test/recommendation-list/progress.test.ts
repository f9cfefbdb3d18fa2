import {expect} from '@open-wc/testing';
import type {Recommendation} from '../../src/feed/types.js';
import {
  countOf,
  isDone,
  overall,
  readProgress,
  resetProgress,
  setStep,
  stepKeys,
  storageKey,
  writeProgress,
} from '../../src/recommendation-list/progress.js';

const FEED = 'https://example.org/feed.json';
const OTHER = 'https://example.org/other.json';
const steps = (n: number) =>
  Array.from({length: n}, (_, i) => ({title: `Step ${i + 1}`}));
/** The key of step n (from 0) of `rec`'s steps: its title. */
const S = (n: number) => `Step ${n + 1}`;
const rec = (id: string, n: number): Recommendation => ({
  id,
  title: id,
  audience: [],
  topics: [],
  steps: steps(n),
});

describe('recommendation-list progress', () => {
  afterEach(() => {
    localStorage.removeItem(storageKey(FEED));
    localStorage.removeItem(storageKey(OTHER));
  });

  it("stores one key per feed, with the done steps' keys per recommendation", () => {
    let p = setStep({}, 'a', S(2), true);
    p = setStep(p, 'a', S(0), true);
    p = setStep(p, 'b', S(1), true);
    writeProgress(localStorage, FEED, p);
    expect(
      JSON.parse(localStorage.getItem(`lym-checklist:${FEED}`)!)
    ).to.deep.equal({a: ['Step 3', 'Step 1'], b: ['Step 2']});
    expect(readProgress(localStorage, FEED)).to.deep.equal({
      a: ['Step 3', 'Step 1'],
      b: ['Step 2'],
    });
  });

  it('unticking the last step removes the recommendation, and an empty progress removes the key', () => {
    const p = setStep(setStep({}, 'a', S(1), true), 'a', S(1), false);
    expect(p).to.deep.equal({});
    writeProgress(localStorage, FEED, {a: [S(1)]});
    writeProgress(localStorage, FEED, p);
    expect(localStorage.getItem(storageKey(FEED))).to.equal(null);
  });

  it('does not change the progress it is given', () => {
    const p = {a: [S(1)]};
    setStep(p, 'a', S(2), true);
    resetProgress(p, ['a']);
    expect(p).to.deep.equal({a: [S(1)]});
  });

  it('keeps ids that name members of every object ("constructor", "__proto__") as ids', () => {
    const odd = ['constructor', '__proto__', 'toString'];
    let p = setStep({}, 'constructor', S(1), true);
    p = setStep(p, '__proto__', S(0), true);
    expect(Object.keys(p)).to.deep.equal(['constructor', '__proto__']);
    expect(odd.map((id) => isDone(p, id, S(0)))).to.deep.equal([
      false,
      true,
      false,
    ]);
    expect(odd.map((id) => countOf(p, rec(id, 2)).done)).to.deep.equal([
      1, 1, 0,
    ]);
    writeProgress(localStorage, FEED, p);
    const read = readProgress(localStorage, FEED);
    expect(Object.keys(read)).to.deep.equal(['constructor', '__proto__']);
    expect(isDone(read, 'constructor', S(1))).to.equal(true);
    expect(
      overall(
        read,
        odd.map((id) => rec(id, 3))
      ).done
    ).to.equal(2);
    const left = resetProgress(read, ['__proto__']);
    expect(Object.keys(left)).to.deep.equal(['constructor']);
    expect(
      Object.keys(setStep(left, 'constructor', S(1), false))
    ).to.deep.equal([]);
  });

  it('keeps feeds apart', () => {
    writeProgress(localStorage, OTHER, {a: [S(0), S(1)]});
    expect(readProgress(localStorage, FEED)).to.deep.equal({});
    expect(readProgress(localStorage, OTHER)).to.deep.equal({
      a: [S(0), S(1)],
    });
  });

  for (const [name, value] of [
    ['not JSON', '{oops'],
    ['a number', '42'],
    ['null', 'null'],
    ['an array', '[0, 1]'],
    ['a string', '"done"'],
  ] as const) {
    it(`reads a stored value that is ${name} as no progress, without throwing`, () => {
      localStorage.setItem(storageKey(FEED), value);
      expect(readProgress(localStorage, FEED)).to.deep.equal({});
    });
  }

  it('keeps the good parts of a partly foreign value', () => {
    localStorage.setItem(
      storageKey(FEED),
      JSON.stringify({
        a: ['x', -1, 1.5, null, {}, 'x', 'y'],
        b: 'all',
        c: {0: true},
        d: [],
        e: [1e9],
      })
    );
    expect(readProgress(localStorage, FEED)).to.deep.equal({a: ['x', 'y']});
  });

  it('works without storage and when storage throws', () => {
    const broken = {
      getItem() {
        throw new Error('denied');
      },
      setItem() {
        throw new Error('quota');
      },
      removeItem() {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(readProgress(undefined, FEED)).to.deep.equal({});
    expect(readProgress(broken, FEED)).to.deep.equal({});
    expect(() => writeProgress(broken, FEED, {a: [S(1)]})).not.to.throw();
    expect(() => writeProgress(undefined, FEED, {a: [S(1)]})).not.to.throw();
  });

  it('counts x of y per recommendation and overall', () => {
    const p = {a: [S(0), S(2)], b: [S(1)]};
    expect(countOf(p, rec('a', 3))).to.deep.equal({done: 2, total: 3});
    expect(countOf(p, rec('c', 4))).to.deep.equal({done: 0, total: 4});
    expect(overall(p, [rec('a', 3), rec('b', 2), rec('c', 4)])).to.deep.equal({
      done: 3,
      total: 9,
    });
    expect(overall(p, [])).to.deep.equal({done: 0, total: 0});
    expect(isDone(p, 'a', S(2))).to.equal(true);
    expect(isDone(p, 'a', S(1))).to.equal(false);
    expect(isDone(p, 'zzz', S(0))).to.equal(false);
  });

  it('does not count steps the recommendation no longer has', () => {
    // Saved when "a" had 5 steps; the feed now has 2.
    writeProgress(localStorage, FEED, {a: [S(0), S(3), S(4)]});
    const p = readProgress(localStorage, FEED);
    expect(countOf(p, rec('a', 2))).to.deep.equal({done: 1, total: 2});
    expect(countOf(p, rec('a', 0))).to.deep.equal({done: 0, total: 0});
  });

  it('resets only the given recommendations', () => {
    expect(
      resetProgress({a: [S(0)], b: [S(1)], c: [S(2)]}, ['a', 'c', 'x'])
    ).to.deep.equal({b: [S(1)]});
  });

  it("keys a step by its title in the feed's default language, whatever the page shows", () => {
    const r: Recommendation = {
      ...rec('a', 0),
      steps: [
        {title: {lv: 'Vienoties', en: 'Agree'}},
        {title: {en: 'Sign', lt: 'Pasirašyti'}},
        {title: 'Meet'},
      ],
    };
    expect(stepKeys(r, 'lv')).to.deep.equal(['Vienoties', 'Sign', 'Meet']);
    expect(stepKeys(r)).to.deep.equal(['Agree', 'Sign', 'Meet']);
  });

  it('keeps ticks on their steps when the publisher inserts, removes or moves steps', () => {
    const before = rec('a', 3); // Step 1, Step 2, Step 3
    const p = setStep({}, 'a', stepKeys(before)[1], true);
    const after: Recommendation = {
      ...before,
      steps: [{title: 'New first'}, {title: 'Step 3'}, {title: 'Step 2'}],
    };
    expect(stepKeys(after).map((k) => isDone(p, 'a', k))).to.deep.equal([
      false,
      false,
      true,
    ]);
    expect(countOf(p, after)).to.deep.equal({done: 1, total: 3});
  });

  it('tells apart two steps with the same title', () => {
    const r: Recommendation = {
      ...rec('a', 0),
      steps: [{title: 'Meet'}, {title: 'Write'}, {title: 'Meet'}],
    };
    const keys = stepKeys(r);
    expect(new Set(keys).size).to.equal(3);
    const p = setStep({}, 'a', keys[2], true);
    expect(keys.map((k) => isDone(p, 'a', k))).to.deep.equal([
      false,
      false,
      true,
    ]);
  });

  it('drops step numbers kept by earlier builds (which steps they meant is not known)', () => {
    localStorage.setItem(storageKey(FEED), JSON.stringify({a: [0, 2]}));
    expect(readProgress(localStorage, FEED)).to.deep.equal({});
  });
});
