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
 * Pages a site might have, the product goal for their JS (issue 10) and the brotli budget
 * CI enforces. Where the goal is not reached the budget sits just above what the build
 * reaches, so any regression fails CI; the README ("Size and speed") says what each
 * remaining KB is and why it stays. December 2026: the budgets were raised to what the
 * merged work of that month reaches (the loader's manifest, the phone/print/poster banner,
 * data-src and freshness plumbing, the finder's query languages and crisis words, 21 more
 * services); the goals are NOT met, see the README.
 */
const KB = 1024;
const PAGES = [
  { name: 'banner only, English (kanner.js)', file: 'bench/pages/banner-en.html', goal: 10 * KB, budget: 19.5 * KB },
  { name: 'banner only, French (kanner.js)', file: 'bench/pages/banner-fr.html', goal: 10 * KB, budget: 20.5 * KB },
  { name: 'banner + quick exit, Luxembourgish (kanner.js)', file: 'bench/pages/banner-exit-lb.html', budget: 22.5 * KB },
  { name: 'every widget, Portuguese (kanner.js)', file: 'bench/pages/all-pt.html', goal: 35 * KB, budget: 93 * KB },
  { name: 'every widget, classic single file (kanner.bundle.js)', file: 'bench/pages/classic.html', goal: 110 * KB, budget: 182 * KB },
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
    const chunks = [];
    for (const [url, buf] of scripts) {
      const s = sizes(buf);
      chunks.push({ file: new URL(url).pathname.replace(/^\/dist\/cdn\//, ''), ...s });
      total.raw += s.raw;
      total.gzip += s.gzip;
      total.brotli += s.brotli;
    }
    const ok = page.budget === undefined || total.brotli <= page.budget;
    if (!ok) over = true;
    if (foreign.length) over = true;
    report.pages.push({ page: page.name, ...total, goal: page.goal, budget: page.budget, ok, foreignRequests: foreign, chunks });
  }
} finally {
  await browser.close();
  await server.close();
}

const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
for (const file of walk(join(root, 'dist/cdn')).filter((f) => f.endsWith('.js'))) {
  report.files.push({ file: relative(root, file), ...sizes(readFileSync(file)) });
}

const table = [
  'JS over the wire per page — every script the page fetched (written by `bench/size.mjs`):',
  '',
  '| page | requests | raw | gzip | brotli | goal (brotli) | CI budget (brotli) |',
  '|---|---:|---:|---:|---:|---|---|',
];
for (const p of report.pages) {
  const goal = p.goal ? `${kb(p.goal)} ${p.brotli <= p.goal ? '✓' : '✗ not reached'}` : '—';
  table.push(`| ${p.page} | ${p.requests} | ${kb(p.raw)} | ${kb(p.gzip)} | ${kb(p.brotli)} | ${goal} | ${p.budget ? `${kb(p.budget)} ${p.ok ? '✓' : '✗ OVER'}` : '—'} |`);
}
table.push('', 'Per chunk (brotli), banner-only French page and the every-widget page:', '', '| page | chunk | raw | gzip | brotli |', '|---|---|---:|---:|---:|');
for (const p of report.pages.filter((x) => /French|every widget, Portuguese/.test(x.page))) {
  for (const c of p.chunks.sort((a, b) => b.brotli - a.brotli)) table.push(`| ${p.page.replace(/ \(kanner\.js\)/, '')} | \`${c.file.replace(/-[\w-]{8}\.js$/, '.js')}\` | ${kb(c.raw)} | ${kb(c.gzip)} | ${kb(c.brotli)} |`);
}
console.log(`\n${table.join('\n')}`);
for (const p of report.pages) if (p.foreignRequests.length) console.log(`  ✗ ${p.page}: requests to other origins: ${p.foreignRequests.join(', ')}`);
{
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const [start, end] = ['<!-- bench:size:start -->', '<!-- bench:size:end -->'];
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a >= 0 && b > a) writeFileSync(join(root, 'README.md'), `${readme.slice(0, a + start.length)}\n${table.join('\n')}\n${readme.slice(b)}`);
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
