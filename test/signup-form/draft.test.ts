import {expect} from '@open-wc/testing';
import {
  DRAFT_MAX_AGE,
  draftStorage,
  eraseDraft,
  readDraft,
  writeDraft,
} from '../../src/signup-form/draft.js';
import {keyFor} from '../../src/signup-form/submit.js';

// A draft's key, as the README says: lym-signup-form:<feed>#<form>.
const draftKey = (feed: string, form: string) =>
  `lym-signup-form:${feed}#${form}`;
const key = draftKey('https://example.lv/feed.json', 'talsi');
const now = Date.parse('2030-05-01T12:00:00Z');

describe('signup-form draft', () => {
  beforeEach(() => sessionStorage.clear());

  it('reads back what was written', () => {
    writeDraft(sessionStorage, key, {
      answers: {name: 'Anna', news: true},
      savedAt: now,
      startedAt: now - 5,
      key: 'k',
    });
    expect(readDraft(sessionStorage, key, now)).to.deep.equal({
      answers: {name: 'Anna', news: true},
      savedAt: now,
      startedAt: now - 5,
      key: 'k',
      keyFor: undefined,
    });
  });
  it('reads back the idempotency key with the answers it was made for, so a reload keeps it', () => {
    const answers = {name: 'Anna', news: true};
    const made = keyFor(answers);
    writeDraft(sessionStorage, key, {
      answers,
      savedAt: now,
      startedAt: now,
      ...made,
    });
    const back = readDraft(sessionStorage, key, now)!;
    expect(back.key).to.equal(made.key);
    expect(back.keyFor).to.equal(made.keyFor);
    expect(keyFor(back.answers, back).key).to.equal(made.key);
  });
  it('never ticks the consent from a draft: it is given anew, on the text shown then', () => {
    writeDraft(sessionStorage, key, {
      answers: {name: 'Anna', _consent: true},
      savedAt: now,
      startedAt: now,
    });
    expect(readDraft(sessionStorage, key, now)!.answers).to.deep.equal({
      name: 'Anna',
    });
  });
  it('takes the time it was saved as the start of a draft stored without one', () => {
    sessionStorage.setItem(
      key,
      JSON.stringify({savedAt: now - 60000, answers: {a: 'x'}})
    );
    expect(readDraft(sessionStorage, key, now)?.startedAt).to.equal(
      now - 60000
    );
  });
  it("erases the site's other drafts once they are too old or unreadable, and keeps the rest", () => {
    const other = (form: string) =>
      draftKey('https://example.lv/feed.json', form);
    const draft = (savedAt: number) =>
      JSON.stringify({savedAt, answers: {email: 'anna@example.lv'}});
    localStorage.setItem(other('old'), draft(now - DRAFT_MAX_AGE - 1));
    localStorage.setItem(other('broken'), '{not json');
    localStorage.setItem(other('recent'), draft(now - 1000));
    localStorage.setItem('a-site-key', draft(0));
    try {
      // A form never opened again leaves nothing behind once another form reads its draft.
      expect(readDraft(localStorage, key, now)).to.equal(undefined);
      expect(localStorage.getItem(other('old'))).to.equal(null);
      expect(localStorage.getItem(other('broken'))).to.equal(null);
      expect(localStorage.getItem(other('recent'))).to.equal(draft(now - 1000));
      expect(localStorage.getItem('a-site-key')).to.equal(draft(0));
    } finally {
      for (const form of ['old', 'broken', 'recent'])
        localStorage.removeItem(other(form));
      localStorage.removeItem('a-site-key');
    }
  });
  it('ignores and removes corrupt JSON', () => {
    sessionStorage.setItem(key, '{not json');
    expect(readDraft(sessionStorage, key, now)).to.equal(undefined);
    expect(sessionStorage.getItem(key)).to.equal(null);
  });
  it('ignores stored values of the wrong shape', () => {
    for (const raw of [
      'null',
      '42',
      '"x"',
      '{"answers":{}}',
      '{"savedAt":"yesterday","answers":{}}',
      '{"savedAt":1,"answers":null}',
    ]) {
      sessionStorage.setItem(key, raw);
      expect(readDraft(sessionStorage, key, 2), raw).to.equal(undefined);
    }
  });
  it('drops answers that are not text or booleans', () => {
    sessionStorage.setItem(
      key,
      JSON.stringify({savedAt: now, answers: {a: 'x', b: {evil: 1}, c: 3}})
    );
    expect(readDraft(sessionStorage, key, now)?.answers).to.deep.equal({
      a: 'x',
    });
  });
  it('expires after 7 days', () => {
    writeDraft(sessionStorage, key, {
      answers: {a: 'x'},
      savedAt: now - DRAFT_MAX_AGE - 1,
      startedAt: 0,
    });
    expect(readDraft(sessionStorage, key, now)).to.equal(undefined);
    writeDraft(sessionStorage, key, {
      answers: {a: 'x'},
      savedAt: now - DRAFT_MAX_AGE + 1000,
      startedAt: 0,
    });
    expect(readDraft(sessionStorage, key, now)?.answers).to.deep.equal({
      a: 'x',
    });
  });
  it('is erased', () => {
    writeDraft(sessionStorage, key, {
      answers: {a: 'x'},
      savedAt: now,
      startedAt: now,
    });
    eraseDraft(sessionStorage, key);
    expect(readDraft(sessionStorage, key, now)).to.equal(undefined);
  });
  it('chooses session or local storage', () => {
    expect(draftStorage(false)).to.equal(sessionStorage);
    expect(draftStorage(true)).to.equal(localStorage);
  });
  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(() =>
      writeDraft(broken, key, {answers: {}, savedAt: now, startedAt: now})
    ).not.to.throw();
    expect(readDraft(broken, key, now)).to.equal(undefined);
    expect(readDraft(undefined, key, now)).to.equal(undefined);
  });
});
