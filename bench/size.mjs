#!/usr/bin/env node
// Bytes over the wire per page type (SPEC §6): loads real pages in headless Chromium,
// records every script the page fetches, and sums raw / gzip -9 / brotli q11 sizes.
// Also lists every built file. Fails (exit 1) when a page is over its budget.
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve } from './serve.mjs';
import { launch } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/**
 * Pages a site might have, and the brotli budget of their JS. The budgets sit just above
 * what the build reaches, so a regression fails CI. The product goal for a banner-only
 * page is 10 KB; Lit + @lit/localize alone are 6.2 KB of it (see README, "Size").
 * Issue 9 raised the two finder pages: the finder now understands sentences — the page's
 * query language (stemmer, stop words, lexicon: 3–5.6 KB), its loader and the crisis words
 * (+11.5 KB on the Portuguese page); the single file carries all five languages (+24 KB).
 */
const PAGES = [
  { name: 'banner only, English (kanner.js)', file: 'bench/pages/banner-en.html', budget: 15.5 * 1024 },
  { name: 'banner only, French (kanner.js)', file: 'bench/pages/banner-fr.html', budget: 16.5 * 1024 },
  { name: 'banner + quick exit, Luxembourgish (kanner.js)', file: 'bench/pages/banner-exit-lb.html', budget: 18.5 * 1024 },
  { name: 'every widget, Portuguese (kanner.js)', file: 'bench/pages/all-pt.html', budget: 81 * 1024 },
  { name: 'every widget, classic single file (kanner.bundle.js)', file: 'bench/pages/classic.html', budget: 156 * 1024 },
];

const server = await serve();
const browser = await launch();
const report = { pages: [], files: [] };
let over = false;
try {
  for (const page of PAGES) {
    const tab = await browser.newPage();
    const scripts = new Map();
    const foreign = [];
    tab.on('request', (r) => {
      if (!r.url().startsWith(server.origin)) foreign.push(r.url());
    });
    tab.on('response', async (res) => {
      // The benchmark's own probe script is not part of what a site ships.
      if (res.request().resourceType() === 'script' && !res.url().includes('/bench/')) {
        try {
          scripts.set(res.url(), await res.buffer());
        } catch {
          /* ignore */
        }
      }
    });
    await tab.goto(`${server.origin}/${page.file}`, { waitUntil: 'networkidle0' });
    await tab.waitForFunction(() => [...document.querySelectorAll('kanner-hotline-banner, kanner-quick-exit, kanner-service-finder, kanner-rights-explainer, kanner-parents-forum')].every((e) => e.shadowRoot?.firstElementChild));
    await tab.close();
    const total = { raw: 0, gzip: 0, brotli: 0, requests: scripts.size };
    for (const buf of scripts.values()) {
      const s = sizes(buf);
      total.raw += s.raw;
      total.gzip += s.gzip;
      total.brotli += s.brotli;
    }
    const ok = page.budget === undefined || total.brotli <= page.budget;
    if (!ok) over = true;
    if (foreign.length) over = true;
    report.pages.push({ page: page.name, ...total, budget: page.budget, ok, foreignRequests: foreign });
  }
} finally {
  await browser.close();
  await server.close();
}

const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
for (const file of walk(join(root, 'dist/cdn')).filter((f) => f.endsWith('.js'))) {
  report.files.push({ file: relative(root, file), ...sizes(readFileSync(file)) });
}

console.log('\nJS over the wire per page (every script the page fetched):');
console.log('| page | requests | raw | gzip | brotli | budget (brotli) |');
console.log('|---|---:|---:|---:|---:|---|');
for (const p of report.pages) {
  console.log(`| ${p.page} | ${p.requests} | ${kb(p.raw)} | ${kb(p.gzip)} | ${kb(p.brotli)} | ${p.budget ? `${kb(p.budget)} ${p.ok ? '✓' : '✗ OVER'}` : '—'} |`);
  if (p.foreignRequests.length) console.log(`  ✗ requests to other origins: ${p.foreignRequests.join(', ')}`);
}
console.log('\nBuilt script-tag files (dist/cdn):');
console.log('| file | raw | gzip | brotli |');
console.log('|---|---:|---:|---:|');
for (const f of report.files.sort((a, b) => b.raw - a.raw)) console.log(`| ${f.file} | ${f.raw} | ${f.gzip} | ${f.brotli} |`);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/size.json'), JSON.stringify(report, null, 2));
if (over) {
  console.error('\nA page is over its size budget or requested another origin.');
  process.exit(1);
}
