import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from './define.js';
import { noStrings, withLocale } from './i18n.js';
import { LocaleController, type LocaleResource } from './locale-controller.js';
import type { Locale } from './locales.js';
import { printStyles, themeStyles } from './theme.js';
import { oneOf, warnOnce } from './warn.js';
import type { DataPack, PackView, TextRef } from '../data/pack.js';
import type { RemotePacks } from '../data/remote.js';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Base of every kanner widget: its own language (LocaleController), the theme
 * attribute, the shared design tokens, and access to its data pack's text.
 *
 * A subclass sets `static uiStrings` to its translations (generated from
 * locales/<widget>/), `static dataPacks` to the data packs it reads, and renders through
 * `render()` as usual: `msg()` calls and `this.t()` answer in the widget's language.
 *
 * @attr {string} lang - The widget's language: `en`, `fr`, `de`, `lb` or `pt` (regional tags such as `fr-LU` map to them). Absent: the nearest ancestor's `lang`, then `<html lang>`, then English. Changing it re-renders.
 * @cssprop --kanner-color-background - Background the widget paints (light `#ffffff`, dark `#15181d`).
 * @cssprop --kanner-color-surface - Tiles, cards and fields (light `#f3f6fa`, dark `#20252d`).
 * @cssprop --kanner-color-text - Text (light `#1a1d23`, dark `#f2f4f7`).
 * @cssprop --kanner-color-muted - Secondary text (light `#4a5361`, dark `#bcc4cf`).
 * @cssprop --kanner-color-border - Borders (light `#c5ccd6`, dark `#4a5361`).
 * @cssprop --kanner-color-accent - Links, buttons, icons (light `#0a4f96`, dark `#9ec9ff`).
 * @cssprop --kanner-color-accent-text - Text on the accent colour (light `#ffffff`, dark `#0b1626`).
 * @cssprop --kanner-color-emergency - Emergency numbers and the quick exit (light `#b3001b`, dark `#ffb3b8`).
 * @cssprop --kanner-color-emergency-text - Text on the emergency colour (light `#ffffff`, dark `#3b0008`).
 * @cssprop --kanner-color-open - The "open now" state (light `#0b6b2f`, dark `#8fe3a8`).
 * @cssprop --kanner-color-focus - Focus ring (light `#1a1d23`, dark `#ffffff`).
 * @cssprop --kanner-radius - Corner radius (default `0.5em`).
 * @cssprop --kanner-space - Base spacing (default `1em`).
 * @cssprop --kanner-font-family - Font (default: inherited from the host page).
 * @cssprop --kanner-font-size - Base text size (default `medium`: the reader's browser setting, whatever the host's root font size).
 *
 * Data: a subclass reads a pack through `this.data(pack)`, which is the bundled pack or,
 * when the widget (`data-src`) or the page (`<script id="kanner-config">`) names a
 * dataset that passed its checks, the same pack made from that dataset. Until such a
 * dataset has loaded (or failed, with one warning) the widget waits, as for its language.
 */
export abstract class KannerElement extends LitElement {
  static version = VERSION;
  static override styles = [themeStyles, printStyles];
  /** This widget's UI translations (`src/generated/locales/<widget>/index.js`). */
  static uiStrings: LocaleResource = noStrings;
  /** The data packs this widget reads; their text is loaded with its language. */
  static dataPacks: readonly DataPack<unknown>[] = [];
  /** Anything else it needs in its language before it renders (the finder's query languages). */
  static localeResources: readonly LocaleResource[] = [];

  /**
   * `auto` (default) follows the reader's `prefers-color-scheme`; `light` or `dark` force one.
   * Styling keys off the attribute itself.
   */
  @property({ reflect: false }) theme: string | null = null;

  /**
   * URL of a dataset (same shape as the bundled one, e.g. a newer copy on the host's own
   * server) to show instead of the bundled data; overrides the page's `kanner-config`. It
   * is validated first; on any failure the bundled data stays and one warning says why.
   */
  @property({ attribute: 'data-src' }) dataSrc: string | null = null;

