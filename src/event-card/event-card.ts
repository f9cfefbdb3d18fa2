import {
  LitElement,
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {str} from '@lit/localize';
import {event} from '../feed/event.js';
import {organization} from '../feed/organization.js';
import type {Feed, FeedEvent, LocalizedText} from '../feed/types.js';
import {LocaleController} from '../i18n/localize.js';
import {countryName} from '../i18n/display-names.js';
import {FeedController} from '../shared/feed-controller.js';
import {formatMoment} from '../shared/moment.js';
import {
  eventEnd,
  registrationState,
  type RegistrationState,
} from '../shared/registration.js';
import {httpUrl} from '../shared/safe-url.js';
import {renderError, renderLoading} from '../shared/status.js';
import {tokens} from '../shared/styles.js';
import {
  calendarUrl,
  icsText,
  type CalendarEntry,
  type CalendarKind,
} from './calendar.js';
import {styles} from './event-card.styles.js';
import {eventJsonLd, hasEventJsonLd, organizers} from './json-ld.js';
import {nextEvent} from './registration.js';
import {addressParts, mapUrl} from './venue.js';
import {describeWhen, momentZone, type When} from './when.js';
import {lymEvent} from '../shared/event.js';

export interface CalendarAddDetail {
  readonly id: string;
  readonly kind: CalendarKind;
}

/** Fired when the visitor uses an "Add to calendar" option. */
export const LymCalendarAddEvent =
  lymEvent<CalendarAddDetail>('lym-calendar-add');
export type LymCalendarAddEvent = InstanceType<typeof LymCalendarAddEvent>;

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: {createScript(s: string): string}
  ): {createScript(s: string): unknown};
}
/**
 * Feed texts joined by ", ", each in its own bidi isolate: a right-to-left
 * one (an Arabic street, an organiser's name) keeps its place in the line,
 * and a number after it (a postcode) does not join its run.
 */
const isolated = (items: unknown[]) =>
  items.map((item, i) => html`${i ? ', ' : ''}<bdi>${item}</bdi>`);

let jsonLdPolicy:
  ReturnType<TrustedTypesLike['createPolicy']> | null | undefined;

/**
 * On a page that enforces Trusted Types, a script's text is a sink: our own
 * JSON-LD (JSON.stringify output, `<` escaped, a non-executable type) goes
 * through a policy named `local-y-mpact-json-ld`. Where the page does not
 * allow that policy name, the structured data is skipped.
 */
function jsonLdText(json: string): unknown {
  const tt = (globalThis as {trustedTypes?: TrustedTypesLike}).trustedTypes;
  if (!tt) return json;
  if (jsonLdPolicy === undefined) {
    try {
      jsonLdPolicy = tt.createPolicy('local-y-mpact-json-ld', {
        createScript: (s) => s,
      });
    } catch {
      jsonLdPolicy = null;
    }
  }
  return jsonLdPolicy?.createScript(json);
}

/**
 * One event of the feed: title, date and time in the event's zone (and the
 * visitor's), venue with a map link, organizers, registration state and
 * "Add to calendar"; writes a schema.org Event in JSON-LD into the page.
 *
 * By keyboard, "Add to calendar" opens and closes with Enter or Space; Escape
 * closes its options and gives the focus back to the button, and closes only
 * them: a modal dialog the card sits in stays open until the next Escape.
 *
 * @summary An event with its time in the right zone, venue, registration and add-to-calendar.
 * @tagname event-card
 * @attr {'light' | 'dark' | 'auto'} color-scheme - `light` or `dark` forces this element's colours; `auto` follows the visitor's preference. Each also paints the element's background (that scheme's `Canvas`). Default: the page's `color-scheme` and no background.
 * @slot - Fallback content, shown before the script runs, when the feed fails and when the event is not found.
 * @csspart base - The card.
 * @csspart image - The event's image.
 * @csspart title - The event's title (a heading).
 * @csspart time - Date and time, in the event's zone and the visitor's.
 * @csspart venue - Venue name, address and map link.
 * @csspart description - The description (full variant only).
 * @csspart organizers - Who organises it.
 * @csspart registration - The registration state and link.
 * @csspart register-link - The link to register.
 * @csspart calendar-button - The "Add to calendar" button.
 * @csspart calendar-menu - The list of calendar options.
 * @csspart calendar-option - One calendar option (a link).
 * @csspart status - The loading, error and empty states.
 * @csspart loading - The loading state (with `status`).
 * @csspart error - The state when the information cannot be loaded (with `status`).
 * @csspart retry-button - The error state's "Try again" button.
 * @csspart fallback - The wrapper of the fallback content (the default slot) in the error state.
 * @cssprop --lym-event-card-background - Card background; default the surface colour.
 * @cssprop --lym-event-card-border-color - Card border; default the border colour.
 * @cssprop --lym-event-card-accent - The bar on the card's start edge; default the accent colour.
 * @cssprop --lym-event-card-padding - Inner space; default 1.5em (1em when compact).
 * @fires lym-calendar-add - When the visitor uses a calendar option; detail `{id, kind}` with kind `ics`, `google`, `outlook` or `office365`.
 * @fires lym-feed-load - When the feed is loaded.
 * @fires lym-feed-error - When the feed cannot be used.
 */
