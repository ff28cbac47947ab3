import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from './define.js';
import { noStrings, withLocale } from './i18n.js';
import { LocaleController, type LocaleResource } from './locale-controller.js';
import type { Locale } from './locales.js';
import { printStyles, themeStyles } from './theme.js';
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
  static override styles = [themeStyles, printStyles];
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

  constructor() {
    super();
    const { uiStrings, dataPacks } = this.constructor as typeof KannerElement;
    this.locale = new LocaleController(this, [uiStrings, ...dataPacks]);
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
   * Properties changed while the language was still loading. Lit forgets the changes of an
   * update that `shouldUpdate` refuses, so without this the first real render would not see
   * attributes set before it (a finder's `need` preset was ignored exactly that way).
   */
  private deferred?: Map<PropertyKey, unknown>;

  protected override shouldUpdate(changed: PropertyValues): boolean {
    // Until the widget's language is loaded it keeps the box its styles reserve.
    if (!this.locale.ready) {
      this.deferred ??= new Map();
      for (const [key, old] of changed) if (!this.deferred.has(key)) this.deferred.set(key, old);
      return false;
    }
    if (this.deferred) {
      for (const [key, old] of this.deferred) if (!changed.has(key)) changed.set(key, old);
      this.deferred = undefined;
    }
    return super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    void this.resolvedTheme; // validate (and warn once) on every change
  }

  protected override update(changed: PropertyValues): void {
    withLocale(this.locale.current, () => super.update(changed));
  }
}
