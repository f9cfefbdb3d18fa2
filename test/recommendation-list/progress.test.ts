import {expect} from '@open-wc/testing';
import type {Recommendation} from '../../src/feed/types.js';
import {
  countOf,
  isDone,
  overall,
  readProgress,
  resetProgress,
  setStep,
  storageKey,
  writeProgress,
} from '../../src/recommendation-list/progress.js';

const FEED = 'https://example.org/feed.json';
const OTHER = 'https://example.org/other.json';
const steps = (n: number) =>
  Array.from({length: n}, (_, i) => ({title: `Step ${i + 1}`}));
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

  it('stores one key per feed, with done step indices per recommendation', () => {
    let p = setStep({}, 'a', 2, true);
    p = setStep(p, 'a', 0, true);
    p = setStep(p, 'b', 1, true);
    writeProgress(localStorage, FEED, p);
    expect(
      JSON.parse(localStorage.getItem(`lym-checklist:${FEED}`)!)
    ).to.deep.equal({a: [0, 2], b: [1]});
    expect(readProgress(localStorage, FEED)).to.deep.equal({a: [0, 2], b: [1]});
  });

  it('unticking the last step removes the recommendation, and an empty progress removes the key', () => {
    const p = setStep(setStep({}, 'a', 1, true), 'a', 1, false);
    expect(p).to.deep.equal({});
    writeProgress(localStorage, FEED, {a: [1]});
    writeProgress(localStorage, FEED, p);
    expect(localStorage.getItem(storageKey(FEED))).to.equal(null);
  });

  it('does not change the progress it is given', () => {
    const p = {a: [1]};
    setStep(p, 'a', 2, true);
    resetProgress(p, ['a']);
    expect(p).to.deep.equal({a: [1]});
  });

  it('keeps ids that name members of every object ("constructor", "__proto__") as ids', () => {
    const odd = ['constructor', '__proto__', 'toString'];
    let p = setStep({}, 'constructor', 1, true);
    p = setStep(p, '__proto__', 0, true);
    expect(Object.keys(p)).to.deep.equal(['constructor', '__proto__']);
    expect(odd.map((id) => isDone(p, id, 0))).to.deep.equal([
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
    expect(isDone(read, 'constructor', 1)).to.equal(true);
    expect(
      overall(
        read,
        odd.map((id) => rec(id, 3))
      ).done
    ).to.equal(2);
    const left = resetProgress(read, ['__proto__']);
    expect(Object.keys(left)).to.deep.equal(['constructor']);
    expect(Object.keys(setStep(left, 'constructor', 1, false))).to.deep.equal(
      []
    );
  });

  it('keeps feeds apart', () => {
    writeProgress(localStorage, OTHER, {a: [0, 1]});
    expect(readProgress(localStorage, FEED)).to.deep.equal({});
    expect(readProgress(localStorage, OTHER)).to.deep.equal({a: [0, 1]});
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
        a: [2, 'x', -1, 1.5, null, 2, 0],
        b: 'all',
        c: {0: true},
        d: [],
        e: [1e9],
      })
    );
    expect(readProgress(localStorage, FEED)).to.deep.equal({a: [0, 2]});
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
    expect(() => writeProgress(broken, FEED, {a: [1]})).not.to.throw();
    expect(() => writeProgress(undefined, FEED, {a: [1]})).not.to.throw();
  });

  it('counts x of y per recommendation and overall', () => {
    const p = {a: [0, 2], b: [1]};
    expect(countOf(p, rec('a', 3))).to.deep.equal({done: 2, total: 3});
    expect(countOf(p, rec('c', 4))).to.deep.equal({done: 0, total: 4});
    expect(overall(p, [rec('a', 3), rec('b', 2), rec('c', 4)])).to.deep.equal({
      done: 3,
      total: 9,
    });
    expect(overall(p, [])).to.deep.equal({done: 0, total: 0});
    expect(isDone(p, 'a', 2)).to.equal(true);
    expect(isDone(p, 'a', 1)).to.equal(false);
    expect(isDone(p, 'zzz', 0)).to.equal(false);
  });

  it('does not count steps the recommendation no longer has', () => {
    // Saved when "a" had 5 steps; the feed now has 2.
    writeProgress(localStorage, FEED, {a: [0, 3, 4]});
    const p = readProgress(localStorage, FEED);
    expect(countOf(p, rec('a', 2))).to.deep.equal({done: 1, total: 2});
    expect(countOf(p, rec('a', 0))).to.deep.equal({done: 0, total: 0});
  });

  it('resets only the given recommendations', () => {
    expect(
      resetProgress({a: [0], b: [1], c: [2]}, ['a', 'c', 'x'])
    ).to.deep.equal({b: [1]});
  });
});
