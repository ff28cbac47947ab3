/**
 * UI-string translation through @lit/localize in *reentrant* mode: every `msg()` call
 * asks `getLocale()`, which answers with the locale of the widget being rendered right
 * now (see `withLocale`). So a French and a German banner on one page each speak their
 * own language. @lit/localize is bundled privately into every build of this library,
 * so configuring it here never collides with a host application's own copy.
 *
 * Each widget has its own translations (locales/<widget>/), loaded on demand per
 * language (`uiStrings`); the templates of every loaded widget are merged per language.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import type { LocaleResource } from './locale-controller.js';
import type { Locale } from './locales.js';
import { warnOnce } from './warn.js';

type Templates = LocaleModule['templates'];

/** Merged templates of every loaded widget, per language. */
const merged = new Map<string, Templates>();
let renderLocale: string = sourceLocale;
let state: 'new' | 'ours' | 'foreign' = 'new';

function configure(): void {
  if (state !== 'new') return;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => renderLocale,
      loadLocaleSync: (locale) => {
        const templates = merged.get(locale);
        return templates ? { templates } : undefined;
      },
    });
    state = 'ours';
  } catch {
    state = 'foreign';
    warnOnce('@lit/localize was already configured by another script sharing this copy; widgets render in English.');
  }
}

/** Runs `render` with `msg()` answering in `locale`. */
export function withLocale<T>(locale: Locale, render: () => T): T {
  configure();
  const previous = renderLocale;
  renderLocale = locale;
  try {
    return render();
  } finally {
    renderLocale = previous;
  }
}

/**
 * One widget's UI strings as a locale resource: `load(fr)` imports that widget's French
 * module once and merges it into the French templates. English is the source: always loaded.
 */
export function uiStrings(widget: string, loaders: Partial<Record<Locale, () => Promise<LocaleModule>>>): LocaleResource {
  const done = new Set<Locale>([sourceLocale as Locale]);
  const pending = new Map<Locale, Promise<void>>();
  return {
    isLoaded: (locale) => done.has(locale),
    load(locale) {
      if (done.has(locale)) return Promise.resolve();
      const loader = loaders[locale];
      if (!loader) return Promise.reject(new Error(`no "${locale}" strings for ${widget}`));
      let p = pending.get(locale);
      if (!p) {
        p = loader().then((module) => {
          merged.set(locale, { ...merged.get(locale), ...module.templates });
          done.add(locale);
        });
        p.catch(() => pending.delete(locale));
        pending.set(locale, p);
      }
      return p;
    },
  };
}

/** A widget without UI strings. */
export const noStrings: LocaleResource = { isLoaded: () => true, load: () => Promise.resolve() };
