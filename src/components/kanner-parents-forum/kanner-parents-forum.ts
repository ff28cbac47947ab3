import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { KannerElement } from '../../core/kanner-element.js';
import strings from '../../generated/locales/kanner-parents-forum/index.js';
import { emit, type KannerContactDetail } from '../../core/events.js';
import { formatAddress, formatMonthYear, formatRule, hostOf } from '../../core/format.js';
import { dateOf, oneOf, warnOnce } from '../../core/warn.js';
import { forumPack } from '../../data/forum.js';
import { telHref } from '../../data/phone.js';
import { topicsOfTheDay } from './forum-logic.js';
import { forumStyles } from './kanner-parents-forum.styles.js';

const TAG = 'kanner-parents-forum';
export const VARIANTS = ['card', 'inline', 'compact'] as const;
export const TARGETS = ['_self', '_blank'] as const;
const DEFAULT_TOPICS = 3;

/**
 * Points parents to the Parents' Forum (Eltereforum): regional meeting places for all
 * parents from pregnancy on, and the information platform eltereforum.lu, run by the
 * Ministry of Education, Children and Youth. Example themes change every day; secondary
 * links lead to the parents' line and to support near you (the service finder on the
 * same page, filtered for parents, or else ONE's helpline).
 *
 * @tagname kanner-parents-forum
 * @summary Parents' Forum teaser.
 * @fires {KannerContactEvent} kanner-contact - A link was activated. `detail: { widget, contact, channel, href }`.
 * @csspart base - The teaser's box.
 * @csspart topics - The example themes.
 * @csspart cta - The link to eltereforum.lu.
 * @csspart secondary - The parents' line and "support near you".
 * @cssprop --kanner-color-background - Background.
 * @cssprop --kanner-color-accent - Links and the call to action.
 * @cssprop --kanner-color-accent-text - Text on the call to action.
 * @cssprop --kanner-font-family - Font (default: inherited from the page).
 */
export class KannerParentsForum extends KannerElement {
  static override styles = [...KannerElement.styles, forumStyles];
  static override uiStrings = strings;
  static override dataPacks = [forumPack];

  /** `card` (default), `inline` (a paragraph in the page's flow) or `compact` (one line). */
  @property() variant: string | null = null;
  /** How many example themes to show (a whole number, 0 for none; default 3). */
  @property() topics: string | null = null;
  /** `_self` (default) or `_blank` for the external links. */
  @property() target: string | null = null;
  /** For previews: the date (YYYY-MM-DD) the themes are chosen for. Default: today. */
  @property() date: string | null = null;

  get resolvedVariant(): (typeof VARIANTS)[number] {
    return oneOf(TAG, 'variant', this.variant, VARIANTS, 'card');
  }

  get resolvedTarget(): (typeof TARGETS)[number] {
    return oneOf(TAG, 'target', this.target, TARGETS, '_self');
  }

  get resolvedTopics(): number {
    if (this.topics == null || this.topics === '') return DEFAULT_TOPICS;
    const n = Number(this.topics);
    if (Number.isInteger(n) && n >= 0) return n;
    warnOnce(`<${TAG}> topics="${this.topics}" is not a whole number; showing ${DEFAULT_TOPICS} themes.`);
    return DEFAULT_TOPICS;
  }

  get themeDate(): Date {
    return dateOf(TAG, 'date', this.date);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    void this.resolvedVariant, this.resolvedTarget, this.resolvedTopics;
    if (changed.has('date')) void this.themeDate;
  }

  private t$(ref: number | undefined): string {
    return this.t(forumPack, ref);
  }

  private contact(id: string, channel: KannerContactDetail['channel'], href: string): void {
    emit(this, 'kanner-contact', { widget: TAG, contact: id, channel, href });
  }

  /** An external link: `rel="noopener"`, the target chosen, and a hidden word when it opens a new tab. */
  private external(href: string, id: string, body: TemplateResult | string, cls: string, part?: string): TemplateResult {
    const blank = this.resolvedTarget === '_blank';
    return html`<a class=${cls} part=${part ?? nothing} href=${href} target=${this.resolvedTarget} rel="noopener" @click=${() => this.contact(id, 'website', href)}
      >${body}${blank ? html`<span class="visually-hidden"> ${msg('(opens in a new tab)')}</span>` : nothing}</a
    >`;
  }

  private cta(): TemplateResult {
    const data = this.data(forumPack).core;
    const host = hostOf(data.website.url);
    return this.external(data.website.url, data.service.id, msg(str`Visit ${host}`), 'cta', 'cta');
  }