export class EventCard extends LitElement {
  static override styles = [tokens, styles];

  private readonly i18n = new LocaleController(this);
  private readonly feeds = new FeedController(this, {
    events: event,
    organizations: organization,
  });

  /** Feed URL(s), separated by spaces. */
  @property() src?: string;
  /** The feed as an object (instead of `src`). */
  @property({attribute: false}) data?: unknown;
  /** How long to wait for the feed's server to answer, and then for each next piece of the feed, in milliseconds (default 10000): a feed that keeps arriving is never cut off, however slow the link; one that stops halfway fails with Retry. A value that is not a number above 0 and below 2147483648 (24.8 days), such as `10s`, is the default. */
  @property({type: Number}) timeout?: number;
  /** The event to show; without it, the next upcoming event (else a postponed one, else the latest past one). */
  @property({attribute: 'event-id'}) eventId?: string;
  /** `full` (default) or `compact` (no image or description, for sidebars). */
  @property({reflect: true}) variant: 'full' | 'compact' = 'full';
  /** Do not write a schema.org Event into the page. */
  @property({type: Boolean, attribute: 'no-structured-data'}) noStructuredData =
    false;
  /** The visitor's IANA time zone (default: the browser's); for previews. */
  @property({attribute: 'visitor-time-zone'}) visitorTimeZone?: string;
  /** The heading level of the title, 1–6 (default 2). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;
  /** The current time (default: the clock); for tests and previews. */
  @property({attribute: false}) now?: Date;

  @state() private open = false;

  private event?: FeedEvent;
  private when?: When;
  private reg?: RegistrationState;
  private key?: unknown[];
  private icsUrl?: string;
  private ld?: HTMLScriptElement;
  private ldJson?: string;

  protected override async scheduleUpdate() {
    await this.i18n.ready;
    super.scheduleUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    // After a move in the page: the JSON-LD written again, and the .ics
    // file's URL made again if the calendar options are open.
    this.makeIcs();
    this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.ld?.remove();
    this.ld = this.ldJson = undefined;
    this.revoke();
  }

  /** Derives the event and its texts; here rather than in willUpdate, as the feed arrives in the controller's hostUpdate. */
  protected override update(changed: PropertyValues<this>) {
    this.derive();
    super.update(changed);
  }

  private derive() {
    const feed = this.feeds.feed;
    const zone =
      this.visitorTimeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
    const key = [feed, this.eventId, this.now, this.i18n.intlLocale, zone];
    if (this.key && key.every((k, i) => k === this.key![i])) return;
    this.key = key;
    const now = this.now ?? new Date();
    const ev =
      feed &&
      (this.eventId
        ? feed.events.find((e) => e.id === this.eventId)
        : nextEvent(feed.events, now));
    if (ev !== this.event) this.open = false;
    this.event = ev;
    this.when = ev && describeWhen(ev, this.i18n.intlLocale, zone);
    this.reg = ev && registrationState(ev, eventEnd(ev), +now);
    // The file says what the card says: made again in the new language or zone.
    this.makeIcs();
  }

