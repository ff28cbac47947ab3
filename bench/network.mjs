#!/usr/bin/env node
// What a phone sees (SPEC §6): time from navigation to the first VISIBLE `tel:` link, on
// Chromium-emulated networks (CDP Network.emulateNetworkConditions), from a gzip-serving
// static server, cold cache, median of RUNS loads. Pages: the French banner via kanner.js;
// the same with fallback content inside the tag; the classic kanner.bundle.js; the same
// links as plain HTML. Reported as ms, ratio to plain links and extra round trips
// ((widget − plain) / RTT), plus the layout shift on the page. Writes the README table
// between its markers; timings are reported, never asserted (no exit code from them).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { serve } from './serve.mjs';
import { launch } from './browser.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const NETWORKS = [
  { name: '4G', latency: 150, kbit: 1600, targets: { module: 2.5, classic: 5, fallback: 1.15 } },
  { name: 'slow 3G', latency: 400, kbit: 400, targets: { module: 3.0, classic: 6, fallback: 1.15 } },
];
const PAGES = [
  { key: 'plain', name: 'plain `tel:` links (no script)', file: 'bench/pages/net-plain-fr.html' },
  { key: 'module', name: 'banner via `kanner.js`', file: 'bench/pages/net-banner-fr.html' },
  { key: 'fallback', name: 'banner via `kanner.js`, fallback content in the tag', file: 'bench/pages/net-fallback-fr.html' },
  { key: 'classic', name: 'banner via `kanner.bundle.js` (classic)', file: 'bench/pages/net-classic-fr.html' },
];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Runs in the page before any of its scripts (no request of its own): marks the first frame
// in which a tel: link is visible — in the page or in a widget's shadow root — and sums
// layout shifts.
const PROBE = () => {
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const visible = (a) => {
    const r = a.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.top < innerHeight && getComputedStyle(a).visibility !== 'hidden';
  };
  const links = (root) => [...root.querySelectorAll('a[href^="tel:"]'), ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).flatMap((e) => links(e.shadowRoot))];
  const check = () => {
    if (links(document).some(visible)) window.__firstTel = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

const server = await serve({ gzip: true });
const browser = await launch();
const results = [];
const layout = [];
try {
  for (const net of NETWORKS) {
    const row = { network: net.name, rtt: net.latency, pages: {} };
    for (const page of PAGES) {
      const times = [];
      const shifts = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await browser.createBrowserContext();
        const tab = await context.newPage();
        await tab.setViewport({ width: 412, height: 823, deviceScaleFactor: 1, isMobile: true });
        await tab.setCacheEnabled(false);
        const cdp = await tab.createCDPSession();
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: net.latency,
          downloadThroughput: (net.kbit * 1000) / 8,
          uploadThroughput: (net.kbit * 1000) / 8,
        });
        await tab.evaluateOnNewDocument(PROBE);
        await tab.goto(`${server.origin}/${page.file}?run=${i}`, { waitUntil: 'load', timeout: 60000 });
        await tab.waitForFunction(() => window.__firstTel !== undefined, { timeout: 60000 });
        // Let the widget settle, then read the shift it caused.
        await tab.waitForFunction(() => [...document.querySelectorAll('kanner-hotline-banner')].every((b) => b.shadowRoot?.querySelector('.contact')), { timeout: 60000 });
        await new Promise((r) => setTimeout(r, 300));
        const { t, cls } = await tab.evaluate(() => ({ t: window.__firstTel, cls: window.__cls }));
        times.push(t);
        shifts.push(cls);
        await context.close();
      }
      row.pages[page.key] = { ms: median(times), cls: median(shifts), runs: times };
    }
    results.push(row);
  }
  // Layout shift by screen size (4G): the banner pasted naively vs with the embed builder's
  // fallback content and reserve rule.
  for (const [width, height] of [[360, 740], [412, 823], [800, 600], [1280, 800]]) {
    const row = { width, height };
    for (const page of PAGES.filter((p) => p.key === 'module' || p.key === 'fallback')) {
      const shifts = [];
      for (let i = 0; i < 3; i++) {
        const context = await browser.createBrowserContext();
        const tab = await context.newPage();
        await tab.setViewport({ width, height });
        await tab.setCacheEnabled(false);
        const cdp = await tab.createCDPSession();
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 200000 });
        await tab.evaluateOnNewDocument(PROBE);
        await tab.goto(`${server.origin}/${page.file}?cls=${i}`, { waitUntil: 'load', timeout: 60000 });
        await tab.waitForFunction(() => document.querySelector('kanner-hotline-banner')?.shadowRoot?.querySelector('.contact'), { timeout: 60000 });
        await new Promise((r) => setTimeout(r, 400));
        shifts.push(await tab.evaluate(() => window.__cls));
        await context.close();
      }
      row[page.key] = median(shifts);
    }
    layout.push(row);
  }
} finally {
  await browser.close();
  await server.close();
}

const lines = [
  `Time to the first visible \`tel:\` link, French banner page served with gzip, Chromium network emulation, cold cache, median of ${RUNS} (\`npm run bench\`, ${new Date().toISOString().slice(0, 10)}; written by \`bench/network.mjs\`):`,
  '',
  '| network | page | first `tel:` link | (runs: min–max) | × plain links | extra round trips | target | layout shift (CLS) |',
  '|---|---|---:|---:|---:|---:|---|---:|',
];
for (const row of results) {
  const plain = row.pages.plain.ms;
  for (const page of PAGES) {
    const r = row.pages[page.key];
    const ratio = r.ms / plain;
    const target = NETWORKS.find((n) => n.name === row.network).targets[page.key];
    const mark = target ? `≤ ${target}× ${ratio <= target ? '✓' : '✗'}` : '—';
    const trips = page.key === 'plain' ? '—' : ((r.ms - plain) / row.rtt).toFixed(1);
    const spread = `${Math.round(Math.min(...r.runs))}–${Math.round(Math.max(...r.runs))}`;
    lines.push(`| ${row.network} (${row.rtt} ms, ${NETWORKS.find((n) => n.name === row.network).kbit} kbit/s) | ${page.name} | ${Math.round(r.ms)} ms | ${spread} | ${ratio.toFixed(2)}× | ${trips} | ${mark} | ${r.cls.toFixed(3)} |`);
  }
}
lines.push('', 'Layout shift on the host page by screen size (4G, median of 3): the banner pasted alone, and with the embed builder’s fallback content and reserve rule:', '', '| viewport | `kanner.js` alone | with fallback content + reserve |', '|---|---:|---:|');
for (const row of layout) lines.push(`| ${row.width} × ${row.height} | ${row.module.toFixed(3)} | ${row.fallback.toFixed(3)} |`);
const table = lines.join('\n');
console.log(`\n${table}`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/network.json', JSON.stringify(results, null, 2));
if (!process.env.BENCH_CDN) {
  const readme = readFileSync('README.md', 'utf8');
  const start = '<!-- bench:network:start -->';
  const end = '<!-- bench:network:end -->';
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a >= 0 && b > a) writeFileSync('README.md', `${readme.slice(0, a + start.length)}\n${table}\n${readme.slice(b)}`);
  else console.warn('README.md has no bench:network markers; table not written.');
}
