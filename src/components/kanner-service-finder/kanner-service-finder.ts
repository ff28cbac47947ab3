import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { KannerElement } from '../../core/kanner-element.js';
import strings from '../../generated/locales/kanner-service-finder/index.js';
import { emit, type KannerContactDetail } from '../../core/events.js';
import { formatAddress, formatMonthYear, formatRule, formatTime, hostOf } from '../../core/format.js';
import { INTL_LOCALE, type Locale } from '../../core/locales.js';
import { oneOf, warnOnce } from '../../core/warn.js';
import { directoryPack } from '../../data/directory.js';
import { openState } from '../../data/schedule.js';
import { telHref } from '../../data/phone.js';
import { AUDIENCES, CANTONS, NEEDS, type Audience, type CantonId, type NeedId } from '../../data/types.js';
import type { Packed } from '../../data/pack.js';
import type { Location, Phone, Channel } from '../../data/types.js';
import { Finder, REACH, type Criteria, type FinderResult, type Reach, type ServiceEntry } from './finder-logic.js';
import { finderStyles } from './kanner-service-finder.styles.js';
import { ClockController } from '../../core/clock-controller.js';

const TAG = 'kanner-service-finder';
export const LAYOUTS = ['full', 'compact'] as const;
/** Languages a reader can ask a service to speak (the five of this library). */
const SPOKEN = ['lb', 'fr', 'de', 'en', 'pt'] as const;
/** Lines offered when nothing matches: someone always answers. */
const FALLBACK_HOTLINES = ['116111', '116000', 'one', 'peitrusshaus'];

