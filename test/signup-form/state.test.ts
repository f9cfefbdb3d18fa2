import {expect} from '@open-wc/testing';
import type {FeedEvent, Registration} from '../../src/feed/types.js';
import {formState} from '../../src/signup-form/state.js';
import {scopeCss} from '../../src/signup-form/signup-form.styles.js';
import {form} from './fixtures.js';

const now = Date.parse('2030-05-01T12:00:00Z');
const ev = (
  registration: Registration,
  over: Partial<FeedEvent> = {}
): FeedEvent => ({
  id: 'e',
  title: 'E',
  start: '2030-06-01',
  organizers: [],
  registration,
  ...over,
});

describe('signup-form state', () => {
  const kind = (...args: Parameters<typeof formState>) =>
    formState(...args)?.kind ?? 'open';
  it('is open without dates or limits', () => {
    expect(kind(form(), undefined, now)).to.equal('open');
    expect(kind(form(), ev({capacity: 10, registered: 9}), now)).to.equal(
      'open'
    );
  });
  it("is not yet open before opens (the form's first, else the registration's)", () => {
    expect(
      formState(form({opens: '2030-05-02T00:00:00Z'}), undefined, now)
    ).to.deep.equal({kind: 'opens', date: '2030-05-02T00:00:00Z'});
    expect(
      formState(form(), ev({opens: '2030-05-02T00:00:00Z'}), now)
    ).to.deep.equal({kind: 'opens', date: '2030-05-02T00:00:00Z'});
    expect(
      kind(
        form({opens: '2030-04-01T00:00:00Z'}),
        ev({opens: '2030-05-02T00:00:00Z'}),
        now
      )
    ).to.equal('open');
  });
  it('is closed after closes, or by status', () => {
    expect(
      kind(form({closes: '2030-05-01T11:59:00Z'}), undefined, now)
    ).to.equal('closed');
    expect(kind(form(), ev({closes: '2030-04-01T00:00:00Z'}), now)).to.equal(
      'closed'
    );
    expect(kind(form(), ev({status: 'closed'}), now)).to.equal('closed');
  });
  it('stays open all of a date-only closing day', () => {
    expect(kind(form({closes: '2030-05-01'}), undefined, now)).to.equal(
      'closes'
    );
    expect(kind(form({closes: '2030-04-30'}), undefined, now)).to.equal(
      'closed'
    );
  });
  it("ends a date-only closing day at its event's offset (in UTC without a timed event)", () => {
    const riga = ev({}, {start: '2030-06-01T10:00+03:00'});
    const at = (iso: string) =>
      kind(form({closes: '2030-05-01'}), riga, Date.parse(iso));
    expect(at('2030-05-01T20:59:00Z')).to.equal('closes');
    expect(at('2030-05-01T21:00:00Z')).to.equal('closed');
    // The event's own closing day, the same way.
    expect(
      kind(
        form(),
        {...riga, registration: {closes: '2030-05-01'}},
        Date.parse('2030-05-01T21:00:00Z')
      )
    ).to.equal('closed');
    expect(
      kind(
        form({closes: '2030-05-01'}),
        undefined,
        Date.parse('2030-05-01T23:59:00Z')
      )
    ).to.equal('closes');
  });
  it('is past once its event is over, whatever the dates say', () => {
    expect(
      kind(
        form(),
        ev({closes: '2030-12-01T00:00:00Z'}, {start: '2030-04-30'}),
        now
      )
    ).to.equal('past');
    expect(kind(form(), ev({}, {start: '2030-05-01'}), now)).to.equal('open');
  });
  it('is full when the places are taken, or by status', () => {
    expect(kind(form(), ev({capacity: 10, registered: 10}), now)).to.equal(
      'full'
    );
    expect(kind(form(), ev({status: 'full'}), now)).to.equal('full');
  });
  it('is cancelled when the event or its registration is', () => {
    expect(kind(form(), ev({}, {status: 'cancelled'}), now)).to.equal(
      'cancelled'
    );
    expect(
      kind(form(), ev({status: 'cancelled', capacity: 1, registered: 1}), now)
    ).to.equal('cancelled');
  });
});

describe('signup-form styles scoping', () => {
  it("prefixes selectors with the tag and the form's container, and turns :host into the tag", () => {
    const out = scopeCss(
      ':host{a:b} :host([hidden]){x:y} a, .b:hover{c:d} @media (x){*{e:f}}',
      'signup-form'
    );
    expect(out).to.equal(
      'signup-form{a:b} signup-form[hidden]{x:y} signup-form>:where([slot=form]) a,signup-form>:where([slot=form]) .b:hover{c:d} @media (x){signup-form>:where([slot=form]) *{e:f}}'
    );
  });
});
