import { warnOnce } from './warn.js';

/**
 * Returns `href` as an absolute `http:`/`https:` URL, or `undefined` for anything else
 * (javascript:, data:, mailto:, garbage), warning once with the element and attribute named.
 * Empty or absent means "use the default" and does not warn.
 */
export function httpUrl(href: string | null | undefined, where: string, fallbackNote: string): string | undefined {
  if (href == null || href.trim() === '') return undefined;
  try {
    const url = new URL(href, document.baseURI);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    /* not a URL at all */
  }
  warnOnce(`${where}="${href}" is not an http(s) URL; ${fallbackNote}`);
  return undefined;
}
