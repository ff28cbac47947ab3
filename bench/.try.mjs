import { build } from 'vite';
await build({ logLevel: 'error', configFile: false, build: { ssr: 'bench/relevance-run.ts', outDir: 'dist/relevance', emptyOutDir: true, target: 'node20', rollupOptions: { output: { entryFileNames: 'run.mjs' } } }, ssr: { noExternal: true } });
const m = await import('/work/wt-9/dist/relevance/run.mjs?' + Date.now());
const qs = process.argv.slice(2).map((q) => ({ q, lang: 'en', situation: 'x', reader: 'young', fits: [] }));
const { extra, finder } = await m.run(qs);
for (const o of extra) { const u = finder.understand(o.query.q); console.log(o.query.q, '→', o.crisis ?? '', '|', o.top.slice(0, 4).join(', '), '| needs', JSON.stringify([...u.needs].map(([k,v])=>k+':'+v.toFixed(2))), u.reader ?? ''); }
