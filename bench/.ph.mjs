import { build } from 'vite';
await build({ logLevel: 'error', configFile: false, build: { ssr: 'bench/.dbg.ts', outDir: 'dist/dbg', emptyOutDir: true, target: 'node20', rolldownOptions: { output: { entryFileNames: 'dbg.mjs' } } }, ssr: { noExternal: true } });
const m = await import('/work/wt-9/dist/dbg/dbg.mjs?' + Date.now());
await m.phrases(process.argv[2], process.argv[3]);
