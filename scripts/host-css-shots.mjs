#!/usr/bin/env node
// Screenshots of the widgets on a plain page and on a hostile host page (62.5 % root font
// size + Bootstrap 5), at 360 and 1280 px, for a person to compare: they must look the same.
// Usage: node scripts/host-css-shots.mjs [outDir=dist/shots/host-css]
import { mkdirSync, writeFileSync } from 'node:fs';
import { serve } from '../bench/serve.mjs';
import { launch } from '../bench/browser.mjs';

const out = process.argv[2] ?? 'dist/shots/host-css';
mkdirSync(out, { recursive: true });
mkdirSync('dist/shots', { recursive: true });
const HOSTS = {
  plain: '',
  'bootstrap-62': '<link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.min.css"><style>html{font-size:62.5%}body{font-size:1.6rem}</style>',
};
const page = (css) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>host</title>${css}</head>
<body><div class="container"><h1>Commune — page d'exemple</h1><p>Texte de la page hôte.</p>
<kanner-hotline-banner quick-exit></kanner-hotline-banner>
<h2>Trouver de l'aide</h2><kanner-service-finder max-results="2"></kanner-service-finder>
<kanner-parents-forum></kanner-parents-forum></div>
<script type="module" src="/dist/cdn/kanner.js"></script></body></html>`;

const server = await serve();
const browser = await launch();
try {
  for (const [name, css] of Object.entries(HOSTS)) {
    writeFileSync(`dist/shots/host-${name}.html`, page(css));
    for (const width of [360, 1280]) {
      const tab = await browser.newPage();
      await tab.setViewport({ width, height: 1400, deviceScaleFactor: 1 });
      await tab.goto(`${server.origin}/dist/shots/host-${name}.html`, { waitUntil: 'networkidle0' });
      await tab.waitForFunction(() => document.querySelector('kanner-service-finder')?.shadowRoot?.querySelector('.base') && document.querySelector('kanner-hotline-banner')?.shadowRoot?.querySelector('.contact'));
      await new Promise((r) => setTimeout(r, 300));
      const file = `${out}/${name}-${width}.png`;
      await tab.screenshot({ path: file });
      console.log(file);
      await tab.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