// Only the finder names languages: kept here, not in the core every page loads.
const displayNames = new Map<Locale, Intl.DisplayNames>();
/** A language's name in `locale` ("lb" → "Luxembourgish"), or the code if unknown. */
export function languageName(code: string, locale: Locale): string {
  try {
    let names = displayNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'language' });
      displayNames.set(locale, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

let finder: Finder | undefined;
/** One index per page, however many finders: the directory does not depend on the language. */
function sharedFinder(): Finder {
  return (finder ??= new Finder(directoryPack.core));
}

/**
 * Guided search over every service in the dataset: what I need, who I am, my age, my
 * region, how I want to reach them, open now, language spoken — and free text in any of
 * the five languages (accent- and case-insensitive, prefix and small-typo tolerant,
 * synonyms across languages). A safety line with 112 / 113 is always shown; the number
 * of results is announced politely.
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
 * @csspart empty - What is shown when nothing matches.
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  /** The current results (what the list shows). */
  get results(): FinderResult[] {
    return sharedFinder().search(this.criteria, this.clock.now).slice(0, this.resolvedMaxResults);
  }

  private set<K extends keyof Criteria>(key: K, value: Criteria[K]): void {
    this.criteria = { ...this.criteria, [key]: value };
  }

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    const value = target.value;
    switch (target.name) {
      case 'query':
        this.set('query', value);
        break;
      case 'need':
        this.set('need', (value || undefined) as NeedId | undefined);
        break;
      case 'audience':
        this.set('audience', (value || undefined) as Audience | undefined);
        break;
      case 'region':
        this.set('region', (value || undefined) as CantonId | undefined);
        break;
      case 'language':
        this.set('language', value || undefined);
        break;
      case 'age': {
        const n = Number(value);
        this.set('age', value === '' || !Number.isFinite(n) || n < 0 ? undefined : Math.floor(n));
        break;
      }
      case 'open-now':
        this.set('openNow', (target as HTMLInputElement).checked);
        break;
      case 'reach': {
        const boxes = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input[name="reach"]')];
        this.set('reach', boxes.filter((b) => b.checked).map((b) => b.value as Reach));
        break;
      }
    }
  }

  private reset(): void {
    this.criteria = {};
    this.renderRoot.querySelector<HTMLFormElement>('form')?.reset();
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

  private countText(count: number): string {
    if (count === 0) return msg('No service matches. The helplines below always answer.');
    if (count === 1) return msg('1 service found.');
    return msg(str`${count} services found.`);
  }

  private contact(entry: ServiceEntry | undefined, id: string, channel: KannerContactDetail['channel'], href: string): void {
    emit(this, 'kanner-contact', { widget: TAG, contact: entry?.service.id ?? id, channel, href });
  }

  // ——— rendering ———

  private t$(ref: number | undefined): string {
    return this.t(directoryPack, ref);
  }

  private audienceName(a: Audience): string {
    switch (a) {
      case 'child':
        return msg('a child (6–11)');
      case 'teen':
        return msg('a teenager (12–17)');
      case 'young-adult':
        return msg('a young adult (18–21)');
      case 'parent':
        return msg('a parent or carer');
      case 'professional':
        return msg('a professional or a worried adult');
    }
  }

  /** Who a service is for, as a card says it. */
  private forWhom(audiences: readonly Audience[]): string {
    if (AUDIENCES.every((a) => audiences.includes(a))) return msg('everyone: children, young people, parents and professionals');
    return audiences
      .map((a) => {
        switch (a) {
          case 'child':
            return msg('children (6–11)');
          case 'teen':
            return msg('teenagers (12–17)');
          case 'young-adult':
            return msg('young adults (18–21)');
          case 'parent':
            return msg('parents and carers');
          case 'professional':
            return msg('professionals');
        }
      })
      .join(', ');
  }

  private reachName(r: Reach): string {
    switch (r) {
      case 'phone':
        return msg('Phone');
      case 'in-person':
        return msg('In person');
      case 'chat':
        return msg('Chat');
      case 'email':
        return msg('E-mail');
      case 'form':
        return msg('Online form');
    }
  }

  private languageName(code: string): string {
    return languageName(code, this.currentLocale);
  }

  private safetyLine(): TemplateResult {
    const call = (number: string, label: string) =>
      html`<a href="tel:${number}" @click=${() => this.contact(undefined, number, 'phone', `tel:${number}`)}
        ><span class="digits">${number}</span> <span class="visually-hidden">${label}</span></a
      >`;
    return html`<p class="safety" part="safety">
      <strong>${msg('In danger now?')}</strong>
      ${msg(html`Call ${call('112', msg('(emergency)'))} for an emergency or ${call('113', msg('(police)'))} for the police.`)}
    </p>`;
  }

  private filters(): TemplateResult {
    const c = this.criteria;
    const data = directoryPack.core;
    return html`<form class="filters" part="filters" role="search" @input=${this.onInput} @change=${this.onInput} @submit=${(e: Event) => e.preventDefault()}>
      <div class="field wide">
        <label for="q">${msg('Search (any language)')}</label>
        <input id="q" name="query" type="search" autocomplete="off" spellcheck="false" .value=${c.query ?? ''} />
      </div>
      <div class="field">
        <label for="need">${msg('What do you need help with?')}</label>
        <select id="need" name="need">
          <option value="" ?selected=${!c.need}>${msg('Anything')}</option>
          ${data.needs.map((n) => html`<option value=${n.id} ?selected=${c.need === n.id}>${this.t$(n.name)}</option>`)}
        </select>
      </div>
      <!-- Shown in the compact layout, and in the full one when the widget is narrow (CSS). -->
      <button type="button" class="more k-button" aria-expanded=${String(this.moreFilters)} aria-controls="more-filters" @click=${() => (this.moreFilters = !this.moreFilters)}>
        ${this.moreFilters ? msg('Fewer filters') : msg('More filters')}
      </button>
      <div id="more-filters" class="more-filters">
        <div class="field">
          <label for="audience">${msg('Who are you?')}</label>
          <select id="audience" name="audience">
            <option value="" ?selected=${!c.audience}>${msg('Anyone')}</option>
            ${AUDIENCES.map((a) => html`<option value=${a} ?selected=${c.audience === a}>${this.audienceName(a)}</option>`)}
          </select>
        </div>
        <div class="field narrow">
          <label for="age">${msg('Age')}</label>
          <input id="age" name="age" type="number" inputmode="numeric" min="0" max="99" .value=${c.age === undefined ? '' : String(c.age)} />
        </div>
        <div class="field">
          <label for="region">${msg('Region (canton)')}</label>
          <select id="region" name="region">
            <option value="" ?selected=${!c.region}>${msg('All of Luxembourg')}</option>
            ${data.regions.map((r) => html`<option value=${r.id} ?selected=${c.region === r.id}>${this.t$(r.name)}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="language">${msg('Language spoken')}</label>
          <select id="language" name="language">
            <option value="" ?selected=${!c.language}>${msg('Any language')}</option>
            ${SPOKEN.map((l) => html`<option value=${l} ?selected=${c.language === l}>${this.languageName(l)}</option>`)}
          </select>
        </div>
        <fieldset class="field reach">
          <legend>${msg('How do you want to reach them?')}</legend>
          ${REACH.map(
            (r) => html`<label class="check"><input type="checkbox" name="reach" value=${r} .checked=${!!c.reach?.includes(r)} /> ${this.reachName(r)}</label>`,
          )}
        </fieldset>
        <label class="check open-now"><input type="checkbox" name="open-now" .checked=${!!c.openNow} /> ${msg('Open now')}</label>
      </div>
      <button type="button" class="reset k-button" @click=${this.reset}>${msg('Clear search and filters')}</button>
    </form>`;
  }

  private hours(entry: ServiceEntry, schedule_id: string | undefined): TemplateResult | typeof nothing {
    const schedule = schedule_id ? entry.schedules.get(schedule_id) : undefined;
    if (!schedule) return nothing;
    const locale = this.currentLocale;
    const s = openState(schedule, this.clock.now);
    const badge =
      s.kind === 'always'
        ? html`<span class="badge open">${msg('Open 24/7')}</span>`
        : s.kind === 'open'
          ? html`<span class="badge open">${msg(str`Open now, until ${formatTime(s.closes, locale)}`)}</span>`
          : s.kind === 'closed'
            ? html`<span class="badge closed">${msg('Closed now')}</span>`
            : nothing;
    const rules = schedule.rules?.map((r) => formatRule(r, locale)).join('; ');
    const note = schedule.note !== undefined ? this.t$(schedule.note) : '';
    return html`<span class="hours">${badge} ${rules ?? ''} ${note}</span>`;
  }

  private phoneLink(entry: ServiceEntry, p: Packed<Phone>): TemplateResult {
    const href = telHref(p);
    return html`<li>
      <a class="contact phone ${entry.service.emergency ? 'emergency' : ''}" href=${href} @click=${() => this.contact(entry, p.id, 'phone', href)}>
        <span class="visually-hidden">${msg('Call')} </span><span class="digits">${p.display}</span>
        ${p.label !== undefined ? html`<span class="label">${this.t$(p.label)}</span>` : nothing}
      </a>
      ${this.hours(entry, p.schedule_id)}
    </li>`;
  }

  private channelLink(entry: ServiceEntry, c: Packed<Channel>): TemplateResult {
    const label =
      c.label !== undefined
        ? this.t$(c.label)
        : c.type === 'email'
          ? c.url.replace(/^mailto:/, '')
          : c.type === 'form'
            ? msg('Online form')
            : c.type === 'chat'
              ? msg('Chat')
              : hostOf(c.url);
    const kind = c.type === 'website' ? 'website' : c.type;
    return html`<li>
      <a class="contact ${kind}" href=${c.url} rel=${c.type === 'email' ? nothing : 'noopener'} @click=${() => this.contact(entry, c.id, kind, c.url)}
        >${label}${c.type !== 'email' ? html`<span class="visually-hidden"> (${msg('website')})</span>` : nothing}</a
      >
      ${this.hours(entry, c.schedule_id)}
    </li>`;
  }

  private place(entry: ServiceEntry, l: Packed<Location>): TemplateResult {
    const line = formatAddress(l.address);
    const map = `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${line}, Luxembourg`)}`;
    return html`<li class="place">
      <span class="place-name">${this.t$(l.name)}</span>
      <span class="address">${line}</span>
      ${l.by_appointment ? html`<span class="appointment">${msg('By appointment')}</span>` : nothing}
      <a href=${map} rel="noopener" @click=${() => this.contact(entry, l.id, 'address', map)}
        >${msg('Map and directions')}<span class="visually-hidden"> (OpenStreetMap)</span></a
      >
    </li>`;
  }

  private card(result: FinderResult): TemplateResult {
    const { entry, places } = result;
    const s = entry.service;
    const locale = this.currentLocale;
    const compact = this.resolvedLayout === 'compact';
    const headingId = `h-${s.id}`;
    const facts = [...entry.phones, ...entry.channels, ...entry.places];
    // One link per site (the first page cited there): "men.public.lu" twice reads like a mistake.
    const bySite = new Map<string, string>();
    for (const f of facts) if (!bySite.has(hostOf(f.source))) bySite.set(hostOf(f.source), f.source);
    const sources = [...bySite.values()];
    const verified = facts.map((f) => f.verified).sort()[0];
    const ages = s.ages ? (s.ages.max !== undefined ? msg(str`ages ${s.ages.min}–${s.ages.max}`) : msg(str`from age ${s.ages.min}`)) : '';
    const shownPlaces = places.slice(0, 1);
    const morePlaces = places.slice(1);
    return html`<li class="card ${result.pinned ? 'pinned' : ''}" part="card" data-id=${s.id}>
      <article aria-labelledby=${headingId}>
        <h3 id=${headingId}>${this.t$(s.name)}</h3>
        <p class="org">${this.t$(entry.organization.name)}</p>
        ${compact ? nothing : html`<p class="summary">${this.t$(s.summary)}</p>`}
        ${s.information_only ? html`<p class="note">${msg('Information only: it does not help individual children. For a complaint, see the Ombudsman (OKaJu).')}</p>` : nothing}
        <dl class="facts">
          <dt>${msg('For')}</dt>
          <dd>${this.forWhom(s.audiences)}${ages ? html` · ${ages}` : nothing}</dd>
          ${s.languages ? html`<dt>${msg('Languages')}</dt><dd>${s.languages.codes.map((c) => this.languageName(c)).join(', ')}</dd>` : nothing}
        </dl>
        ${s.safety?.length
          ? html`<ul class="badges" aria-label=${msg('Good to know')}>
              ${s.safety.map((f) => html`<li>${this.safetyName(f.fact)}</li>`)}
            </ul>`
          : nothing}
        <ul class="contacts" aria-label=${msg('How to reach them')}>
          ${entry.phones.map((p) => this.phoneLink(entry, p))} ${entry.channels.map((c) => this.channelLink(entry, c))}
        </ul>
        ${shownPlaces.length
          ? html`<ul class="places">
              ${shownPlaces.map((l) => this.place(entry, l))}
            </ul>`
          : nothing}
        ${morePlaces.length
          ? html`<details class="more-places">
              <summary>${morePlaces.length === 1 ? msg('1 more place') : msg(str`${morePlaces.length} more places`)}</summary>
              <ul class="places">
                ${morePlaces.map((l) => this.place(entry, l))}
              </ul>
            </details>`
          : nothing}
        ${sources.length
          ? html`<p class="source">
              ${msg('Source:')}
              ${sources.map(
                (u, i) => html`${i ? ', ' : ''}<a href=${u} rel="noopener">${hostOf(u)}</a>`,
              )}
              · ${msg(str`checked ${formatMonthYear(verified!, locale)}`)}
            </p>`
          : nothing}
      </article>
    </li>`;
  }

  private safetyName(fact: string): string {
    switch (fact) {
      case 'free':
        return msg('Free of charge');
      case 'anonymous':
        return msg('Anonymous');
      case 'confidential':
        return msg('Confidential');
      case 'not-on-phone-bill':
        return msg('Not shown on the phone bill');
      case 'no-account':
        return msg('No account needed');
      default:
        return fact;
    }
  }

  private empty(): TemplateResult {
    const data = directoryPack.core;
    const lines = FALLBACK_HOTLINES.map((id) => data.hotlines.find((h) => h.id === id))
      .filter((h) => !!h)
      .map((h) => ({ hotline: h, phone: data.phones.find((p) => p.id === h.phone_id) }))
      .filter((x): x is { hotline: (typeof x)['hotline']; phone: Packed<Phone> } => !!x.phone);
    return html`<div class="empty" part="empty">
      <p>${msg('Nothing matches these words or filters. Try fewer filters, another word — or talk to someone now:')}</p>
      <ul class="contacts">
        ${lines.map(
          ({ hotline, phone }) => html`<li>
            <a class="contact phone" href=${telHref(phone)} @click=${() => this.contact(undefined, hotline.id, 'phone', telHref(phone))}>
              <span class="visually-hidden">${msg('Call')} </span><span class="digits">${phone.display}</span>
              <span class="label">${this.t$(hotline.title)}</span>
            </a>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  override render() {
    const results = this.results;
    this.scheduleAnnouncement(results.length);
    return html`<section class="base k-box ${this.resolvedLayout} ${this.moreFilters ? 'expanded' : ''}" part="base" aria-labelledby="title" lang=${this.currentLocale}>
      <h2 id="title">${msg('Find help near you')}</h2>
      ${this.safetyLine()} ${this.filters()}
      <p class="count" part="count" aria-hidden="true">${this.countText(results.length)}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announced === undefined ? '' : this.countText(this.announced)}</div>
      ${results.length
        ? html`<ul class="results" part="results">
            ${results.map((r) => this.card(r))}
          </ul>`
        : this.empty()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kanner-service-finder': KannerServiceFinder;
  }
}
