/**
 * The service finder's logic, free of DOM and rendering: what a query says (crisis words,
 * the needs it names, who is probably typing — query-language.ts, crisis.ts), the filters
 * of SPEC §2.2, and the ranking.
 *
 * Ranking: a service scores by the needs the query names (its first need counts most),
 * plus how well the query matches its names (MiniSearch over the service's, its
 * organisation's and its places' names in every language: "Péitrusshaus", "Ombudsman",
 * "Wiltz"); services for the reader (a child's sentence: lines for children) come before
 * the others, and services that only inform (information_only) below those that help.
 * Words of crisis pin the lines to call now first, whatever the filters.
 */
import MiniSearch from 'minisearch';
import type { Packed } from '../../data/pack.js';
import type { DirectoryData, SearchableService } from '../../data/packs.js';
import type { Audience, CantonId, Channel, Location, NeedId, Organization, Phone, Schedule } from '../../data/types.js';
import { openState } from '../../data/schedule.js';
import type { ReaderCue } from '../../data/lexicon.js';
import related from '../../generated/lexicon/needs.js';
import { crisisLines, detectCrisis, type CrisisKind } from './crisis.js';
import type { NeedScores, QueryLanguage } from './query-language.js';
import { queryLanguages } from './query-languages.js';
import { fold, tokens } from './text.js';

export { fold };

export const REACH = ['phone', 'in-person', 'chat', 'email', 'form'] as const;
export type Reach = (typeof REACH)[number];

/** What the reader asked for. Empty fields do not filter. */
export interface Criteria {
  query?: string;
  need?: NeedId;
  audience?: Audience;
  age?: number;
  region?: CantonId;
  /** Any of these ways to reach them. */
  reach?: readonly Reach[];
  openNow?: boolean;
  /** A language the service speaks (BCP 47 primary subtag), where sourced. */
  language?: string;
}

type P<T> = Packed<T>;

/** A service with everything a card shows, resolved once. */
export interface ServiceEntry {
  service: P<SearchableService>;
  organization: P<Organization>;
  phones: P<Phone>[];
  channels: P<Channel>[];
  places: P<Location>[];
  /** Schedules by id, for the phones and channels that have one. */
  schedules: Map<string, P<Schedule>>;
  reach: Set<Reach>;
}

export interface FinderResult {
  entry: ServiceEntry;
  /** Places to show first: those in the chosen region, then the rest. */
  places: P<Location>[];
  /** Pinned to the top (the lines to call in a crisis; emergency services when the danger is immediate). */
  pinned: boolean;
}

/** What a query says, before any filter. */
export interface Understanding {
  /** Its words, folded. */
  tokens: string[];
  /** Words of suicide, self-harm or wanting to die, or of danger right now. */
  crisis?: CrisisKind;
  /** Who the words suggest is typing (`young`: a child or a teenager). */
  reader?: ReaderCue;
  /** The needs it names, and how clearly. */
  needs: NeedScores;
  /** Its words that are no stop word in any loaded language. */
  content: string[];
  /** Those of its words that some lexicon knows as words of need (not names). */
  known: Set<string>;
}

/** Queries shorter than this filter nothing yet (one letter would match half the index). */
export const MIN_QUERY = 2;

/** How much a service's 1st, 2nd, 3rd … need counts. */
const POSITION = [1, 0.8, 0.65, 0.55, 0.5, 0.45];
const ADULTS: readonly (Audience | ReaderCue)[] = ['parent', 'professional', 'young-adult'];


export class Finder {
  readonly entries: ServiceEntry[];
  private readonly byId: Map<string, ServiceEntry>;
  /** Dataset order, the tie-breaker. */
  private readonly order = new Map<ServiceEntry, number>();
  private readonly byNeed = new Map<string, { index: number; position: number }[]>();
  private readonly names: MiniSearch<{ id: string; names: string }>;
  private readonly needKeywords: MiniSearch<{ id: string; keywords: string }>;
  private last?: { key: string; understanding: Understanding };

