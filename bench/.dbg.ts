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
