import { Finder } from '../src/components/kanner-service-finder/finder-logic.js';
import { Finder as Old } from './.old-logic.js';
import { queryLanguages } from '../src/components/kanner-service-finder/query-languages.js';
import { synthetic } from './finder-bench.js';
const WORDS = ['gewalt', 'violence', 'fugue', 'ombudsman', 'peitrusshaus', 'sorgerecht', 'violência'];
const SENT = ['mäi papp schléit mech', 'je ne peux pas rentrer ce soir', 'I want to die'];
const keys = (ws: string[]) => ws.flatMap((w) => Array.from({ length: w.length }, (_, i) => w.slice(0, i + 1)));
(window as any).__ab = async () => {
  await queryLanguages.loadAll();
  const data = synthetic(10000);
  const finders = { old: new Old(data as any), new: new Finder(data) } as Record<string, any>;
  const out: Record<string, any> = {};
  for (const [set, ks] of [['words', keys(WORDS)], ['words+sentences', keys([...WORDS, ...SENT])]] as const) {
    for (const filters of [{}, { audience: 'teen', reach: ['phone'], openNow: true }]) {
      const times: Record<string, number[]> = { old: [], new: [] };
      const now = new Date();
      for (let r = 0; r < 4; r++) for (const q of ks) for (const name of ['old', 'new']) {
        const t0 = performance.now(); finders[name].search({ query: q, ...filters }, now); times[name]!.push(performance.now() - t0);
      }
      for (const name of ['old', 'new']) {
        const t = times[name]!.sort((a, b) => a - b);
        out[`${name} ${set} ${Object.keys(filters).length ? 'filters' : 'text'}`] = { median: t[t.length >> 1], p95: t[Math.floor(t.length * 0.95)] };
      }
    }
  }
  return out;
};