  constructor(
    readonly data: P<DirectoryData>,
    /** The languages that understand queries (default: those loaded for the page). */
    private readonly languages: () => readonly QueryLanguage[] = () => queryLanguages.loaded,
  ) {
    const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
    const orgs = byId(data.organizations);
    const schedules = byId(data.schedules);
    const locations = byId(data.locations);
    const phonesOf = groupBy(data.phones, (p) => p.service_id);
    const channelsOf = groupBy(data.channels, (c) => c.service_id);
    const placesOf = groupBy(data.service_at_location, (x) => x.service_id);
    this.entries = data.services.map((service) => {
      const phones = phonesOf.get(service.id) ?? [];
      const channels = channelsOf.get(service.id) ?? [];
      const places = (placesOf.get(service.id) ?? []).map((x) => locations.get(x.location_id)).filter((l): l is P<Location> => !!l);
      const own = new Map<string, P<Schedule>>();
      for (const c of [...phones, ...channels]) {
        const s = c.schedule_id ? schedules.get(c.schedule_id) : undefined;
        if (s) own.set(s.id, s);
      }
      const reach = new Set<Reach>();
      if (phones.length) reach.add('phone');
      if (places.length) reach.add('in-person');
      for (const c of channels) if (c.type === 'chat' || c.type === 'email' || c.type === 'form') reach.add(c.type);
      return { service, organization: orgs.get(service.organization_id)!, phones, channels, places, schedules: own, reach };
    });
    this.byId = new Map(this.entries.map((e) => [e.service.id, e]));
    this.entries.forEach((e, i) => this.order.set(e, i));
    for (const [index, entry] of this.entries.entries()) {
      entry.service.needs.forEach((need, position) => {
        const list = this.byNeed.get(need) ?? [];
        list.push({ index, position });
        this.byNeed.set(need, list);
      });
    }
    const options = {
      processTerm: (term: string) => fold(term) || null,
      searchOptions: {
        prefix: (term: string, i: number, all: string[]) => i === all.length - 1 && term.length >= 3,
        // One typo in words of five letters or more ("peitrushaus"); more would let
        // "Sorgerecht" (custody) reach "ongerecht" (unfair).
        fuzzy: (term: string) => (term.length >= 5 ? 1 : false),
        combineWith: 'OR' as const,
      },
    };
    this.names = new MiniSearch({ ...options, fields: ['names'], storeFields: [] });
    this.names.addAll(this.entries.map((e) => ({ id: e.service.id, names: e.service.keywords })));
    // The dataset's own need names and synonyms: what a query is matched against before
    // any language has loaded, and for needs a lexicon does not know.
    this.needKeywords = new MiniSearch({ ...options, fields: ['keywords'], storeFields: [] });
    this.needKeywords.addAll(data.needs.map((n) => ({ id: n.id, keywords: n.keywords })));
  }

  /** Open schedules at the last `now` asked about (many services share a schedule). */
  private openAt?: { time: number; open: Map<string, boolean> };

  /** Whether a service answers now on any of its channels (only sourced hours count). */
  isOpen(entry: ServiceEntry, now: Date): boolean {
    if (this.openAt?.time !== now.getTime()) this.openAt = { time: now.getTime(), open: new Map() };
    const cache = this.openAt.open;
    for (const s of entry.schedules.values()) {
      let open = cache.get(s.id);
      if (open === undefined) {
        const kind = openState(s, now).kind;
        cache.set(s.id, (open = kind === 'always' || kind === 'open'));
      }
      if (open) return true;
    }
    return false;
  }

  private matches(entry: ServiceEntry, c: Criteria, now: Date): boolean {
    const s = entry.service;
    if (c.need && !s.needs.includes(c.need)) return false;
    if (c.audience && !s.audiences.includes(c.audience)) return false;
    // A service without a sourced age band is not excluded by age: we do not know.
    if (c.age !== undefined && s.ages && (c.age < s.ages.min || (s.ages.max !== undefined && c.age > s.ages.max))) return false;
    if (c.region && s.regions !== 'national' && !s.regions.includes(c.region)) return false;
    if (c.reach?.length && !c.reach.some((r) => entry.reach.has(r))) return false;
    if (c.language && !s.languages?.codes.includes(c.language)) return false;
    if (c.openNow && !this.isOpen(entry, now)) return false;
    return true;
  }

