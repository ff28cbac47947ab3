import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { KannerElement } from '../../core/kanner-element.js';
import strings from '../../generated/locales/kanner-rights-explainer/index.js';
import { emit, type KannerContactDetail } from '../../core/events.js';
import { dateOf, oneOf, warnOnce } from '../../core/warn.js';
import { formatAddress, hostOf } from '../../core/format.js';
import { rightsPack } from '../../data/rights.js';
import { telHref } from '../../data/phone.js';
import { READING_LEVELS, RIGHTS_GROUPS, type ReadingLevel, type RightsGroupId } from '../../data/types.js';
import { entriesOf, entryForArticle, rightOfTheDay, type Entry } from './rights-logic.js';
import { groupIcons, principleIcon } from './icons.js';
import { rightsStyles } from './kanner-rights-explainer.styles.js';

const TAG = 'kanner-rights-explainer';
export const LAYOUTS = ['accordion', 'cards', 'spotlight'] as const;
const GROUP_CHOICES = [...RIGHTS_GROUPS, 'all'] as const;
/** The helpline shown with OKaJu at the end. */
const HELPLINE_SERVICE = 'kjt-116111';

/**
 * The UN Convention on the Rights of the Child, explained for children, teenagers or adults,
 * in the three groups provision, protection and participation — each right leading to the
 * services that help uphold it, and the whole ending with how to complain to the
 * Ombudsman for Children and Youth (OKaJu) when rights are not respected.
 *
 * @tagname kanner-rights-explainer
 * @summary Children's rights explained, each leading to help.
 * @fires {KannerContactEvent} kanner-contact - A way to reach a service was activated. `detail: { widget, contact, channel, href }`.
 * @csspart base - The explainer's box.
 * @csspart group - One group of rights.
 * @csspart article - One right (accordion item, card or spotlight).
 * @csspart toggle - An accordion item's button.
 * @csspart help - "Who can help" under a right.
 * @csspart complaint - The closing "if your rights are not respected" section.
 * @cssprop --kanner-color-background - Background.
 * @cssprop --kanner-color-surface - Card background.
 * @cssprop --kanner-color-accent - Links, buttons and icons.
 * @cssprop --kanner-font-family - Font (default: inherited from the page).
 */
export class KannerRightsExplainer extends KannerElement {
  static override styles = [...KannerElement.styles, rightsStyles];
  static override uiStrings = strings;
  static override dataPacks = [rightsPack];

  /** Reading level: `young` (6–11, plain words), `teen` (12–17, default) or `adult` (parents and teachers). */
  @property() age: string | null = null;
  /** `provision`, `protection`, `participation` or `all` (default). */
  @property() group: string | null = null;
  /** One article only, by its number (1–54; 43–54 are explained together). */
  @property() article: string | null = null;
  /** `accordion` (default), `cards` or `spotlight` (one right per day, chosen from the date in Luxembourg). */
  @property() layout: string | null = null;
  /** For previews: the date (YYYY-MM-DD) the spotlight is chosen for. Default: today. */
  @property() date: string | null = null;

  @state() private open = new Set<string>();

  get resolvedAge(): ReadingLevel {
    return oneOf(TAG, 'age', this.age, READING_LEVELS, 'teen');
  }

  get resolvedGroup(): RightsGroupId | 'all' {
    return oneOf(TAG, 'group', this.group, GROUP_CHOICES, 'all');
  }

  get resolvedLayout(): (typeof LAYOUTS)[number] {
    return oneOf(TAG, 'layout', this.layout, LAYOUTS, 'accordion');
  }

  /** The single entry asked for by `article`, if valid. */
  get singleEntry(): Entry | undefined {
    if (this.article == null || this.article === '') return undefined;
    const n = Number(this.article);
    const entry = Number.isInteger(n) ? entryForArticle(this.data(rightsPack).core.articles, n) : undefined;
    if (!entry) warnOnce(`<${TAG}> article="${this.article}" is not an article of the Convention (1–54); showing ${this.resolvedGroup === 'all' ? 'all articles' : `the ${this.resolvedGroup} group`}.`);
    return entry;
  }

  /** The day the spotlight is for. */
  get spotlightDate(): Date {
    return dateOf(TAG, 'date', this.date);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    void this.resolvedAge, this.resolvedGroup, this.resolvedLayout, this.singleEntry;
    if (changed.has('date')) void this.spotlightDate;
  }

  private t$(ref: number | undefined): string {
    return this.t(rightsPack, ref);
  }

  private toggle(id: string): void {
    const open = new Set(this.open);
    if (open.has(id)) open.delete(id);
    else open.add(id);
    this.open = open;
  }

