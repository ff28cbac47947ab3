/**
 * Relevance of the finder on the labelled query set (queries.json): success@3 (a fitting
 * service in the first three, none of the `not_top3` there) and reciprocal rank of the
 * first fitting service, per query; crisis handling (the panel fires for crisis words, the
 * first result is a line to call, and it does not fire for everyday idioms). Shared by the
 * browser test (test/finder-relevance.test.ts) and `npm run bench` (bench/relevance.mjs).
 */
import type { Finder } from '../../src/components/kanner-service-finder/finder-logic.js';
import type { CrisisKind } from '../../src/components/kanner-service-finder/crisis.js';

export interface LabelledQuery {
  q: string;
  lang: 'en' | 'fr' | 'de' | 'lb' | 'pt';
  situation: string;
  /** Who is typing: young (child or teen), parent, professional. */
  reader: 'young' | 'parent' | 'professional';
  /** Service ids, hotline ids (the service it dials), or need ids ("any service with this need for this reader"). */
  fits: string[];
  not_top3?: string[];
  /** The crisis panel must show (suicide / danger), or must not (false, for idioms). */
  crisis?: CrisisKind | false;
  /** Only answerable once the services of issue 8 (drugs, sexual health, LGBTIQ+, victims, school) exist. */
  needs_new_services?: boolean;
  /** Spelling, accents, mixed languages… (for the report). */
  tags?: string[];
}

export interface QueryOutcome {
  query: LabelledQuery;
  top: string[];
  /** 1-based rank of the first fitting service (0: none). */
  rank: number;
  success: boolean;
  crisisOk: boolean;
  crisis?: CrisisKind;
  skipped: boolean;
}

const NEW_NEEDS = ['substance-use', 'sexual-health', 'lgbtiq', 'crime-victim', 'school-wellbeing'];

export function evaluate(finder: Finder, queries: readonly LabelledQuery[]): QueryOutcome[] {
  const services = finder.entries.map((e) => e.service);
  const ids = new Set(services.map((s) => s.id));
  const forReader = (audiences: readonly string[], reader: LabelledQuery['reader']) =>
    reader === 'young' ? audiences.includes('child') || audiences.includes('teen') : audiences.includes(reader);
  return queries.map((query) => {
    const fits = new Set<string>();
    for (const label of query.fits) {
      // A hotline id (the adult line "sos-detresse") stands for the service it dials.
      const hotline = finder.data.hotlines.find((h) => h.id === label);
      const viaHotline = hotline && finder.data.phones.find((p) => p.id === hotline.phone_id)?.service_id;
      if (viaHotline) fits.add(viaHotline);
      if (ids.has(label)) fits.add(label);
      else for (const s of services) if ((s.needs as string[]).includes(label) && forReader(s.audiences, query.reader)) fits.add(s.id);
    }
    const newNeeds = query.fits.filter((f) => NEW_NEEDS.includes(f));
    const skipped = !!query.needs_new_services && !services.some((s) => newNeeds.some((n) => (s.needs as string[]).includes(n)));
    const results = finder.search({ query: query.q });
    const top = results.map((r) => r.entry.service.id);
    const index = top.findIndex((id) => fits.has(id));
    const rank = index + 1;
    const bad = new Set(query.not_top3 ?? []);
    const success = rank >= 1 && rank <= 3 && !top.slice(0, 3).some((id) => bad.has(id));
    const crisis = finder.understand(query.q).crisis;
    const crisisOk = query.crisis === undefined ? true : query.crisis === false ? !crisis : crisis === query.crisis && rank === 1;
    return { query, top, rank, success, crisisOk, ...(crisis ? { crisis } : {}), skipped };
  });
}

export interface Figures {
  queries: number;
  success3: number;
  mrr: number;
}

export function figures(outcomes: readonly QueryOutcome[]): Figures {
  const counted = outcomes.filter((o) => !o.skipped);
  const n = counted.length || 1;
  return {
    queries: counted.length,
    success3: counted.filter((o) => o.success).length / n,
    mrr: counted.reduce((s, o) => s + (o.rank ? 1 / o.rank : 0), 0) / n,
  };
}

export function groupFigures(outcomes: readonly QueryOutcome[], key: (o: QueryOutcome) => string): [string, Figures][] {
  const groups = new Map<string, QueryOutcome[]>();
  for (const o of outcomes) groups.set(key(o), [...(groups.get(key(o)) ?? []), o]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, list]) => [k, figures(list)]);
}
