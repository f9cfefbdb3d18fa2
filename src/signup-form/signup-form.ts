import {
  LitElement,
  html,
  nothing,
  render,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {str} from '@lit/localize';
import {timeoutOr} from '../feed/load.js';
import {event} from '../feed/event.js';
import {form} from '../feed/form.js';
import type {FeedEvent, Form, FormField, LocalizedText} from '../feed/types.js';
import {LocaleController} from '../i18n/localize.js';
import {FeedController} from '../shared/feed-controller.js';
import {formatMoment} from '../shared/moment.js';
import type {RegistrationState} from '../shared/registration.js';
import {httpUrl} from '../shared/safe-url.js';
import {renderError, renderLoading} from '../shared/status.js';
import {
  DRAFT_PREFIX,
  draftStorage,
  eraseDraft,
  readDraft,
  writeDraft,
  type Draft,
} from './draft.js';
import {lymEvent} from '../shared/event.js';
import {formState} from './state.js';
import {buildData, keyFor, send, type SubmittedData} from './submit.js';
import {lightStyles, shadowStyles} from './signup-form.styles.js';
import {
  CONSENT,
  validateForm,
  type Answers,
  type FieldErrors,
} from './validate.js';

/** A state that takes the form's place: not open (nor open until a date). */
const shut = (state?: RegistrationState) =>
  !!state && !/^(open|closes)$/.test(state.kind);

export type SignupErrorKind = 'validation' | 'server' | 'timeout' | 'offline';

/** Fired before sending; cancel it (`preventDefault()`) and nothing is sent. */
export const LymSignupSubmitEvent = lymEvent<{
  readonly formId: string;
  readonly data: SubmittedData;
}>('lym-signup-submit', true);
export type LymSignupSubmitEvent = InstanceType<typeof LymSignupSubmitEvent>;

/** Fired when the receiver accepted the registration. */
export const LymSignupSuccessEvent = lymEvent<{
  readonly formId: string;
  readonly data: SubmittedData;
  readonly status: number;
}>('lym-signup-success');
export type LymSignupSuccessEvent = InstanceType<typeof LymSignupSuccessEvent>;

/** Fired when a submit fails: answers to fix, or the receiver could not be reached. */
export const LymSignupErrorEvent = lymEvent<{
  readonly formId: string;
  readonly kind: SignupErrorKind;
  readonly status?: number;
  readonly errors?: Readonly<Record<string, string>>;
}>('lym-signup-error');
export type LymSignupErrorEvent = InstanceType<typeof LymSignupErrorEvent>;

declare global {
  interface HTMLElementTagNameMap {
    'signup-form': SignupForm;
  }
  interface GlobalEventHandlersEventMap {
    'lym-signup-submit': LymSignupSubmitEvent;
    'lym-signup-success': LymSignupSuccessEvent;
    'lym-signup-error': LymSignupErrorEvent;
  }
}

let count = 0;

/**
 * The form's styles go to the document (or the shadow root the element is
 * in) as a constructed stylesheet, once per tag: no `<style>` element, so a
 * page with a strict `style-src 'self'` policy needs no exception.
 */
const lightSheets: Record<string, CSSStyleSheet> = {};
function adoptLightStyles(root: Node, tag: string) {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  let sheet = lightSheets[tag];
  if (!sheet) {
    sheet = lightSheets[tag] = new CSSStyleSheet();
    sheet.replaceSync(lightStyles(tag));
  }
  if (!root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}

/**
 * A registration form from the feed's `forms`: validates in the GOV.UK
 * manner, keeps a draft so nothing typed is lost, sends once per submit with
 * an idempotency key, and stops junk with a honeypot and a minimum fill time.
 *
 * The form is rendered into the element's light DOM (slotted into its shadow
 * root), so browser autofill and password managers see ordinary inputs; its
 * styles are scoped to its tag (`signup-form`, or the name a page defines the
 * class under), with an id's weight against a page's global rules. The parts
 * other than `base` are in the light DOM: style them with the form's id,
 * `signup-form#register [part~="input"]`.
 *
 * @summary A registration form that validates well, loses nothing and stops junk.
 * @tagname signup-form
 * @attr {'light' | 'dark' | 'auto'} color-scheme - `light` or `dark` forces this element's colours; `auto` follows the visitor's preference. Each also paints the element's background (that scheme's `Canvas`). Default: the page's `color-scheme` and no background.
 * @slot - Fallback content, shown before the script runs, without JavaScript, and when the feed or the form cannot be used.
 * @csspart base - The frame (in the shadow root).
 * @csspart form - The form.
 * @csspart field - A field: label, help, error message and input.
 * @csspart label - A field's label (or legend).
 * @csspart help - A field's help text.
 * @csspart input - An input, textarea or select.
 * @csspart field-error - A field's error message.
 * @csspart error-summary - The "There is a problem" box at the top.
 * @csspart submit-button - The submit button.
 * @csspart status - Sending, failure, and the loading, error and closed states.
 * @csspart loading - The loading state (with `status`).
 * @csspart error - The state when the information cannot be loaded (with `status`).
 * @csspart retry-button - The "Try again" button of the error state, and of a registration that could not be sent.
 * @csspart success - The success message.
 * @cssprop --lym-signup-form-max-width - The form's maximum width; default 40em.
 * @cssprop --lym-signup-form-input-border - The inputs' border colour; default the text colour.
 * @fires lym-signup-submit - Before sending (cancelable); detail `{formId, data}`.
 * @fires lym-signup-success - When the receiver accepted; detail `{formId, data, status}`.
 * @fires lym-signup-error - When a submit fails; detail `{formId, kind: 'validation'|'server'|'timeout'|'offline', status?, errors?}`.
 * @fires lym-feed-load - When the feed is loaded.
 * @fires lym-feed-error - When the feed cannot be used.
 */
export class SignupForm extends LitElement {
  static override styles = shadowStyles;

  private readonly i18n = new LocaleController(this);
  private readonly feeds = new FeedController(this, {
    forms: form,
    events: event,
  });

  /** Feed URL(s), separated by spaces. */
  @property() src?: string;
  /** The feed as an object (instead of `src`). */
  @property({attribute: false}) data?: unknown;
  /** How long to wait, in milliseconds, for the feed's server to answer and then for each next piece of the feed (default 10000; a feed that keeps arriving is never cut off, one that stops halfway fails with Retry), and for the receiver to answer a registration (default 15000). A value that is not a number above 0 and below 2147483648 (24.8 days), such as `10s`, is the default. */
  @property({type: Number}) timeout?: number;
  /** The form to show (default: the feed's first form). */
  @property({attribute: 'form-id'}) formId?: string;
  /** Where to POST (overrides the form's `action`; relative to the feed's URL; http(s) only). */
  @property() action?: string;
  /** Keep the draft in localStorage (at most 7 days) instead of sessionStorage. */
  @property({type: Boolean}) persist = false;
  /** Seconds (not milliseconds, as `timeout` has it) a person needs at least, from when the form was first shown; a faster submission is not sent, and the visitor is asked to press Register again. Default 3, at most 60 (a larger value, such as `3000` meant as milliseconds, counts as 60); `0` turns the check off; a number is read from the start of the text (`5s` is 5); a value that is not a number from 0, such as `-1` or `soon`, an empty value or a removed attribute is the default. */
  // Kept as the attribute's text: an empty or removed attribute is then the
  // default, where Lit's Number reads both as 0, the check off.
  @property({attribute: 'min-fill-time'}) minFillTime: number | string = 3;
  /** The name of the honeypot field (must not be a field of the form); default `website`. */
  @property({attribute: 'honeypot-name'}) honeypotName = 'website';
  /** The current time (default: the clock), for the open/closed state; for tests and previews. */
  @property({attribute: false}) now?: Date;
  /** The heading level of the form's title (1–6); its error summary is a level below (at this level with no title). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  @state() private answers: Answers = {};
  @state() private errors: FieldErrors = new Map();
  @state() private sending = false;
  @state() private done = false;
  /** Why the last send failed: never `validation` (answers to fix show at the fields); 429 for a receiver's limit. */
  @state() private failure?: SignupErrorKind | 429;
  /** When a receiver's limit (its 429's `Retry-After`) ends, in ms, if it was to come. */
  private retryAt?: number;
  /** Presses in a row that came faster than `min-fill-time` (nothing was sent). */
  @state() private early = 0;

  private form?: Form;
  private event?: FeedEvent;
  private url?: string | false;
  private formState?: RegistrationState;
  /** Whether the visitor has typed into this form (see derive). */
  private typed = false;
  private store?: Storage;
  private storeKey?: string;
  private draftName!: string;
  /** Set with the form (see derive), before any control can use it. */
  private draft!: Draft;
  /** The language (its msg) the errors were written in. */
  private errorsIn?: unknown;
  private readonly uid = `lym-sf${++count}`;
  private readonly root = Object.assign(document.createElement('div'), {
    slot: 'form',
  });

  protected override async scheduleUpdate() {
    await this.i18n.ready;
    super.scheduleUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.attachRoot();
    adoptLightStyles(this.getRootNode(), this.localName);
  }

  /**
   * The form's container, first, so that the form's controls come before the
   * page's fallback content; put back when something else took it out (a
   * framework writing the element's text child with textContent), its
   * answers with it.
   */
  private attachRoot() {
    if (this.root.parentNode !== this) this.prepend(this.root);
  }

  /** Derives the form and its state (here, not in willUpdate: a `.data` feed arrives in the controllers' hostUpdate). */
  private derive() {
    const feed = this.feeds.feed;
    const form =
      feed &&
      (this.formId
        ? feed.forms.find((f) => f.id === this.formId)
        : feed.forms[0]);
    this.form = form;
    // Its event: named by the form, or naming the form in its registration.
    this.event =
      form &&
      feed!.events.find((e) =>
        form.eventId
          ? e.id === form.eventId
          : e.registration?.formId === form.id
      );
    // No address (`false`) while the form's event is missing: with one of
    // several feeds failed it may be in that one (named by the form, or
    // naming the form), so the failure and Retry show instead; with none
    // failed, an event the form names was removed or skipped as unreadable
    // (it may be cancelled, full or over; its card says it is not there):
    // "not available here". So is an unusable action (`undefined`), the
    // page's mistake. A form naming no event follows its own dates.
    this.url =
      form &&
      (this.event || (!this.feeds.error && !form.eventId)) &&
      httpUrl(this.action ?? form.action, this.feeds.baseUrl);
    const state =
      form && formState(form, this.event, +(this.now ?? Date.now()));
    // The draft's storage key: the feed as the page resolved its URLs when it
    // loaded (the "feed.json" of two pages are two feeds, and their answers
    // and idempotency keys must not meet; a single-page app's route change is
    // not a new feed), the form, and the element's id when it has one (two
    // copies of one form on a page).
    this.draftName = `${DRAFT_PREFIX}${this.feeds.source}#${form?.id}${this.id && `#${this.id}`}`;
    const key = form && `${this.draftName}|${this.persist}`;
    if (form && key !== this.storeKey) {
      this.typed = false;
      this.storeKey = key;
      this.store = draftStorage(this.persist);
      const now = Date.now();
      this.draft = readDraft(this.store, this.draftName, now) ?? {
        answers: {},
        savedAt: 0,
        startedAt: now,
      };
      this.answers = this.draft.answers;
      this.errors = new Map();
      this.done = false;
      this.failure = undefined;
    }
    // Once the visitor types into the open form, it stays open until
    // Register: a deadline passing under their keystrokes would take the
    // form, their answers and the focus from them. Register says it closed.
    if (!this.typed || shut(this.formState)) this.formState = state;
    // The messages of our own checks are written again in a new language
    // (a receiver's stay as it wrote them).
    const msg = this.i18n.msg;
    if (this.errorsIn !== msg && form && this.errors.size) {
      const fresh = this.check(form);
      this.errors = new Map(
        [...this.errors].map(([name, text]) => [name, fresh.get(name) ?? text])
      );
    }
    this.errorsIn = msg;
  }

  protected override update(changed: PropertyValues<this>) {
    this.derive();
    super.update(changed);
    render(this.renderContent(), this.root, {host: this});
    // Our words' language (see LocaleController.hostUpdated).
    this.i18n.mark(this.root);
  }

  private pick(value?: LocalizedText): string {
    return this.i18n.text(value, this.feeds.feed?.defaultLocale);
  }

  /** The `lang` of a feed text when it is not the UI's. */
  private langOf(value?: LocalizedText) {
    return this.i18n.foreignLang(value, this.feeds.feed?.defaultLocale);
  }

  // A field's id is `<uid>-<name>`; its help, error and further radio ids put
  // a prefix before that (`h_`, `e_`, `r<n>_`), so no field name can make two
  // ids alike (`email-help` beside `email`, `a-1` beside radios `a`).
  private idOf(name: string) {
    return `${this.uid}-${name}`;
  }

  private get honeypot() {
    const name = this.honeypotName || 'website';
    return this.form?.fields.some((f) => f.name === name)
      ? `${name}-url`
      : name;
  }

  /**
   * Whether the stored draft is still this form's, as it saved it: not one
   * another tab has saved since. A `persist` draft is shared by the form's
   * tabs, and a tab that sends neither writes over nor, on success, erases
   * what another tab saved after it.
   */
  private get ownDraft() {
    try {
      return this.store!.getItem(this.draftName) == JSON.stringify(this.draft);
    } catch {
      return false; // A storage that refuses: nothing to write over or erase.
    }
  }

  private saveDraft() {
    this.draft = {...this.draft, answers: this.answers, savedAt: Date.now()};
    writeDraft(this.store, this.draftName, this.draft);
  }

  private handleInput(e: Event) {
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const answers: Answers = {};
    for (const f of this.form?.fields ?? []) {
      answers[f.name] =
        f.type === 'checkbox'
          ? data.has(f.name)
          : String(data.get(f.name) ?? '');
    }
    if (this.form?.consent) answers[CONSENT] = data.has(CONSENT);
    this.answers = answers;
    this.typed = true;
    this.saveDraft();
  }

  private check(form: Form) {
    return validateForm(
      form,
      this.answers,
      this.i18n.msg,
      (v) => this.pick(v),
      this.i18n.locale
    );
  }

  // From Register's (or Try again's) click, Enter in a field included, which
  // cancels the submit: a builder's sandboxed frame without allow-forms
  // blocks every submit event, and the form must still work there. The form
  // is method="dialog": a page's script calling its submit() (which fires no
  // submit event) does nothing, instead of putting the answers in a GET URL.
  private async handleSubmit(e: Event) {
    e.preventDefault();
    const form = this.form;
    if (!form || this.sending) return;
    // Registration closed (or the event ended) while the visitor filled in
    // the form: the form gives way to that message, which takes the focus
    // (their answers stay in the draft).
    if (shut(formState(form, this.event, +(this.now ?? Date.now())))) {
      this.typed = false;
      this.requestUpdate();
      this.focusAfterUpdate('[part~=status]');
      return;
    }
    const early = this.early;
    this.early = 0;
    this.errors = this.check(form);
    if (this.errors.size) {
      this.fail('validation', undefined, Object.fromEntries(this.errors));
      return;
    }
    const formEl = e.currentTarget as HTMLFormElement;
    const trap = (
      formEl.elements.namedItem(this.honeypot) as HTMLInputElement | null
    )?.value;
    // A filled honeypot is a bot's: nothing is sent and the form shows its
    // success state, so the bot learns nothing.
    if (trap?.trim()) return this.succeed();
    // A person can be this quick (autofill, a second visit): keep everything
    // and ask again. At most 60 s: a value meant as milliseconds (3000) would
    // otherwise keep everyone from registering. One that is not a number
    // from 0 ("-1", "", a removed attribute) is the default, 3 (as the
    // property's), not no check.
    const least = parseFloat(this.minFillTime as string);
    if (
      Date.now() - this.draft.startedAt <
      (least >= 0 ? Math.min(least, 60) : 3) * 1000
    ) {
      // A no-break space comes and goes at the end at each too-fast press:
      // the live region must change to be read again (taking the text out
      // and back within one task changes nothing a screen reader sees).
      this.early = early + 1;
      return;
    }
    // The key is kept with the draft for a retry after a reload, unless
    // another tab (with `persist`) has saved its visitor's answers since.
    const own = this.ownDraft;
    Object.assign(this.draft, keyFor(this.answers, this.draft));
    if (own) this.saveDraft();
    const consent = form.consent;
    const data = buildData(
      form,
      this.answers,
      this.draft.key!,
      consent && {
        text: this.pick(consent.text),
        version: consent.version,
        acceptedAt: new Date(),
      },
      this.i18n.locale
    );
    if (
      !this.dispatchEvent(new LymSignupSubmitEvent({formId: form.id, data})) ||
      !this.url
    )
      return;
    this.sending = true;
    const result = await send(
      this.url,
      data,
      form.encoding,
      timeoutOr(this.timeout, 15000)
    );
    this.sending = false;
    if (result.kind === 'success') {
      this.succeed();
      this.dispatchEvent(
        new LymSignupSuccessEvent({
          formId: form.id,
          data,
          status: result.status,
        })
      );
    } else if (result.kind === 'validation') {
      this.errors = new Map(Object.entries(result.errors));
      this.fail('validation', result.status, result.errors);
    } else {
      // (Decided now: once that time has passed, "after" it is still true.
      // A timeout or no connection has no time.)
      const at = result.retryAt ?? 0;
      this.retryAt = at > Date.now() ? at : undefined;
      this.fail(result.kind, result.status);
    }
  }

  private fail(
    kind: SignupErrorKind,
    status?: number,
    errors?: Record<string, string>
  ) {
    // Answers to fix (errors) show at the fields; a receiver's limit (429)
    // is said as such: Try again at once would fail.
    this.failure = errors ? undefined : status == 429 ? status : kind;
    this.dispatchEvent(
      new LymSignupErrorEvent({formId: this.form!.id, kind, status, errors})
    );
    // The summary is focused; a failure is announced, and scrolled into
    // view (below Register, it may be under the fold or a frame's edge).
    this.focusAfterUpdate(
      errors ? '[part~=error-summary]' : '[role=alert]',
      !errors
    );
  }

  private succeed() {
    if (this.ownDraft) eraseDraft(this.store, this.draftName);
    this.done = true;
    this.failure = undefined;
    this.focusAfterUpdate('[part~=success]');
  }

  private async focusAfterUpdate(selector: string, scrollOnly?: boolean) {
    await this.updateComplete;
    const el = this.root.querySelector<HTMLElement>(selector);
    if (scrollOnly) el?.scrollIntoView({block: 'nearest'});
    else el?.focus();
  }

  private handleSummaryClick(e: MouseEvent) {
    const link = (e.target as Element).closest('a');
    const target =
      link && this.root.querySelector<HTMLElement>(link.getAttribute('href')!);
    if (!target) return;
    e.preventDefault();
    target.focus();
    target.closest('[part~=field]')?.scrollIntoView({block: 'nearest'});
  }

  protected override render() {
    const fallback =
      this.feeds.status === 'error' ||
      (this.feeds.status === 'ready' && !this.url);
    return html`<div part="base">
      <slot name="form" @slotchange=${this.attachRoot}></slot>${fallback ? html`<slot></slot>` : nothing}
    </div>`;
  }

  private renderContent(): TemplateResult {
    const t = this.i18n.msg;
    const status = (text: string) =>
      html`
        <p part="status" class="lym-status" role="status" tabindex="-1">${text}</p>`;
    const form = this.form;
    // The feed failed; or no form (or an address held back: see derive),
    // with one of several feeds missing (it may be in that one): the
    // failure, with Retry.
    if ((!form || this.url === false) && this.feeds.error) {
      return renderError(t, this.feeds);
    }
    if (this.feeds.status !== 'ready') return renderLoading(t);
    if (!form || !this.url) {
      return status(
        t('This registration form is not available here.', {
          id: 'signup-form.config-error',
        })
      );
    }
    if (this.done) {
      return html`
        <div
          part="success"
          class="lym-status"
          tabindex="-1"
          lang=${ifDefined(this.langOf(form.success?.message))}
        >
          ${
            this.pick(form.success?.message) ||
            t('Thank you. Your registration has been received.', {
              id: 'signup-form.success',
            })
          }
        </div>`;
    }
    const reg = this.formState;
    switch (reg?.kind) {
      case 'opens': {
        const date = formatMoment(
          reg.date,
          this.i18n.intlLocale,
          this.event?.timeZone
        );
        return status(
          t(str`Registration opens on ${date}.`, {
            id: 'signup-form.state.not-yet-open',
          })
        );
      }
      case 'closed':
      case 'past':
        return status(
          t('Registration has closed.', {id: 'signup-form.state.closed'})
        );
      case 'full':
        return status(
          t('This event is full: all places are taken.', {
            id: 'signup-form.state.full',
          })
        );
      case 'cancelled':
        return status(
          t('This event has been cancelled.', {
            id: 'signup-form.state.cancelled',
          })
        );
    }
    return this.renderForm(form);
  }

  private renderForm(form: Form) {
    const t = this.i18n.msg;
    const sending = this.sending;
    const known = new Set([...form.fields.map((f) => f.name), CONSENT]);
    const consent = form.consent;
    const privacy = httpUrl(consent?.privacyUrl);
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const ariaLevel = level === 2 ? nothing : level;
    return html`
      <form
        part="form"
        aria-labelledby=${form.title ? `${this.uid}_title` : nothing}
        novalidate
        method="dialog"
        @click=${(e: Event) =>
          (e.target as Element).closest('[type=submit]') &&
          this.handleSubmit(e)}
        @submit=${this.handleSubmit}
        @input=${this.handleInput}
        @change=${this.handleInput}
      >
        ${form.title ? html`<h2 id="${this.uid}_title" aria-level=${ariaLevel} lang=${ifDefined(this.langOf(form.title))}>${this.pick(form.title)}</h2>` : nothing}
        ${
          // Not a live region: focus goes to it on submit, which reads it once;
          // an alert would be read again at every change as fields are fixed.
          // Its heading: under the form's title, a level below it.
          this.errors.size
            ? html`<div part="error-summary" tabindex="-1">
                <h2 aria-level=${form.title ? Math.min(6, level + 1) : ariaLevel}>
                  ${t('There is a problem', {id: 'signup-form.summary'})}
                </h2>
                <ul @click=${this.handleSummaryClick}>
                  ${[...this.errors].map(
                    ([name, message]) =>
                      html`<li>
                        ${known.has(name) ? html`<a href="#${this.idOf(name)}">${message}</a>` : message}
                      </li>`
                  )}
                </ul>
              </div>`
            : nothing
        }
        ${form.fields.map((f) => this.renderField(f))}
        ${
          consent
            ? this.renderField(
                {
                  name: CONSENT,
                  type: 'checkbox',
                  label: consent.text,
                  required: consent.required,
                  options: [],
                },
                privacy &&
                  html`<a href=${privacy}
                    >${t('Read the privacy notice', {id: 'signup-form.privacy'})}</a
                  >`
              )
            : nothing
        }
        <div class="lym-visually-hidden" aria-hidden="true">
          <input
            name=${this.honeypot}
            type="text"
            tabindex="-1"
            autocomplete="off"
          />
        </div>
        <div>
          <button
            part="submit-button"
            class="lym-button"
            data-variant="primary"
            type="submit"
            aria-disabled=${sending}
          >
            ${t('Register', {id: 'signup-form.submit'})}
          </button>
        </div>
        <div part="status" role="status">
          ${
            sending
              ? t('Sending your registration…', {id: 'signup-form.sending'})
              : this.early
                ? t(
                    'Not sent yet: check your answers and press Register again.',
                    {
                      id: 'signup-form.early',
                    }
                  ) + (this.early % 2 ? '' : '\u00a0')
                : nothing
          }
        </div>
        ${
          this.failure
            ? html`<div
                part="status"
                class="lym-status"
                data-kind="error"
                role="alert"
              >
                ${sending ? nothing : html`<p>${this.failureText()}</p>`}
                <button
                  part="retry-button"
                  class="lym-button"
                  type="submit"
                  aria-disabled=${sending}
                >
                  ${t('Try again', {id: 'feed.retry'})}
                </button>
              </div>`
            : nothing
        }
      </form>`;
  }

  /**
   * "Check your connection" only when the browser knows it is offline:
   * online, the receiver is down or refuses this page (CORS), which is on
   * "our side" as the visitor sees it.
   */
  private failureText() {
    const t = this.i18n.msg;
    // A limit's end as the receiver gives it (in the visitor's zone, with
    // the date: it may be tomorrow).
    const until =
      this.retryAt && formatMoment(this.retryAt, this.i18n.intlLocale);
    return (
      (
        {
          timeout: t(
            'The registration service did not answer in time. Your answers are kept.',
            {
              id: 'signup-form.error.timeout',
            }
          ),
          offline: t(
            'Your registration could not be sent. Check your connection.',
            {
              id: 'signup-form.error.offline',
            }
          ),
          429: until
            ? t(
                str`Too many registrations were sent from here. Try again after ${until}. Your answers are kept.`,
                {id: 'signup-form.error.busy-until'}
              )
            : t(
                'Too many registrations were sent from here. Try again later. Your answers are kept.',
                {id: 'signup-form.error.busy'}
              ),
        } as Record<string, string>
      )[this.failure == 'offline' && navigator.onLine ? '' : this.failure!] ??
      t('Something went wrong on our side. Your answers are kept.', {
        id: 'signup-form.error.server',
      })
    );
  }

  private renderField(f: FormField, extra?: unknown) {
    const t = this.i18n.msg;
    const id = this.idOf(f.name);
    const error = this.errors.get(f.name);
    const value = this.answers[f.name];
    const text = typeof value === 'string' ? value : '';
    const help = this.pick(f.help);
    const describedBy =
      [(help || extra) && `h_${id}`, error && `e_${id}`]
        .filter(Boolean)
        .join(' ') || nothing;
    // Stated either way ("true" or "false"): Chromium otherwise reports an
    // unticked required checkbox as invalid before the visitor has done
    // anything.
    const invalid = !!error;
    const check = f.type === 'checkbox';
    const lang = this.langOf(f.label);
    // Controls say "required" themselves, but Chromium does not for a
    // checkbox or a select (not even with aria-required): the label says it.
    // The space after the label's words is in their text: the template's
    // own is minified away, and Chromium leaves a text of spaces alone out
    // of the name ("Role(required)"). On a line of its own, "(required)"
    // starts where the label does.
    const label = html`${this.pick(f.label) + (f.required ? ' ' : '')}${
      f.required
        ? html`<small
            aria-hidden=${ifDefined(check || f.type == 'select' ? undefined : 'true')}
            >${t('(required)', {id: 'signup-form.required'})}</small
          >`
        : nothing
    }`;
    const about = html`${
      help || extra
        ? html`<div
            part="help"
            id="h_${id}"
            lang=${ifDefined(this.langOf(f.help))}
          >
            ${help} ${extra}
          </div>`
        : nothing
    }${
      error
        ? html`<p part="field-error" id="e_${id}">
            <span class="lym-visually-hidden"
              >${t('Error:', {id: 'signup-form.error-prefix'})}</span
            >
            ${error}
          </p>`
        : nothing
    }`;
    if (f.type === 'radio') {
      return html`<fieldset
        part="field"
        role="radiogroup"
        ?data-invalid=${invalid}
        aria-required=${f.required}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
      >
        <legend part="label" lang=${ifDefined(lang)}>${label}</legend>
        ${about}
        ${f.options.map(
          (o, i) =>
            html`<label
              class="lym-sf-choice"
              lang=${ifDefined(this.langOf(o.label))}
            >
              <input
                type="radio"
                id=${i ? `r${i}_${id}` : id}
                name=${f.name}
                .value=${o.value}
                .checked=${text === o.value}
              />
              ${this.pick(o.label)}
            </label>`
        )}
      </fieldset>`;
    }
    const control =
      f.type === 'select'
        ? html`<select
            part="input"
            id=${id}
            name=${f.name}
            autocomplete=${ifDefined(f.autocomplete as 'on' | undefined)}
            ?required=${f.required}
            aria-invalid=${invalid}
            aria-describedby=${describedBy}
          >
            <option value="">
              ${t('Choose…', {id: 'signup-form.choose'})}
            </option>
            ${f.options.map(
              (o) =>
                html`<option value=${o.value} ?selected=${text === o.value}>
                  ${this.pick(o.label)}
                </option>`
            )}
          </select>`
        : f.type === 'textarea'
          ? html`<textarea
              part="input"
              id=${id}
              name=${f.name}
              rows="5"
              dir="auto"
              autocomplete=${ifDefined(f.autocomplete as 'on' | undefined)}
              .value=${text}
              ?required=${f.required}
              aria-invalid=${invalid}
              aria-describedby=${describedBy}
            ></textarea>`
          : html`<input
              part="input"
              id=${id}
              name=${f.name}
              type=${f.type === 'number' ? 'text' : f.type}
              dir="auto"
              inputmode=${ifDefined(f.type === 'number' ? 'decimal' : undefined)}
              spellcheck=${ifDefined(f.type === 'email' ? 'false' : undefined)}
              autocomplete=${ifDefined(f.autocomplete as 'on' | undefined)}
              .value=${check ? 'yes' : text}
              .checked=${value === true}
              ?required=${f.required}
              aria-invalid=${invalid}
              aria-describedby=${describedBy}
            />`;
    const labelEl = html`<label part="label" for=${id} lang=${ifDefined(lang)}
      >${label}</label
    >`;
    return html`<div part="field" ?data-invalid=${invalid}>
      ${
        check
          ? html`${about}
              <div class="lym-sf-choice">${control} ${labelEl}</div>`
          : html`${labelEl} ${about} ${control}`
      }
    </div>`;
  }
}