  /** The parents' line, with its sourced hours only. */
  private parentsLine(): TemplateResult {
    const line = this.data(forumPack).core.parents_line;
    const href = telHref(line.phone);
    const locale = this.currentLocale;
    const hours = [
      ...(line.schedule?.rules?.map((r) => formatRule(r, locale)) ?? []),
      line.schedule?.note !== undefined ? this.t$(line.schedule.note) : '',
    ].filter(Boolean);
    return html`<li>
      <span class="label">${this.t$(line.title)}</span>
      <a class="phone" href=${href} @click=${() => this.contact(line.id, 'phone', href)}
        ><span class="visually-hidden">${msg('Call')} </span>${line.phone.display}</a
      >
      ${hours.length && this.resolvedVariant === 'card' ? html`<span class="hours">${hours.join(' ')}</span>` : nothing}
    </li>`;
  }

  /** "Find support near you": the service finder on this page (for parents), else ONE's helpline. */
  private nearYou(): TemplateResult {
    const finder = this.ownerDocument.querySelector('kanner-service-finder');
    if (finder) {
      return html`<li class="k-screen-only">
        <button type="button" class="link" @click=${() => this.showFinder(finder as HTMLElement)}>${msg('Find support near you (in the search on this page)')}</button>
      </li>`;
    }
    const help = this.data(forumPack).core.helpline;
    const href = telHref(help.phone);
    return html`<li>
      <span class="label">${msg('Find support near you:')} ${this.t$(help.title)}</span>
      <a class="phone" href=${href} @click=${() => this.contact(help.id, 'phone', href)}
        ><span class="visually-hidden">${msg('Call')} </span>${help.phone.display}</a
      >
    </li>`;
  }

  private showFinder(finder: HTMLElement): void {
    finder.setAttribute('audience', 'parent');
    finder.setAttribute('need', 'parenting-support');
    finder.scrollIntoView({ block: 'start' });
    const focusSearch = () => finder.shadowRoot?.querySelector<HTMLElement>('input[type="search"]')?.focus();
    requestAnimationFrame(focusSearch);
  }

  private places(): TemplateResult | typeof nothing {
    const data = this.data(forumPack).core;
    if (!data.places.length) return nothing;
    const locale = this.currentLocale;
    return html`<div class="places">
      <p class="small-title">${msg('Meeting places')}</p>
      <ul>
        ${data.places.map((l) => {
          const line = formatAddress(l.address);
          return html`<li>
            <span class="place-name">${this.t$(l.name)}</span>, ${line}${l.confidence === 'med'
              ? html` <span class="checked">(${msg(str`checked ${formatMonthYear(l.verified, locale)}`)})</span>`
              : nothing}
          </li>`;
        })}
      </ul>
      <p class="more-places">${msg('The other meeting places across the country are listed on the website.')}</p>
    </div>`;
  }

  private topicList(): TemplateResult | typeof nothing {
    const topics = topicsOfTheDay(this.data(forumPack).core.topics, this.resolvedTopics, this.themeDate);
    if (!topics.length) return nothing;
    return html`<div class="topics-block">
      <p class="small-title" id="topics">${msg('Parents talk about things like')}</p>
      <ul class="topics" part="topics" aria-labelledby="topics">
        ${topics.map((t) => html`<li data-id=${t.id}>${this.t$(t.name)}</li>`)}
      </ul>
    </div>`;
  }

  private attribution(): TemplateResult {
    return html`<p class="attribution">${msg(str`Run by the ${this.t$(this.data(forumPack).core.operator.name)}.`)}</p>`;
  }

  override render() {
    const data = this.data(forumPack).core;
    const variant = this.resolvedVariant;
    const name = this.t$(data.service.name);
    if (variant === 'compact') {
      return html`<p class="base compact" part="base" lang=${this.currentLocale}>
        <strong>${name}</strong> — ${msg('meet and support other parents:')} ${this.cta()}
        <span class="sep" aria-hidden="true">·</span>
        <span class="attribution">${msg(str`Run by the ${this.t$(data.operator.name)}.`)}</span>
      </p>`;
    }
    if (variant === 'inline') {
      return html`<div class="base inline" part="base" lang=${this.currentLocale}>
        <p><strong>${name}.</strong> ${this.t$(data.pitch)} ${this.cta()}</p>
        ${this.attribution()}
        <ul class="secondary" part="secondary" aria-label=${msg('More help for parents')}>
          ${this.parentsLine()} ${this.nearYou()}
        </ul>
      </div>`;
    }
    return html`<section class="base card" part="base" aria-labelledby="title" lang=${this.currentLocale}>
      <h2 id="title">${name}</h2>
      <p class="pitch">${this.t$(data.pitch)}</p>
      ${this.topicList()} ${this.places()}
      <p class="cta-row">${this.cta()}</p>
      ${this.attribution()}
      <div class="secondary-block">
        <p class="small-title" id="more-help">${msg('More help for parents')}</p>
        <ul class="secondary" part="secondary" aria-labelledby="more-help">
          ${this.parentsLine()} ${this.nearYou()}
        </ul>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kanner-parents-forum': KannerParentsForum;
  }
}
