import { html, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { KannerElement } from '../../core/kanner-element.js';
import strings from '../../generated/locales/kanner-quick-exit/index.js';
import { emit, type KannerExitDetail } from '../../core/events.js';
import { httpUrl } from '../../core/url.js';
import { quickExitStyles } from './kanner-quick-exit.styles.js';
import { blankPage, navigation, register, unregister, type ExitTarget } from './exit-registry.js';

/** Where the exit goes when no (valid) `href` is given: a neutral search home page. */
export const DEFAULT_EXIT_HREF = 'https://www.google.com/';


const exitIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M10 3h9a2 2 0 0 1 2 2v14a2 2 0 0 1-2 2h-9v-2h9V5h-9V3Zm-.6 4.4L11 6l6 6-6 6-1.6-1.4 3.6-3.6H3v-2h10l-3.6-3.6Z"/></svg>`;

/**
 * A "Leave this site" button for readers who may be watched. Activating it — click,
 * tap, Enter/Space, or pressing Shift three times (at most 5 s apart) anywhere on the
 * page — blanks the page and the tab title at once, fires `kanner-exit`, then goes to
 * a neutral page with `location.replace`, so Back does not return here. Stores nothing.
 *
 * @tagname kanner-quick-exit
 * @summary Emergency quick exit to a neutral page.
 * @fires {KannerExitEvent} kanner-exit - Before leaving. `detail: { href, trigger }`. Lets a host clear its own session.
 * @csspart base - The box around the button and hint (painted in the theme's background).
 * @csspart button - The exit button.
 * @csspart hint - The "or press Shift 3 times" hint under the button.
 * @cssprop --kanner-exit-background - Button background (default: the emergency colour).
 * @cssprop --kanner-exit-color - Button text colour.
 * @cssprop --kanner-font-family - Font (default: inherited from the page).
 */
export class KannerQuickExit extends KannerElement implements ExitTarget {
  static override styles = [...KannerElement.styles, quickExitStyles];
  static override uiStrings = strings;

  /** No data to replace and no fact to date: `data-src` never delays the exit. */
  protected override resolveData(): void {}

  /** The neutral page to go to. Only `http:`/`https:` URLs are accepted. */
  @property() href: string | null = null;

  @state() private announcement = '';
  private clearAnnouncement?: ReturnType<typeof setTimeout>;

  /** The page the exit goes to (validated `href`, else the default). */
  get destination(): string {
    return httpUrl(this.href, '<kanner-quick-exit> href', `the exit goes to ${DEFAULT_EXIT_HREF} instead.`) ?? DEFAULT_EXIT_HREF;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('href')) void this.destination; // warn about a bad href when it is set
  }

  override connectedCallback(): void {
    super.connectedCallback();
    register(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unregister(this);
    clearTimeout(this.clearAnnouncement);
  }

  /** Leaves the page now. */
  exitBy(trigger: KannerExitDetail['trigger']): void {
    const href = this.destination;
    blankPage();
    emit(this, 'kanner-exit', { href, trigger });
    navigation.leave(href);
  }

  /** Says how many more Shift presses leave the page (polite live region). */
  announce(remaining: number): void {
    this.announcement = '';
    clearTimeout(this.clearAnnouncement);
    // Set in the next frame so that the same words twice are still announced.
    requestAnimationFrame(() => {
      this.announcement = remaining === 1 ? 'one' : String(remaining);
    });
    this.clearAnnouncement = setTimeout(() => (this.announcement = ''), 5000);
  }

  private onClick(event: MouseEvent): void {
    event.preventDefault();
    // detail 0: activated from the keyboard (Enter/Space) rather than a pointer.
    this.exitBy(event.detail === 0 ? 'keyboard' : 'click');
  }

  private announcementText(): string {
    if (!this.announcement) return '';
    if (this.announcement === 'one') return msg('Press Shift once more to leave this site.');
    const n = Number(this.announcement);
    return msg(str`Press Shift ${n} more times to leave this site.`);
  }

  override render() {
    return html`<span class="wrap" part="base" lang=${this.currentLocale}>
      <button part="button" class="exit" type="button" aria-describedby="hint" @click=${this.onClick}>
        ${exitIcon}<span>${msg('Leave this site')}<span class="visually-hidden">${msg(', emergency exit')}</span></span>
      </button>
      <span id="hint" part="hint" class="hint">${msg('Or press Shift 3 times.')}</span>
      <span class="visually-hidden" role="status">${this.announcementText()}</span>
    </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kanner-quick-exit': KannerQuickExit;
  }
}