  private contact(service: string, channel: KannerContactDetail['channel'], href: string): void {
    emit(this, 'kanner-contact', { widget: TAG, contact: service, channel, href });
  }

  private number(entry: Entry): string {
    const n = entry.numbers;
    return n.length > 1 ? msg(str`Articles ${n[0]}–${n[n.length - 1]}`) : msg(str`Article ${n[0]}`);
  }

  private heading(): string {
    switch (this.resolvedAge) {
      case 'young':
        return msg('Your rights');
      case 'teen':
        return msg('Your rights as a young person');
      case 'adult':
        return msg("Children's rights");
    }
  }

  private intro(): string {
    switch (this.resolvedAge) {
      case 'young':
        return msg('Every child in the world has rights. Here you can find out what they are, and who can help you.');
      case 'teen':
        return msg('The UN Convention on the Rights of the Child lists the rights of everyone under 18. Here is what they mean, and who can help when they are not respected.');
      case 'adult':
        return msg('The UN Convention on the Rights of the Child (1989) in three groups — provision, protection, participation — with the services in Luxembourg that help uphold each right.');
    }
  }

  /** The services that help with one right: name and the first ways to reach them. */
  private help(entry: Entry): TemplateResult {
    const data = this.data(rightsPack).core;
    const items = entry.services
      .map((id) => data.services.find((s) => s.id === id))
      .filter((s) => !!s)
      .map((s) => {
        const phones = data.phones.filter((p) => p.service_id === s.id).slice(0, 1);
        const channels = phones.length ? [] : data.channels.filter((c) => c.service_id === s.id).slice(0, 2);
        return html`<li>
          <span class="service">${this.t$(s.name)}</span>
          ${phones.map(
            (p) => html`<a class="contact phone ${s.emergency ? 'emergency' : ''}" href=${telHref(p)} @click=${() => this.contact(s.id, 'phone', telHref(p))}
              ><span class="visually-hidden">${msg('Call')} </span>${p.display}</a
            >`,
          )}
          ${channels.map((c) => {
            const label = c.type === 'email' ? c.url.replace(/^mailto:/, '') : c.type === 'form' ? msg('online form') : hostOf(c.url);
            return html`<a class="contact" href=${c.url} rel=${c.type === 'email' ? nothing : 'noopener'} @click=${() => this.contact(s.id, c.type, c.url)}>${label}</a>`;
          })}
        </li>`;
      });
    return html`<div class="help" part="help">
      <p class="help-title">${msg('Who can help')}</p>
      <ul>
        ${items}
      </ul>
    </div>`;
  }

  private body(entry: Entry): TemplateResult {
    const level = this.resolvedAge;
    return html`<p class="text">${this.t$(entry.text[level])}</p>
      ${this.help(entry)}`;
  }

  private accordionItem(entry: Entry): TemplateResult {
    const level = this.resolvedAge;
    const expanded = this.open.has(entry.id);
    return html`<li class="item" part="article" data-id=${entry.id}>
      <h4>
        <button part="toggle" type="button" aria-expanded=${String(expanded)} aria-controls="panel-${entry.id}" @click=${() => this.toggle(entry.id)}>
          <span class="num">${this.number(entry)}</span>
          <span class="title">${this.t$(entry.title[level])}</span>
          <span class="chevron" aria-hidden="true"></span>
        </button>
      </h4>
      <div class="panel" id="panel-${entry.id}" ?hidden=${!expanded}>${this.body(entry)}</div>
    </li>`;
  }

  /** A right as a card: `standalone` (spotlight, single article) sits right under the h2. */
  private card(entry: Entry, standalone = false, spotlight = false): TemplateResult {
    const level = this.resolvedAge;
    const inner = html`<span class="num">${this.number(entry)}</span> <span class="title">${this.t$(entry.title[level])}</span>`;
    return html`<article class="card ${spotlight ? 'spotlight' : ''}" part="article" data-id=${entry.id} aria-labelledby="t-${entry.id}">
      ${spotlight ? html`<p class="kicker">${groupIcons[entry.group]} ${msg('Right of the day')}</p>` : nothing}
      ${standalone ? html`<h3 id="t-${entry.id}">${inner}</h3>` : html`<h4 id="t-${entry.id}">${inner}</h4>`}
      ${this.body(entry)}
    </article>`;
  }

