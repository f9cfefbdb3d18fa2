import {expect} from '@open-wc/testing';
import {
  buildData,
  encodeBody,
  fieldErrors,
  fingerprint,
  keyFor,
  newKey,
  send,
} from '../../src/signup-form/submit.js';
import {CONSENT} from '../../src/signup-form/validate.js';
import {field, form} from './fixtures.js';

const f = form({
  fields: [
    field({name: 'name', type: 'text'}),
    field({name: 'n', type: 'number'}),
    field({name: 'news', type: 'checkbox'}),
  ],
});
const at = new Date('2030-01-02T03:04:05Z');

describe('signup-form submit: the data', () => {
  it('trims text, reads numbers, turns checkboxes into booleans and adds the key', () => {
    expect(
      buildData(f, {name: '  Anna ', n: '2,5', news: true}, 'k1')
    ).to.deep.equal({
      name: 'Anna',
      n: 2.5,
      news: true,
      _idempotencyKey: 'k1',
    });
  });
  it('reads a number as written in the form’s language', () => {
    expect(buildData(f, {n: '1,000'}, 'k', undefined, 'en').n).to.equal(1000);
    expect(buildData(f, {n: '1,000'}, 'k', undefined, 'pt').n).to.equal(1);
    expect(buildData(f, {n: '1.000'}, 'k', undefined, 'el').n).to.equal(1000);
  });
  it('sends every field, also the unanswered ones, and nothing else', () => {
    expect(buildData(f, {extra: 'x'}, 'k')).to.deep.equal({
      name: '',
      n: '',
      news: false,
      _idempotencyKey: 'k',
    });
  });
  it('records the consent text, version and time when it was given', () => {
    const data = buildData(f, {[CONSENT]: true}, 'k', {
      text: 'I agree',
      version: 'v2',
      acceptedAt: at,
    });
    expect(data._consent).to.deep.equal({
      text: 'I agree',
      version: 'v2',
      acceptedAt: '2030-01-02T03:04:05.000Z',
    });
    expect(
      buildData(f, {[CONSENT]: false}, 'k', {text: 'I agree', acceptedAt: at})
    ).not.to.have.property('_consent');
  });
});

describe('signup-form submit: the body', () => {
  const data = {
    name: 'Anna & Ben',
    news: true,
    _consent: {text: 'Jā=yes', acceptedAt: 'T'},
    _idempotencyKey: 'k',
  };
  it('writes JSON, with the key in the Idempotency-Key header too', () => {
    const {body, headers} = encodeBody(data, 'json');
    expect(headers).to.deep.equal({
      'Content-Type': 'application/json',
      'Idempotency-Key': 'k',
    });
    expect(JSON.parse(body as string)).to.deep.equal(data);
  });
  it('writes form-urlencoded with bracketed consent keys, and no header of its own (no preflight)', () => {
    const {body, headers} = encodeBody(data, 'form-urlencoded');
    expect(headers).to.equal(undefined);
    const p = new URLSearchParams(body);
    expect(p.get('name')).to.equal('Anna & Ben');
    expect(p.get('news')).to.equal('true');
    expect(p.get('_consent[text]')).to.equal('Jā=yes');
    expect(p.get('_idempotencyKey')).to.equal('k');
  });
});

describe('signup-form submit: the idempotency key', () => {
  it('is random and long', () => {
    expect(newKey()).to.match(/^[0-9a-f]{32}$/);
    expect(newKey()).not.to.equal(newKey());
  });
  it('stays the same for the same answers, in any key order', () => {
    const first = keyFor({a: 'x', b: true});
    expect(keyFor({b: true, a: 'x'}, first).key).to.equal(first.key);
  });
  it('is new when the answers changed', () => {
    const first = keyFor({a: 'x'});
    expect(keyFor({a: 'y'}, first).key).not.to.equal(first.key);
    expect(fingerprint({a: 'x'})).not.to.equal(fingerprint({a: 'y'}));
  });
});

