import type { ReactiveController } from 'lit';
import type { KannerHotlineBanner } from './kanner-hotline-banner.js';

/** A pinned banner takes at most this share of the viewport's height (SPEC §2.1). */
export const STICKY_MAX_SHARE = 1 / 3;

/**
 * A pinned banner must never take most of a phone's screen, nor hide the element that has
 * keyboard focus (WCAG 2.4.11).
 * - If the pinned banner is taller than a third of the viewport, it switches to its compact
 *   form (`host.squeezed`); a resize lets it try its own variant again.
 * - Its height is added to the page's `scroll-padding` on that edge, so the browser scrolls
 *   focused elements clear of it; and when focus lands under it anyway (the browser does not
 *   scroll an element that is already "in view" under a sticky box), the page is scrolled by
 *   the overlap.
 * CSSOM only (CSP-safe); the page's own value is restored when the banner goes.
 */
export class StickyController implements ReactiveController {
  private observer?: ResizeObserver;
  private applied?: { edge: 'top' | 'bottom'; previous: string };

  constructor(private readonly host: KannerHotlineBanner) {
    host.addController(this);
  }

  hostUpdated(): void {
    const edge = this.host.hidden ? undefined : this.host.resolvedSticky;
    if (edge === this.applied?.edge) return;
    this.release();
    if (!edge || typeof ResizeObserver === 'undefined') return;
    const style = document.documentElement.style;
    const property = `scroll-padding-${edge}`;
    this.applied = { edge, previous: style.getPropertyValue(property) };
    // The observer also reports the first size, after layout: `fit` never runs inside an update.
    this.observer = new ResizeObserver(() => {
      requestAnimationFrame(() => this.fit()); // a size change inside the observer would loop
      style.setProperty(property, `${Math.ceil(this.host.getBoundingClientRect().height)}px`);
    });
    this.observer.observe(this.host);
    window.addEventListener('resize', this.onResize);
    document.addEventListener('focusin', this.onFocus);
  }

  hostDisconnected(): void {
    this.release();
  }

  /** Switch to compact when the pinned banner is taller than its share of the viewport. */
  private fit(): void {
    if (this.host.squeezed || this.host.resolvedVariant === 'compact') return;
    // scrollHeight: the banner's own height, even while its max-height clips it.
    const height = Math.max(this.host.scrollHeight, this.host.getBoundingClientRect().height);
    if (height > window.innerHeight * STICKY_MAX_SHARE + 0.5) this.host.squeezed = true;
  }

  private readonly onResize = (): void => {
    if (this.host.squeezed) this.host.squeezed = false; // re-measured after the update
  };

  private readonly onFocus = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || this.host.contains(target) || this.host.shadowRoot?.contains(target)) return;
    // After the browser's own scrolling into view.
    requestAnimationFrame(() => this.reveal(target));
  };

  /** Scrolls the page so that `target` is not under the pinned banner. */
  reveal(target: Element): void {
    const edge = this.applied?.edge;
    if (!edge || !target.isConnected) return;
    const banner = this.host.getBoundingClientRect();
    const rect = target.getBoundingClientRect();
    const margin = 8;
    if (edge === 'top' && rect.top < banner.bottom && rect.bottom > banner.top) {
      window.scrollBy({ top: rect.top - banner.bottom - margin, behavior: 'instant' });
    } else if (edge === 'bottom' && rect.bottom > banner.top && rect.top < banner.bottom) {
      window.scrollBy({ top: rect.bottom - banner.top + margin, behavior: 'instant' });
    }
  }

  private release(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    window.removeEventListener('resize', this.onResize);
    document.removeEventListener('focusin', this.onFocus);
    if (this.applied) {
      const property = `scroll-padding-${this.applied.edge}`;
      if (this.applied.previous) document.documentElement.style.setProperty(property, this.applied.previous);
      else document.documentElement.style.removeProperty(property);
      this.applied = undefined;
    }
  }
}
