#!/usr/bin/env node
// Screenshots of every banner variant and the quick exit, per language, theme and width,
// for a person to look at (writes PNGs to the folder given, default ./screenshots).
// Usage: node scripts/screenshots.mjs [outDir] [locales=fr,lb] [widths=360,1280]
import { mkdirSync, writeFileSync } from 'node:fs';
import { serve } from '../bench/serve.mjs';
import { launch } from '../bench/browser.mjs';

const out = process.argv[2] ?? 'screenshots';
const locales = (process.argv[3] ?? 'fr,lb').split(',');
const widths = (process.argv[4] ?? '360,1280').split(',').map(Number);
mkdirSync(out, { recursive: true });
// The pages it screenshots go under dist/ (ignored by git), never into the sources.
mkdirSync('dist/shots', { recursive: true });

const page = (lang, theme) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>shot</title>
<link rel="stylesheet" href="/scripts/screenshots.css"></head>
<body class="${theme}"><h1>Commune — page d'exemple</h1>
<kanner-hotline-banner theme="${theme}" quick-exit dismissible></kanner-hotline-banner>
<h2>compact</h2><kanner-hotline-banner theme="${theme}" variant="compact" quick-exit></kanner-hotline-banner>
<h2>card</h2><kanner-hotline-banner theme="${theme}" variant="card"></kanner-hotline-banner>
<h2>card · parent</h2><kanner-hotline-banner theme="${theme}" variant="card" audience="parent"></kanner-hotline-banner>
<h2>quick exit</h2><kanner-quick-exit theme="${theme}"></kanner-quick-exit>
<script type="module" src="/dist/cdn/kanner.js"></script></body></html>`;

const server = await serve();
const browser = await launch();
try {
  for (const lang of locales) {
    for (const theme of ['light', 'dark']) {
      const name = `shot-${lang}-${theme}.html`;
      writeFileSync(`dist/shots/${name}`, page(lang, theme));
      for (const width of widths) {
        const tab = await browser.newPage();
        await tab.setViewport({ width, height: 900, deviceScaleFactor: 1 });
        await tab.goto(`${server.origin}/dist/shots/${name}`, { waitUntil: 'networkidle0' });
        await tab.waitForFunction(() => [...document.querySelectorAll('kanner-hotline-banner')].every((b) => b.shadowRoot?.querySelector('.contact')));
        await new Promise((r) => setTimeout(r, 200));
        // Long phone-width pages are cut into 900 px tall segments, readable at full size.
        const height = await tab.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, i = 0; y < height; y += 900, i++) {
          const file = `${out}/banner-${lang}-${theme}-${width}-${i}.png`;
          await tab.screenshot({ path: file, clip: { x: 0, y, width, height: Math.min(900, height - y) }, captureBeyondViewport: true });
          console.log(file);
        }
        await tab.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
