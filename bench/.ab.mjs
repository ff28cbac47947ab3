import { build } from 'vite';
import { writeFileSync } from 'node:fs';
import { serve } from './serve.mjs';
import { launch } from './browser.mjs';
await build({ logLevel: 'error', configFile: false, build: { outDir: 'dist/ab', emptyOutDir: true, target: 'es2022', lib: { entry: 'bench/.ab.ts', formats: ['es'], fileName: () => 'ab.js' }, rolldownOptions: { output: { codeSplitting: false } } } });
writeFileSync('dist/ab/ab.html', '<!doctype html><meta charset="utf-8"><script type="module" src="./ab.js"></script>');
const server = await serve(); const browser = await launch();
try { const tab = await browser.newPage(); await tab.goto(`${server.origin}/dist/ab/ab.html`); await tab.waitForFunction(() => typeof window.__ab === 'function'); console.table(await tab.evaluate(() => window.__ab())); } finally { await browser.close(); await server.close(); }
