import { LOCALES, type Locale } from '../data/types.js';

export { LOCALES, type Locale };

/** The locale every widget falls back to, and the one its source strings are written in. */
export const SOURCE_LOCALE: Locale = 'en';

/** Language tags that mean one of our locales but do not start with its code. */
const ALIASES: Record<string, Locale> = { ltz: 'lb', ger: 'de', deu: 'de', fra: 'fr', fre: 'fr', por: 'pt', eng: 'en' };

/**
 * Maps a BCP 47 tag ("fr-LU", "pt-BR", "lb") to a supported locale, or `undefined`
 * when the language is not one we translate to.
 */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if ((LOCALES as readonly string[]).includes(primary)) return primary as Locale;
  return ALIASES[primary];
}

/** The tag handed to `Intl` for a locale: Luxembourg conventions where they exist. */
export const INTL_LOCALE: Record<Locale, string> = {
  en: 'en-GB',
  fr: 'fr-LU',
  de: 'de-LU',
  lb: 'lb',
  pt: 'pt-PT',
};

/**
 * The language of one element, as SPEC §4 orders it: the element's own `lang`, else the
 * nearest ancestor's `lang` (crossing shadow roots), else `<html lang>`, else English. An
 * ancestor's `lang` we do not translate to means English; an own `lang` we do not
 * translate to is reported through `onBadOwn` and inherits. Shared by the locale
 * controller and the `kanner.js` loader (which fetches that language up front).
 */
export function localeOf(element: Element, onBadOwn?: (tag: string) => void): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const tag = node.getAttribute('lang');
      if (tag) {
        const locale = normalizeLocale(tag);
        if (locale) return locale;
        if (node !== element) return SOURCE_LOCALE;
        onBadOwn?.(tag);
      }
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return SOURCE_LOCALE;
}
