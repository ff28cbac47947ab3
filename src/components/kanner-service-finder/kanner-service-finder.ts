import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { KannerElement } from '../../core/kanner-element.js';
import strings from '../../generated/locales/kanner-service-finder/index.js';
import { emit, type KannerContactDetail } from '../../core/events.js';
import { oneOf, warnOnce } from '../../core/warn.js';
import { directoryPack } from '../../data/directory.js';
import { AUDIENCES, CANTONS, NEEDS, type Audience, type CantonId, type NeedId } from '../../data/types.js';
import type { Packed, TextRef } from '../../data/pack.js';
import type { DirectoryData } from '../../data/packs.js';
import { Finder, MIN_QUERY, type Criteria, type FinderResult, type ServiceEntry } from './finder-logic.js';
import { queryLanguages } from './query-languages.js';
import { crisisPanel } from './crisis-panel.js';
import { finderStyles } from './kanner-service-finder.styles.js';
import { ClockController } from '../../core/clock-controller.js';
import type { FinderView } from './finder-view.js';
import { finderForm } from './finder-form.js';
import { countText, resultsList, safetyLine } from './results-list.js';

export { languageName } from './result-card.js';

const TAG = 'kanner-service-finder';
export const LAYOUTS = ['full', 'compact'] as const;

const finders = new WeakMap<object, Finder>();
/** One index per dataset per page, however many finders: the directory does not depend on the language. */
function sharedFinder(core: Packed<DirectoryData>): Finder {
  let finder = finders.get(core);
  if (!finder) {
    finder = new Finder(core);
    finders.set(core, finder);
  }
  return finder;
}

/**
 * Guided search over every service in the dataset: what I need, who I am, my age, my
 * region, how I want to reach them, open now, language spoken — and free text in any of
 * the five languages, words or whole sentences as children and parents type them
 * (stemmed, accent- and case-insensitive, typo tolerant, languages may mix): the needs a
 * sentence names rank their services first, lines for children first for a child. Words
 * of suicide, self-harm or danger right now bring a crisis panel with the lines to call
 * above every result. A safety line with 112 / 113 is always shown; the number of results
 * is announced politely.
 *
 * @tagname kanner-service-finder
 * @summary Which service helps me? Guided, multilingual search.
 * @fires {KannerContactEvent} kanner-contact - A way to reach a service was activated. `detail: { widget, contact, channel, href }`.
 * @csspart base - The finder's box.
 * @csspart safety - The "in danger now" line.
 * @csspart filters - The form with the search box and filters.
 * @csspart count - The announced number of results.
 * @csspart results - The list of results.
 * @csspart card - One result.
 * @csspart stale - The "last checked … please check" note of a fact older than `stale-after-months`.
 * @csspart empty - What is shown when nothing matches.
 * @csspart crisis - The crisis panel (words of suicide, self-harm or danger right now).
 * @cssprop --kanner-color-background - Background.
 * @cssprop --kanner-color-surface - Card background.
 * @cssprop --kanner-color-text - Text colour.
 * @cssprop --kanner-color-accent - Links and buttons.
 * @cssprop --kanner-color-emergency - The safety line and emergency numbers.
 * @cssprop --kanner-font-family - Font (default: inherited from the page).
 */
export class KannerServiceFinder extends KannerElement {
  static override styles = [...KannerElement.styles, finderStyles];
  static override dataPacks = [directoryPack];
  static override uiStrings = strings;
  /** The query language of the widget's own language; the others load once the reader types. */
  static override localeResources = [queryLanguages];

  /** Pre-selected need (a stable id, e.g. `violence-abuse`). */
  @property() need: string | null = null;
  /** Pre-selected reader: `child`, `teen`, `young-adult`, `parent` or `professional`. */
  @property() audience: string | null = null;
  /** Pre-selected canton, e.g. `esch-sur-alzette`. */
  @property() region: string | null = null;
  /** At most this many results (a positive whole number). */
  @property({ attribute: 'max-results' }) maxResults: string | null = null;
  /**
   * `full` (every filter, default; on a narrow widget the less-used ones fold behind
   * "More filters") or `compact` (search and need; the rest always behind "More filters").
   */
  @property() layout: string | null = null;

  @state() private criteria: Criteria = {};
  /** The count last announced (rendered in the widget's language, like all its text). */
  @state() private announced?: number;
  @state() private moreFilters = false;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private readonly clock = new ClockController(this);
  private lastCount = -1;

