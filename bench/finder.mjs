#!/usr/bin/env node
// Service finder speed (SPEC §6): per-keystroke search + filtering time, in headless
// Chromium, on the real data and on a generated 10 000-service dataset. Builds
// bench/finder-bench.ts with Vite first. Goal: ≤ 1 ms (real) and ≤ 16 ms (10 000) at p95.
import { build } from 'vite';
import { writeFileSync, mkdirSync } from 'node:fs';
import { serve } from './serve.mjs';
import { launch } from './browser.mjs';

await build({
  logLevel: 'error',
  configFile: false,
  build: {
    outDir: 'dist/bench',
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: 'bench/finder-bench.ts', formats: ['es'], fileName: () => 'finder-bench.js' },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});
mkdirSync('dist/bench', { recursive: true });
writeFileSync('dist/bench/finder.html', '<!doctype html><meta charset="utf-8"><title>finder bench</title><script type="module" src="./finder-bench.js"></script>');

const server = await serve();
const browser = await launch();
let result;
try {
  const tab = await browser.newPage();
  await tab.goto(`${server.origin}/dist/bench/finder.html`, { waitUntil: 'load' });
  await tab.waitForFunction(() => typeof window.__finderBench === 'function');
  result = await tab.evaluate(() => window.__finderBench());
} finally {
  await browser.close();
  await server.close();
}

const ms = (n) => `${n.toFixed(3)} ms`;
console.log('\nService finder, per keystroke (query understanding in five languages + search + filters), headless Chromium, 2-core machine:');
console.log('| data | services | index build | keystrokes | median | p95 | max | goal (p95) |');
console.log('|---|---:|---:|---:|---:|---:|---:|---|');
let over = false;
for (const [name, r] of Object.entries(result)) {
  const goal = name === 'real' ? 1 : 16;
  for (const [kind, m] of [['text', r.textOnly], ['text + filters', r.withFilters]]) {
    const ok = m.p95 <= goal;
    if (!ok) over = true;
    console.log(`| ${name} (${kind}) | ${r.services} | ${ms(r.indexBuildMs)} | ${m.keystrokes} | ${ms(m.median)} | ${ms(m.p95)} | ${ms(m.max)} | ${goal} ms ${ok ? '✓' : '✗'} |`);
  }
}
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/finder.json', JSON.stringify(result, null, 2));
if (over) {
  console.error('The finder is over its per-keystroke goal.');
  process.exit(1);
}
