import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import ICAL from 'ical.js';
import sample from '../../src/feed/sample-feed.json';
import '../../src/event-card/define.js';
import type {EventCard} from '../../src/event-card/event-card.js';
import {clearFeedCache} from '../../src/feed/load.js';
import {a11yNodes} from '../a11y-tree.js';
import {textLeft} from '../layout.js';
import {describeChromium, itChromium} from '../engine.js';

const LOCALES = ['en', 'lv', 'lt', 'sv', 'el', 'pt'] as const;
const TALSI = 'talsi-2023-08-10';
const BEFORE = new Date('2023-08-01T09:00:00Z');

type Json = Record<string, unknown>;

/** A feed with one crafted event (plus the sample's organisations). */
function feedWith(...events: Json[]) {
  return {...sample, events, forms: []};
}

const baseEvent: Json = {
  id: 'crafted',
  title: {
    en: 'Open day',
    lv: 'Atvērto durvju diena',
    el: 'Ημέρα ανοιχτών θυρών',
  },
  start: '2023-09-15T10:00:00+03:00',
  end: '2023-09-15T12:00:00+03:00',
  timeZone: 'Europe/Riga',
  venue: {
    name: 'Talsu Tautas nams',
    address: {street: 'Lielā iela 19/21', city: 'Talsi', country: 'LV'},
  },
  organizers: [
    {id: 'lsua'},
    {name: 'Ad hoc group', url: 'https://example.org/group'},
  ],
};

async function settle(el: EventCard) {
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part~="base"], [part~="status"]'),
    'rendered'
  );
  while (!(await el.updateComplete));
  return el;
}

async function card(template: ReturnType<typeof html>) {
  return settle(await fixture<EventCard>(template));
}