  get resolvedLayout(): (typeof LAYOUTS)[number] {
    return oneOf(TAG, 'layout', this.layout, LAYOUTS, 'full');
  }

  get resolvedMaxResults(): number {
    if (this.maxResults == null || this.maxResults === '') return Infinity;
    const n = Number(this.maxResults);
    if (Number.isInteger(n) && n > 0) return n;
    warnOnce(`<${TAG}> max-results="${this.maxResults}" is not a positive whole number; showing every result.`);
    return Infinity;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    void this.resolvedLayout, this.resolvedMaxResults;
    // Attributes set the starting filters; the reader can change them afterwards.
    if (changed.has('need') || changed.has('audience') || changed.has('region')) {
      const need = oneOf<NeedId | ''>(TAG, 'need', this.need, NEEDS, '') || undefined;
      const audience = oneOf<Audience | ''>(TAG, 'audience', this.audience, AUDIENCES, '') || undefined;
      const region = oneOf<CantonId | ''>(TAG, 'region', this.region, CANTONS, '') || undefined;
      this.criteria = { ...this.criteria, need, audience, region };
    }
  }

  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // A language that arrives while the reader types may change what the query says.
    this.unsubscribe = queryLanguages.onLoad(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    this.unsubscribe?.();
  }

  /** A query may be in any of the five languages, or mix them: load them all once the reader types. */
  private wantAllLanguages(): void {
    queryLanguages.loadAll().catch((error: unknown) => warnOnce(`<${TAG}> could not load the search languages (${String(error)}).`));
  }

  /** The current results (what the list shows). */
  get results(): FinderResult[] {
    return sharedFinder(this.data(directoryPack).core).search(this.criteria, this.clock.now).slice(0, this.resolvedMaxResults);
  }

  /** Announces the count politely, once typing pauses (no chatter on every keystroke). */
  private scheduleAnnouncement(count: number): void {
    if (count === this.lastCount) return;
    this.lastCount = count;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announced = count;
    }, 400);
  }

  /** What the form, the cards and the list need from this element while it renders. */
  private readonly view: FinderView = ((host) => ({
    get locale() {
      return host.currentLocale;
    },
    get now() {
      return host.clock.now;
    },
    get compact() {
      return host.resolvedLayout === 'compact';
    },
    get data() {
      return host.data(directoryPack).core;
    },
    stale: (verified: string | undefined) => host.isStale(verified, host.clock.now),
    t: (ref: TextRef | undefined) => host.t(directoryPack, ref),
    contact: (entry: ServiceEntry | undefined, id: string, channel: KannerContactDetail['channel'], href: string) =>
      emit(host, 'kanner-contact', { widget: TAG, contact: entry?.service.id ?? id, channel, href }),
  }))(this);

  override render() {
    const results = this.results;
    const query = this.criteria.query?.trim() ?? '';
    if (query) this.wantAllLanguages();
    const finder = sharedFinder(this.data(directoryPack).core);
    const understood = query.length >= MIN_QUERY ? finder.understand(query) : undefined;
    const lines = understood?.crisis ? finder.crisisHotlines(understood, this.criteria.audience) : [];
    this.scheduleAnnouncement(results.length);
    const view = this.view;
    return html`<section
      class="base k-box ${this.resolvedLayout} ${this.moreFilters ? 'expanded' : ''}"
      part="base"
      aria-labelledby="title"
      lang=${this.currentLocale}
      @focusin=${(e: Event) => (e.target as HTMLElement).id === 'q' && this.wantAllLanguages()}
    >
      <h2 id="title">${msg('Find help near you')}</h2>
      ${safetyLine(view)}
      ${finderForm(view, {
        criteria: this.criteria,
        moreFilters: this.moreFilters,
        onChange: (criteria) => (this.criteria = criteria),
        onToggleMore: () => (this.moreFilters = !this.moreFilters),
        onReset: () => (this.criteria = {}),
      })}
      ${understood?.crisis && lines.length ? crisisPanel(view, understood.crisis, lines) : nothing}
      <p class="count" part="count" aria-hidden="true">${countText(results.length)}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announced === undefined ? '' : countText(this.announced)}</div>
      ${resultsList(view, results)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kanner-service-finder': KannerServiceFinder;
  }
}
