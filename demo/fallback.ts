/**
 * Fallback content for each widget (SPEC §2): plain links a reader can use before the
 * widget is ready, and for good when scripts never run. Written from the dataset (numbers,
 * names and addresses exactly as sourced there), in the page's language. The embed
 * builder puts it inside the tag; the README shows the English output.
 */
import data from '../src/data/kanner-data.json' with { type: 'json' };
import type { Dataset, Locale } from '../src/data/types.js';

const d = data as unknown as Dataset;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One `<li>` per hotline: its name and its number as a `tel:` link. */
function hotlineItems(ids: readonly string[], locale: Locale): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const h = d.hotlines.find((x) => x.id === id);
    const p = h && d.phones.find((x) => x.id === h.phone_id);
    if (!h || !p) continue;
    out.push(`  <li>${esc(h.title[locale])}: <a href="tel:${esc(p.number)}">${esc(p.display)}</a></li>`);
  }
  return out;
}

/** The fallback markup for `tag` with these attributes (as the embed builder sets them). */
export function fallbackMarkup(tag: string, attrs: Record<string, string>, locale: Locale): string {
  const sets = d.hotline_sets;
  switch (tag) {
    case 'kanner-hotline-banner': {
      const listed = (attrs.contacts ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      const audience = attrs.audience as keyof typeof sets.audiences | undefined;
      const ids = listed.length ? listed : attrs.variant === 'compact' ? sets.compact : audience && sets.audiences[audience] ? sets.audiences[audience] : sets.default;
      return `<ul>\n${hotlineItems(ids, locale).join('\n')}\n</ul>`;
    }
    case 'kanner-quick-exit': {
      const href = attrs.href || 'https://www.google.com/';
      return `<a href="${esc(href)}">${esc(LEAVE[locale])}</a>`;
    }
    case 'kanner-parents-forum':
      return `<ul>\n${hotlineItems(['elterentelefon'], locale).join('\n')}\n</ul>`;
    default:
      // The finder and the rights explainer: the emergency numbers and the child helpline.
      return `<ul>\n${hotlineItems(['112', '113', '116111'], locale).join('\n')}\n</ul>`;
  }
}

/** The quick exit's own label, as its translations have it (locales/kanner-quick-exit). */
const LEAVE: Record<Locale, string> = {
  en: 'Leave this site',
  fr: 'Quitter ce site',
  de: 'Diese Seite verlassen',
  lb: 'Dës Säit verloossen',
  pt: 'Sair deste site',
};