  protected override updated(changed: PropertyValues<this>) {
    // Lit updates a card out of the page too (one removed as it was added):
    // its script would stay in the page's head.
    if (
      this.isConnected &&
      (changed.has('noStructuredData') || this.feeds.status === 'ready')
    )
      this.syncJsonLd();
  }

  private get feed(): Feed | undefined {
    return this.feeds.feed;
  }

  private pick(text?: LocalizedText): string {
    return this.i18n.text(text, this.feed?.defaultLocale);
  }

  /** A feed text, marked with its language when it is not the UI's. */
  private text(text?: LocalizedText) {
    const lang = this.i18n.foreignLang(text, this.feed?.defaultLocale);
    const value = this.pick(text);
    return lang ? html`<span lang=${lang}>${value}</span>` : value;
  }

  private syncJsonLd() {
    const ev = this.event;
    const data =
      ev && this.feed && !this.noStructuredData
        ? eventJsonLd(ev, this.feed, this.i18n.locale, this.when?.endIso)
        : undefined;
    const json = data && JSON.stringify(data).replace(/</g, '\\u003c');
    if (json === this.ldJson) return;
    this.ld?.remove();
    this.ld = undefined;
    this.ldJson = json;
    const others = [
      ...document.querySelectorAll('script[type="application/ld+json"]'),
    ].map((s) => s.textContent ?? '');
    if (!json || !ev || hasEventJsonLd(others, String(data.name), ev.start))
      return;
    const text = jsonLdText(json);
    if (text === undefined) return;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.lymEvent = ev.id;
    script.textContent = text as string;
    document.head.append(script);
    this.ld = script;
  }

  private revoke() {
    if (this.icsUrl) URL.revokeObjectURL(this.icsUrl);
    this.icsUrl = undefined;
  }

  private entry(ev: FeedEvent, when: When): CalendarEntry {
    return {
      id: ev.id,
      title: this.pick(ev.title),
      description: this.pick(ev.description),
      location: [this.pick(ev.venue?.name), ...this.address(ev), ev.onlineUrl]
        .filter(Boolean)
        .join(', '),
      url: httpUrl(ev.url),
      cancelled: ev.status === 'cancelled',
      times: when,
    };
  }

  private address(ev: FeedEvent): string[] {
    const a = ev.venue?.address ?? {};
    return addressParts({
      street: this.pick(a.street),
      postalCode: a.postalCode,
      city: this.pick(a.city),
      region: this.pick(a.region),
      country: a.country && countryName(this.i18n.intlLocale, a.country),
    });
  }

  private handleToggle(e: Event) {
    // Safari does not focus a clicked button: Escape would then not reach
    // the options opened with the mouse.
    (e.currentTarget as HTMLElement).focus();
    this.open = !this.open;
    this.makeIcs();
  }

  /** The .ics file's object URL while the calendar options are open in the page (and only then). */
  private makeIcs() {
    this.revoke();
    if (this.open && this.isConnected && this.event && this.when) {
      // The feed's host, or the page's for a feed given as `.data` or
      // inline: two sites' events with one id are two calendar entries.
      const host = this.feeds.baseUrl
        ? new URL(this.feeds.baseUrl).hostname
        : '';
      const ics = icsText(this.entry(this.event, this.when), host, new Date());
      this.icsUrl = URL.createObjectURL(
        new Blob([ics], {type: 'text/calendar;charset=utf-8'})
      );
    }
  }

  private handleKeydown(e: KeyboardEvent) {
    if (e.key !== 'Escape' || !this.open) return;
    // Not the page's too: its handlers, and a modal dialog around the card
    // (a prevented Escape is no request to close it).
    e.stopPropagation();
    e.preventDefault();
    this.open = false;
    this.renderRoot
      .querySelector<HTMLElement>('[part~=calendar-button]')
      ?.focus();
  }

  private handleOption(kind: CalendarKind) {
    this.dispatchEvent(new LymCalendarAddEvent({id: this.event!.id, kind}));
  }