  /** Facts checked longer ago than this many months (default 12, or the page's `kanner-config`) carry a "please check" note. */
  @property({ attribute: 'stale-after-months' }) staleAfterMonths: string | null = null;

  /** The checked `data-src` dataset's packs, by pack name (undefined: the bundled data). */
  private remote?: RemotePacks;

  protected readonly locale: LocaleController;
  /** Shows the page's fallback content (the tag's children) until the first render. */
  private fallbackSlot?: HTMLSlotElement;
  /** The height the page gave the tag before it upgraded, held until the first render. */
  private held?: number;
  private heldSheet?: CSSStyleSheet;

  constructor() {
    super();
    const { uiStrings, dataPacks, localeResources } = this.constructor as typeof KannerElement;
    this.locale = new LocaleController(this, [uiStrings, ...dataPacks, ...localeResources]);
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

  /** The pack this widget shows: the bundled `pack`, or the same pack of its `data-src` dataset. */
  protected data<Core>(pack: DataPack<Core>): PackView<Core> {
    return (this.remote?.get(pack.name) as PackView<Core> | undefined) ?? pack;
  }

  /** Text of a data reference in this widget's language. */
  protected t(pack: DataPack<unknown>, ref: TextRef | undefined): string {
    return this.data(pack).text(ref, this.locale.current);
  }

  /** True when a fact checked on `verified` (YYYY-MM-DD) is older than the widget allows. */
  protected isStale(verified: string | undefined, now: Date): boolean {
    if (!verified) return false;
    const [y, m, d] = verified.split('-').map(Number);
    return Date.UTC(y!, m! - 1 + this.staleMonths, d) < +now;
  }

  /** Months after which a fact is old (own `stale-after-months`, else the page's, else 12). */
  private staleMonths = 12;

  /**
   * Follows `data-src`, `stale-after-months` and the page's `kanner-config`. Without any of
   * them nothing is loaded; with one, their code (src/data/config.ts) and, for a
   * `data-src`, the dataset checker, and the widget waits until they answer.
   */
  protected resolveData(): void {
    // Unset values join as empty strings: ",," is "nothing to load".
    const key = [this.dataSrc, this.staleAfterMonths, document.getElementById('kanner-config')?.textContent] + '';
    if (key === (this.dataKey ?? ',,')) return;
    this.dataKey = key; // pending until `doneKey` catches up
    const done = (result: { months: number; packs?: RemotePacks }) => {
      if (this.dataKey !== key) return; // a newer setting won
      this.staleMonths = result.months;
      this.remote = result.packs;
      this.doneKey = key;
      this.requestUpdate();
    };
    import('../data/config.js')
      .then((m) => m.configure(this.localName, this.dataSrc, this.staleAfterMonths))
      .then(done, (error: unknown) => {
        warnOnce(`data-src: ${error}`);
        done({ months: 12 });
      });
  }

  /** The settings last asked for (data-src, stale-after-months, page config), and last resolved. */
  private dataKey?: string;
  private doneKey?: string;

  /**
   * Properties changed while the language was still loading. Lit forgets the changes of an
   * update that `shouldUpdate` refuses, so without this the first real render would not see
   * attributes set before it (a finder's `need` preset was ignored exactly that way).
   */
  private deferred?: Map<PropertyKey, unknown>;

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
    this.resolveData(); // (cheap when nothing changed)
    // Until the widget's language (and its data-src dataset) is loaded it keeps the box its styles reserve.
    if (!this.locale.ready || this.dataKey !== this.doneKey) {
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
    this.fallbackSlot?.remove();
    this.fallbackSlot = undefined;
    const root = this.renderRoot;
    if (this.heldSheet && root instanceof ShadowRoot) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== this.heldSheet);
    this.held = this.heldSheet = undefined;
  }
}
