// Runs in headless Chromium (bench/finder.mjs): per-keystroke search + filter time of the
// service finder's logic on the real directory and on a generated 10 000-service one.
import { Finder, type Criteria } from '../src/components/kanner-service-finder/finder-logic.js';
import { directoryPack } from '../src/data/directory.js';
import { queryLanguages } from '../src/components/kanner-service-finder/query-languages.js';
import type { CantonId } from '../src/data/types.js';

type Core = typeof directoryPack.core;

/** A directory of `n` services made from the real ones: varied names, needs, places, hours. */
export function synthetic(n: number): Core {
  const real = directoryPack.core;
  const words = real.needs.flatMap((x) => x.keywords.split(' | '));
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const services = Array.from({ length: n }, (_, i) => {
    const base = real.services[i % real.services.length]!;
    const needs = [...new Set([pick(real.needs).id, pick(real.needs).id])];
    const regions: 'national' | CantonId[] = random() < 0.3 ? 'national' : [pick(real.regions).id];
    return {
      ...base,
      id: `synthetic-${i}`,
      needs,
      regions,
      keywords: `${base.keywords} | service ${i} | ${pick(words)} ${pick(words)} | ${pick(words)}`,
    };
  });
  const phones = services.map((s, i) => ({ ...real.phones[i % real.phones.length]!, id: `p-${i}`, service_id: s.id }));
  return { ...real, services, phones, channels: [], service_at_location: [] };
}

// Words, and sentences as children type them (every query language loaded, as after the first keystroke).
const KEYSTROKES = ['gewalt', 'violence', 'fugue', 'ombudsman', 'peitrusshaus', 'sorgerecht', 'violência', 'mäi papp schléit mech', 'je ne peux pas rentrer ce soir', 'I want to die'].flatMap((w) =>
  Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1)),
);

function measure(finder: Finder, rounds: number, extra: Criteria) {
  const times: number[] = [];
  const now = new Date();
  for (let r = 0; r < rounds; r++) {
    for (const query of KEYSTROKES) {
      const t0 = performance.now();
      finder.search({ query, ...extra }, now);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { keystrokes: times.length, median: q(0.5), p95: q(0.95), max: times[times.length - 1]! };
}

export async function run() {
  await queryLanguages.loadAll();
  const out: Record<string, unknown> = {};
  for (const [name, data, rounds] of [
    ['real', directoryPack.core, 50],
    ['10000', synthetic(10_000), 6],
  ] as const) {
    const t0 = performance.now();
    const finder = new Finder(data);
    const build = performance.now() - t0;
    finder.search({ query: 'warm up' });
    out[name] = {
      services: data.services.length,
      indexBuildMs: build,
      textOnly: measure(finder, rounds, {}),
      withFilters: measure(finder, rounds, { audience: 'teen', reach: ['phone'], openNow: true }),
    };
  }
  return out;
}

if (typeof window !== "undefined") (window as unknown as { __finderBench: typeof run }).__finderBench = run;
