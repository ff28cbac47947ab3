import { queryLanguages } from '../src/components/kanner-service-finder/query-languages.js';
import { tokens } from '../src/components/kanner-service-finder/text.js';
export async function dbg(q: string) {
  await queryLanguages.loadAll();
  const t = tokens(q);
  for (const l of queryLanguages.loaded) console.log(l.code, l.terms(t).join(' '), JSON.stringify([...l.needs(t)]));
}
import { Finder } from '../src/components/kanner-service-finder/finder-logic.js';
import { directoryPack } from '../src/data/directory.js';
export async function dbg2(q: string) {
  await queryLanguages.loadAll();
  const f = new Finder(directoryPack.core) as any;
  const u = f.understand(q);
  console.log('content', u.content, 'known', [...u.known]);
  console.log(f.names.search(u.content.join(' ')).slice(0, 5).map((h: any) => [h.id, h.score.toFixed(2), h.queryTerms]));
  console.log(f.rank(u, {}).slice(0, 5).map((r: any) => [r.entry.service.id, r.score.toFixed(2)]));
}
function synthetic(n: number) {
  const real = directoryPack.core;
  const words = real.needs.flatMap((x) => x.keywords.split(' | '));
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const services = Array.from({ length: n }, (_, i) => {
    const base = real.services[i % real.services.length]!;
    const needs = [...new Set([pick(real.needs).id, pick(real.needs).id])];
    return { ...base, id: `synthetic-${i}`, needs, regions: 'national' as const, keywords: `${base.keywords} | service ${i} | ${pick(words)} ${pick(words)} | ${pick(words)}` };
  });
  const phones = services.map((s, i) => ({ ...real.phones[i % real.phones.length]!, id: `p-${i}`, service_id: s.id }));
  return { ...real, services, phones, channels: [], service_at_location: [] } as typeof real;
}
export async function perf() {
  await queryLanguages.loadAll();
  const f = new Finder(synthetic(10000)) as any;
  const KEYS = ['gewalt', 'violence', 'fugue', 'ombudsman', 'peitrusshaus', 'sorgerecht', 'violência', 'mäi papp schléit mech', 'je ne peux pas rentrer ce soir', 'I want to die'].flatMap((w) => Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1)));
  const t = { understand: 0, rank: 0, search: 0 };
  const slow: [string, number][] = [];
  for (let r = 0; r < 3; r++) for (const q of KEYS) {
    f.last = undefined;
    let t0 = performance.now(); const u = f.understand(q); t.understand += performance.now() - t0;
    t0 = performance.now(); f.rank(u, {}); t.rank += performance.now() - t0;
    f.last = undefined;
    t0 = performance.now(); f.search({ query: q }); const d = performance.now() - t0; t.search += d; slow.push([q, d]);
  }
  console.log(t, KEYS.length * 3);
  console.log(slow.sort((a, b) => b[1] - a[1]).slice(0, 12).map(([q, d]) => `${q}:${d.toFixed(1)}`).join('  '));
}
export async function perf2() {
  await queryLanguages.loadAll();
  const f = new Finder(synthetic(10000)) as any;
  const KEYS = ['violenc', 'mäi papp schl', 'sorgerech', 'je ne p'];
  for (const q of KEYS) {
    const u = f.understand(q);
    let t0 = performance.now(); const hits = f.names.search(u.content.join(' ')); const tn = performance.now() - t0;
    t0 = performance.now(); f.rank(u, {}); const tr = performance.now() - t0;
    console.log(q, 'names', tn.toFixed(1), hits.length, 'rank', tr.toFixed(1), 'needs', u.needs.size, JSON.stringify([...u.needs].map(([k, v]) => k + ':' + v.toFixed(2))));
  }
}
export async function phrases(code: string, term: string) {
  await queryLanguages.loadAll();
  const l = queryLanguages.loaded.find((x) => x.code === code) as any;
  console.log(l.phrases.filter((p: any) => p.terms.includes(term)).map((p: any) => `${p.need}:${p.terms.join('+')}[${p.context}]`).join('\n'));
}
