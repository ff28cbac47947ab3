#!/usr/bin/env node
// Speed (SPEC §6): time from the script tag starting to the banner's first render, and the
// layout shift the widgets cause on the host page — median of several cold loads.
import { serve } from './serve.mjs';
import { launch } from './browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PAGES = [
  { name: 'banner, French (kanner.js)', file: 'bench/pages/banner-fr.html' },
  { name: 'banner + exit, Luxembourgish (kanner.js)', file: 'bench/pages/banner-exit-lb.html' },
  { name: 'classic single file (kanner.bundle.js)', file: 'bench/pages/classic.html' },
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve();
const browser = await launch();
try {
  console.log(`\nFirst render and layout shift (median of ${RUNS} cold loads, headless Chromium, 2-core machine):`);
  console.log('| page | script start → first render | layout shift (CLS) |');
  console.log('|---|---:|---:|');
  for (const page of PAGES) {
    const times = [];
    const shifts = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.createBrowserContext();
      const tab = await context.newPage();
      await tab.setCacheEnabled(false);
      await tab.goto(`${server.origin}/${page.file}?run=${i}`, { waitUntil: 'load' });
      const result = await tab.evaluate(async () => {
        const w = window;
        await new Promise((resolve) => {
          const check = () => {
            const b = document.querySelector('kanner-hotline-banner');
            if (b?.shadowRoot?.querySelector('.contact')) resolve(undefined);
            else requestAnimationFrame(check);
          };
          check();
        });
        const rendered = performance.now();
        await new Promise((r) => setTimeout(r, 300));
        return { ms: rendered - w.__scriptStart, cls: w.__cls };
      });
      times.push(result.ms);
      shifts.push(result.cls);
      await context.close();
    }
    console.log(`| ${page.name} | ${median(times).toFixed(1)} ms | ${median(shifts).toFixed(4)} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