describe('signup-form submit: field errors from the server', () => {
  it('reads the list shape', () => {
    expect(
      fieldErrors({
        errors: [{field: 'email', message: ' Taken '}, {field: 'x'}, null],
      })
    ).to.deep.equal({
      email: 'Taken',
    });
  });
  it('reads the object shape', () => {
    expect(fieldErrors({errors: {email: 'Taken', n: 3}})).to.deep.equal({
      email: 'Taken',
    });
  });
  it('leaves out bidi controls, as feed text is shown (an override would reverse the page around it)', () => {
    expect(
      fieldErrors({errors: {email: '\u202eTaken', name: '\u2066\u2069'}})
    ).to.deep.equal({email: 'Taken'});
  });
  it('ignores blank messages: a body of only blank ones has no field errors', () => {
    expect(fieldErrors({errors: {email: '  '}})).to.equal(undefined);
    expect(fieldErrors({errors: [{field: 'email', message: ''}]})).to.equal(
      undefined
    );
    expect(
      fieldErrors({errors: {email: ' ', name: 'Enter a name'}})
    ).to.deep.equal({name: 'Enter a name'});
  });
  it('gives nothing for bodies without field errors', () => {
    for (const body of [
      null,
      'x',
      {},
      {errors: []},
      {errors: 'bad'},
      {error: 'x'},
    ]) {
      expect(fieldErrors(body), JSON.stringify(body)).to.equal(undefined);
    }
  });
});

describe('signup-form submit: what the answer means', () => {
  const realFetch = window.fetch;
  const answer = (status: number, body: unknown) => {
    window.fetch = async () =>
      new Response(JSON.stringify(body), {
        status,
        headers: {'Content-Type': 'application/json'},
      });
  };
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('calls a 2xx registered, whatever its body, unless its JSON says "ok": false', async () => {
    const sent = () => send('/x', {_idempotencyKey: 'k'}, 'json', 5000);
    for (const body of [
      {ok: true},
      {error: 'words alone do not make a failure'},
      {ok: 'false'},
      {ok: 0},
      null,
      [false],
    ]) {
      answer(200, body);
      expect(await sent(), JSON.stringify(body)).to.deep.equal({
        kind: 'success',
        status: 200,
      });
    }
    window.fetch = async () => new Response(null, {status: 204});
    expect(await sent()).to.deep.equal({kind: 'success', status: 204});
    window.fetch = async () =>
      new Response('<!doctype html><title>Thanks</title>', {status: 200});
    expect(await sent()).to.deep.equal({kind: 'success', status: 200});

    answer(200, {ok: false, error: 'The sheet is busy.'});
    expect(await sent()).to.deep.include({kind: 'server', status: 200});
    answer(200, {ok: false, errors: [{field: 'email', message: 'Taken'}]});
    expect(await sent()).to.deep.equal({
      kind: 'validation',
      status: 200,
      errors: {email: 'Taken'},
    });
  });

  it('calls a time no timer takes (Infinity) offline rather than throwing', async () => {
    answer(201, {});
    expect(
      await send('/x', {_idempotencyKey: 'k'}, 'json', Infinity)
    ).to.deep.equal({kind: 'offline'});
  });

  it('reads field errors from a 4xx, and calls a 5xx a server problem even with field errors', async () => {
    const body = {errors: {email: 'Taken'}};
    answer(422, body);
    expect(
      await send('/x', {_idempotencyKey: 'k'}, 'json', 5000)
    ).to.deep.equal({
      kind: 'validation',
      status: 422,
      errors: {email: 'Taken'},
    });
    answer(503, body);
    expect(
      await send('/x', {_idempotencyKey: 'k'}, 'json', 5000)
    ).to.deep.include({
      kind: 'server',
      status: 503,
    });
  });

  it('reads when a failure may be sent again from its Retry-After: seconds or a date; none is now, and one it cannot read NaN', async () => {
    const retryAt = async (header?: string) => {
      window.fetch = async () =>
        new Response('{}', {
          status: 429,
          headers: header === undefined ? {} : {'Retry-After': header},
        });
      const result = await send('/x', {_idempotencyKey: 'k'}, 'json', 5000);
      expect(result.kind).to.equal('server');
      return (result as {retryAt: number}).retryAt;
    };
    const before = Date.now();
    const inTwoMinutes = await retryAt('120');
    expect(inTwoMinutes).to.be.within(before + 120e3, Date.now() + 120e3);
    expect(await retryAt('Sat, 01 Jan 2099 10:30:00 GMT')).to.equal(
      Date.UTC(2099, 0, 1, 10, 30)
    );
    expect(await retryAt()).to.be.at.most(Date.now());
    expect(Number.isNaN(await retryAt('soon'))).to.equal(true);
  });
});