  /** What a query says: crisis words, who is typing, the needs it names (every loaded language). */
  understand(query: string): Understanding {
    const languages = this.languages();
    const key = `${languages.map((l) => l.code).join()}|${query}`;
    if (this.last?.key === key) return this.last.understanding;
    const toks = tokens(query);
    const needs: NeedScores = new Map();
    let reader: ReaderCue | undefined;
    const rank = (r?: ReaderCue) => (r === 'professional' ? 3 : r === 'parent' ? 2 : r === 'young' ? 1 : 0);
    // A short word that is a stop word in one language is one in all ("mat" is "with" in
    // Luxembourgish, not the Portuguese stem of "matar").
    const words = toks.filter((t) => t.length > 3 || !languages.some((l) => l.isStopWord(t)));
    const said = new Set(toks);
    // How much of the query each language recognises: a language that knows little of it
    // counts little ("crie" is French, not the Portuguese stem of "criar").
    const fit = languages.map((l) => toks.filter((t) => l.recognises(t)).length);
    const bestFit = Math.max(0, ...fit);
    for (const [i, language] of languages.entries()) {
      const weight = bestFit ? (fit[i]! / bestFit) ** 2 : 1;
      if (!weight) continue;
      for (const [need, score] of language.needs(words, said)) needs.set(need, Math.max(needs.get(need) ?? 0, weight * score));
      const r = language.reader(toks);
      if (rank(r) > rank(reader)) reader = r;
    }
    const crisis = detectCrisis(toks);
    // Asking for parenting advice says who is asking — when it is asked clearly, and never
    // on words of crisis (a weak echo of parenting words must not turn a child into a parent).
    const strongest = [...needs].sort((a, b) => b[1] - a[1])[0];
    if (!reader && !crisis && strongest?.[0] === 'parenting-support' && strongest[1] >= 0.5) reader = 'parent';
    const content = toks.filter((t) => t.length > 1 && !languages.some((l) => l.isStopWord(t)));
    if (!needs.size && content.length) {
      for (const hit of this.needKeywords.search(content.join(' '))) needs.set(String(hit.id), 0.8);
    }
    const known = new Set(content.filter((t) => languages.some((l) => l.knows(t))));
    const understanding: Understanding = { tokens: toks, needs, content, known, ...(crisis ? { crisis } : {}), ...(reader ? { reader } : {}) };
    this.last = { key, understanding };
    return understanding;
  }

  /** The hotline ids of the crisis panel for this query and reader (ids missing from the data left out). */
  crisisHotlines(u: Understanding, audience?: Audience): string[] {
    if (!u.crisis) return [];
    const adult = ADULTS.includes(audience ?? u.reader ?? 'young');
    const known = new Set(this.data.hotlines.map((h) => h.id));
    return crisisLines(u.crisis, adult).filter((id) => known.has(id));
  }

  /** The services of the crisis panel's lines, in the panel's order. */
  private crisisServices(u: Understanding, audience?: Audience): ServiceEntry[] {
    const out: ServiceEntry[] = [];
    for (const id of this.crisisHotlines(u, audience)) {
      const hotline = this.data.hotlines.find((h) => h.id === id);
      const phone = hotline && this.data.phones.find((p) => p.id === hotline.phone_id);
      const entry = phone && this.byId.get(phone.service_id);
      if (entry && !out.includes(entry)) out.push(entry);
    }
    return out;
  }

