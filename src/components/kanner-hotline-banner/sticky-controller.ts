import type { ReactiveController } from 'lit';
import type { KannerHotlineBanner } from './kanner-hotline-banner.js';

/**
 * A pinned banner must never hide the element that has keyboard focus (WCAG 2.4.11).
 * While the banner is sticky, its height is added to the page's `scroll-padding` on that
 * edge, so the browser scrolls focused elements clear of it. CSSOM only (CSP-safe);
 * the page's own value is restored when the banner goes.
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
    this.observer = new ResizeObserver(() => {
      style.setProperty(property, `${Math.ceil(this.host.getBoundingClientRect().height)}px`);
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.release();
  }

  private release(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.applied) {
      const property = `scroll-padding-${this.applied.edge}`;
      if (this.applied.previous) document.documentElement.style.setProperty(property, this.applied.previous);
      else document.documentElement.style.removeProperty(property);
      this.applied = undefined;
    }
  }
}
