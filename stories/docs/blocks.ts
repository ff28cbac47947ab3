// Doc blocks for the widget pages, read from what ships: custom-elements.json (attributes,
// parts, CSS properties, events — generated from the components' JSDoc) and the dataset
// (the sources of every fact a widget shows). React without JSX, so no extra Vite plugin.
import { createElement as h, type ReactNode } from 'react';
import manifest from '../../custom-elements.json' with { type: 'json' };
import data from '../../src/data/kanner-data.json' with { type: 'json' };

type Tag = 'kanner-hotline-banner' | 'kanner-quick-exit' | 'kanner-service-finder' | 'kanner-parents-forum' | 'kanner-rights-explainer';
interface Item {
  name: string;
  description?: string;
  type?: { text: string };
}
interface Element {
  tagName?: string;
  attributes?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
  events?: Item[];
}

const elements = (manifest as { modules: { declarations?: Element[] }[] }).modules.flatMap((m) => m.declarations ?? []);
const element = (tag: Tag): Element => {
  const found = elements.find((d) => d.tagName === tag);
  if (!found) throw new Error(`${tag} is not in custom-elements.json`);
  return found;
};

/** `code` spans in a manifest description become <code>. */
function text(description = ''): ReactNode[] {
  return description.split(/(`[^`]+`)/).map((part, i) => (part.startsWith('`') && part.endsWith('`') ? h('code', { key: i }, part.slice(1, -1)) : part));
}

function table(caption: string, head: string[], rows: ReactNode[][]): ReactNode {
  const left = { textAlign: 'left', verticalAlign: 'top' } as const;
  return h(
    'table',
    { className: 'kanner-docs-table', style: { width: '100%' } },
    h('caption', { style: { ...left, fontWeight: 700, padding: '0.5rem 0' } }, caption),
    h('thead', null, h('tr', null, head.map((c) => h('th', { key: c, scope: 'col', style: left }, c)))),
    h('tbody', null, rows.map((r, i) => h('tr', { key: i }, r.map((c, j) => (j === 0 ? h('th', { key: j, scope: 'row', style: left }, c) : h('td', { key: j, style: left }, c)))))),
  );
}

/** Attributes, events, parts and CSS custom properties of one widget, from custom-elements.json. */
export function WidgetReference({ tag }: { tag: Tag }): ReactNode {
  const el = element(tag);
  return h(
    'div',
    null,
    table('Attributes', ['attribute', 'values', 'what it does'], (el.attributes ?? []).map((a) => [h('code', null, a.name), h('code', null, a.type?.text ?? ''), text(a.description)])),
    table('Events (bubbling, composed; nothing is sent anywhere)', ['event', 'type', 'when'], (el.events ?? []).map((e) => [h('code', null, e.name), h('code', null, e.type?.text ?? ''), text(e.description)])),
    table('Parts, for ::part()', ['part', 'what it is'], (el.cssParts ?? []).map((p) => [h('code', null, p.name), text(p.description)])),
    table('CSS custom properties (set on the element or any ancestor)', ['property', 'what it colours or sizes'], (el.cssProperties ?? []).map((p) => [h('code', null, p.name), text(p.description)])),
  );
}

// ---- data sources -------------------------------------------------------------------------

interface Sourced {
  source: string;
  verified: string;
  confidence: string;
}
type Json = Record<string, unknown>;
const d = data as unknown as Record<string, Json[]> & { rights: Json; parents_forum: Json };
const byId = <T extends Json>(list: T[], id: unknown) => list.find((x) => x.id === id);
const en = (v: unknown): string => (v && typeof v === 'object' && 'en' in v ? String((v as Json).en) : '');

/** Every sourced fact in `node`, labelled with what it backs. */
function facts(node: unknown, label: string, out: [string, Sourced][] = []): [string, Sourced][] {
  if (Array.isArray(node)) node.forEach((n) => facts(n, label, out));
  else if (node && typeof node === 'object') {
    const o = node as Json;
    if (typeof o.source === 'string') out.push([label, o as unknown as Sourced]);
    for (const [k, v] of Object.entries(o)) if (k !== 'source' && typeof v === 'object') facts(v, label, out);
  }
  return out;
}

function phoneFacts(phoneId: unknown): [string, Sourced][] {
  const phone = byId(d.phones, phoneId);
  if (!phone) return [];
  const out = facts(phone, `number ${phone.display}`);
  const schedule = byId(d.schedules, phone.schedule_id);
  if (schedule) out.push(...facts(schedule, `hours of ${phone.display}`));
  return out;
}

/** A service's sourced facts: its numbers and channels; with `all`, also ages, languages, safety facts, places, website. */
function serviceFacts(serviceId: unknown, all = true): [string, Sourced][] {
  const service = byId(d.services, serviceId);
  if (!service) return [];
  const name = en(service.name);
  const out = all ? facts(service, `${name}: ages, languages, safety facts`) : [];
  for (const p of d.phones.filter((p) => p.service_id === serviceId)) out.push(...phoneFacts(p.id));
  for (const c of d.channels.filter((c) => c.service_id === serviceId)) {
    out.push(...facts(c, `${name}: ${c.type}`));
    const schedule = byId(d.schedules, c.schedule_id);
    if (schedule) out.push(...facts(schedule, `${name}: ${c.type} hours`));
  }
  if (!all) return out;
  for (const sal of d.service_at_location.filter((s) => s.service_id === serviceId)) {
    const location = byId(d.locations, sal.location_id);
    if (location) out.push(...facts(location, `${name}: address of ${en(location.name)}`));
  }
  const org = byId(d.organizations, service.organization_id);
  if (org) out.push(...facts(org, `${en(org.name)}: website`));
  return out;
}

function widgetFacts(tag: Tag): [string, Sourced][] {
  switch (tag) {
    case 'kanner-hotline-banner':
      return d.hotlines.flatMap((hl) => phoneFacts(hl.phone_id));
    case 'kanner-service-finder':
      return d.services.flatMap((s) => serviceFacts(s.id));
    case 'kanner-parents-forum': {
      const forum = d.parents_forum;
      // The parents' line with its hours; ONE's helpline (without a finder on the page) as a number only.
      const parentsLine = byId(d.hotlines, 'elterentelefon')?.phone_id;
      const one = byId(d.phones, byId(d.hotlines, 'one')?.phone_id);
      return [
        ...facts(forum, "the forum's pitch and themes"),
        ...serviceFacts(forum.service_id),
        ...phoneFacts(parentsLine),
        ...(one ? facts(one, `number ${one.display}`) : []),
      ];
    }
    case 'kanner-rights-explainer': {
      const rights = d.rights as Json & { articles: Json[]; complaint: Json };
      // "Who can help" shows each service's number or channel; the complaint section also OKaJu's address.
      const helpers = new Set<unknown>(rights.articles.flatMap((a) => (a.services as unknown[]) ?? []));
      const okaju = rights.complaint.service_id;
      const okajuPlaces = d.service_at_location.filter((x) => x.service_id === okaju).flatMap((x) => {
        const location = byId(d.locations, x.location_id);
        return location ? facts(location, `address of ${en(location.name)}`) : [];
      });
      return [
        ...facts({ source: rights.source, verified: rights.verified, confidence: rights.confidence }, 'the Convention (articles 1–54)'),
        ...serviceFacts(okaju, false),
        ...okajuPlaces,
        ...[...helpers].flatMap((id) => serviceFacts(id, false)),
      ];
    }
    default:
      return [];
  }
}

/** The sources behind what a widget shows: one row per source page. */
export function DataSources({ tag }: { tag: Tag }): ReactNode {
  const rows = new Map<string, { labels: Set<string>; verified: Set<string>; confidence: Set<string> }>();
  for (const [label, f] of widgetFacts(tag)) {
    const row = rows.get(f.source) ?? { labels: new Set(), verified: new Set(), confidence: new Set() };
    row.labels.add(label);
    row.verified.add(f.verified);
    row.confidence.add(f.confidence);
    rows.set(f.source, row);
  }
  if (!rows.size) return h('p', null, 'This widget shows no facts from the dataset.');
  return table(
    `${rows.size} source pages (dataset ${String((data as { meta: Json }).meta.version)})`,
    ['source', 'facts it backs', 'taken', 'confidence'],
    [...rows].map(([url, r]) => [
      h('a', { href: url, target: '_blank', rel: 'noopener' }, url.replace(/^https?:\/\//, '')),
      [...r.labels].join('; '),
      [...r.verified].sort().join(', '),
      [...r.confidence].sort().join(', '),
    ]),
  );
}

/** A snippet a webmaster can paste (self-hosted kanner.js, or the npm CDN with its origin named). */
export function snippet(tagHtml: string): string {
  return `<!-- once per page: kanner.js from your own site (copy dist/cdn/ there) -->
<script type="module" src="/kanner/kanner.js"></script>

${tagHtml}`;
}

/** The design tokens every widget shares (the base element's CSS properties), with their defaults. */
export function ThemeTokens(): ReactNode {
  const base = (manifest as { modules: { declarations?: (Element & { name?: string })[] }[] }).modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.name === 'KannerElement');
  return table('Shared by every widget', ['property', 'what it sets (defaults)'], (base?.cssProperties ?? []).map((p) => [h('code', null, p.name), text(p.description)]));
}
