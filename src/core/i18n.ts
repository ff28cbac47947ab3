/**
 * UI-string translation through @lit/localize in *reentrant* mode: every `msg()` call
 * asks `getLocale()`, which answers with the locale of the widget being rendered right
 * now (see `withLocale`). So a French and a German banner on one page each speak their
 * own language. @lit/localize is bundled privately into every build of this library,
 * so configuring it here never collides with a host application's own copy.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import type { Locale } from './locales.js';
import { warnOnce } from './warn.js';

type TargetLocale = (typeof targetLocales)[number];

// An explicit map (not a template-literal import) so that Vite, esbuild and Storybook
// all see each locale as its own chunk.
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  de: () => import('../generated/locales/de.js'),
  fr: () => import('../generated/locales/fr.js'),
  lb: () => import('../generated/locales/lb.js'),
  pt: () => import('../generated/locales/pt.js'),
};

const loaded = new Map<string, LocaleModule>();
const loading = new Map<string, Promise<void>>();
let renderLocale: string = sourceLocale;
let state: 'new' | 'ours' | 'foreign' = 'new';

function configure(): void {
  if (state !== 'new') return;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => renderLocale,
      loadLocaleSync: (locale) => loaded.get(locale),
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

export function isUiLocaleLoaded(locale: Locale): boolean {
  return locale === sourceLocale || loaded.has(locale);
}

/** Loads the UI strings of `locale` once; later calls share the same promise. */
export function loadUiLocale(locale: Locale): Promise<void> {
  if (isUiLocaleLoaded(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as TargetLocale]().then((module) => {
      loaded.set(locale, module);
    });
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}
