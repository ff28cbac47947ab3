// Bundled for node by bench/relevance.mjs: the finder on the real directory, every
// language loaded, evaluated on the labelled query set.
import { Finder } from '../src/components/kanner-service-finder/finder-logic.js';
import { queryLanguages } from '../src/components/kanner-service-finder/query-languages.js';
import { directoryPack } from '../src/data/directory.js';
import { evaluate, type LabelledQuery } from '../test/relevance/evaluate.js';
import queries from '../test/relevance/queries.json';

export { figures, groupFigures } from '../test/relevance/evaluate.js';

export async function run(extra: readonly LabelledQuery[] = []) {
  await queryLanguages.loadAll();
  const finder = new Finder(directoryPack.core);
  return { outcomes: evaluate(finder, queries as LabelledQuery[]), extra: evaluate(finder, extra), finder };
}