  /** Scores every service the query speaks of (0 or less: it does not). */
  private rank(u: Understanding, c: Criteria): { entry: ServiceEntry; score: number }[] {
    const needs = new Map(u.needs);
    // A need the data has no service for yet: its related needs stand in, with less weight.
    for (const [need, score] of u.needs) {
      if (this.byNeed.has(need)) continue;
      for (const r of related.related[need] ?? []) needs.set(r, Math.max(needs.get(r) ?? 0, 0.6 * score));
    }
    // Beside a named topic ("gay", "robbed"), a feeling ("scared") says less about where to go.
    const talk = needs.get('someone-to-talk-to');
    if (talk !== undefined && needs.size > 1) needs.set('someone-to-talk-to', 0.8 * talk);
    // What a parent asks about their child is also a question of parenting support; a
    // child's words about screens or bedtime are not.
    const reader = c.audience ?? u.reader;
    const parenting = needs.get('parenting-support');
    if (parenting !== undefined && (!reader || reader === 'young' || reader === 'child' || reader === 'teen')) needs.set('parenting-support', 0.5 * parenting);
    if (reader === 'parent' && needs.size) {
      const max = Math.max(...needs.values());
      needs.set('parenting-support', Math.max(needs.get('parenting-support') ?? 0, 0.5 * max));
    }
    const nameHits = u.content.length ? this.names.search(u.content.join(' ')) : [];
    const top = nameHits[0]?.score ?? 0;
    // A name matched only by words of need ("parents" in "Parents' line") says little.
    const names = new Map(nameHits.map((h) => [String(h.id), h.score * (h.queryTerms.every((t) => u.known.has(t)) ? 0.4 : 1)]));
    if (!needs.size && !names.size && (u.content.length === 0 || u.content.length >= 2 || u.tokens.length >= 3 || u.crisis)) {
      // Only words like "help" or "I need", or a sentence we do not understand: someone to talk to.
      needs.set('someone-to-talk-to', u.content.length === 0 ? 0.5 : 0.3);
    }
    // Weak echoes of a clearly named need (half a phrase elsewhere) are left out.
    const strongest = Math.max(0, ...needs.values());
    for (const [need, q] of needs) if (q < 0.3 * strongest) needs.delete(need);
    // Per service (by dataset order): the sum and the best of its needs' contributions, and its name match.
    const n = this.entries.length;
    const sum = new Float64Array(n);
    const best = new Float64Array(n);
    const name = new Float64Array(n);
    const touched: number[] = [];
    const seen = new Uint8Array(n);
    const touch = (i: number) => {
      if (!seen[i]) {
        seen[i] = 1;
        touched.push(i);
      }
    };
    for (const [need, q] of needs) {
      for (const { index, position } of this.byNeed.get(need) ?? []) {
        const v = q * (POSITION[position] ?? 0.4);
        touch(index);
        sum[index] += v;
        if (v > best[index]!) best[index] = v;
      }
    }
    // Names count fully for a reader who names a service; beside named needs, a little.
    const nameWeight = needs.size ? 0.6 : 1.5;
    for (const [id, raw] of names) {
      const i = this.order.get(this.byId.get(id)!)!;
      touch(i);
      name[i] = nameWeight * (raw / top) * Math.min(1, top / 12);
    }
    const out: { entry: ServiceEntry; score: number; i: number }[] = [];
    for (const i of touched) {
      const entry = this.entries[i]!;
      // The best reason counts fully, the other needs it serves a little.
      let score = best[i]! + name[i]! + 0.3 * (sum[i]! - best[i]!);
      const s = entry.service;
      const forYoung = s.audiences.includes('child') || s.audiences.includes('teen');
      const fits = !reader ? forYoung : reader === 'young' ? forYoung : s.audiences.includes(reader);
      score *= fits ? 1.15 : reader ? 0.5 : 0.7;
      if (s.information_only) score *= 0.5;
      if (score > 0) out.push({ entry, score, i });
    }
    return out.sort((a, b) => b.score - a.score || a.i - b.i);
  }

  /** The services that fit, best first. */
  search(criteria: Criteria, now: Date = new Date()): FinderResult[] {
    const query = criteria.query?.trim() ?? '';
    let ranked: { entry: ServiceEntry; score: number }[];
    let crisis: ServiceEntry[] = [];
    if (query.length >= MIN_QUERY) {
      const u = this.understand(query);
      ranked = this.rank(u, criteria);
      crisis = this.crisisServices(u, criteria.audience);
    } else {
      // No words: the service whose first need is the chosen one comes first, then dataset order.
      ranked = this.entries.map((entry, i) => ({
        entry,
        score: (criteria.need && entry.service.needs[0] === criteria.need ? 1000 : 0) - i / 1000,
      }));
      ranked.sort((a, b) => b.score - a.score);
    }
    const pinEmergency = criteria.need === 'immediate-danger';
    const place = (entry: ServiceEntry) =>
      criteria.region ? [...entry.places].sort((a, b) => Number(b.canton === criteria.region) - Number(a.canton === criteria.region)) : entry.places;
    // In a crisis the lines to call now come first, whatever the filters: never zero results.
    const pinned = crisis.map((entry) => ({ entry, pinned: true, places: place(entry) }));
    const results = ranked
      .filter(({ entry }) => !crisis.includes(entry) && this.matches(entry, criteria, now))
      .map(({ entry }) => ({ entry, pinned: pinEmergency && !!entry.service.emergency, places: place(entry) }));
    // Stable: pinned first, otherwise the ranking stands.
    return [...pinned, ...results.filter((r) => r.pinned), ...results.filter((r) => !r.pinned)];
  }
}

function groupBy<T>(list: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const l = map.get(k);
    if (l) l.push(x);
    else map.set(k, [x]);
  }
  return map;
}
