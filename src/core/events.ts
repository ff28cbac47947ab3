/** Detail of `kanner-contact`: a reader activated a way to reach a service. */
export interface KannerContactDetail {
  /** The widget it happened in, e.g. `kanner-hotline-banner`. */
  widget: string;
  /** The contact's id in the dataset (a hotline id for the banner). */
  contact: string;
  channel: 'phone' | 'email' | 'website' | 'chat' | 'form' | 'address';
  /** The link followed, e.g. `tel:116111`. */
  href: string;
}

/** Detail of `kanner-exit`: the quick exit is leaving the page. */
export interface KannerExitDetail {
  /** Where the page is going. */
  href: string;
  /** How it was triggered. */
  trigger: 'click' | 'keyboard' | 'shift';
}

export type KannerContactEvent = CustomEvent<KannerContactDetail>;
export type KannerExitEvent = CustomEvent<KannerExitDetail>;

/** The events of every widget, by name (bubbling, composed `CustomEvent`s). */
export interface KannerEventMap {
  /** A reader activated a way to reach a service (a number, e-mail, link, address). */
  'kanner-contact': KannerContactEvent;
  /** The quick exit is leaving the page (a host may clear its own session). */
  'kanner-exit': KannerExitEvent;
}

// `addEventListener('kanner-contact', e => e.detail…)` is typed on any element, the document
// and the window (both extend GlobalEventHandlersEventMap), from every entry of the package (the base element's types load this file).
declare global {
  interface GlobalEventHandlersEventMap extends KannerEventMap {}
  interface HTMLElementEventMap extends KannerEventMap {}
}

/** Dispatches a bubbling, composed event from `target` so a host can listen anywhere above it. */
export function emit<K extends 'kanner-contact' | 'kanner-exit'>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
