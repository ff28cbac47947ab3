/**
 * What the finder shows around its results: the "in danger now" safety line, the count
 * (visible, and announced politely by the element), the list of result cards, and the
 * empty state with helplines to call.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { telHref } from '../../data/phone.js';
import type { FinderResult } from './finder-logic.js';
import type { FinderView } from './finder-view.js';
import { resultCard } from './result-card.js';

/**
 * Lines offered when nothing matches. Nothing here claims they answer at every hour: ONE's
 * line has office hours and 116 111's hours are not sourced.
 */
const FALLBACK_HOTLINES = ['116111', '116000', 'one', 'peitrusshaus'];

/** The result count as a sentence (shown, and announced through the live region). */
export function countText(count: number): string {
  if (count === 0) return msg('No service matches. You can still call one of the lines below.');
  if (count === 1) return msg('1 service found.');
  return msg(str`${count} services found.`);
}

/** "In danger now? Call 112 … or 113 …" — shown above the results at all times. */
export function safetyLine(view: FinderView): TemplateResult {
  const call = (number: string, label: string) =>
    html`<a href="tel:${number}" @click=${() => view.contact(undefined, number, 'phone', `tel:${number}`)}
      ><span class="digits">${number}</span><span class="visually-hidden"> ${label}</span></a
    >`;
  return html`<p class="safety" part="safety">
    <strong>${msg('In danger now?')}</strong>
    ${msg(html`Call ${call('112', msg('(emergency)'))} for an emergency or ${call('113', msg('(police)'))} for the police.`)}
  </p>`;
}

/** The dataset's hotlines with these ids, in this order, as one-tap `tel:` links (ids the data lacks are left out). */
export function hotlineLinks(view: FinderView, ids: readonly string[]): TemplateResult {
  const data = view.data;
  const lines = ids.flatMap((id) => {
    const hotline = data.hotlines.find((h) => h.id === id);
    const phone = hotline && data.phones.find((p) => p.id === hotline.phone_id);
    return hotline && phone ? [{ hotline, phone }] : [];
  });
  return html`<ul class="contacts">
    ${lines.map(
      ({ hotline, phone }) => html`<li>
        <a class="contact phone" href=${telHref(phone)} @click=${() => view.contact(undefined, hotline.id, 'phone', telHref(phone))}>
          <span class="visually-hidden">${msg('Call')} </span><span class="digits">${phone.display}</span>
          <span class="label">${view.t(hotline.title)}</span>
        </a>
      </li>`,
    )}
  </ul>`;
}

function empty(view: FinderView): TemplateResult {
  return html`<div class="empty" part="empty">
    <p>${msg('Nothing matches these words or filters. Try fewer filters or another word — or call one of these lines:')}</p>
    ${hotlineLinks(view, FALLBACK_HOTLINES)}
  </div>`;
}

/** The results (`part="results"`), or the empty state when there are none. */
export function resultsList(view: FinderView, results: readonly FinderResult[]): TemplateResult {
  return results.length
    ? html`<ul class="results" part="results">
        ${results.map((r) => resultCard(view, r))}
      </ul>`
    : empty(view);
}
