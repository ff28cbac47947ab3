import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeOf, SOURCE_LOCALE, type Locale } from './locales.js';
import { warnOnce } from './warn.js';

/** Something a widget needs loaded before it can render in a locale (UI strings, data text). */
export interface LocaleResource {
  isLoaded(locale: Locale): boolean;
  load(locale: Locale): Promise<unknown>;
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Resolves the language of one element the way SPEC §4 orders it: the element's own
 * `lang`, else the nearest ancestor's `lang` (crossing shadow roots), else `<html lang>`,
 * else English. An own `lang` we do not translate to warns once and inherits.
 */
export function resolveLocale(element: Element): Locale {
  return localeOf(element, (tag) =>
    warnOnce(`<${element.localName}> lang="${tag}" is not a supported language (en, fr, de, lb, pt); using the page's language.`),
  );
}

// One MutationObserver for the whole page, however many widgets: any `lang` change
// anywhere re-resolves every connected widget (cheap: a walk up the tree each).
const controllers = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watch(controller: LocaleController): void {
  controllers.add(controller);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => controllers.forEach((c) => c.resolve()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(controller: LocaleController): void {
  controllers.delete(controller);
  if (controllers.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/**
 * Keeps a widget in its own language: resolves it, loads what the widget needs for it
 * (UI strings and data text), and re-renders when it is ready. Until the first locale is
 * ready `ready` is false and the widget keeps the box its styles reserve.
 */
export class LocaleController implements ReactiveController {
  /** The language the element asks for (from the DOM). */
  requested: Locale = SOURCE_LOCALE;
  /** The language the element renders in (loaded). */
  current: Locale = SOURCE_LOCALE;
  ready = false;
  private attempt = 0;

  constructor(
    private readonly host: Host,
    private readonly resources: readonly LocaleResource[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    watch(this);
    this.resolve(true);
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  resolve(force = false): void {
    const next = resolveLocale(this.host);
    if (!force && next === this.requested) return;
    this.requested = next;
    this.activate(next);
  }

  private activate(locale: Locale): void {
    const attempt = ++this.attempt;
    const settle = (target: Locale) => {
      if (attempt !== this.attempt) return; // a newer request won
      const changed = !this.ready || this.current !== target;
      this.current = target;
      this.ready = true;
      if (changed) this.host.requestUpdate();
    };
    if (this.resources.every((r) => r.isLoaded(locale))) {
      settle(locale);
      return;
    }
    const load = (l: Locale) => Promise.all(this.resources.map((r) => r.load(l)));
    load(locale).then(
      () => settle(locale),
      (error: unknown) => {
        warnOnce(`could not load the "${locale}" texts (${String(error)}); showing English.`);
        // Whatever still fails, render: the numbers are in the core and never missing.
        load(SOURCE_LOCALE).finally(() => settle(SOURCE_LOCALE));
      },
    );
  }
}
