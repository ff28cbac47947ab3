#!/usr/bin/env node
// PDFs of every widget as a reader's browser prints them, for a person to look at:
// each widget in theme light and dark, and with the OS in dark mode (theme auto); also the
// poster and the pocket cards. Writes to dist/print/ (default). After `npm run build`.
// Usage: node scripts/print-pdfs.mjs [outDir] [locales=fr,lb,pt]
import { mkdirSync, writeFileSync } from 'node:fs';
import { serve } from '../bench/serve.mjs';
import { launch } from '../bench/browser.mjs';

const out = process.argv[2] ?? 'dist/print';
const locales = (process.argv[3] ?? 'fr,lb,pt').split(',');
mkdirSync(out, { recursive: true });
mkdirSync('dist/shots', { recursive: true });

const widgets = (theme) => `
<kanner-hotline-banner theme="${theme}" sticky="top" quick-exit dismissible></kanner-hotline-banner>
<h2>compact</h2><kanner-hotline-banner theme="${theme}" variant="compact" quick-exit dismissible></kanner-hotline-banner>
<h2>card · parent</h2><kanner-hotline-banner theme="${theme}" variant="card" audience="parent"></kanner-hotline-banner>
<h2>quick exit (not printed)</h2><kanner-quick-exit theme="${theme}"></kanner-quick-exit>
<h2>finder</h2><kanner-service-finder theme="${theme}" max-results="4"></kanner-service-finder>
<h2>rights · accordion</h2><kanner-rights-explainer theme="${theme}" group="participation" age="young"></kanner-rights-explainer>
<h2>rights · cards</h2><kanner-rights-explainer theme="${theme}" group="protection" layout="cards"></kanner-rights-explainer>
<h2>forum</h2><kanner-parents-forum theme="${theme}"></kanner-parents-forum>`;
const sheets = (theme, audience) => `
<kanner-hotline-banner theme="${theme}" variant="poster" ${audience ? `audience="${audience}"` : ''}></kanner-hotline-banner>
<kanner-hotline-banner theme="${theme}" variant="poster" contacts="112,113,116111,116000,peitrusshaus,elterentelefon,one,bee-secure"></kanner-hotline-banner>
<kanner-hotline-banner theme="${theme}" variant="cards" ${audience ? `audience="${audience}"` : ''}></kanner-hotline-banner>`;
const page = (lang, body, pageCss) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>print</title>
<style>body{font-family:sans-serif;margin:0} @page{size:A4;${pageCss}}</style></head>
<body>${body}<script type="module" src="/dist/cdn/kanner.js"></script></body></html>`;

const server = await serve();
const browser = await launch();
try {
  const jobs = [];
  for (const lang of locales) {
    for (const [os, theme] of [['light', 'light'], ['light', 'dark'], ['dark', 'auto']]) {
      jobs.push({ name: `widgets-${lang}-${theme}-os-${os}`, lang, os, body: widgets(theme), css: 'margin:12mm' });
    }
    if (process.env.SHEETS !== "0") jobs.push({ name: `poster-cards-${lang}-os-dark`, lang, os: 'dark', body: sheets('auto', lang === 'lb' ? 'child' : ''), css: 'margin:0' });
  }
  for (const job of jobs) {
    writeFileSync(`dist/shots/${job.name}.html`, page(job.lang, job.body, job.css));
    const tab = await browser.newPage();
    await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: job.os }]);
    await tab.goto(`${server.origin}/dist/shots/${job.name}.html`, { waitUntil: 'networkidle0' });
    await tab.waitForFunction(() =>
      [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('kanner-')).every((e) => e.shadowRoot?.firstElementChild),
    );
    await tab.evaluate(() => document.fonts.ready);
    await new Promise((r) => setTimeout(r, 300));
    const file = `${out}/${job.name}.pdf`;
    writeFileSync(file, await tab.pdf({ preferCSSPageSize: true, printBackground: false }));
    console.log(file);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
