/**
 * One result of the service finder: name, what it does, for whom, when (open-now badge and
 * hours), how to reach them (tel:, mailto:, website, address with an OpenStreetMap link),
 * languages spoken, safety facts, source and last-checked date (SPEC §2.2).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatAddress, formatMonthYear, formatRule, formatTime, hostOf } from '../../core/format.js';
import { INTL_LOCALE, type Locale } from '../../core/locales.js';
import { openState } from '../../data/schedule.js';
import { telHref } from '../../data/phone.js';
import { AUDIENCES, type Audience } from '../../data/types.js';
import type { Packed } from '../../data/pack.js';
import type { Channel, Location, Phone } from '../../data/types.js';
import type { FinderResult, ServiceEntry } from './finder-logic.js';
import type { FinderView } from './finder-view.js';

// Only the finder names languages: kept here, not in the core every page loads.
const displayNames = new Map<Locale, Intl.DisplayNames>();
/** A language's name in `locale` ("lb" → "Luxembourgish"), or the code if unknown. */
export function languageName(code: string, locale: Locale): string {
  try {
    let names = displayNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'language' });
      displayNames.set(locale, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Who a service is for, as a card says it. */
function forWhom(audiences: readonly Audience[]): string {
  if (AUDIENCES.every((a) => audiences.includes(a))) return msg('everyone: children, young people, parents and professionals');
  return audiences
    .map((a) => {
      switch (a) {
        case 'child':
          return msg('children (6–11)');
        case 'teen':
          return msg('teenagers (12–17)');
        case 'young-adult':
          return msg('young adults (18–21)');
        case 'parent':
          return msg('parents and carers');
        case 'professional':
          return msg('professionals');
      }
    })
    .join(', ');
}

function safetyName(fact: string): string {
  switch (fact) {
    case 'free':
      return msg('Free of charge');
    case 'anonymous':
      return msg('Anonymous');
    case 'confidential':
      return msg('Confidential');
    case 'not-on-phone-bill':
      return msg('Not shown on the phone bill');
    case 'no-account':
      return msg('No account needed');
    default:
      return fact;
  }
}

function hours(view: FinderView, entry: ServiceEntry, scheduleId: string | undefined): TemplateResult | typeof nothing {
  const schedule = scheduleId ? entry.schedules.get(scheduleId) : undefined;
  if (!schedule) return nothing;
  const locale = view.locale;
  const s = openState(schedule, view.now);
  const badge =
    s.kind === 'always'
      ? html`<span class="badge open">${msg('Open 24/7')}</span>`
      : s.kind === 'open'
        ? html`<span class="badge open now">${msg(str`Open now, until ${formatTime(s.closes, locale)}`)}</span>`
        : s.kind === 'closed'
          ? html`<span class="badge closed now">${msg('Closed now')}</span>`
          : nothing;
  const rules = schedule.rules?.map((r) => formatRule(r, locale)).join('; ');
  const note = schedule.note !== undefined ? view.t(schedule.note) : '';
  return html`<span class="hours">${badge} ${rules ?? ''} ${note}</span>`;
}

function phoneLink(view: FinderView, entry: ServiceEntry, p: Packed<Phone>): TemplateResult {
  const href = telHref(p);
  return html`<li>
    <a class="contact phone ${entry.service.emergency ? 'emergency' : ''}" href=${href} @click=${() => view.contact(entry, p.id, 'phone', href)}>
      <span class="visually-hidden">${msg('Call')} </span><span class="digits">${p.display}</span>
      ${p.label !== undefined ? html`<span class="label">${view.t(p.label)}</span>` : nothing}
    </a>
    ${hours(view, entry, p.schedule_id)}
  </li>`;
}

function channelLink(view: FinderView, entry: ServiceEntry, c: Packed<Channel>): TemplateResult {
  const label =
    c.label !== undefined
      ? view.t(c.label)
      : c.type === 'email'
        ? c.url.replace(/^mailto:/, '')
        : c.type === 'form'
          ? msg('Online form')
          : c.type === 'chat'
            ? msg('Chat')
            : hostOf(c.url);
  const kind = c.type === 'website' ? 'website' : c.type;
  return html`<li>
    <a class="contact ${kind}" href=${c.url} rel=${c.type === 'email' ? nothing : 'noopener'} @click=${() => view.contact(entry, c.id, kind, c.url)}
      >${label}${c.type !== 'email' ? html`<span class="visually-hidden"> (${msg('website')})</span>` : nothing}</a
    >
    ${hours(view, entry, c.schedule_id)}
  </li>`;
}

function place(view: FinderView, entry: ServiceEntry, l: Packed<Location>): TemplateResult {
  const line = formatAddress(l.address);
  const map = `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${line}, Luxembourg`)}`;
  return html`<li class="place">
    <span class="place-name">${view.t(l.name)}</span>
    <span class="address">${line}</span>
    ${l.by_appointment ? html`<span class="appointment">${msg('By appointment')}</span>` : nothing}
    <a href=${map} rel="noopener" @click=${() => view.contact(entry, l.id, 'address', map)}
      >${msg('Map and directions')}<span class="visually-hidden"> (OpenStreetMap)</span></a
    >
  </li>`;
}

/** A result card (`<li part="card">`). */
export function resultCard(view: FinderView, result: FinderResult): TemplateResult {
  const { entry, places } = result;
  const s = entry.service;
  const locale = view.locale;
  const headingId = `h-${s.id}`;
  const facts = [...entry.phones, ...entry.channels, ...entry.places];
  // One link per site (the first page cited there): "men.public.lu" twice reads like a mistake.
  const bySite = new Map<string, string>();
  for (const f of facts) if (!bySite.has(hostOf(f.source))) bySite.set(hostOf(f.source), f.source);
  const sources = [...bySite.values()];
  const verified = facts.map((f) => f.verified).sort()[0];
  const ages = s.ages ? (s.ages.max !== undefined ? msg(str`ages ${s.ages.min}–${s.ages.max}`) : msg(str`from age ${s.ages.min}`)) : '';
  const shownPlaces = places.slice(0, 1);
  const morePlaces = places.slice(1);
  return html`<li class="card ${result.pinned ? 'pinned' : ''}" part="card" data-id=${s.id}>
    <article aria-labelledby=${headingId}>
      <h3 id=${headingId}>${view.t(s.name)}</h3>
      <p class="org">${view.t(entry.organization.name)}</p>
      ${view.compact ? nothing : html`<p class="summary">${view.t(s.summary)}</p>`}
      ${s.information_only ? html`<p class="note">${msg('Information only: it does not help individual children. For a complaint, see the Ombudsman (OKaJu).')}</p>` : nothing}
      <dl class="facts">
        <dt>${msg('For')}</dt>
        <dd>${forWhom(s.audiences)}${ages ? html` · ${ages}` : nothing}</dd>
        ${s.languages ? html`<dt>${msg('Languages')}</dt><dd>${s.languages.codes.map((c) => languageName(c, locale)).join(', ')}</dd>` : nothing}
      </dl>
      ${s.safety?.length
        ? html`<ul class="badges" aria-label=${msg('Good to know')}>
            ${s.safety.map((f) => html`<li>${safetyName(f.fact)}</li>`)}
          </ul>`
        : nothing}
      <ul class="contacts" aria-label=${msg('How to reach them')}>
        ${entry.phones.map((p) => phoneLink(view, entry, p))} ${entry.channels.map((c) => channelLink(view, entry, c))}
      </ul>
      ${shownPlaces.length
        ? html`<ul class="places">
            ${shownPlaces.map((l) => place(view, entry, l))}
          </ul>`
        : nothing}
      ${morePlaces.length
        ? html`<details class="more-places">
            <summary>${morePlaces.length === 1 ? msg('1 more place') : msg(str`${morePlaces.length} more places`)}</summary>
            <ul class="places">
              ${morePlaces.map((l) => place(view, entry, l))}
            </ul>
          </details>`
        : nothing}
      ${sources.length
        ? html`<p class="source">
            ${msg('Source:')}
            ${sources.map((u, i) => html`${i ? ', ' : ''}<a href=${u} rel="noopener">${hostOf(u)}</a>`)}
            ${view.stale(verified)
              ? html`<strong class="stale" part="stale">${msg(str`last checked ${formatMonthYear(verified!, locale)} — please check on the service's website`)}</strong>`
              : html`· ${msg(str`checked ${formatMonthYear(verified!, locale)}`)}`}
          </p>`
        : nothing}
    </article>
  </li>`;
}
