import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from './define.js';
import { noStrings, withLocale } from './i18n.js';
import { LocaleController, type LocaleResource } from './locale-controller.js';
import type { Locale } from './locales.js';
import { themeStyles } from './theme.js';
import { oneOf } from './warn.js';
import type { DataPack, TextRef } from '../data/pack.js';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Base of every kanner widget: its own language (LocaleController), the theme
 * attribute, the shared design tokens, and access to its data pack's text.
 *
 * A subclass sets `static uiStrings` to its translations (generated from
 * locales/<widget>/), `static dataPacks` to the data packs it reads, and renders through
 * `render()` as usual: `msg()` calls and `this.t()` answer in the widget's language.
 */
export abstract class KannerElement extends LitElement {
  static version = VERSION;
  static override styles = [themeStyles];
  /** This widget's UI translations (`src/generated/locales/<widget>/index.js`). */
  static uiStrings: LocaleResource = noStrings;
  /** The data packs this widget reads; their text is loaded with its language. */
  static dataPacks: readonly DataPack<unknown>[] = [];

  /**
   * `auto` (default) follows the reader's `prefers-color-scheme`; `light` or `dark` force one.
   * Styling keys off the attribute itself.
   */
  @property({ reflect: false }) theme: string | null = null;

  protected readonly locale: LocaleController;
  /** Shows the page's fallback content (the tag's children) until the first render. */
  private fallbackSlot?: HTMLSlotElement;
  /** The height the page gave the tag before it upgraded, held until the first render. */
  private held?: number;
  private heldSheet?: CSSStyleSheet;

  constructor() {
    super();
    const { uiStrings, dataPacks } = this.constructor as typeof KannerElement;
    this.locale = new LocaleController(this, [uiStrings, ...dataPacks]);
    // Upgrading a tag already on the page: it still matches `:not(:defined)` here, so this
    // is the box the page gave it (its fallback content and/or a `:not(:defined)` rule).
    // That box is held until the first render, so nothing collapses in between.
    if (this.isConnected) {
      const height = this.getBoundingClientRect().height;
      if (height > 0) this.held = height;
    }
  }

  /**
   * `lang` is observed on the element itself: the page-wide MutationObserver sees only the
   * document, not shadow trees, and a widget rendered inside another (the banner's quick
   * exit) gets its language through this attribute.
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value && this.isConnected) this.locale.resolve();
  }

  /** The resolved theme (a bad value warns once and means `auto`). */
  get resolvedTheme(): Theme {
    return oneOf(this.localName, 'theme', this.theme, THEMES, 'auto');
  }

  /** The language this widget renders in. */
  get currentLocale(): Locale {
    return this.locale.current;
  }

  /** Text of a data reference in this widget's language. */
  protected t(pack: DataPack<unknown>, ref: TextRef | undefined): string {
    return pack.text(ref, this.locale.current);
  }

  /**
   * Fallback content (SPEC §2): whatever the page put inside the tag — plain `tel:` links —
   * stays visible through a default slot until the widget has rendered in its language;
   * the first render then replaces it in the same frame (no blank box in between).
   * Without scripts the element is unknown to the browser and shows its children anyway.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const hasFallback = [...this.childNodes].some((n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && !!n.textContent?.trim()));
    if (!this.hasUpdated && hasFallback) {
      this.fallbackSlot = document.createElement('slot');
      root.append(this.fallbackSlot);
    }
    // The held box: a constructable stylesheet of its own (CSP-safe, nothing written on the
    // page's element), dropped after the first render.
    if (!this.hasUpdated && this.held && root instanceof ShadowRoot && typeof CSSStyleSheet !== 'undefined' && 'replaceSync' in CSSStyleSheet.prototype) {
      this.heldSheet = new CSSStyleSheet();
      this.heldSheet.replaceSync(`:host{min-height:${this.held}px!important}`);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.heldSheet];
    }
    return root;
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    // Until the widget's language is loaded it keeps the box its styles reserve.
    return this.locale.ready && super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    void this.resolvedTheme; // validate (and warn once) on every change
  }

  protected override update(changed: PropertyValues): void {
    withLocale(this.locale.current, () => super.update(changed));
    this.fallbackSlot?.remove();
    this.fallbackSlot = undefined;
    const root = this.renderRoot;
    if (this.heldSheet && root instanceof ShadowRoot) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.heldSheet);
    this.held = this.heldSheet = undefined;
  }
}