  override render(): TemplateResult {
    const t = this.i18n.msg;
    const ev = this.event;
    // The feed failed; or no event, with one of several feeds missing (it
    // may be in that one): the failure, with Retry.
    if (!ev && this.feeds.error) return renderError(t, this.feeds);
    if (this.feeds.status !== 'ready') return renderLoading(t);
    const when = this.when;
    if (!ev || !when) {
      return html`<div part="base status" class="lym-status" tabindex="-1">
        <p>
          ${
            this.eventId
              ? t('This event is not in the information source.', {
                  id: 'event-card.not-found',
                })
              : t('There are no events to show.', {id: 'event-card.empty'})
          }
        </p>
        <slot></slot>
      </div>`;
    }
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const image = ev.image && httpUrl(ev.image.url);
    const reg = this.reg;
    return html`<article
      part="base"
      aria-labelledby="title"
      data-state=${reg?.kind ?? 'scheduled'}
    >
      ${image ? html`<img part="image" src=${image} alt=${this.pick(ev.image!.alt)} />` : nothing}
      <div part="title" id="title" role="heading" aria-level=${level}>
        ${this.text(ev.title)}
      </div>
      ${
        ev.status === 'postponed'
          ? html`<p>
              <strong
                >${t('Postponed: a new date will be announced.', {id: 'event-card.postponed'})}</strong
              >
            </p>`
          : nothing
      }
      <p part="time">
        <span
          >${when.parts.map((p) => (p.datetime ? html`<time datetime=${p.datetime}>${p.text}</time>` : p.text))}</span
        >
        ${
          when.local
            ? html`<br /><span class="muted"
                  >${t(str`Your time: ${when.local}`, {id: 'event-card.local-time'})}</span
                >`
            : nothing
        }
      </p>
      ${this.renderVenue(ev)}
      ${ev.description ? html`<p part="description">${this.text(ev.description)}</p>` : nothing}
      ${this.renderOrganizers(ev)} ${this.renderRegistration(ev, reg, when)}
      ${
        // Nothing to put in a calendar: over, cancelled, or postponed (its
        // date is the old one). The status is scheduled, cancelled or postponed.
        reg?.kind === 'past' || /^[cp]/.test(ev.status!)
          ? nothing
          : this.renderCalendar(ev, when)
      }
    </article>`;
  }

  private renderVenue(ev: FeedEvent) {
    const t = this.i18n.msg;
    const name = this.pick(ev.venue?.name);
    const address = this.address(ev);
    const map = mapUrl(ev.venue, [name, ...address].filter(Boolean).join(', '));
    const online =
      ev.attendanceMode === 'online' || ev.attendanceMode === 'mixed';
    // A cancelled event has nothing to join.
    const onlineUrl =
      ev.status === 'cancelled' ? undefined : httpUrl(ev.onlineUrl);
    if (!name && !address[0] && !online) return nothing;
    return html`<div part="venue">
      ${name ? html`<strong>${this.text(ev.venue?.name)}</strong><br />` : nothing}
      ${address[0] ? html`${isolated(address)}<br />` : nothing}
      ${
        map && ev.attendanceMode !== 'online'
          ? html`<a href=${map}
              >${t('Show on OpenStreetMap', {id: 'event-card.map'})}</a
            >`
          : nothing
      }
      ${
        online
          ? html`<p>
              ${
                onlineUrl
                  ? html`<a href=${onlineUrl}
                      >${t('Join online', {id: 'event-card.online-link'})}</a
                    >`
                  : t('Online event', {id: 'event-card.online'})
              }
            </p>`
          : nothing
      }
    </div>`;
  }

  private renderOrganizers(ev: FeedEvent) {
    const items = organizers(ev, this.feed!).map(({name, url}) =>
      url ? html`<a href=${url}>${this.text(name)}</a>` : this.text(name)
    );
    if (!items.length) return nothing;
    return html`<p part="organizers">
      ${this.i18n.msg('Organised by:', {id: 'event-card.organizers'})}
      ${isolated(items)}
    </p>`;
  }

