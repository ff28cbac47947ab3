/**
 * Loads the finder's language resources (stemmer, stop words, lexicon), one chunk per
 * language, as dynamic imports a loader can preload. The finder needs the language of its
 * widget before its first render (a LocaleResource, like its UI strings), and the other
 * four as soon as a reader starts typing: a query may be in, or mix, any of the five.
 * Crisis words are not here: they are bundled with the finder, every language at once.
 */
import type { LocaleResource } from '../../core/locale-controller.js';
import { LOCALES, type Locale } from '../../data/types.js';
import type { QueryLanguage } from './query-language.js';

const loaders: Record<Locale, () => Promise<{ default: QueryLanguage }>> = {
  en: () => import('./languages/en.js'),
  fr: () => import('./languages/fr.js'),
  de: () => import('./languages/de.js'),
  lb: () => import('./languages/lb.js'),
  pt: () => import('./languages/pt.js'),
};

const loaded = new Map<Locale, QueryLanguage>();
const pending = new Map<Locale, Promise<void>>();
const listeners = new Set<() => void>();

function load(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  let p = pending.get(locale);
  if (!p) {
    p = loaders[locale]().then((m) => {
      loaded.set(locale, m.default);
      listeners.forEach((f) => f());
    });
    p.catch(() => pending.delete(locale));
    pending.set(locale, p);
  }
  return p;
}

export const queryLanguages = {
  /** The languages ready to understand a query, in the order they loaded. */
  get loaded(): QueryLanguage[] {
    return [...loaded.values()];
  },
  isLoaded: (locale: Locale) => loaded.has(locale),
  load,
  /** Every language (a reader may type in any): resolves when all are ready. */
  loadAll: () => Promise.all(LOCALES.map(load)).then(() => undefined),
  /** Calls `f` whenever a language becomes ready; returns the unsubscribe. */
  onLoad(f: () => void): () => void {
    listeners.add(f);
    return () => listeners.delete(f);
  },
} satisfies LocaleResource & Record<string, unknown>;
