import {
  LitElement,
  html,
  nothing,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {str} from '@lit/localize';
import {organization} from '../feed/organization.js';
import type {LocalizedText, Organization} from '../feed/types.js';
import {FeedController} from '../shared/feed-controller.js';
import {fold, parseList} from '../shared/text.js';
import {LocaleController} from '../i18n/localize.js';
import {
  countryName,
  fieldLabel,
  languageName,
  typeLabel,
} from '../i18n/vocabulary.js';
import {httpUrl} from '../shared/safe-url.js';
import {mailtoUrl, telUrl} from '../shared/contact-url.js';
import {renderError, renderLoading} from '../shared/status.js';
import {tokens} from '../shared/styles.js';
import {styles} from './org-directory.styles.js';
import {
  DEFAULT_STATE,
  FACETS,
  filterEntries,
  facetOptions,
  facetValues,
  indexOrganizations,
  isFiltered,
  selected,
  sortEntries,
  type Entry,
  type Facet,
  type FacetCounts,
  type FilterState,
} from './filter.js';
import {namespaceFor, readState, writeState} from './url-state.js';
import {organizationsCsv} from './csv.js';
import {lymEvent} from '../shared/event.js';

/** Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko, … (not their legacy presentation forms). */
const RTL = /[\u0590-\u08ff]/;

/** Fired when the visitor changes the search, a filter, the sort or the page. */
export const LymFilterChangeEvent = lymEvent<FilterState>('lym-filter-change');
export type LymFilterChangeEvent = InstanceType<typeof LymFilterChangeEvent>;

/** Fired when the visitor opens a result's details. */
export const LymOrgSelectEvent = lymEvent<{
  readonly id: string;
  readonly organization: Organization;
}>('lym-org-select');
export type LymOrgSelectEvent = InstanceType<typeof LymOrgSelectEvent>;

type Option = {value: string; label: string};

/**
 * A searchable, filterable directory of local organisations from one or more feeds.
 *
 * The search needs every word typed, ignores case, diacritics and the
 * punctuation around a word ("Kaunas,", quotes), and a word's ending after
 * its first four letters (its last vowels and s, which change with the
 * grammar: "Talsi" finds "Talsu novads", "Kauno" "Kaunas", "Συλλόγου"
 * "Σύλλογος"; the Swedish plural's "-ar" is not an ending), and looks in names,
 * municipalities and cities in every language the feed gives them in (a Greek
 * reader finds "Αθήνα" on an English page), and in descriptions, countries,
 * types and fields of activity in the reader's language, as the cards name
 * them ("Lietuva", "NVO").
 *
 * "Download CSV" saves the current results as `organisations.csv`: UTF-8
 * with a byte order mark, every cell quoted, formula-like cells neutralised,
 * and cells separated as Excel expects in the page's language: by semicolons
 * where numbers have a decimal comma (lv, lt, sv, el, pt), else by commas.
 *
 * Search and filters live in the query string, namespaced by the element's
 * `id` (else `od`, `od2`, … by its place in the page): `?od.q=talsi&od.country=LV`
 * (a list as `LV,LT` or `LV LT`, or the key repeated).
 * The preset attributes (`country`, `types`, `fields`) fix the slice of the
 * feed the directory shows; the visitor filters within it. Each change is a
 * history entry (Back undoes it), written just after the results are painted;
 * a run of keystrokes is one entry, written once typing pauses (300 ms). The
 * result count is announced in a polite live region once typing pauses (700 ms),
 * and after Next or Previous page the page ("Page 2 of 4"), while the focus
 * moves to the first result. A space typed before or after the words changes
 * no result: it is not announced, nor does it turn the page back to 1.
 *
 * Where the results wrap below the facets (about 45em wide and less: a phone,
 * 200 % zoom, or a narrow column of a wide page) the facets would fill two
 * screens before the first result: they wait behind a "Filters" button (a
 * disclosure, `aria-expanded`) that reads "Filters (2)" when two are chosen,
 * and end with "Show results (12)": a ticked option changes results out of
 * sight below them, and that button (and "Skip to results") folds them and
 * moves the focus to the count above the results.
 * When a window resized or zoomed folds the facets while the focus is in
 * them, they open (the button says so) and the focus stays; when they unfold
 * while the button has the focus, it stays shown until the focus moves on,
 * and says "expanded".
 *
 * By keyboard, the facets are three dozen checkboxes between the search and
 * the results: the first Tab stop in them is a "Skip to results" button, out
 * of sight until it has the focus, that moves the focus to the result count
 * (the next Tabs reach the sort and Download CSV, then the results).
 *
 * Printed, it shows the page of results with the count and the page number,
 * and the descriptions the visitor opened; not the search, facets or buttons.
 *
 * @summary Searchable, filterable directory of organisations with CSV download.
 * @tagname org-directory
 * @attr {'light' | 'dark' | 'auto'} color-scheme - `light` or `dark` forces this element's colours; `auto` follows the visitor's preference. Each also paints the element's background (that scheme's `Canvas`). Default: the page's `color-scheme` and no background.
 * @slot - Fallback content (for example a link to the full list): shown before the script runs and when the feed fails.
 * @csspart base - The wrapper.
 * @csspart filters - The search form with the facets.
 * @csspart search - The search box.
 * @csspart filters-button - Where the results wrap below the facets (a phone, or a narrow column), the button that shows and hides them; it reads "Filters (2)" when two are chosen.
 * @csspart facets - The facets' wrapper (hidden where the results wrap below it until the filters button opens it).
 * @csspart skip-button - The first stop in the facets, seen only when focused: "Skip to results" moves the focus to the count, past every checkbox.
 * @csspart show-results-button - Where the results wrap below the facets, the last of them: "Show results (12)" folds the facets and moves the focus to the count.
 * @csspart facet - A facet's fieldset.
 * @csspart facet__option - A facet option: its checkbox, name and count.
 * @csspart facet__checkbox - A facet option's checkbox.
 * @csspart facet__count - The number of results next to a facet option.
 * @csspart sort - The sort select.
 * @csspart count - The number of results.
 * @csspart partial - Under the count, when one of several feeds in `src` failed and the others are shown: "Some organisations could not be loaded."
 * @csspart clear-button - The "Clear filters" buttons.
 * @csspart csv-button - The CSV download button.
 * @csspart list - The result list.
 * @csspart item - One organisation.
 * @csspart item__title - An organisation's name (a heading).
 * @csspart badge - The "Looking for partners" badge.
 * @csspart links - An organisation's website, email and phone links.
 * @csspart details - The disclosure with the description.
 * @csspart summary - The disclosure's summary: "Description".
 * @csspart empty - The message when nothing matches.
 * @csspart pagination - The page navigation.
 * @csspart page-button - The "Previous page" and "Next page" buttons.
 * @csspart status - The loading and error states.
 * @csspart loading - The loading state (with `status`).
 * @csspart error - The state when the information cannot be loaded (with `status`).
 * @csspart retry-button - The error state's "Try again" button.
 * @csspart fallback - The wrapper of the fallback content (the default slot) in the error state.
 * @cssprop --lym-org-directory-columns - grid-template-columns of the result list; default `repeat(auto-fill, minmax(min(100%, 20em), 1fr))`. Size the columns with lengths, `fr` or `minmax()`: a result is a container, sized without its contents, so a `max-content` or `fit-content()` column would be a few pixels wide.
 * @cssprop --lym-org-directory-filters-width - Width of the filter column on wide layouts; default `16em`.
 * @cssprop --lym-org-directory-background - Background of the whole directory; default `--lym-color-background`.
 * @cssprop --lym-org-directory-item-background - Background of a result; default `--lym-color-surface`.
 * @cssprop --lym-org-directory-badge-background - Background of the partners badge; default `--lym-color-success`.
 * @cssprop --lym-org-directory-badge-color - Text colour of the partners badge; default `--lym-color-accent-contrast`.
 * @fires lym-filter-change - The visitor changed the search, a filter, the sort or the page (also on back/forward); detail: the filter state.
 * @fires lym-org-select - The visitor opened a result's details; detail: `{id, organization}`.
 * @fires lym-feed-load - The feed loaded.
 * @fires lym-feed-error - A feed could not be used.
 */
export class OrgDirectory extends LitElement {
  static override styles = [tokens, styles];

  private readonly i18n = new LocaleController(this);
  private readonly feed = new FeedController(this, {
    organizations: organization,
  });

  /** Feed URL, or several separated by spaces; the same id in two feeds: the later feed wins. */
  @property() src?: string;
  /** A feed object, instead of `src`. */
  @property({attribute: false}) data?: unknown;
  /** How long to wait for the feed's server to answer, and then for each next piece of the feed, in milliseconds (default 10000): a feed that keeps arriving is never cut off, however slow the link; one that stops halfway fails with Retry. A value that is not a number above 0 and below 2147483648 (24.8 days), such as `10s`, is the default. */
  @property({type: Number}) timeout?: number;
  /** Preset: only these countries (ISO codes, separated by spaces or commas). */
  @property() country?: string;
  /** Preset: only these organisation types (keys, separated by spaces or commas). */
  @property() types?: string;
  /** Preset: only these fields of activity (keys, separated by spaces or commas). */
  @property() fields?: string;
  /** Hide the search, filters and sort: a plain list (presets still apply). */
  @property({type: Boolean, attribute: 'hide-filters'}) hideFilters = false;
  /** Results per page (12 fills rows of 1, 2, 3 or 4 columns; a value that is not a number of at least 1 is 12). */
  @property({type: Number, attribute: 'page-size'}) pageSize = 12;
  /** The heading level of each organisation's name (1–6; others are rounded into that range, as in the other elements). */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  @state() private filter: FilterState = DEFAULT_STATE;
  @state() private announcement = '';
  /** Whether the facets show where the results wrap below them (else they always show). */
  @state() private facetsOpen = false;

  @query('[type=search]') private searchBox?: HTMLInputElement;

  private ns = 'od';
  private index?: {key: unknown[]; entries: Entry[]};
  private slice?: {
    key: string;
    entries: Entry[];
    byUpdated?: readonly Entry[];
    unfiltered?: Map<readonly Entry[], OrgDirectory['view']>;
    options: Record<Facet, Option[]>;
  };
  private view: {results: Entry[]; counts: FacetCounts; matched: Entry[]} = {
    results: [],
    counts: filterEntries([], DEFAULT_STATE).counts,
    matched: [],
  };
  /**
   * The facet counts on screen (none yet: the view's, at once). A search or a
   * facet click paints its results first and the counts in the frame after:
   * the counts cost about as much to lay out and paint as the results, and
   * the visitor looks at the results.
   */
  private shownCounts?: FacetCounts;
  private typing = false;
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** The organisation each description was rendered for. */
  private detailsOf = new WeakMap<Element, string>();
  /** The URL write a change scheduled. */
  private pendingUrl?: {typing: boolean; run(): void; cancel(): void};
  /** What the current view was derived from. */
  private lastSearch?: {list: readonly Entry[]; state: FilterState; q: string};

  // The facets wait behind the Filters button wherever the results wrap
  // below them: on a phone, at 200 % zoom, in a narrow column of a wide page
  // (which a media query, seeing only the window, would miss). Observed: the
  // search box, as wide as the filters, which widen when the results wrap and
  // keep their width when the facets hide (hiding them resizes the element:
  // observed, that would loop).
  // Facets that fold while they have the focus open instead (the window
  // resized or zoomed then): hidden, they would lose the focus to the page.
  // And the button says "expanded" whenever they are in sight with it: when
  // they unfold while it has the focus (it stays shown, see the styles), and
  // when it is pressed there (it cannot hide what the layout shows).
  // A resize is acted on in the next frame, not in the observer's callback:
  // folding the facets there can resize the search box again within the
  // frame (a page scrollbar that goes with them), and the browser reports
  // that as an error on the page ("ResizeObserver loop completed with
  // undelivered notifications"). A new search box is measured at once (see
  // updated), so that the first frame shows the right layout.
  private watched?: Element;
  private wrap = new ResizeObserver(() => requestAnimationFrame(this.fold));
  private fold = () => {
    const layout = this.renderRoot.querySelector<HTMLElement>('.layout');
    if (
      layout?.querySelector(
        layout.classList.toggle(
          'narrow',
          (layout.lastElementChild as HTMLElement).offsetTop > layout.offsetTop
        )
          ? '#facets:focus-within'
          : ':focus[part~=filters-button]'
      )
    )
      this.facetsOpen = true;
  };

  override connectedCallback() {
    super.connectedCallback();
    this.ns = namespaceFor(
      this.id,
      [...document.querySelectorAll('org-directory')].indexOf(this)
    );
    this.filter = this.fromUrl();
    window.addEventListener('popstate', this.handlePopState);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handlePopState);
    clearTimeout(this.announceTimer);
    this.pendingUrl?.cancel();
  }

  protected override async scheduleUpdate() {
    await this.i18n.ready;
    super.scheduleUpdate();
  }

  // Derived here rather than in willUpdate: the feed controller's hostUpdate
  // runs after willUpdate and may settle a `.data` feed synchronously.
  protected override update(changed: PropertyValues<this>) {
    this.derive();
    super.update(changed);
  }

  // Result rows are reused for the next results: a description opened for one
  // organisation must not stay open for the one that takes its place.
  // The search box, the sort and the facets' checkboxes show the filter state
  // after every update, even where the visitor changed them and the state did
  // not follow (what Lit's live() does, without loading it on every page).
  protected override updated() {
    const root = this.renderRoot;
    if (this.shownCounts && this.shownCounts !== this.view.counts)
      requestAnimationFrame(() => {
        // (Several keystrokes in a frame ask for one update.)
        const {counts} = this.view;
        if (this.shownCounts === counts) return;
        this.shownCounts = counts;
        this.requestUpdate();
      });
    for (const d of root.querySelectorAll<HTMLDetailsElement>(
      'details[data-id]'
    )) {
      if (this.detailsOf.get(d) !== d.dataset.id) {
        this.detailsOf.set(d, d.dataset.id!);
        d.open = false;
      }
    }
    const {q, sort} = this.filter;
    const search = this.searchBox;
    // Only this search box (one a new render left is let go), observed anew
    // only when new (observing again reports again, a fold a frame for each
    // render), and measured then, before its first frame (see wrap).
    if (search) {
      if (search !== this.watched) {
        this.wrap.disconnect();
        this.wrap.observe((this.watched = search));
        this.fold();
      }
      if (search.value !== q) search.value = q;
    }
    // (Setting the same value again moves a text box's caret, not a select's
    // choice or a checkbox's state.)
    const select = root.querySelector('select');
    if (select) select.value = sort;
    for (const box of root.querySelectorAll<HTMLInputElement>('[data-facet]')) {
      box.checked = selected(this.filter, box.dataset.facet as Facet).includes(
        box.value
      );
    }
  }

  private derive() {
    const {msg, intlLocale} = this.i18n;
    const feed = this.feed.feed;
    const key = [feed, msg, intlLocale];
    if (!this.index || key.some((k, i) => k !== this.index!.key[i])) {
      const entries = indexOrganizations(
        feed?.organizations ?? [],
        (v) => this.text(v),
        (f, v) => this.label(f, v),
        intlLocale
      );
      this.index = {key, entries};
      this.slice = undefined;
      // The search's haystacks when the browser is idle, once the first
      // results are painted (or at the first search, if it comes before);
      // not for a directory removed, or an index replaced (a new language)
      // meanwhile: 0.25 s at 10,000 organisations for nothing.
      (window.requestIdleCallback ?? setTimeout)(
        () =>
          this.isConnected &&
          this.index?.entries == entries &&
          entries[0]?.index.hay()
      );
    }
    const presets = {
      ...DEFAULT_STATE,
      country: parseList(this.country).map((c) => c.toUpperCase()),
      // Keys are lower case ("ngo"); a preset may be written "NGO".
      type: parseList(this.types?.toLowerCase()),
      field: parseList(this.fields?.toLowerCase()),
    };
    const sliceKey = JSON.stringify(presets);
    if (this.slice?.key !== sliceKey) {
      const entries = filterEntries(this.index.entries, presets).results;
      const all = facetOptions(entries);
      const collator = new Intl.Collator(intlLocale);
      const options = Object.fromEntries(
        FACETS.map((f) => [
          f,
          all[f]
            .map((value) => ({value, label: this.label(f, value)}))
            .sort(
              (a, b) =>
                +(a.value === 'other') - +(b.value === 'other') ||
                collator.compare(a.label, b.label)
            ),
        ])
      ) as Record<Facet, Option[]>;
      this.slice = {key: sliceKey, entries, options};
      // New options: their counts at once.
      this.shownCounts = undefined;
    }
    const slice = this.slice;
    const list =
      this.filter.sort === 'updated'
        ? (slice.byUpdated ??= sortEntries(slice.entries, 'updated'))
        : slice.entries;
    const state = this.hideFilters ? DEFAULT_STATE : this.filter;
    const last = this.lastSearch;
    // An update that changed neither (the announcement, a property) keeps the view.
    if (last?.list === list && last.state === state) return;
    // Typing narrows: when the query extends the last one over the same list,
    // only what matched the last one can match.
    const q = fold(state.q);
    const from =
      last?.list === list && q.startsWith(last.q) ? this.view.matched : list;
    // The unfiltered view (and its counts) is the same every time it comes back.
    const unfiltered = !isFiltered(state);
    const cached = unfiltered ? slice.unfiltered?.get(list) : undefined;
    this.view = cached ?? filterEntries(from, state);
    if (unfiltered && !cached)
      (slice.unfiltered ??= new Map()).set(list, this.view);
    this.lastSearch = {list, state, q};
  }

  private label(facet: Facet, value: string): string {
    const {msg, intlLocale} = this.i18n;
    switch (facet) {
      case 'country':
        return countryName(intlLocale, value);
      case 'type':
        return typeLabel(msg, value);
      case 'field':
        return fieldLabel(msg, value);
      case 'language':
        return languageName(intlLocale, value);
      default:
        return msg('Looking for partners', {id: 'org-directory.partners'});
    }
  }

  /** A feed text in the element's language. */
  private text(value: LocalizedText | undefined): string {
    return this.i18n.text(value, this.feed.feed?.defaultLocale);
  }

  private fromUrl(): FilterState {
    const s = readState(location.search, this.ns);
    return this.hideFilters
      ? {...DEFAULT_STATE, sort: s.sort, page: s.page}
      : s;
  }

  private handlePopState = () => {
    this.pendingUrl?.cancel();
    const next = this.fromUrl();
    if (writeState('', this.ns, next) === writeState('', this.ns, this.filter))
      return;
    this.filter = next;
    this.typing = false;
    this.dispatchEvent(new LymFilterChangeEvent(next));
    this.announceLater();
  };

  /**
   * Applies a visitor's change: state, event, announcement, and the URL: a
   * new history entry for a change, one replaced entry for a run of
   * keystrokes. The URL is written after the results are painted (the
   * history API costs a frame's worth of time), and for typing once it
   * pauses (browsers throttle pages that call it on every keystroke).
   */
  private commit(patch: Partial<FilterState>, typing = false) {
    // A change still waiting for its URL gets its history entry first; a
    // keystroke supersedes the last one's.
    const pending = this.pendingUrl;
    if (pending && typing && pending.typing) pending.cancel();
    else pending?.run();
    this.filter = {...this.filter, page: 1, ...patch};
    this.scheduleUrl(typing);
    this.dispatchEvent(new LymFilterChangeEvent({...this.filter}));
    this.announceLater();
  }

  private scheduleUrl(typing: boolean) {
    // Typing: once it pauses; else when the browser is idle (or next task).
    const idle = !typing && window.requestIdleCallback;
    const cancel = () => {
      if (idle) cancelIdleCallback(id as number);
      else clearTimeout(id);
      this.pendingUrl = undefined;
    };
    const run = () => {
      cancel();
      this.writeUrl(typing);
    };
    const id = idle
      ? requestIdleCallback(run, {timeout: 100})
      : setTimeout(run, typing ? 300 : 0);
    this.pendingUrl = {typing, run, cancel};
  }

  private writeUrl(typing: boolean) {
    const url =
      location.pathname +
      writeState(location.search, this.ns, this.filter) +
      location.hash;
    // (A builder's srcdoc frame refuses any URL: the state stays unwritten.)
    if (url !== location.pathname + location.search + location.hash)
      try {
        if (typing && this.typing) history.replaceState(history.state, '', url);
        else history.pushState(history.state, '', url);
      } catch {
        /* about:srcdoc */
      }
    this.typing = typing;
  }

  /** Says `text`, or the count, in the live region once changes pause. */
  private announceLater(text?: string | null) {
    clearTimeout(this.announceTimer);
    // Emptied meanwhile, so that the same words said again are a change a
    // screen reader reads (Cyprus → Sweden: 8 found, then 8 found).
    this.announcement = '';
    this.announceTimer = setTimeout(async () => {
      await this.updateComplete;
      this.announcement = text || this.countText(this.view.results.length);
      this.typing = false;
    }, 700);
  }

  private handleSearch(e: Event) {
    const q = (e.target as HTMLInputElement).value;
    // A space before or after the words (the next word's start) changes no
    // result: the count is not said again, nor the page turned back to 1.
    if (q.trim() == this.filter.q.trim()) this.filter = {...this.filter, q};
    else this.commit({q}, true);
  }

  private handleFacet(e: Event) {
    const input = e.target as HTMLInputElement;
    const facet = input.dataset.facet as Facet;
    if (facet === 'partners') return this.commit({partners: input.checked});
    const values = this.filter[facet as Exclude<Facet, 'partners'>].filter(
      (v) => v !== input.value
    );
    this.commit({[facet]: input.checked ? [...values, input.value] : values});
  }

  private handleSort(e: Event) {
    // The select's own values: "name" or "updated".
    this.commit({
      sort: (e.target as HTMLSelectElement).value as FilterState['sort'],
    });
  }

  private async handleClear() {
    this.commit({...DEFAULT_STATE, sort: this.filter.sort});
    await this.updateComplete;
    this.searchBox?.focus();
  }

  private async goToPage(page: number) {
    this.commit({page});
    await this.updateComplete;
    this.renderRoot
      // The first result's title (the only h3s are the titles).
      .querySelector('h3')
      ?.focus();
    // The focus reads the first result; the live region says which page.
    this.announceLater(this.renderRoot.querySelector('nav span')?.textContent);
  }

  private handleToggle(e: Event) {
    const details = e.target as HTMLDetailsElement;
    const org = this.view.results.find(
      (r) => r.org.id === details.dataset.id
    )?.org;
    if (details.open && org) {
      this.dispatchEvent(
        new LymOrgSelectEvent({id: org.id, organization: org})
      );
    }
  }

  private handleCsv() {
    const csv = organizationsCsv(
      this.view.results.map((e) => e.org),
      (value) => this.text(value),
      (facet, value) => this.label(facet, value),
      // Excel's list separator is ";" where the decimal mark is ",".
      this.i18n.number(0.5)[1] == ',' ? ';' : ','
    );
    const url = URL.createObjectURL(
      new Blob([csv], {type: 'text/csv;charset=utf-8'})
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = 'organisations.csv';
    // In the tree for the click only (never painted: removed at once).
    this.renderRoot.append(a);
    a.click();
    a.remove();
    // Safari reads the file from the URL a task or more after the click: 40 s
    // (as FileSaver.js waits) for a slow phone.
    setTimeout(() => URL.revokeObjectURL(url), 40000);
  }

  private countText(n: number): string {
    const t = this.i18n.msg;
    const c = this.i18n.number(n);
    return this.i18n.plural(n, {
      zero: t(str`${c} organisations found`, {id: 'org-directory.count.zero'}),
      one: t(str`${c} organisation found`, {id: 'org-directory.count.one'}),
      few: t(str`${c} organisations found`, {id: 'org-directory.count.few'}),
      many: t(str`${c} organisations found`, {id: 'org-directory.count.many'}),
      other: t(str`${c} organisations found`, {
        id: 'org-directory.count.other',
      }),
    });
  }

  /** `lang` for a feed text shown in another language than the UI. */
  private langOf(value: LocalizedText | undefined): string | undefined {
    return this.i18n.foreignLang(value, this.feed.feed?.defaultLocale);
  }

  override render() {
    const t = this.i18n.msg;
    const {status, error} = this.feed;
    return html`<div part="base" class="base">
      ${
        // The feed failed; or none loaded, with one of several feeds
        // missing: the failure, with Retry.
        error && !this.feed.feed?.organizations.length
          ? renderError(t, this.feed)
          : status === 'ready'
            ? this.renderDirectory()
            : renderLoading(t)
      }
    </div>`;
  }

  private renderDirectory(): TemplateResult {
    const t = this.i18n.msg;
    const {results} = this.view;
    // Not a number, or less than 1: the default.
    const size = this.pageSize >= 1 ? Math.floor(this.pageSize) : 12;
    const pages = Math.max(1, Math.ceil(results.length / size));
    const page = Math.min(this.filter.page, pages);
    const filtered = !this.hideFilters && isFiltered(this.filter);
    const clear = html`<button
      part="clear-button"
      class="lym-button"
      type="button"
      @click=${this.handleClear}
    >
      ${t('Clear filters', {id: 'org-directory.clear'})}
    </button>`;
    return html`<div class="layout">
      ${this.hideFilters ? nothing : this.renderFilters()}
      <div>
        <div class="bar">
          <p part="count" tabindex="-1">${this.countText(results.length)}</p>
          ${
            this.hideFilters
              ? nothing
              : html`<label
                  ><span class="label"
                    >${t('Sort by', {id: 'org-directory.sort'})}</span
                  >
                  <select part="sort" @change=${this.handleSort}>
                    <option value="name">
                      ${t('Name', {id: 'org-directory.sort.name'})}
                    </option>
                    <option value="updated">
                      ${t('Recently updated', {id: 'org-directory.sort.updated'})}
                    </option>
                  </select></label
                >`
          }
          ${filtered && results.length ? clear : nothing}
          ${
            results.length
              ? html`<button
                  part="csv-button"
                  class="lym-button"
                  type="button"
                  @click=${this.handleCsv}
                >
                  ${t('Download CSV', {id: 'org-directory.csv'})}
                </button>`
              : nothing
          }
        </div>
        ${
          this.feed.error
            ? html`<p part="partial">
                ${t('Some organisations could not be loaded.', {id: 'org-directory.partial'})}
              </p>`
            : nothing
        }
        ${
          results.length
            ? html`<ul part="list">
                  ${results
                    .slice((page - 1) * size, page * size)
                    .map((e) => this.renderItem(e))}
                </ul>
                ${pages > 1 ? this.renderPagination(page, pages) : nothing}`
            : html`<div part="empty">
                <p>
                  ${t('No organisations match.', {id: 'org-directory.empty'})}
                </p>
                ${filtered ? clear : nothing}
              </div>`
        }
        <div class="lym-visually-hidden" role="status">
          ${this.announcement}
        </div>
      </div>
    </div>`;
  }

  // Skip to results, and Show results at the facets' end: where the results
  // wrap below the facets, these fold; then the count (the first paragraph
  // in the shadow root) takes the focus and is scrolled into sight, before
  // the resize observer looks (it opens facets that fold with the focus).
  private async showResults() {
    this.facetsOpen = false;
    await this.updateComplete;
    this.renderRoot.querySelector('p')!.focus();
  }

  private renderFilters(): TemplateResult {
    const t = this.i18n.msg;
    const legends: Record<Facet, string> = {
      country: t('Country', {id: 'org-directory.facet.country'}),
      type: t('Type of organisation', {id: 'org-directory.facet.type'}),
      field: t('Field of activity', {id: 'org-directory.facet.field'}),
      language: t('Languages', {id: 'org-directory.facet.language'}),
      partners: t('Cooperation', {id: 'org-directory.facet.partners'}),
    };
    let chosen = 0;
    for (const f of FACETS) chosen += selected(this.filter, f).length;
    // The skip button's target, the count, is the first paragraph in the
    // shadow root: this form has none.
    return html`<form
      part="filters"
      role="search"
      aria-label=${t('Find organisations', {id: 'org-directory.filters'})}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <label
        ><span class="label">${t('Search', {id: 'org-directory.search'})}</span>
        <input
          part="search"
          type="search"
          dir="auto"
          @input=${this.handleSearch}
      /></label>
      <button
        part="filters-button"
        class="lym-button fold"
        type="button"
        aria-expanded=${this.facetsOpen}
        aria-controls="facets"
        @click=${() =>
          (this.facetsOpen =
            !this.facetsOpen || !this.renderRoot.querySelector('.narrow'))}
      >
        ${t('Filters', {id: 'org-directory.filters-button'})}${chosen ? ` (${this.i18n.number(chosen)})` : ''}
      </button>
      <div part="facets" id="facets" class=${this.facetsOpen ? 'open' : ''}>
      <button
        part="skip-button"
        class="lym-button lym-visually-hidden"
        type="button"
        @click=${this.showResults}
      >
        ${t('Skip to results', {id: 'org-directory.skip'})}
      </button>
      ${FACETS.map((facet) => {
        const options = this.slice!.options[facet];
        const counts = (this.shownCounts ??= this.view.counts)[facet];
        return options.length
          ? html`<fieldset part="facet">
              <legend>${legends[facet]}</legend>
              ${options.map(
                (o) =>
                  html`<label part="facet__option" class="option"
                    ><input
                      part="facet__checkbox"
                      type="checkbox"
                      data-facet=${facet}
                      .value=${o.value}
                      @change=${this.handleFacet}
                    /><span .textContent=${o.label}></span
                    ><span
                      part="facet__count"
                      .textContent=${`(${this.i18n.number(counts.get(o.value) ?? 0)})`}
                    ></span
                  ></label>`
              )}
            </fieldset>`
          : nothing;
      })}
      <button
        part="show-results-button"
        class="lym-button fold"
        type="button"
        @click=${this.showResults}
      >
        ${t('Show results', {id: 'org-directory.show-results'})} (${this.i18n.number(this.view.results.length)})
      </button>
      </div>
    </form>`;
  }

  // The result template is the hot path of a keystroke: texts are bound as
  // `.textContent` (no marker comments) and the rows are fixed, so an item is
  // about 40 nodes and re-rendering it only sets what changed.
  private renderItem({org, name}: Entry): TemplateResult {
    const t = this.i18n.msg;
    const place: string[] = [];
    for (const p of [
      this.text(org.city),
      this.text(org.municipality),
      this.label('country', org.country),
    ]) {
      if (p && !place.some((q) => fold(q) === fold(p))) place.push(p);
    }
    const labels = (facet: Facet, values: readonly string[]) =>
      values.map((v) => this.label(facet, v)).join(', ');
    const facets = facetValues(org);
    const fields = labels('field', facets.field);
    const languages = labels('language', facets.language);
    const website = httpUrl(org.website);
    const email = mailtoUrl(org.email);
    const {phones} = org;
    const description = this.text(org.description);
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    return html`<li part="item">
      <h3
        part="item__title"
        tabindex="-1"
        aria-level=${level}
        lang=${ifDefined(this.langOf(org.name))}
        .textContent=${name}
      ></h3>
      ${
        org.lookingForPartners
          ? html`<p
              part="badge"
              .textContent=${t('Looking for partners', {id: 'org-directory.partners'})}
            ></p>`
          : nothing
      }
      <dl>
        <dt
          .textContent=${t('Type of organisation', {id: 'org-directory.facet.type'})}
        ></dt>
        <dd .textContent=${labels('type', facets.type)}></dd>
        <dt
          ?hidden=${!fields}
          .textContent=${fields && t('Field of activity', {id: 'org-directory.facet.field'})}
        ></dt>
        <dd ?hidden=${!fields} .textContent=${fields}></dd>
        <dt .textContent=${t('Place', {id: 'org-directory.place'})}></dt>
        <dd
          .textContent=${
            // A right-to-left name (Arabic, Hebrew…) in its own isolate
            // (FSI…PDI), so that two keep their order around the comma;
            // text, not an element: a result stays about 40 nodes.
            place.map((p) => (RTL.test(p) ? `\u2068${p}\u2069` : p)).join(', ')
          }
        ></dd>
        <dt
          ?hidden=${!languages}
          .textContent=${languages && t('Languages', {id: 'org-directory.facet.language'})}
        ></dt>
        <dd ?hidden=${!languages} .textContent=${languages}></dd>
      </dl>
      ${
        website || email || phones.length
          ? html`<ul part="links">
              <li ?hidden=${!website}>
                <a
                  href=${ifDefined(website)}
                  .textContent=${website ? new URL(website).host : ''}
                ></a>
              </li>
              <li ?hidden=${!email}>
                <a href=${ifDefined(email)} .textContent=${email ? org.email! : ''}></a>
              </li>
              ${phones.map((p) => {
                // A number that makes no tel: link ("ask at the desk") is
                // still shown; its description tells two numbers apart.
                const href = telUrl(p.number);
                return html`<li>
                  ${href ? html`<a href=${href} .textContent=${p.number}></a>` : p.number}
                  ${p.description ? html`<span lang=${ifDefined(this.langOf(p.description))}>(${this.text(p.description)})</span>` : nothing}
                </li>`;
              })}
            </ul>`
          : nothing
      }
      ${
        // (Comments out of the template: one there would be a node in every
        // result.) The summary's empty description: Chromium would give a
        // named summary its words again as one.
        description
          ? html`<details
              part="details"
              data-id=${org.id}
              @toggle=${this.handleToggle}
            >
              <summary
                part="summary"
                aria-label="${t('Description', {id: 'org-directory.description'})}: ${name}"
                aria-description=""
                .textContent=${t('Description', {id: 'org-directory.description'})}
              ></summary>
              <p
                lang=${ifDefined(this.langOf(org.description))}
                .textContent=${description}
              ></p>
            </details>`
          : nothing
      }
    </li>`;
  }

  private renderPagination(page: number, pages: number): TemplateResult {
    const t = this.i18n.msg;
    return html`<nav
      part="pagination"
      aria-label=${t('Pages', {id: 'org-directory.pages'})}
    >
      <button
        part="page-button"
        class="lym-button"
        type="button"
        ?disabled=${page <= 1}
        @click=${() => this.goToPage(page - 1)}
      >
        ${t('Previous page', {id: 'org-directory.previous'})}
      </button>
      <span
        >${t(str`Page ${this.i18n.number(page)} of ${this.i18n.number(pages)}`, {id: 'org-directory.page'})}</span
      >
      <button
        part="page-button"
        class="lym-button"
        type="button"
        ?disabled=${page >= pages}
        @click=${() => this.goToPage(page + 1)}
      >
        ${t('Next page', {id: 'org-directory.next'})}
      </button>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'org-directory': OrgDirectory;
  }
  interface GlobalEventHandlersEventMap {
    'lym-filter-change': LymFilterChangeEvent;
    'lym-org-select': LymOrgSelectEvent;
  }
}