  private groupSection(group: RightsGroupId, entries: Entry[]): TemplateResult {
    const data = this.data(rightsPack).core;
    const g = data.groups.find((x) => x.id === group)!;
    const layout = this.resolvedLayout;
    return html`<section class="group ${group}" part="group" aria-labelledby="g-${group}" data-group=${group}>
      <h3 id="g-${group}">${groupIcons[group]} <span>${this.t$(g.name)}</span></h3>
      <p class="group-intro">${this.t$(g.intro[this.resolvedAge])}</p>
      ${layout === 'cards'
        ? html`<ul class="cards">
            ${entries.map((e) => html`<li>${this.card(e)}</li>`)}
          </ul>`
        : html`<ul class="accordion">
            ${entries.map((e) => this.accordionItem(e))}
          </ul>`}
    </section>`;
  }

  private principles(): TemplateResult {
    const level = this.resolvedAge;
    return html`<section class="principles" aria-labelledby="principles">
      <h3 id="principles">${principleIcon} <span>${msg('Four principles for every right')}</span></h3>
      <ul>
        ${this.data(rightsPack).core.principles.map(
          (p) => html`<li>
            <strong>${this.t$(p.title[level])}</strong> <span class="num">(${msg(str`Article ${p.article}`)})</span> — ${this.t$(p.text[level])}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private complaint(): TemplateResult {
    const data = this.data(rightsPack).core;
    const c = data.complaint;
    const level = this.resolvedAge;
    const okaju = data.services.find((s) => s.id === c.service_id);
    const channels = data.channels.filter((x) => x.service_id === c.service_id);
    const place = data.service_at_location
      .filter((x) => x.service_id === c.service_id)
      .map((x) => data.locations.find((l) => l.id === x.location_id))
      .find((l) => !!l);
    const helpline = data.phones.find((p) => p.service_id === HELPLINE_SERVICE);
    const helplineName = data.services.find((s) => s.id === HELPLINE_SERVICE);
    return html`<section class="complaint" part="complaint" aria-labelledby="complaint">
      <h3 id="complaint">${msg('If your rights are not respected')}</h3>
      <p>${this.t$(c.who[level])}</p>
      <p>${this.t$(c.how[level])}</p>
      ${okaju
        ? html`<p class="service">${this.t$(okaju.name)}</p>
            <ul class="ways">
              ${channels.map((ch) => {
                const label =
                  ch.type === 'form' ? msg('Complaint form (online)') : ch.type === 'email' ? ch.url.replace(/^mailto:/, '') : hostOf(ch.url);
                return html`<li>
                  <a class="contact" href=${ch.url} rel=${ch.type === 'email' ? nothing : 'noopener'} @click=${() => this.contact(c.service_id, ch.type, ch.url)}>${label}</a>
                </li>`;
              })}
              ${place
                ? html`<li class="letter">
                    ${msg('By letter:')} ${formatAddress(place.address)}
                  </li>`
                : nothing}
            </ul>`
        : nothing}
      ${helpline && helplineName
        ? html`<p class="helpline">
            ${msg('To talk to someone first:')}
            <a class="contact phone" href=${telHref(helpline)} @click=${() => this.contact(HELPLINE_SERVICE, 'phone', telHref(helpline))}
              ><span class="visually-hidden">${msg('Call')} </span>${helpline.display}</a
            >
            (${this.t$(helplineName.name)})
          </p>`
        : nothing}
    </section>`;
  }

  override render() {
    const data = this.data(rightsPack).core;
    const layout = this.resolvedLayout;
    const single = this.singleEntry;
    const group = this.resolvedGroup;
    let content: TemplateResult | (TemplateResult | typeof nothing)[];
    if (single) {
      content = this.card(single, true);
    } else if (layout === 'spotlight') {
      const entry = rightOfTheDay(entriesOf(data.articles, group), this.spotlightDate);
      content = entry ? this.card(entry, true, true) : html``;
    } else {
      const groups = group === 'all' ? RIGHTS_GROUPS : [group];
      content = [
        group === 'all' ? this.principles() : nothing,
        ...groups.map((g) => this.groupSection(g, entriesOf(data.articles, g))),
      ];
    }
    return html`<section class="base k-box ${layout}" part="base" aria-labelledby="title" lang=${this.currentLocale}>
      <h2 id="title">${this.heading()}</h2>
      ${layout === 'spotlight' && !single ? nothing : html`<p class="intro">${this.intro()}</p>`}
      ${content} ${this.complaint()}
      <p class="source">
        ${msg('Source: the UN Convention on the Rights of the Child;')}
        <a href=${data.source} rel="noopener">${hostOf(data.source)}</a>.
        ${msg('Titles and explanations are written for this page.')}
      </p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kanner-rights-explainer': KannerRightsExplainer;
  }
}
