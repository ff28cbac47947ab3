#!/usr/bin/env node
// Finder relevance (issue 9): success@3 and mean reciprocal rank on the labelled query set
// (test/relevance/queries.json), per language and per situation, and crisis handling.
// Bundles bench/relevance-run.ts for node with Vite (the finder's logic runs without a
// DOM), prints the tables and writes them into the README between the relevance markers.
// `--failures` lists the queries that miss.
import { build } from 'vite';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

await build({
  logLevel: 'error',
  configFile: false,
  build: {
    ssr: 'bench/relevance-run.ts',
    outDir: 'dist/bench-relevance',
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'run.mjs' } },
  },
  ssr: { noExternal: true },
});
const mod = await import(pathToFileURL(resolve('dist/bench-relevance/run.mjs')).href);
const { outcomes } = await mod.run();
const { figures, groupFigures } = mod;

const pct = (x) => `${(100 * x).toFixed(1)} %`;
const row = (name, f) => `| ${name} | ${f.queries} | ${pct(f.success3)} | ${f.mrr.toFixed(3)} |`;
const table = (title, groups) => [`| ${title} | queries | success@3 | MRR |`, '|---|---:|---:|---:|', ...groups.map(([k, f]) => row(k, f))].join('\n');

const counted = outcomes.filter((o) => !o.skipped && o.query.fits.length);
const all = figures(counted);
const skipped = outcomes.filter((o) => o.skipped).length;
const crisisQueries = outcomes.filter((o) => o.query.crisis);
const crisisOk = crisisQueries.filter((o) => o.crisisOk).length;
const idioms = outcomes.filter((o) => o.query.crisis === false);
const idiomsOk = idioms.filter((o) => o.crisisOk).length;
const falseFires = outcomes.filter((o) => o.query.crisis === undefined && o.crisis);

const md = [
  `Finder relevance on ${outcomes.length} labelled queries (\`test/relevance/queries.json\`; ${skipped} that need the services of issue 8 skipped while the data has none): success@3 = a fitting service in the first three and none of the query's "must not" there; MRR = mean reciprocal rank of the first fitting service.`,
  '',
  table('overall', [['all languages', all]]),
  '',
  table('language', groupFigures(counted, (o) => o.query.lang)),
  '',
  table('situation', groupFigures(counted, (o) => o.query.situation)),
  '',
  `Crisis handling: ${crisisOk} / ${crisisQueries.length} crisis queries bring the panel of the right kind with a line to call first (${pct(crisisOk / (crisisQueries.length || 1))}); ${idiomsOk} / ${idioms.length} idioms and judgement calls ("mourir de rire", "totmüde", "dead tired", "Hilfe beim Sterben der Oma?") do not; ${falseFires.length} of the other queries bring it.`,
].join('\n');
console.log(`\n${md}\n`);

if (process.argv.includes('--failures')) {
  for (const o of outcomes.filter((o) => (!o.success && !o.skipped && o.query.fits.length) || !o.crisisOk || (o.query.crisis === undefined && o.crisis))) {
    console.log(`✗ [${o.query.lang} ${o.query.situation} ${o.query.reader}] ${o.query.q} → ${o.crisis ?? ''} ${o.top.slice(0, 4).join(', ')} (rank ${o.rank})`);
  }
}

const readme = readFileSync('README.md', 'utf8');
const start = '<!-- relevance:start -->';
const end = '<!-- relevance:end -->';
if (readme.includes(start) && readme.includes(end)) {
  const next = readme.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${md}\n${end}`);
  if (next !== readme) writeFileSync('README.md', next);
}
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/relevance.json', JSON.stringify({ overall: all, skipped, crisis: { ok: crisisOk, of: crisisQueries.length }, idioms: { ok: idiomsOk, of: idioms.length }, falseFires: falseFires.length }, null, 2));
