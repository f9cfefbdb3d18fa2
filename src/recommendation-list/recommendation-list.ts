import {
  LitElement,
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {str} from '@lit/localize';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {keyed} from 'lit/directives/keyed.js';
import {recommendation} from '../feed/recommendation.js';
import type {LocalizedText, Recommendation} from '../feed/types.js';
import {parseList} from '../shared/text.js';
import {LocaleController} from '../i18n/localize.js';
import {audienceLabel, topicLabel} from '../i18n/recommendation-vocabulary.js';
import {FeedController} from '../shared/feed-controller.js';
import {httpUrl} from '../shared/safe-url.js';
import {renderError, renderLoading} from '../shared/status.js';
import {tokens} from '../shared/styles.js';
import {
  NO_FILTER,
  filterRecommendations,
  isFiltered,
  parseAudience,
  topicsOf,
  type RecommendationFilter,
} from './filter.js';
import {
  countOf,
  isDone,
  overall,
  readProgress,
  resetProgress,
  setStep,
  stepKeys,
  storage,
  writeProgress,
  type Count,
  type Progress,
} from './progress.js';
import {styles} from './recommendation-list.styles.js';
import {lymEvent} from '../shared/event.js';

export interface StepToggleDetail {
  readonly recommendationId: string;
  readonly stepIndex: number;
  readonly checked: boolean;
}

/** Fired when the visitor ticks or unticks a step in checklist mode. */
export const LymStepToggleEvent = lymEvent<StepToggleDetail>('lym-step-toggle');
export type LymStepToggleEvent = InstanceType<typeof LymStepToggleEvent>;

const AUDIENCE_KEYS = ['municipality', 'organization', 'youth'];

/**
 * The project's recommendations for cooperation between municipalities and
 * community organisations, each with its step-by-step guide; filterable, and
 * usable as a checklist whose progress stays in the browser (localStorage,
 * one key per feed URL, or per page without the query when the feed is given
 * as `.data` or inline); a tick belongs to its step's title in the feed's
 * default language, so steps the feed inserts or moves keep their ticks.
 * Every list on the page and every tab with the same feed shows the same
 * progress. A recommendation opened puts its id in the
 * URL's hash (`#youth-council`), a link that opens it, unless the hash is an
 * app's route (`#/…`, `#!…`). "Show all steps" opens every shown
 * recommendation's steps at once, to read the whole guide. The search finds
 * recommendations with every word typed, in any language the feed gives, not
 * minding case, diacritics, punctuation around a word or a word's ending
 * after four letters (its last vowels and s: "pašvaldības" finds
 * "pašvaldība").
 *
 * @summary Policy recommendations with step-by-step guides, filters and a checklist mode.
 * @tagname recommendation-list
 *
 * @attr {'light' | 'dark' | 'auto'} color-scheme - `light` or `dark` forces this element's colours; `auto` follows the visitor's preference. Each also paints the element's background (that scheme's `Canvas`). Default: the page's `color-scheme` and no background.
 * @slot - Fallback content: shown before the script runs and when the feed cannot be loaded.
 *
 * @csspart base - The wrapper.
 * @csspart filters - The filter form.
 * @csspart search - The search input.
 * @csspart audience-select - The audience select.
 * @csspart topic-options - The topics' fieldset (a checkbox for each topic).
 * @csspart clear-button - The "Clear filters" buttons.
 * @csspart count - The number of recommendations shown.
 * @csspart partial - Under the count, when one of several feeds in `src` failed and the others are shown: "Some recommendations could not be loaded."
 * @csspart list - The list of recommendations.
 * @csspart item - One recommendation.
 * @csspart item__title - Its title.
 * @csspart item__summary - Its summary.
 * @csspart details - The disclosure (`<details>`) holding its steps.
 * @csspart summary - The disclosure's summary: "Steps (3)".
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step.
 * @csspart step__checkbox - A step's checkbox (checklist mode).
 * @csspart progress - "x of y steps done" (per recommendation and overall).
 * @csspart overall - The progress of all recommendations shown (with `progress`).
 * @csspart source - The source document.
 * @csspart expand-button - "Show all steps", which opens every shown recommendation's steps (with two or more that have steps); "Hide all steps" when all are open (`aria-expanded`).
 * @csspart reset-button - "Reset progress" (checklist mode; `aria-disabled` while no shown step is ticked); after a reset, "Undo reset" until a step is ticked.
 * @csspart empty - The message when nothing matches.
 * @csspart status - The loading and error states.
 * @csspart loading - The loading state (with `status`).
 * @csspart error - The state when the information cannot be loaded (with `status`).
 * @csspart retry-button - The error state's "Try again" button.
 * @csspart fallback - The wrapper of the fallback content (the default slot) in the error state.
 *
 * @cssprop --lym-recommendation-list-item-background - Background of a recommendation; default the surface colour.
 * @cssprop --lym-recommendation-list-item-border - Border of a recommendation; default `1px solid` the border colour.
 * @cssprop --lym-recommendation-list-gap - Space between recommendations; default `--lym-space-m` (1em).
 *
 * @fires lym-step-toggle - When the visitor ticks or unticks a step; detail `{recommendationId, stepIndex, checked}`.
 * @fires lym-feed-load - When the feed is loaded.
 * @fires lym-feed-error - When the feed cannot be used.
 */
export class RecommendationList extends LitElement {
  static override styles = [tokens, styles];

  private readonly i18n = new LocaleController(this);
  private readonly feed = new FeedController(this, {
    recommendations: recommendation,
  });

  /** Feed URL(s), separated by spaces. */
  @property() src?: string;
  /** The feed as an object (instead of `src`). */
  @property({attribute: false}) data?: unknown;
  /** How long to wait for the feed's server to answer, and then for each next piece of the feed, in milliseconds (default 10000): a feed that keeps arriving is never cut off, however slow the link; one that stops halfway fails with Retry. A value that is not a number above 0 and below 2147483648 (24.8 days), such as `10s`, is the default. */
  @property({type: Number}) timeout?: number;
  /** Preset audience filter: municipality, organization, youth (or all). */
  @property() audience?: string;
  /** Preset topics, separated by spaces or commas; any of them matches. */
  @property() topics?: string;
  /** Hides the filter form (the presets still apply). */
  @property({type: Boolean, attribute: 'hide-filters'}) hideFilters = false;
  /** `list` (default) or `checklist`: steps can be ticked and progress is kept. */
  @property() mode: 'list' | 'checklist' = 'list';
  /** The heading level of the recommendation titles (1–6). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  @state() private filter: RecommendationFilter = NO_FILTER;
  @state() private progress: Progress = {};
  @state() private said = '';
  /** The progress before a reset, until the next tick: the reset button undoes it. */
  @state() private undo?: Progress;
  /** Every shown recommendation's steps are open (Show all steps then hides them). */
  @state() private expanded = false;

  /** The feed's recommendations (none before it loads). */
  private all: readonly Recommendation[] = [];
  /** Those the filters let through. */
  private shown: Recommendation[] = [];
  private allTopics: string[] = [];
  private progressKey = '';
  private sayCount = false;
  private timer?: ReturnType<typeof setTimeout>;
  private hashDone = false;
  private printOpened: HTMLDetailsElement[] = [];

  protected override async scheduleUpdate() {
    await this.i18n.ready;
    super.scheduleUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    this.listen(addEventListener);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.listen(removeEventListener);
    clearTimeout(this.timer);
  }

  /** The window's events it follows: `on` adds or removes the listeners. */
  private listen(on: (type: string, listener: EventListener) => void) {
    on('hashchange', this.openFromHash);
    on('beforeprint', this.beforePrint);
    on('afterprint', this.afterPrint);
    on('storage', this.sync as EventListener);
    on('lym-progress', this.sync as EventListener);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('audience'))
      this.filter = {...this.filter, audience: parseAudience(this.audience)};
    if (changed.has('topics'))
      this.filter = {...this.filter, topics: parseList(this.topics)};
  }

  // Derived here, not in willUpdate: the feed controller's hostUpdate (which
  // may parse `.data` synchronously) runs between the two.
  protected override update(changed: PropertyValues<this>) {
    const recs = (this.all = this.feed.feed?.recommendations ?? []);
    // The feed as loaded (see FeedController.source); before it loads, no
    // list is shown or saved.
    const key = this.feed.source;
    if (key !== this.progressKey) {
      this.progressKey = key;
      this.progress = readProgress(storage(), key);
    }
    this.allTopics = [...new Set([...topicsOf(recs), ...this.filter.topics])];
    this.shown = filterRecommendations(recs, this.filter);
    if (this.sayCount) {
      this.sayCount = false;
      this.say(this.countText());
    }
    super.update(changed);
  }

  protected override updated() {
    this.syncExpanded();
    if (this.feed.status === 'ready' && !this.hashDone) {
      this.hashDone = true;
      void this.openFromHash();
    }
    if (this.feed.status !== 'ready') this.hashDone = false;
  }

  private setFilter(change: Partial<RecommendationFilter>, later = false) {
    this.filter = {...this.filter, ...change};
    clearTimeout(this.timer);
    this.sayCount = !later;
    if (later) {
      this.timer = setTimeout(() => {
        this.sayCount = true;
        this.requestUpdate();
      }, 800);
    }
  }

  private clearFilters() {
    this.setFilter(NO_FILTER);
  }

  /** The Clear filters button disappears when pressed: focus goes to the search box. */
  private handleClear = async () => {
    this.clearFilters();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#q')?.focus();
  };

  private handleTopic(e: Event) {
    const box = e.target as HTMLInputElement;
    const topics = this.filter.topics.filter((t) => t !== box.value);
    this.setFilter({topics: box.checked ? [...topics, box.value] : topics});
  }

  /** Opens the recommendation named by `location.hash` and moves focus to it. */
  private openFromHash = async () => {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    if (!id || !this.all.some((r) => r.id === id)) return;
    if (!this.shown.some((r) => r.id === id)) {
      // A deep link wins over the visitor's filters, not over the page's hidden presets.
      if (this.hideFilters) return;
      this.clearFilters();
    }
    await this.updateComplete;
    const item = this.item(id);
    const details = item?.querySelector('details');
    if (details) details.open = true;
    item?.querySelector<HTMLElement>('[part~="item__title"]')?.focus();
  };

  private details() {
    return [...this.renderRoot.querySelectorAll('details')];
  }

  /** After a disclosure opened or closed (by a click, a link, print, a filter showing others). */
  private syncExpanded = () => {
    const all = this.details();
    this.expanded = all.length > 0 && all.every((d) => d.open);
  };

  private handleExpand() {
    const open = (this.expanded = !this.expanded);
    for (const d of this.details()) d.open = open;
  }

  private item(id: string) {
    return [
      ...this.renderRoot.querySelectorAll<HTMLElement>('[part~=item]'),
    ].find((li) => li.dataset.id === id);
  }

  private handleListClick(e: Event) {
    const summary = (e.target as Element).closest('summary');
    const details = summary?.parentElement as HTMLDetailsElement | undefined;
    const id = summary?.closest<HTMLElement>('[part~=item]')?.dataset.id;
    // The click comes before the disclosure toggles: closed now means opening.
    // (A builder's srcdoc frame refuses any URL: then no link to it. An app
    // routed by the hash, "#/…" or "#!…", keeps its route.)
    if (details && id && !details.open && !/^#[/!]/.test(location.hash))
      try {
        history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
      } catch {
        /* about:srcdoc */
      }
  }

  private handleStep(e: Event) {
    const box = e.target as HTMLInputElement;
    const rec = this.shown.find(
      (r) => r.id === box.closest<HTMLElement>('[part~=item]')?.dataset.id
    );
    if (!rec || box.type !== 'checkbox') return;
    const detail = {
      recommendationId: rec.id,
      stepIndex: Number(box.dataset.step),
      checked: box.checked,
    };
    this.undo = undefined;
    const lang = this.defaultLocale;
    const key = stepKeys(rec, lang)[detail.stepIndex];
    this.save(setStep(this.progress, rec.id, key, detail.checked));
    this.say(
      `${this.i18n.text(rec.title, lang)}: ${this.doneText(countOf(this.progress, rec, lang))}`
    );
    this.dispatchEvent(new LymStepToggleEvent(detail));
  }

  // One press clears the shown recommendations' ticks; the same button then
  // offers to bring them back, until a step is ticked again. With nothing
  // ticked among those shown it is aria-disabled and does nothing.
  private handleReset() {
    const t = this.i18n.msg;
    const saved = this.undo;
    if (saved) {
      this.save(saved);
      this.say(t('Progress restored.', {id: 'recommendation-list.undo-done'}));
      this.undo = undefined;
    } else if (overall(this.progress, this.shown, this.defaultLocale).done) {
      this.undo = this.progress;
      this.save(
        resetProgress(
          this.progress,
          this.shown.map((r) => r.id)
        )
      );
      this.say(t('Progress reset.', {id: 'recommendation-list.reset-done'}));
    }
  }

  /**
   * The same words again must still change the live region, or nothing is
   * read (a second topic that leaves 3 found): a no-break space comes and
   * goes at the end.
   */
  private say(text: string) {
    this.said = this.said === text ? `${text}\u00a0` : text;
  }

  private save(progress: Progress) {
    writeProgress(storage(), this.progressKey, progress);
    // Every list on this page with the same key shows it (this one too).
    dispatchEvent(
      new CustomEvent('lym-progress', {detail: [this.progressKey, progress]})
    );
  }

  /**
   * Another list on this page saved (`lym-progress`), or another tab did
   * (`storage`): what is shown and what the next tick starts from follow,
   * so that no list writes over another's ticks.
   */
  private sync = (e: Event) => {
    const saved = (e as CustomEvent<[string, Progress]>).detail;
    if (!saved) this.progress = readProgress(storage(), this.progressKey);
    else if (saved[0] === this.progressKey) this.progress = saved[1];
  };

  private beforePrint = () => {
    this.printOpened = this.details().filter((d) => !d.open);
    for (const d of this.printOpened) d.open = true;
  };

  private afterPrint = () => {
    for (const d of this.printOpened) d.open = false;
    this.printOpened = [];
  };

  private get defaultLocale() {
    return this.feed.feed?.defaultLocale;
  }

  private countText() {
    const t = this.i18n.msg;
    const n = this.shown.length;
    return this.i18n.plural(n, {
      zero: t(str`${n} recommendations`, {
        id: 'recommendation-list.count.zero',
      }),
      one: t(str`${n} recommendation`, {id: 'recommendation-list.count.one'}),
      few: t(str`${n} recommendations`, {id: 'recommendation-list.count.few'}),
      many: t(str`${n} recommendations`, {
        id: 'recommendation-list.count.many',
      }),
      other: t(str`${n} recommendations`, {
        id: 'recommendation-list.count.other',
      }),
    });
  }

  private doneText({done, total}: Count) {
    return this.i18n.msg(str`Steps done: ${done} of ${total}`, {
      id: 'recommendation-list.progress',
    });
  }

  /** A feed text in the reader's language, and its `lang` when it differs from the UI's. */
  private text(value: LocalizedText | undefined): [string, string | undefined] {
    return [
      this.i18n.text(value, this.defaultLocale),
      this.i18n.foreignLang(value, this.defaultLocale),
    ];
  }

  override render(): TemplateResult {
    const t = this.i18n.msg;
    // The feed failed; or none loaded, with one of several feeds missing:
    // the failure, with Retry.
    if (this.feed.error && !this.all.length) return renderError(t, this.feed);
    if (this.feed.status !== 'ready') return renderLoading(t);
    const checklist = this.mode === 'checklist';
    const filtered = isFiltered(this.filter);
    return html`<div part="base">
      ${this.hideFilters ? nothing : this.renderFilters(filtered && this.shown.length > 0)}
      <p part="count">${this.countText()}</p>
      ${
        this.feed.error
          ? html`<p part="partial">
              ${t('Some recommendations could not be loaded.', {id: 'recommendation-list.partial'})}
            </p>`
          : nothing
      }
      ${checklist && this.shown.length ? this.renderOverall() : nothing}
      ${
        this.shown.filter((r) => r.steps.length).length > 1
          ? html`<button
              part="expand-button"
              class="lym-button"
              type="button"
              aria-expanded=${this.expanded}
              @click=${this.handleExpand}
            >
              ${
                this.expanded
                  ? t('Hide all steps', {id: 'recommendation-list.collapse'})
                  : t('Show all steps', {id: 'recommendation-list.expand'})
              }
            </button>`
          : nothing
      }
      ${
        this.shown.length
          ? html`<ul
              part="list"
              @click=${this.handleListClick}
              @change=${this.handleStep}
              @toggle=${{handleEvent: this.syncExpanded, capture: true}}
            >
              ${this.shown.map((r) => keyed(r.id, this.renderItem(r, checklist)))}
            </ul>`
          : html`<div part="empty" class="lym-status">
              <p>
                ${
                  filtered
                    ? t('No recommendations match the filters.', {
                        id: 'recommendation-list.empty',
                      })
                    : t('There are no recommendations yet.', {
                        id: 'recommendation-list.none',
                      })
                }
              </p>
              ${filtered && !this.hideFilters ? this.renderClear() : nothing}
            </div>`
      }
      <div class="lym-visually-hidden" role="status">${this.said}</div>
    </div>`;
  }

  private renderClear() {
    return html`<button
      part="clear-button"
      class="lym-button"
      type="button"
      @click=${this.handleClear}
    >
      ${this.i18n.msg('Clear filters', {id: 'recommendation-list.clear'})}
    </button>`;
  }

  /** `clear`: a Clear filters button (not when the empty state has its own). */
  private renderFilters(clear: boolean) {
    const t = this.i18n.msg;
    return html`<form
      part="filters"
      role="search"
      aria-label=${t('Filter recommendations', {id: 'recommendation-list.filters'})}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <div class="field">
        <label for="q"
          >${t('Search', {id: 'recommendation-list.search'})}</label
        >
        <input
          part="search"
          id="q"
          type="search"
          dir="auto"
          .value=${this.filter.query}
          @input=${(e: Event) => this.setFilter({query: (e.target as HTMLInputElement).value}, true)}
        />
      </div>
      <div class="field">
        <label for="aud"
          >${t('Audience', {id: 'recommendation-list.audience'})}</label
        >
        <select
          part="audience-select"
          id="aud"
          @change=${(e: Event) => this.setFilter({audience: (e.target as HTMLSelectElement).value})}
        >
          <option value="" ?selected=${!this.filter.audience}>
            ${t('All audiences', {id: 'recommendation-list.audience.any'})}
          </option>
          ${AUDIENCE_KEYS.map((a) => html`<option value=${a} ?selected=${this.filter.audience === a}>${audienceLabel(t, a)}</option>`)}
        </select>
      </div>
      ${
        this.allTopics.length
          ? html`<fieldset
              part="topic-options"
              class="topics"
              @change=${this.handleTopic}
            >
              <legend>
                ${t('Topics', {id: 'recommendation-list.topics'})}
              </legend>
              ${this.allTopics.map(
                (k) =>
                  html`<label
                    ><input
                      type="checkbox"
                      value=${k}
                      .checked=${this.filter.topics.includes(k)}
                    />
                    ${topicLabel(t, k)}</label
                  >`
              )}
            </fieldset>`
          : nothing
      }
      ${clear ? this.renderClear() : nothing}
    </form>`;
  }

  private renderOverall() {
    const c = overall(this.progress, this.shown, this.defaultLocale);
    return html`<div class="overall">
      <p part="progress overall">
        ${this.i18n.msg(str`Steps done in all shown: ${c.done} of ${c.total}`, {id: 'recommendation-list.overall'})}
      </p>
      <progress
        aria-hidden="true"
        max=${c.total || 1}
        .value=${c.done}
      ></progress>
      <button
        part="reset-button"
        class="lym-button"
        type="button"
        aria-disabled=${!(c.done || this.undo)}
        @click=${this.handleReset}
      >
        ${
          this.undo
            ? this.i18n.msg('Undo reset', {id: 'recommendation-list.undo'})
            : this.i18n.msg('Reset progress', {id: 'recommendation-list.reset'})
        }
      </button>
    </div>`;
  }

  private renderItem(r: Recommendation, checklist: boolean) {
    const t = this.i18n.msg;
    const [title, titleLang] = this.text(r.title);
    const [summary, summaryLang] = this.text(r.summary);
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    // Named with its recommendation: ten disclosures are not all "Steps (3)".
    // An empty description: Chromium would give a named summary its words
    // again as one ("Steps (3): …, Steps (3)").
    const steps = t(str`Steps (${r.steps.length})`, {
      id: 'recommendation-list.steps',
    });
    const keys = stepKeys(r, this.defaultLocale);
    return html`<li part="item" data-id=${r.id}>
      <div
        part="item__title"
        role="heading"
        aria-level=${level}
        tabindex="-1"
        lang=${ifDefined(titleLang)}
      >
        ${title}
      </div>
      ${summary ? html`<p part="item__summary" lang=${ifDefined(summaryLang)}>${summary}</p>` : nothing}
      ${checklist && r.steps.length ? html`<p part="progress">${this.doneText(countOf(this.progress, r, this.defaultLocale))}</p>` : nothing}
      ${
        r.steps.length
          ? html`<details part="details">
              <summary
                part="summary"
                aria-label="${steps}: ${title}"
                aria-description=""
              >
                ${steps}
              </summary>
              <ol part="steps">
                ${r.steps.map((s, i) => {
                  const [stepTitle, stepLang] = this.text(s.title);
                  const [stepText, textLang_] = this.text(s.text);
                  // The step's explanation describes its checkbox: read
                  // with the title as the box is reached, not left unheard.
                  const textId = stepText ? `t${i}-${r.id}` : undefined;
                  const name = html`<strong lang=${ifDefined(stepLang)}>${stepTitle}</strong>`;
                  return html`<li part="step">
                    ${
                      checklist
                        ? html`<label class="check"
                            ><input
                              part="step__checkbox"
                              type="checkbox"
                              data-step=${i}
                              aria-describedby=${ifDefined(textId)}
                              .checked=${isDone(this.progress, r.id, keys[i])}
                            />
                            ${name}</label
                          >`
                        : name
                    }
                    ${stepText ? html`<p id=${textId!} lang=${ifDefined(textLang_)}>${stepText}</p>` : nothing}
                  </li>`;
                })}
              </ol>
            </details>`
          : nothing
      }
      ${r.source ? this.renderSource(r.source) : nothing}
    </li>`;
  }

  private renderSource(source: NonNullable<Recommendation['source']>) {
    const [title, lang] = this.text(source.title);
    const href = httpUrl(source.url);
    return html`<p part="source">
      ${this.i18n.msg('Source:', {id: 'recommendation-list.source'})}
      ${href ? html`<a href=${href} lang=${ifDefined(lang)} dir="auto">${title}</a>` : html`<cite lang=${ifDefined(lang)} dir="auto">${title}</cite>`}${
        source.year ? `, ${source.year}` : nothing
      }
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'recommendation-list': RecommendationList;
  }
  interface GlobalEventHandlersEventMap {
    'lym-step-toggle': LymStepToggleEvent;
  }
}
