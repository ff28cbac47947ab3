import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { KannerElement } from '../../core/kanner-element.js';
import strings from '../../generated/locales/kanner-hotline-banner/index.js';
import { emit } from '../../core/events.js';
import { formatMonthYear, formatRule, formatTime } from '../../core/format.js';
import { oneOf, warnOnce } from '../../core/warn.js';
import { httpUrl } from '../../core/url.js';
import { AUDIENCES, type Audience } from '../../data/types.js';
import { bannerPack, compactHotlines, hotlineEntries, hotlineIds, hotlineSet, telHref, type HotlineEntry } from '../../data/hotlines.js';
import { openState } from '../../data/schedule.js';
import { bannerStyles } from './kanner-hotline-banner.styles.js';
import { StickyController } from './sticky-controller.js';
import { ClockController } from '../../core/clock-controller.js';

export const VARIANTS = ['bar', 'card', 'compact', 'poster', 'cards'] as const;
export type Variant = (typeof VARIANTS)[number];
export const STICKY = ['top', 'bottom'] as const;

const TAG = 'kanner-hotline-banner';

type Sheets = typeof import('./print-sheets.js');
/** The poster and pocket-card module (with the QR encoder), loaded on first use. */
let sheets: Sheets | undefined;
let sheetsLoading: Promise<Sheets> | undefined;
function loadSheets(): Promise<Sheets> {
  sheetsLoading ??= import('./print-sheets.js').then((m) => (sheets = m));
  return sheetsLoading;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/**
 * Where focus goes when `banner` hides itself: the next focusable element after it in the
 * document, else the one before it, else the page's main region or first heading (made
 * focusable by script only, `tabindex="-1"`).
 */
function focusAfter(banner: HTMLElement): HTMLElement | undefined {
  const root = banner.getRootNode() as Document | ShadowRoot;
  const candidates = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !banner.contains(el) && !el.closest('[hidden], [inert]') && el.getClientRects().length > 0,
  );
  const after = candidates.find((el) => banner.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  const before = candidates.filter((el) => banner.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING).pop();
  const found = after ?? before;
  if (found) return found;
  const landmark = root.querySelector<HTMLElement>('main, [role="main"], h1') ?? banner.parentElement ?? undefined;
  if (landmark && !landmark.hasAttribute('tabindex')) landmark.tabIndex = -1;
  return landmark;
}

/**
 * The numbers that matter right now, as large `tel:` links: emergency 112, police 113,
 * the child and youth helpline 116 111, missing children 116 000, the Péitrusshaus
 * youth line and, for parents and professionals, the parents' line and ONE — each with
 * who it is for and, where the hours are sourced, whether it answers now
 * (Europe/Luxembourg time).
 *
 * @tagname kanner-hotline-banner
 * @summary Emergency-hotline banner.
 * @fires {KannerContactEvent} kanner-contact - A number was activated. `detail: { widget, contact, channel, href }`.
 * @fires {KannerExitEvent} kanner-exit - From the built-in quick exit (`quick-exit`): the page is being left. `detail: { href, trigger }`.
 * @csspart base - The banner's box.
 * @csspart heading - The banner's heading.
 * @csspart list - The list of contacts.
 * @csspart contact - One contact.
 * @csspart number - A contact's `tel:` link (≥ 44 px tall).
 * @csspart status - The open-now / hours line of a contact.
 * @csspart stale - The "last checked … please check" note of a fact older than `stale-after-months`.
 * @csspart more - The compact variant's "more numbers" button.
 * @csspart dismiss - The hide button (`dismissible`).
 * @csspart qr - The QR code beside a number on the poster and the pocket cards (`variant="poster"`, `variant="cards"`); it dials that number.
 * @cssprop --kanner-color-background - Banner background.
 * @cssprop --kanner-color-surface - Background of contact tiles.
 * @cssprop --kanner-color-text - Text colour.
 * @cssprop --kanner-color-muted - Secondary text colour.
 * @cssprop --kanner-color-border - Borders.
 * @cssprop --kanner-color-accent - Links and buttons.
 * @cssprop --kanner-color-accent-text - Text on accent-coloured buttons.
 * @cssprop --kanner-color-emergency - Emergency numbers (112, 113) and the exit.
 * @cssprop --kanner-color-emergency-text - Text on the emergency colour.
 * @cssprop --kanner-color-open - The "open now" badge.
 * @cssprop --kanner-color-focus - Focus ring.
 * @cssprop --kanner-radius - Corner radius.
 * @cssprop --kanner-space - Base spacing.
 * @cssprop --kanner-font-family - Font (default: inherited from the page).
 * @cssprop --kanner-font-size - Base font size (default `medium`: the reader's browser setting, whatever the page's root font size).
 */
export class KannerHotlineBanner extends KannerElement {
  static override styles = [...KannerElement.styles, bannerStyles];
  static override dataPacks = [bannerPack];
  static override uiStrings = strings;

  /**
   * `bar` (full-width strip, default), `card` (block), `compact` (one line with 112 and 116 111
   * and "more"), `poster` (an A4 poster with a dial QR code beside each number) or `cards`
   * (an A4 sheet of ten credit-card-sized cards to cut out, one line each, with its QR code).
   */
  @property({ reflect: true }) variant: string | null = null;
  /** `child`, `teen`, `young-adult`, `parent` or `professional`: reorders and words the contacts for them. */
  @property() audience: string | null = null;
  /** Comma-separated hotline ids shown instead, in that order (`112,113,116111,116000,peitrusshaus,elterentelefon,one,bee-secure`). */
  @property() contacts: string | null = null;
  /** `top` or `bottom`: pins the banner to that edge while the page scrolls. */
  @property({ reflect: true }) sticky: string | null = null;
  /** Lets the reader hide the banner for this page view (nothing is stored). */
  @property({ type: Boolean }) dismissible = false;
  /** Adds the quick-exit button. */
  @property({ type: Boolean, attribute: 'quick-exit' }) quickExit = false;
  /** Where the quick exit goes (http(s) only). */
  @property({ attribute: 'exit-href' }) exitHref: string | null = null;

  @state() private expanded = false;
  /**
   * Set by the sticky controller while a pinned banner would take more than a third of the
   * viewport: it is then drawn as `compact`.
   */
  @state() squeezed = false;
  private readonly clock = new ClockController(this);

  constructor() {
    super();
    new StickyController(this);
  }

  /** The variant drawn: `variant`, or `compact` while a pinned banner is squeezed. */
  get drawnVariant(): Variant {
    return this.squeezed && this.resolvedSticky ? 'compact' : this.resolvedVariant;
  }

  get resolvedVariant(): Variant {
    return oneOf(TAG, 'variant', this.variant, VARIANTS, 'bar');
  }

  get resolvedAudience(): Audience | undefined {
    const value = oneOf<Audience | ''>(TAG, 'audience', this.audience, AUDIENCES, '');
    return value || undefined;
  }

  get resolvedSticky(): 'top' | 'bottom' | undefined {
    const value = oneOf<'top' | 'bottom' | ''>(TAG, 'sticky', this.sticky, STICKY, '');
    return value || undefined;
  }

  /** The banner's data: bundled, or its `data-src` dataset's. */
  private get pack() {
    return this.data(bannerPack).core;
  }

  /** The hotline ids shown, in order. */
  get shownIds(): readonly string[] {
    const requested = (this.contacts ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    if (requested.length === 0) return hotlineSet(this.resolvedAudience, this.pack);
    const known = hotlineIds(this.pack);
    const unknown = requested.filter((id) => !known.includes(id));
    if (unknown.length) {
      warnOnce(`<${TAG}> contacts: unknown id(s) ${unknown.map((u) => `"${u}"`).join(', ')}; known ids are ${known.join(', ')}.`);
    }
    const valid = [...new Set(requested.filter((id) => known.includes(id)))];
    return valid.length ? valid : hotlineSet(this.resolvedAudience, this.pack);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Validate every attribute as it is set, so a bad value warns even if unused.
    void this.resolvedVariant, this.resolvedAudience, this.resolvedSticky, this.shownIds;
    void this.validExitHref;
  }

  /** `exit-href` if it is an http(s) URL (else warns once; the exit then uses its default). */
  get validExitHref(): string | undefined {
    return httpUrl(this.exitHref, `<${TAG}> exit-href`, 'the quick exit uses its default page.');
  }

  private onDismiss(): void {
    const hadFocus = this.matches(':focus-within');
    const next = hadFocus ? focusAfter(this) : undefined;
    this.hidden = true;
    // Focus would otherwise fall back to <body>: it goes to what follows the banner.
    next?.focus();
  }

  private onContact(entry: HotlineEntry): void {
    emit(this, 'kanner-contact', { widget: TAG, contact: entry.hotline.id, channel: 'phone', href: telHref(entry.phone) });
  }

  private heading(): string {
    switch (this.resolvedAudience) {
      case 'child':
        return msg('Are you scared or sad? You can talk to someone.');
      case 'teen':
        return msg('Going through something hard? Talk to someone.');
      case 'young-adult':
        return msg('Need help or a safe place to go?');
      case 'parent':
        return msg('Worried about your child, or need support as a parent?');
      case 'professional':
        return msg('Concerned about a child? Who to call.');
      default:
        return msg('Need help now? Call.');
    }
  }

  private status(entry: HotlineEntry): TemplateResult | typeof nothing {
    const { schedule, phone } = entry;
    const locale = this.currentLocale;
    // Each part is its own element, so the phone layout can place the open-now badge under
    // the number and the hours beside it.
    const parts: TemplateResult[] = [];
    const state = openState(schedule, this.clock.now);
    if (state.kind === 'always') {
      parts.push(html`<span class="badge open">${msg('Open 24/7')}</span>`);
    } else if (state.kind === 'open') {
      parts.push(html`<span class="badge open now">${msg(str`Open now, until ${formatTime(state.closes, locale)}`)}</span>`);
    } else if (state.kind === 'closed') {
      parts.push(html`<span class="badge closed now">${msg('Closed now')}</span>`);
    }
    if (schedule?.rules?.length) {
      parts.push(html`<span class="hours">${schedule.rules.map((r) => formatRule(r, locale)).join('; ')}</span>`);
    }
    if (schedule?.note !== undefined) parts.push(html`<span class="hours">${this.t(bannerPack, schedule.note)}</span>`);
    const med = phone.confidence === 'med' || schedule?.confidence === 'med';
    // The older of the line's facts (its number, its hours) decides whether to ask for a re-check.
    const oldest = schedule && schedule.verified < phone.verified ? schedule.verified : phone.verified;
    if (this.isStale(oldest, this.clock.now)) {
      parts.push(html`<span class="stale" part="stale">${msg(str`last checked ${formatMonthYear(oldest, locale)} — please check on the service's website`)}</span>`);
    } else if (med) {
      const verified = schedule?.confidence === 'med' ? schedule.verified : phone.verified;
      parts.push(html`<span class="checked">${msg(str`checked ${formatMonthYear(verified, locale)}`)}</span>`);
    }
    if (parts.length === 0) return nothing;
    return html`<p class="status" part="status">${parts.map((p, i) => (i ? html`<span class="sep" aria-hidden="true"> · </span>${p}` : p))}</p>`;
  }

  /** Who a line is for, worded for the audience when the dataset has it. */
  private forText(entry: HotlineEntry): string {
    const audience = this.resolvedAudience;
    const ref = (audience && entry.hotline.for_audience?.[audience]) ?? entry.hotline.for;
    return this.t(bannerPack, ref);
  }

  /** The lines as the paper sheets print them: what is sourced, nothing time-bound. */
  private sheetLines(entries: HotlineEntry[]): import('./print-sheets.js').SheetLine[] {
    const locale = this.currentLocale;
    return entries.map((entry) => {
      const { hotline, phone, schedule } = entry;
      const hours: string[] = [];
      if (schedule?.always_open) hours.push(msg('Open 24/7'));
      if (schedule?.rules?.length) hours.push(schedule.rules.map((r) => formatRule(r, locale)).join('; '));
      if (schedule?.note !== undefined) hours.push(this.t(bannerPack, schedule.note));
      if (phone.confidence === 'med' || schedule?.confidence === 'med') {
        hours.push(msg(str`checked ${formatMonthYear(schedule?.confidence === 'med' ? schedule.verified : phone.verified, locale)}`));
      }
      return {
        id: hotline.id,
        title: this.t(bannerPack, hotline.title),
        forText: this.forText(entry),
        display: phone.display,
        href: telHref(phone),
        emergency: !!hotline.emergency,
        hours,
      };
    });
  }

  private sheet(variant: 'poster' | 'cards', entries: HotlineEntry[]): TemplateResult | undefined {
    if (!sheets) {
      void loadSheets()
        .then(() => this.requestUpdate())
        .catch((error: unknown) => warnOnce(`<${TAG}> could not load the ${variant} (${String(error)}); showing the bar.`));
      return undefined;
    }
    const root = this.shadowRoot;
    const sheet = sheets.sheetStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    const lines = this.sheetLines(entries);
    const onCall = (line: { id: string }) => {
      const entry = entries.find((e) => e.hotline.id === line.id);
      if (entry) this.onContact(entry);
    };
    if (variant === 'cards') return sheets.cards(this.heading(), this.currentLocale, lines, onCall);
    // The oldest "verified" of the numbers shown: the poster claims no fresher check than that.
    const oldest = entries.map((e) => e.phone.verified).sort()[0];
    return sheets.poster(this.heading(), this.currentLocale, lines, oldest ? formatMonthYear(oldest, this.currentLocale) : '', onCall);
  }

  private contact(entry: HotlineEntry): TemplateResult {
    const { hotline, phone } = entry;
    const title = this.t(bannerPack, hotline.title);
    return html`<li class="contact ${hotline.emergency ? 'emergency' : ''}" part="contact" data-id=${hotline.id}>
      <a class="number" part="number" href=${telHref(phone)} @click=${() => this.onContact(entry)}>
        <span class="visually-hidden">${msg('Call')} </span><span class="title">${title}</span>
        <span class="digits">${phone.display}</span>
      </a>
      <p class="for">${this.forText(entry)}</p>
      ${this.status(entry)}
    </li>`;
  }

  private exitButton(): TemplateResult | typeof nothing {
    if (!this.quickExit) return nothing;
    // Loaded only when asked for, so a banner-only page does not carry the exit's code.
    if (!customElements.get('kanner-quick-exit')) {
      import('../kanner-quick-exit/define.js').catch((error: unknown) => warnOnce(`could not load the quick exit (${String(error)}).`));
    }
    return html`<kanner-quick-exit class="exit k-screen-only" lang=${this.currentLocale} theme=${this.resolvedTheme} href=${this.validExitHref ?? ''}></kanner-quick-exit>`;
  }

  private dismissButton(): TemplateResult | typeof nothing {
    if (!this.dismissible) return nothing;
    return html`<button class="dismiss k-button k-screen-only" part="dismiss" type="button" @click=${this.onDismiss}>
      <span aria-hidden="true">×</span><span class="visually-hidden">${msg('Hide these help numbers for now')}</span>
    </button>`;
  }

  override render() {
    let variant = this.drawnVariant;
    const entries = hotlineEntries(this.shownIds, this.pack);
    if (variant === 'poster' || variant === 'cards') {
      const sheet = this.sheet(variant, entries);
      if (sheet) return sheet;
      variant = 'bar'; // while the sheet module loads, or if it cannot: the numbers all the same
    }
    const heading = this.heading();
    const headingTag =
      variant === 'card'
        ? html`<h2 class="heading" id="heading" part="heading">${heading}</h2>`
        : html`<p class="heading" id="heading" part="heading">${heading}</p>`;

    if (variant === 'compact') {
      const first = compactHotlines(this.pack).filter((id) => this.shownIds.includes(id));
      const head = hotlineEntries(first.length ? first : this.shownIds.slice(0, 2), this.pack);
      const rest = entries.filter((e) => !head.some((h) => h.hotline.id === e.hotline.id));
      return html`<section class="base compact" part="base" aria-labelledby="heading" lang=${this.currentLocale}>
        <div class="row">
          ${headingTag}
          <ul class="list inline" part="list">
            ${head.map((e) => this.contact(e))}
          </ul>
          ${rest.length
            ? html`<button class="more k-button k-screen-only" part="more" type="button" aria-expanded=${String(this.expanded)} aria-controls="more" @click=${() => (this.expanded = !this.expanded)}>
                <span class="more-long">${this.expanded ? msg('Fewer numbers') : msg(str`More numbers (${rest.length})`)}</span
                ><span class="more-short" aria-hidden="true">${this.expanded ? '−' : `+${rest.length}`}</span>
              </button>`
            : nothing}
          ${this.exitButton()} ${this.dismissButton()}
        </div>
        <ul class="list" part="list" id="more" ?hidden=${!this.expanded}>
          ${rest.map((e) => this.contact(e))}
        </ul>
      </section>`;
    }

    const tools = this.quickExit || this.dismissible ? 'tools' : '';
    return html`<section class="base ${variant} ${tools}" part="base" aria-labelledby="heading" lang=${this.currentLocale}>
      <div class="top">${headingTag} ${this.exitButton()} ${this.dismissButton()}</div>
      <ul class="list" part="list">
        ${entries.map((e) => this.contact(e))}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kanner-hotline-banner': KannerHotlineBanner;
  }
}