  private renderRegistration(
    ev: FeedEvent,
    reg: RegistrationState | undefined,
    when: When
  ) {
    if (!reg) return nothing;
    const t = this.i18n.msg;
    const date =
      'date' in reg
        ? formatMoment(
            reg.date,
            this.i18n.intlLocale,
            momentZone(ev, when, reg.date)
          )
        : '';
    const text = {
      open: t('Registration is open.', {id: 'event-card.reg.open'}),
      opens: t(str`Registration opens on ${date}.`, {
        id: 'event-card.reg.opens',
      }),
      closes: t(str`Registration is open until ${date}.`, {
        id: 'event-card.reg.closes',
      }),
      closed: t('Registration is closed.', {id: 'event-card.reg.closed'}),
      full: t('The event is full.', {id: 'event-card.reg.full'}),
      cancelled: t('The event is cancelled.', {id: 'event-card.reg.cancelled'}),
      past: t('The event has ended.', {id: 'event-card.reg.past'}),
    }[reg.kind];
    let action: unknown = nothing;
    if (reg.kind === 'open' || reg.kind === 'closes') {
      const formId = ev.registration?.formId;
      // The form, if this page has it (linked when it has an id; the card
      // never points to a form that is not there), under any tag: a page may
      // define the SignupForm class under a name of its own.
      const form = formId
        ? document.querySelector(`[form-id="${CSS.escape(formId)}"]`)
        : undefined;
      const href =
        httpUrl(ev.registration?.url) ?? (form?.id ? `#${form.id}` : undefined);
      // "#id" resolves against the base URL: under a <base href>, or in a
      // site builder's srcdoc frame (the builder's page), it would leave.
      const toForm = (e: Event) => {
        if (document.baseURI != location.href) {
          e.preventDefault();
          location.hash = form!.id;
        }
      };
      const register = t('Register', {id: 'event-card.register'});
      // Named with the event (several cards, one page), the visible word
      // first; a visually hidden span made Chromium read "Register : title".
      action = href
        ? html`<a
            part="register-link"
            class="lym-button"
            data-variant="primary"
            href=${href}
            @click=${href[0] === '#' ? toForm : nothing}
            aria-label="${register}: ${this.pick(ev.title)}"
            >${register}</a
          >`
        : form
          ? html`<span
              >${t('Register with the form on this page, or ask the organisers.', {id: 'event-card.reg.form'})}</span
            >`
          : nothing;
    }
    return html`<div part="registration" data-state=${reg.kind}>
      <strong>${text}</strong>${action}
    </div>`;
  }

  private renderCalendar(ev: FeedEvent, when: When) {
    const t = this.i18n.msg;
    const entry = this.entry(ev, when);
    const option = (
      kind: CalendarKind,
      label: string,
      href: string,
      download?: string
    ) =>
      html`<li>
        <a
          part="calendar-option"
          href=${href}
          download=${ifDefined(download)}
          @click=${() => this.handleOption(kind)}
          >${label}</a
        >
      </li>`;
    return html`<div @keydown=${this.handleKeydown}>
      <button
        part="calendar-button"
        class="lym-button"
        type="button"
        aria-expanded=${this.open}
        aria-controls="calendar-menu"
        @click=${this.handleToggle}
      >
        ${t('Add to calendar', {id: 'event-card.calendar'})}
      </button>
      <ul part="calendar-menu" id="calendar-menu" ?hidden=${!this.open}>
        ${
          this.open
            ? [
                option(
                  'ics',
                  t('Download .ics file', {id: 'event-card.calendar.ics'}),
                  this.icsUrl ?? '',
                  `${ev.id.replace(/[^\w-]/g, '_')}.ics`
                ),
                ...(
                  [
                    ['google', 'Google Calendar'],
                    ['outlook', 'Outlook.com'],
                    ['office365', 'Microsoft 365'],
                  ] as const
                ).map(([kind, label]) =>
                  option(kind, label, calendarUrl(entry, kind))
                ),
              ]
            : nothing
        }
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'event-card': EventCard;
  }
  interface GlobalEventHandlersEventMap {
    'lym-calendar-add': LymCalendarAddEvent;
  }
}