const part = (el: EventCard, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const ldScripts = (id: string) =>
  document.querySelectorAll(
    `script[type="application/ld+json"][data-lym-event="${id}"]`
  );

const REG_CASES: {
  kind: string;
  registration?: Json;
  event?: Json;
  now?: Date;
  link: boolean;
}[] = [
  {
    kind: 'open',
    registration: {url: 'https://example.org/register'},
    link: true,
  },
  {
    kind: 'opens',
    registration: {
      url: 'https://example.org/register',
      opens: '2023-08-20T09:00:00+03:00',
    },
    link: false,
  },
  {
    kind: 'closes',
    registration: {
      url: 'https://example.org/register',
      closes: '2023-09-10T23:59:00+03:00',
    },
    link: true,
  },
  {
    kind: 'closed',
    registration: {
      url: 'https://example.org/register',
      closes: '2023-07-10T23:59:00+03:00',
    },
    link: false,
  },
  {
    kind: 'full',
    registration: {
      url: 'https://example.org/register',
      capacity: 30,
      registered: 30,
    },
    link: false,
  },
  {
    kind: 'cancelled',
    event: {status: 'cancelled'},
    registration: {url: 'https://example.org/register'},
    link: false,
  },
  {
    kind: 'past',
    registration: {url: 'https://example.org/register'},
    now: new Date('2023-09-16T00:00:00Z'),
    link: false,
  },
];

function regEvent(c: (typeof REG_CASES)[number]) {
  return {...baseEvent, ...c.event, registration: c.registration};
}

afterEach(() => {
  document
    .querySelectorAll('script[type="application/ld+json"]')
    .forEach((s) => s.remove());
});

describe('event-card', () => {
  beforeEach(() => clearFeedCache());

  it('shows the Talsi event at 13:00 Riga time and 11:00 for a visitor in Lisbon', async () => {
    const el = await card(
      html`<event-card
        lang="lv"
        event-id=${TALSI}
        visitor-time-zone="Europe/Lisbon"
        .now=${BEFORE}
        .data=${sample}
      ></event-card>`
    );
    const title = part(el, 'title')!;
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('2');
    expect(title.textContent).to.include('Soli pa solim');
    const times = [...part(el, 'time')!.querySelectorAll('time')];
    expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2023-08-10T13:00:00+03:00',
      '2023-08-10T16:00:00+03:00',
    ]);
    expect(times[0].textContent).to.include('13:00');
    expect(part(el, 'time')!.textContent)
      .to.include('11:00')
      .and.include('14:00');
    expect(part(el, 'venue')!.textContent)
      .to.include('Tornīša zāle')
      .and.include('Lielā iela 19/21');
    const map = part(el, 'venue')!.querySelector('a')!;
    expect(map.href).to.equal(
      'https://www.openstreetmap.org/?mlat=57.2455&mlon=22.5889#map=17/57.2455/22.5889'
    );
    expect(
      part(el, 'organizers')!.querySelectorAll('a').length
    ).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('shows no second time for a visitor in the same zone', async () => {
    const el = await card(
      html`<event-card
        event-id=${TALSI}
        visitor-time-zone="Europe/Riga"
        .now=${BEFORE}
        .data=${sample}
      ></event-card>`
    );
    // British English, as our English messages are (plain "en" is en-GB).
    expect(part(el, 'time')!.textContent)
      .to.include('10 August 2023, 13:00')
      .and.not.include('11:00');
  });

  it('uses the heading level it is given', async () => {
    const el = await card(
      html`<event-card
        heading-level="3"
        event-id=${TALSI}
        .now=${BEFORE}
        .data=${sample}
      ></event-card>`
    );
    expect(part(el, 'title')!.getAttribute('aria-level')).to.equal('3');
  });

  it('shows the next upcoming event without event-id', async () => {
    const el = await card(
      html`<event-card
        .now=${BEFORE}
        .data=${feedWith(
          {
            ...baseEvent,
            id: 'later',
            title: 'Later',
            start: '2023-10-01T10:00:00+03:00',
            end: undefined,
          },
          {...baseEvent, id: 'next', title: 'Next'},
          {
            ...baseEvent,
            id: 'gone',
            title: 'Gone',
            start: '2023-01-01T10:00:00+02:00',
            end: undefined,
          }
        )}
      ></event-card>`
    );
    expect(part(el, 'title')!.textContent!.trim()).to.equal('Next');
  });

  it('shows the most recent past event, marked past, when none is upcoming', async () => {
    const el = await card(
      html`<event-card
        .now=${new Date('2030-01-01')}
        .data=${feedWith({...baseEvent, id: 'old', title: 'Old', start: '2020-01-01'}, {...baseEvent, id: 'recent', title: 'Recent'})}
      ></event-card>`
    );
    expect(part(el, 'title')!.textContent!.trim()).to.equal('Recent');
    expect(part(el, 'registration')!.dataset.state).to.equal('past');
    expect(
      part(el, 'calendar-button'),
      'no calendar for a past event'
    ).to.equal(null);
  });

  describe('registration states', () => {
    for (const c of REG_CASES) {
      it(`shows "${c.kind}" in words${c.link ? ' with a link' : ' without a link'}`, async () => {
        const el = await card(
          html`<event-card
            .now=${c.now ?? BEFORE}
            .data=${feedWith(regEvent(c))}
          ></event-card>`
        );
        const reg = part(el, 'registration')!;
        expect(reg.dataset.state).to.equal(c.kind);
        expect(reg.querySelector('strong')!.textContent!.trim()).not.to.equal(
          ''
        );
        const link = reg.querySelector<HTMLAnchorElement>(
          '[part~="register-link"]'
        );
        if (c.link) expect(link!.href).to.equal('https://example.org/register');
        else expect(link).to.equal(null);
        // Closed, full and cancelled are said in the warning colour; the
        // venue's name (also bold) never is.
        const text = getComputedStyle(part(el, 'base')!).color;
        const warns = ['closed', 'full', 'cancelled'].includes(c.kind);
        expect(
          getComputedStyle(reg.querySelector('strong')!).color === text,
          'state colour'
        ).to.equal(!warns);
        expect(
          getComputedStyle(part(el, 'venue')!.querySelector('strong')!).color,
          'venue colour'
        ).to.equal(text);
      });
    }

    it('names the dates of "opens" and "closes" in the event zone', async () => {
      const opens = await card(
        html`<event-card
          .now=${BEFORE}
          .data=${feedWith(regEvent(REG_CASES[1]))}
        ></event-card>`
      );
      // Exactly: "August 20" would also match the "August 2023" of another day.
      expect(part(opens, 'registration')!.textContent)
        .to.include('20 August 2023')
        .and.include('09:00');
      const closes = await card(
        html`<event-card
          lang="sv"
          .now=${BEFORE}
          .data=${feedWith(regEvent(REG_CASES[2]))}
        ></event-card>`
      );
      expect(part(closes, 'registration')!.textContent)
        .to.include('10 september')
        .and.include('23:59');
    });

    it('offers neither a calendar entry nor a join link for a cancelled event', async () => {
      const online = {
        ...baseEvent,
        attendanceMode: 'online',
        onlineUrl: 'https://example.org/meet',
      };
      const live = await card(
        html`<event-card .now=${BEFORE} .data=${feedWith(online)}></event-card>`
      );
      expect(part(live, 'calendar-button')).not.to.equal(null);
      expect(
        live.shadowRoot!.querySelector('a[href="https://example.org/meet"]')
      ).not.to.equal(null);
      const cancelled = await card(
        html`<event-card
          .now=${BEFORE}
          .data=${feedWith({...online, status: 'cancelled'})}
        ></event-card>`
      );
      expect(part(cancelled, 'calendar-button')).to.equal(null);
      expect(
        cancelled.shadowRoot!.querySelector(
          'a[href="https://example.org/meet"]'
        )
      ).to.equal(null);
      expect(part(cancelled, 'venue')!.textContent).to.include('Online event');
    });

    it('says a postponed event is postponed, never "ended", and offers no calendar entry for its old date', async () => {
      const postponed = {
        ...baseEvent,
        status: 'postponed',
        registration: {url: 'https://example.org/register'},
      };
      for (const now of [BEFORE, new Date('2024-01-01T00:00:00Z')]) {
        const el = await card(
          html`<event-card .now=${now} .data=${feedWith(postponed)}></event-card>`
        );
        const text = el.shadowRoot!.textContent!;
        expect(text).to.include('Postponed: a new date will be announced.');
        expect(text).not.to.include('The event has ended.');
        // (Booleans: a failing match on an element makes chai print it whole.)
        expect(!!part(el, 'calendar-button'), 'a calendar button').to.equal(
          false
        );
        expect(part(el, 'registration')!.dataset.state).to.equal('open');
      }
    });

    it('names the opening of a whole-day event in its zone, not in UTC', async () => {
      // A whole-day event whose registration opens at 9:00 (+03:00).
      const wholeDay = (over: Json) =>
        feedWith({
          ...baseEvent,
          start: '2023-09-15',
          registration: {
            url: 'https://example.org/register',
            opens: '2023-08-20T09:00:00+03:00',
          },
          ...over,
        });
      const el = await card(
        html`<event-card
          visitor-time-zone="America/New_York"
          .now=${BEFORE}
          .data=${wholeDay({end: '2023-09-15', timeZone: 'Asia/Nicosia'})}
        ></event-card>`
      );
      expect(part(el, 'registration')!.textContent)
        .to.include('20 August 2023')
        .and.include('09:00')
        .and.not.include('UTC');
      // Without a zone in the feed: the moment's own offset.
      const bare = await card(
        html`<event-card
          .now=${BEFORE}
          .data=${wholeDay({end: undefined, timeZone: undefined})}
        ></event-card>`
      );
      expect(part(bare, 'registration')!.textContent)
        .to.include('20 August 2023')
        .and.include('09:00')
        .and.not.include('UTC');
    });

    it('links to the signup-form on the page for a formId registration', async () => {
      const wrapper = await fixture(
        html`<div>
          <signup-form
            id="talsi-form"
            form-id="talsi-2023-08-10-registration"
          ></signup-form>
          <event-card
            event-id=${TALSI}
            .now=${BEFORE}
            .data=${sample}
          ></event-card>
        </div>`
      );
      const el = await settle(wrapper.querySelector('event-card')!);
      expect(part(el, 'registration')!.dataset.state).to.equal('closes');
      expect(part(el, 'register-link')!.getAttribute('href')).to.equal(
        '#talsi-form'
      );
    });

    itChromium(
      'names the Register link by its word and the event, as the accessibility tree gives it',
      async () => {
        const el = await card(
          html`<event-card
          lang="lv"
          .now=${BEFORE}
          .data=${feedWith(regEvent(REG_CASES[0]))}
        ></event-card>`
        );
        const links = (await a11yNodes()).filter((n) => n.role === 'link');
        expect(links.map((n) => n.name)).to.include(
          'Reģistrēties: Atvērto durvju diena'
        );
        expect(part(el, 'register-link')!.textContent!.trim()).to.equal(
          'Reģistrēties'
        );
      }
    );

    itChromium(
      'names the Register link with a title in another language as text, not "[object Object]"',
      async () => {
        await card(
          html`<event-card
          lang="en"
          .now=${BEFORE}
          .data=${feedWith({
            ...regEvent(REG_CASES[0]),
            title: {lv: 'Atvērto durvju diena'},
          })}
        ></event-card>`
        );
        const links = (await a11yNodes()).filter((n) => n.role === 'link');
        expect(links.map((n) => n.name)).to.include(
          'Register: Atvērto durvju diena'
        );
      }
    );

    it('points to the form on the page only when the page has it', async () => {
      const el = await card(
        html`<event-card
          event-id=${TALSI}
          .now=${BEFORE}
          .data=${sample}
        ></event-card>`
      );
      // No form here (a card in a home page's sidebar): no link, and no
      // "form on this page" to look for.
      expect(part(el, 'register-link') === null).to.equal(true);
      expect(part(el, 'registration')!.textContent).not.to.include(
        'form on this page'
      );
      // The form without an id: it cannot be linked, but it is here.
      const form = document.createElement('signup-form');
      const talsi = sample.events.find((e) => e.id === TALSI) as {
        registration?: {formId?: string};
      };
      form.setAttribute('form-id', talsi.registration!.formId!);
      form.hidden = true;
      document.body.append(form);
      try {
        const again = await card(
          html`<event-card event-id=${TALSI} .now=${BEFORE} .data=${sample}></event-card>`
        );
        expect(part(again, 'register-link') === null).to.equal(true);
        expect(part(again, 'registration')!.textContent).to.include(
          'form on this page'
        );
      } finally {
        form.remove();
      }
    });

    for (const locale of LOCALES) {
      it(`is accessible in every state (${locale})`, async () => {
        for (const c of REG_CASES) {
          const el = await card(
            html`<event-card
              lang=${locale}
              .now=${c.now ?? BEFORE}
              .data=${feedWith(regEvent(c))}
            ></event-card>`
          );
          expect(part(el, 'registration')!.dataset.state).to.equal(c.kind);
          if (locale !== 'en')
            expect(part(el, 'registration')!.textContent, c.kind).not.to.match(
              /Registration|The event/
            );
          await expect(el).to.be.accessible();
        }
      });
    }
  });

  // A Lithuanian date ends with an abbreviation's full stop
  // ("2027 m. rugpjūčio 1 d."): the sentence around it must not add another.
  for (const locale of LOCALES) {
    it(`writes one full stop after a registration date (${locale})`, async () => {
      for (const [opens, closes] of [
        ['2023-08-20', undefined],
        [undefined, '2023-09-10'],
        ['2023-08-20T09:00:00+03:00', undefined],
        [undefined, '2023-09-10T23:59:00+03:00'],
      ]) {
        const el = await card(
          html`<event-card
            lang=${locale}
            .now=${BEFORE}
            .data=${feedWith({
              ...baseEvent,
              registration: {
                url: 'https://example.org/register',
                opens,
                closes,
              },
            })}
          ></event-card>`
        );
        const text = part(el, 'registration')!.textContent!;
        expect(text, `${opens ?? closes}`).to.match(/\d/);
        expect(text, `${opens ?? closes}`).not.to.match(/\.\s*\.(\s|$)/);
      }
    });
  }

  describeChromium('print', () => {
    afterEach(() => emulateMedia({media: 'screen'}));

    it('prints each card whole on one page, with Register in its fill and its address, without Add to calendar', async () => {
      const el = await card(
        html`<event-card
          .now=${BEFORE}
          .data=${feedWith(regEvent(REG_CASES[0]))}
        ></event-card>`
      );
      const calendar = part(el, 'calendar-button')!;
      expect(calendar.getClientRects().length).to.equal(1);
      await emulateMedia({media: 'print'});
      expect(getComputedStyle(part(el, 'base')!).breakInside).to.equal('avoid');
      // Its white text on a fill the printer left out was all but gone.
      expect(
        getComputedStyle(part(el, 'register-link')!).printColorAdjust
      ).to.equal('exact');
      expect(calendar.getClientRects().length).to.equal(0);
      // Where it goes, as text on the paper.
      const register = part(el, 'register-link')!;
      expect(register.getAttribute('href')).to.match(/^https:/);
      expect(getComputedStyle(register, '::after').content).to.equal(
        `" ${register.getAttribute('href')}"`
      );
    });
  });

  describe('add to calendar', () => {
    async function talsiCard() {
      return card(
        html`<event-card
          event-id=${TALSI}
          .now=${BEFORE}
          .data=${sample}
        ></event-card>`
      );
    }

    it('opens with Enter, closes with Escape and gives focus back to the button', async () => {
      const el = await talsiCard();
      const button = part(el, 'calendar-button') as HTMLButtonElement;
      const menu = part(el, 'calendar-menu')!;
      expect(button.getAttribute('aria-controls')).to.equal(menu.id);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(menu.hidden).to.equal(true);
      button.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(menu.hidden).to.equal(false);
      expect(
        [...menu.querySelectorAll('a')].map((a) => a.textContent!.trim())
      ).to.deep.equal([
        'Download .ics file',
        'Google Calendar',
        'Outlook.com',
        'Microsoft 365',
      ]);
      await expect(el).to.be.accessible();
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal(
        'Download .ics file'
      );
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(menu.hidden).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });

    it("in a page's modal dialog, Escape closes the options, not the dialog; a second Escape the dialog", async () => {
      const dialog = await fixture<HTMLDialogElement>(
        html`<dialog>
          <event-card
            event-id=${TALSI}
            .now=${BEFORE}
            .data=${sample}
          ></event-card>
        </dialog>`
      );
      dialog.showModal();
      const el = await settle(dialog.querySelector<EventCard>('event-card')!);
      const button = part(el, 'calendar-button')!;
      button.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(part(el, 'calendar-menu')!.hidden).to.equal(false);
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(part(el, 'calendar-menu')!.hidden).to.equal(true);
      expect(dialog.open, 'the dialog stays open').to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await sendKeys({press: 'Escape'});
      await waitUntil(() => !dialog.open, 'the dialog did not close');
    });

    it('closes options opened by a click that left the focus where it was (Safari) with Escape', async () => {
      const el = await talsiCard();
      const button = part(el, 'calendar-button') as HTMLButtonElement;
      (document.activeElement as HTMLElement | null)?.blur();
      // A click from script focuses nothing, as Safari's mouse click.
      button.click();
      await el.updateComplete;
      expect(part(el, 'calendar-menu')!.hidden).to.equal(false);
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(part(el, 'calendar-menu')!.hidden).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });

    it('toggles with Space', async () => {
      const el = await talsiCard();
      const button = part(el, 'calendar-button') as HTMLButtonElement;
      button.focus();
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('offers a .ics download that a calendar parser reads back', async () => {
      const el = await talsiCard();
      part(el, 'calendar-button')!.click();
      await el.updateComplete;
      const ics = part(el, 'calendar-menu')!.querySelector<HTMLAnchorElement>(
        'a[download]'
      )!;
      expect(ics.download).to.equal(`${TALSI}.ics`);
      expect(ics.href).to.match(/^blob:/);
      const text = await (await fetch(ics.href)).text();
      const ev = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent(
        'vevent'
      )!;
      // The feed is .data: the page's host, not one every site shares.
      expect(ev.getFirstPropertyValue('uid')).to.equal(
        `${TALSI}@${location.hostname}`
      );
      expect(String(ev.getFirstPropertyValue('dtstart'))).to.equal(
        '2023-08-10T10:00:00Z'
      );
      expect(ev.getFirstPropertyValue('location')).to.include(
        'Lielā iela 19/21'
      );
    });

    it('still offers the .ics file after the card moves in the page with its options open', async () => {
      // A framework's keyed reorder or a drag-and-drop list moves the card:
      // the file's URL was revoked on the way out and not made again, and
      // ".ics file" downloaded the page itself.
      const el = await talsiCard();
      part(el, 'calendar-button')!.click();
      await el.updateComplete;
      const parent = el.parentElement!;
      parent.append(document.createElement('p'), el);
      await el.updateComplete;
      const ics = part(el, 'calendar-menu')!.querySelector<HTMLAnchorElement>(
        'a[download]'
      )!;
      expect(part(el, 'calendar-menu')!.hidden).to.equal(false);
      expect(ics.href).to.match(/^blob:/);
      expect(await (await fetch(ics.href)).text()).to.contain(
        'BEGIN:VCALENDAR'
      );
    });

    it('writes the .ics file again in the language the card switches to', async () => {
      const el = await talsiCard();
      part(el, 'calendar-button')!.click();
      await el.updateComplete;
      const summary = async () => {
        const a = part(el, 'calendar-menu')!.querySelector<HTMLAnchorElement>(
          'a[download]'
        )!;
        const text = await (await fetch(a.href)).text();
        return new ICAL.Component(ICAL.parse(text))
          .getFirstSubcomponent('vevent')!
          .getFirstPropertyValue('summary');
      };
      expect(await summary()).to.equal(
        'Step by step to a successful partnership with the municipality'
      );
      el.lang = 'el';
      await waitUntil(
        () => part(el, 'title')?.textContent?.includes('Βήμα'),
        'the Greek title'
      );
      await el.updateComplete;
      expect(!!part(el, 'calendar-menu'), 'the open menu').to.equal(true);
      expect(await summary()).to.equal(
        'Βήμα βήμα προς μια επιτυχημένη σύμπραξη με τον δήμο'
      );
    });

    for (const [index, kind] of [
      'ics',
      'google',
      'outlook',
      'office365',
    ].entries()) {
      it(`fires lym-calendar-add with kind ${kind}`, async () => {
        const el = await talsiCard();
        part(el, 'calendar-button')!.click();
        await el.updateComplete;
        const link = part(el, 'calendar-menu')!.querySelectorAll('a')[index];
        link.addEventListener('click', (e) => e.preventDefault());
        setTimeout(() => link.click());
        const event = await oneEvent(el, 'lym-calendar-add');
        expect(event.detail).to.deep.equal({id: TALSI, kind});
        expect(event.bubbles && event.composed).to.equal(true);
      });
    }

    it('links to the calendar services with the event', async () => {
      const el = await talsiCard();
      part(el, 'calendar-button')!.click();
      await el.updateComplete;
      const [, google, outlook, office] = [
        ...part(el, 'calendar-menu')!.querySelectorAll('a'),
      ].map((a) => new URL(a.href));
      expect(google.searchParams.get('dates')).to.equal(
        '20230810T100000Z/20230810T130000Z'
      );
      expect(outlook.host).to.equal('outlook.live.com');
      expect(office.host).to.equal('outlook.office.com');
    });
  });

  describe('structured data', () => {
    it('writes the JSON-LD once into the page, and removes it with the element', async () => {
      const el = await card(
        html`<event-card
          event-id=${TALSI}
          .now=${BEFORE}
          .data=${sample}
        ></event-card>`
      );
      expect(ldScripts(TALSI)).to.have.length(1);
      el.variant = 'compact';
      part(el, 'calendar-button')!.click();
      await el.updateComplete;
      expect(ldScripts(TALSI)).to.have.length(1);
      const data = JSON.parse(ldScripts(TALSI)[0].textContent!);
      expect(data['@type']).to.equal('Event');
      expect(data.startDate).to.equal('2023-08-10T13:00:00+03:00');
      el.remove();
      expect(ldScripts(TALSI)).to.have.length(0);
      document.body.append(el);
      await el.updateComplete;
      expect(ldScripts(TALSI), 'written again when put back').to.have.length(1);
      el.remove();
    });

    it('writes the end the card shows as endDate: none before the start, a date-only end as its day', async () => {
      const cases: [end: string, expected: string | undefined][] = [
        ['2023-09-15T12:00:00+03:00', '2023-09-15T12:00:00+03:00'],
        ['2023-09-15T09:00:00+03:00', undefined],
        ['2023-09-16', '2023-09-16'],
      ];
      for (const [end, expected] of cases) {
        const el = await card(
          html`<event-card event-id="crafted" .now=${BEFORE} .data=${feedWith({...baseEvent, end})}></event-card>`
        );
        const data = JSON.parse(ldScripts('crafted')[0].textContent!);
        expect(data.endDate, end).to.equal(expected);
        el.remove();
      }
    });

    it('writes one JSON-LD for two cards of the same event', async () => {
      await fixture(
        html`<div>
          <event-card
            event-id=${TALSI}
            .now=${BEFORE}
            .data=${sample}
          ></event-card>
          <event-card
            event-id=${TALSI}
            variant="compact"
            .now=${BEFORE}
            .data=${sample}
          ></event-card>
        </div>`
      ).then(async (div) => {
        for (const el of div.querySelectorAll('event-card')) await settle(el);
      });
      expect(ldScripts(TALSI)).to.have.length(1);
    });

    it('skips it when the page already has the Event', async () => {
      const existing = document.createElement('script');
      existing.type = 'application/ld+json';
      existing.textContent = JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'Event',
        name: 'Step by step to a successful partnership with the municipality',
        startDate: '2023-08-10T10:00:00Z',
      });
      document.head.append(existing);
      await card(
        html`<event-card
          event-id=${TALSI}
          .now=${BEFORE}
          .data=${sample}
        ></event-card>`
      );
      expect(ldScripts(TALSI)).to.have.length(0);
    });

    it('writes none with no-structured-data, and removes it when the attribute is set', async () => {
      const el = await card(
        html`<event-card
          no-structured-data
          event-id=${TALSI}
          .now=${BEFORE}
          .data=${sample}
        ></event-card>`
      );
      expect(ldScripts(TALSI)).to.have.length(0);
      el.noStructuredData = false;
      await el.updateComplete;
      expect(ldScripts(TALSI)).to.have.length(1);
      el.setAttribute('no-structured-data', '');
      await el.updateComplete;
      expect(ldScripts(TALSI)).to.have.length(0);
    });

    it('keeps a hostile title inert in the JSON-LD', async () => {
      const title = '</script><img src=x onerror="window.__pwned=1">';
      await card(
        html`<event-card
          .now=${BEFORE}
          .data=${feedWith({...baseEvent, title})}
        ></event-card>`
      );
      const script = ldScripts('crafted')[0];
      expect(script.textContent).not.to.include('</script>');
      expect(JSON.parse(script.textContent!).name).to.equal(title);
      expect(document.querySelector('img[src="x"]')).to.equal(null);
    });
  });

  describe('ugly data', () => {
    it('renders hostile strings as text and drops unsafe URLs', async () => {
      const el = await card(
        html`<event-card
          .now=${BEFORE}
          .data=${feedWith({
            ...baseEvent,
            title: '<img src=x onerror=alert(1)>',
            url: 'javascript:alert(1)',
            image: {url: 'javascript:alert(1)', alt: 'x'},
            organizers: [{name: '<b>Bold</b>', url: 'javascript:alert(1)'}],
            registration: {url: 'javascript:alert(1)'},
          })}
        ></event-card>`
      );
      expect(part(el, 'title')!.textContent!.trim()).to.equal(
        '<img src=x onerror=alert(1)>'
      );
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(part(el, 'organizers')!.querySelector('a')).to.equal(null);
      expect(part(el, 'organizers')!.textContent).to.include('<b>Bold</b>');
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(
        null
      );
      await expect(el).to.be.accessible();
    });

    it('keeps right-to-left organiser names in their order ("A, B" shows A first on a left-to-right page)', async () => {
      // Two Arabic names joined by ", " would otherwise make one
      // right-to-left run, and the second would be drawn first.
      const names = ['جمعية الأمل', 'نادي الشباب'];
      const el = await card(
        html`<event-card
          .now=${BEFORE}
          .data=${feedWith({...baseEvent, organizers: [{name: names[0], url: 'https://example.org/a'}, {name: names[1]}]})}
        ></event-card>`
      );
      const line = part(el, 'organizers')!;
      expect(
        textLeft(line, names[0]) < textLeft(line, names[1]),
        'the first organiser is drawn left of the second'
      ).to.equal(true);
    });

    it('keeps a right-to-left street in its place in the address line ("street, postcode city, country")', async () => {
      // The postcode after an Arabic street would otherwise join its
      // right-to-left run and be drawn before it.
      const street = 'شارع الملك 5';
      const el = await card(
        html`<event-card
          .now=${BEFORE}
          .data=${feedWith({...baseEvent, venue: {name: 'Föreningshuset', address: {street, postalCode: '211 20', city: 'Malmö', country: 'SE'}}})}
        ></event-card>`
      );
      const venue = part(el, 'venue')!;
      expect(venue.textContent!.replace(/\s+/g, ' ')).to.include(
        `${street}, 211 20 Malmö, Sweden`
      );
      expect(
        textLeft(venue, street) < textLeft(venue, '211 20'),
        'the street is drawn left of the postcode'
      ).to.equal(true);
      expect(
        textLeft(venue, '211 20') < textLeft(venue, 'Sweden'),
        'the postcode is drawn left of the country'
      ).to.equal(true);
    });

    it('shows an image with its alt text', async () => {
      const el = await card(
        html`<event-card
          lang="el"
          .now=${BEFORE}
          .data=${feedWith({...baseEvent, image: {url: 'https://example.org/i.jpg', alt: {en: 'The hall', el: 'Η αίθουσα'}}})}
        ></event-card>`
      );
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.getAttribute('src')).to.equal('https://example.org/i.jpg');
      expect(img.alt).to.equal('Η αίθουσα');
    });

    it('copes with an event without end, with an unknown zone and a 300-character title', async () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => void warnings.push(args[0]);
      try {
        const el = await card(
          html`<event-card
            lang="lt"
            .now=${BEFORE}
            .data=${feedWith({
              id: 'bare',
              title: 'Bendradarbiavimo'.repeat(19),
              start: '2023-09-15T10:00:00+03:00',
              timeZone: 'Europe/Nowhere',
              organizers: [],
            })}
          ></event-card>`
        );
        expect(part(el, 'time')!.querySelectorAll('time')).to.have.length(1);
        expect(part(el, 'time')!.textContent).to.include('10:00');
        expect(
          warnings.some((w) => String(w).includes('Europe/Nowhere'))
        ).to.equal(true);
        await expect(el).to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });

    it('says so when the event-id is not in the feed, and shows the fallback', async () => {
      const el = await card(
        html`<event-card event-id="nope" .now=${BEFORE} .data=${sample}
          ><p>See our website.</p></event-card
        >`
      );
      expect(part(el, 'status')!.textContent).to.include('not in');
      expect(part(el, 'status')!.querySelector('slot')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says there is nothing to show for a feed without events', async () => {
      const el = await card(
        html`<event-card .data=${feedWith()}></event-card>`
      );
      expect(part(el, 'status')!.textContent).to.include('no events');
    });
  });

  describe('loading and errors', () => {
    for (const locale of LOCALES) {
      it(`shows loading, then the error with the fallback content (${locale})`, async () => {
        const el = await fixture<EventCard>(
          html`<event-card
            lang=${locale}
            src=${`/api/test/feed?status=500&delay=300&l=${locale}`}
            ><p>Talsi, 10 August</p></event-card
          >`
        );
        await waitUntil(() => part(el, 'loading'), 'loading');
        await expect(el).to.be.accessible();
        await waitUntil(() => part(el, 'error'), 'error', {timeout: 5000});
        expect(el.shadowRoot!.querySelector('slot')).not.to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('shows the failure with Retry, not "not in the information source", when its event may be in a feed that failed', async () => {
      // Organisations only in the first feed; the event in the second, which fails once.
      const el = await fixture<EventCard>(
        html`<event-card
          event-id=${TALSI}
          src=${`/api/test/feed?file=test/org-directory/fixtures/feed-a.json /api/test/feed?fails=1&t=card-partial-${Date.now()}`}
          .now=${BEFORE}
          ><p>Talsi, 10 August</p></event-card
        >`
      );
      await waitUntil(() => part(el, 'error'), 'no error', {timeout: 5000});
      const text = part(el, 'error')!.textContent!;
      expect(text).to.include('not available at the moment');
      expect(text).not.to.include('not in');
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(el.shadowRoot!.querySelector('slot')).not.to.equal(null);
      await expect(el).to.be.accessible();
      // Retry, by keyboard: the missing feed comes, and the event with it.
      part(el, 'retry-button')!.focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(
        () => part(el, 'calendar-button'),
        'no event after Retry',
        {timeout: 5000}
      );
      expect(part(el, 'error')).to.equal(null);
      await waitUntil(() => el.matches(':focus-within'), 'focus left the card');
    });

    it('shows its event from a feed that loaded while another failed', async () => {
      const el = await fixture<EventCard>(
        html`<event-card
          event-id=${TALSI}
          src=${'/api/test/feed?file=src/feed/sample-feed.json /api/test/feed?status=500&t=card-partial-found'}
          .now=${BEFORE}
        ></event-card>`
      );
      await waitUntil(
        () => part(el, 'calendar-button') || part(el, 'error'),
        'nothing shown',
        {timeout: 5000}
      );
      expect(part(el, 'error')).to.equal(null);
      expect(part(el, 'title')!.textContent).to.include('Step by step');
    });

    it('goes on with its download when moved in the page while it loads, not starting over', async () => {
      const url = `/api/test/feed?file=src/feed/sample-feed.json&delay=400&t=moved-${Date.now()}`;
      const fetched: string[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        fetched.push(String(input));
        return realFetch(input, init);
      };
      try {
        const el = await fixture<EventCard>(
          html`<div>
            <event-card src=${url} event-id=${TALSI} .now=${BEFORE}></event-card>
          </div>`
        ).then((d) => d.querySelector('event-card')!);
        await waitUntil(() => fetched.length === 1, 'no request');
        // A framework's keyed reorder: out and back in, in one go.
        el.parentElement!.prepend(document.createElement('p'), el);
        await waitUntil(() => part(el, 'title'), 'no title', {timeout: 5000});
        expect(fetched.filter((u) => u.includes('moved-'))).to.have.length(1);
      } finally {
        window.fetch = realFetch;
      }
    });

    it('loads the sample feed from src and uses the feed host in the UID', async () => {
      const el = await card(
        html`<event-card
          src="/api/test/feed?file=src/feed/sample-feed.json"
          event-id=${TALSI}
          .now=${BEFORE}
        ></event-card>`
      );
      await waitUntil(() => part(el, 'calendar-button'));
      part(el, 'calendar-button')!.click();
      await el.updateComplete;
      const href = part(el, 'calendar-menu')!.querySelector<HTMLAnchorElement>(
        'a[download]'
      )!.href;
      expect(await (await fetch(href)).text()).to.include(
        `UID:${TALSI}@127.0.0.1`
      );
    });
  });
});
