/**
 * The service finder's logic, free of DOM and rendering: one full-text index over the
 * directory (every language at once), the filters of SPEC §2.2, and the ranking.
 *
 * Search uses MiniSearch (prefix and small-typo tolerant, scored) rather than a
 * hand-written index; terms are folded to lowercase without accents, so "Péitrusshaus",
 * "peitrusshaus" and "PEITRUSSHAUS" are the same word.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Packed } from '../src/data/pack.js';
import type { DirectoryData, SearchableService } from '../src/data/packs.js';
import type { Audience, CantonId, Channel, Location, NeedId, Organization, Phone, Schedule } from '../src/data/types.js';
import { openState } from '../src/data/schedule.js';

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
  /** Pinned to the top (emergency services when the danger is immediate). */
  pinned: boolean;
}

/** Lowercase, accents and other diacritics removed. */
export function fold(term: string): string {
  return term.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Queries shorter than this filter nothing yet (one letter would match half the index). */
export const MIN_QUERY = 2;

export class Finder {
  readonly entries: ServiceEntry[];
  private readonly byId: Map<string, ServiceEntry>;
  private readonly index: MiniSearch<{ id: string; names: string; needs: string }>;

  constructor(readonly data: P<DirectoryData>) {
    const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
    const orgs = byId(data.organizations);
    const schedules = byId(data.schedules);
    const locations = byId(data.locations);
    const needKeywords = new Map(data.needs.map((n) => [n.id, n.keywords]));
    this.entries = data.services.map((service) => {
      const phones = data.phones.filter((p) => p.service_id === service.id);
      const channels = data.channels.filter((c) => c.service_id === service.id);
      const places = data.service_at_location
        .filter((x) => x.service_id === service.id)
        .map((x) => locations.get(x.location_id))
        .filter((l): l is P<Location> => !!l);
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
    this.index = new MiniSearch({
      fields: ['names', 'needs'],
      storeFields: [],
      processTerm: (term) => fold(term) || null,
      searchOptions: {
        boost: { names: 2 },
        prefix: true,
        // One typo in words of five letters or more ("peitrushaus"); more would let
        // "Sorgerecht" (custody) reach "ongerecht" (unfair).
        fuzzy: (term) => (term.length >= 5 ? 1 : false),
        // Any word may match; services matching more words score higher and come first.
        combineWith: 'OR',
      },
    });
    this.index.addAll(
      this.entries.map((e) => ({
        id: e.service.id,
        names: e.service.keywords,
        needs: e.service.needs.map((n) => needKeywords.get(n) ?? '').join(' | '),
      })),
    );
  }

  /** Whether a service answers now on any of its channels (only sourced hours count). */
  isOpen(entry: ServiceEntry, now: Date): boolean {
    for (const s of entry.schedules.values()) {
      const kind = openState(s, now).kind;
      if (kind === 'always' || kind === 'open') return true;
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

  /** The services that fit, best first. */
  search(criteria: Criteria, now: Date = new Date()): FinderResult[] {
    const query = criteria.query?.trim() ?? '';
    let ranked: { entry: ServiceEntry; score: number }[];
    if (query.length >= MIN_QUERY) {
      const hits: SearchResult[] = this.index.search(query);
      ranked = hits.map((h) => ({ entry: this.byId.get(String(h.id))!, score: h.score }));
    } else {
      // No words: the service whose first need is the chosen one comes first, then dataset order.
      ranked = this.entries.map((entry, i) => ({
        entry,
        score: (criteria.need && entry.service.needs[0] === criteria.need ? 1000 : 0) - i / 1000,
      }));
      ranked.sort((a, b) => b.score - a.score);
    }
    const pinEmergency = criteria.need === 'immediate-danger';
    const results = ranked
      .filter(({ entry }) => this.matches(entry, criteria, now))
      .map(({ entry }) => ({
        entry,
        pinned: pinEmergency && !!entry.service.emergency,
        places: criteria.region
          ? [...entry.places].sort((a, b) => Number(b.canton === criteria.region) - Number(a.canton === criteria.region))
          : entry.places,
      }));
    // Stable: pinned first, otherwise the ranking stands.
    return [...results.filter((r) => r.pinned), ...results.filter((r) => !r.pinned)];
  }
}
