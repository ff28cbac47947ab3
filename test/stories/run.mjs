#!/usr/bin/env node
// Every story of the built Storybook (storybook-static/, `npm run storybook:build`), opened in
// headless Chromium in English + light and in Luxembourgish + dark (the toolbars' globals):
// fails on a render error (Storybook's error display, an uncaught exception, a console
// error), a widget that stays empty, a `::part` the manifest does not document, or an axe-core
// violation. Every docs page must render too, with its snippet.
//
// axe runs on the story's canvas (#storybook-root, shadow roots included) with every rule
// except the three that judge a whole page's structure — a story is a fragment, not a page:
// `region`, `landmark-one-main`, `page-has-heading-one`.
//
// SHOTS=dir also writes a full-page screenshot of every docs page there (to look at);
// ONLY=docs skips the stories.
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, executablePath } from '../../scripts/chromium.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dir = join(root, 'storybook-static');
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const documentedParts = Object.fromEntries(
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, (d.cssParts ?? []).map((p) => p.name)]),
);
const COMBOS = [
  { locale: 'en', theme: 'light' },
  { locale: 'lb', theme: 'dark' },
];
const PAGE_RULES_OFF = { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } };

if (!existsSync(join(dir, 'index.json'))) {
  console.error('storybook-static/index.json missing: run `npm run storybook:build` first');
  process.exit(1);
}
const entries = Object.values(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).entries);
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');

const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(dir) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumArgs });
const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 900 });
let problems = [];
page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
page.on('console', (m) => {
  // A failed load is reported below with its URL.
  if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console.error: ${m.text()}`);
});
page.on('response', (r) => {
  if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`HTTP ${r.status()}: ${r.url()}`);
});
page.on('request', (r) => {
  if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`request to another origin: ${r.url()}`);
});

/** Waits for Storybook's render of the current entry to settle, then for every widget to paint. */
async function settled() {
  await page.waitForFunction(
    () => {
      if (document.body.classList.contains('sb-show-errordisplay')) return true;
      const renders = window.__STORYBOOK_PREVIEW__?.storyRenders ?? [];
      const docsDone = document.querySelector('.sbdocs-content') && document.body.classList.contains('sb-show-main');
      return docsDone || (renders.length > 0 && renders.every((r) => ['completed', 'finished', 'errored', 'aborted', 'played'].includes(r.phase)));
    },
    { timeout: 30000, polling: 100 },
  );
  await page.waitForFunction(
    () => {
      const all = [];
      const walk = (node) => node.querySelectorAll('*').forEach((el) => {
        if (el.localName.startsWith('kanner-')) all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      });
      walk(document);
      return all.every((el) => customElements.get(el.localName) && (el.hidden || el.shadowRoot?.childElementCount > 0));
    },
    { timeout: 15000, polling: 100 },
  );
}

/** What went wrong on the current story: error display, empty widgets, undocumented parts, axe. */
async function check() {
  const found = await page.evaluate(async (parts) => {
    const out = [];
    if (document.body.classList.contains('sb-show-errordisplay')) out.push(`error display: ${document.querySelector('#error-message')?.textContent ?? ''}`);
    const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('kanner-'));
    if (!widgets.length) out.push('no widget rendered');
    const walk = (el) => {
      if (!el.shadowRoot) return;
      const known = parts[el.localName] ?? [];
      for (const p of el.shadowRoot.querySelectorAll('[part]')) {
        for (const name of p.getAttribute('part').split(/\s+/).filter(Boolean)) if (!known.includes(name)) out.push(`<${el.localName}> renders part "${name}" that custom-elements.json does not document`);
      }
      el.shadowRoot.querySelectorAll('*').forEach((c) => c.localName.startsWith('kanner-') && walk(c));
    };
    widgets.forEach(walk);
    return out;
  }, documentedParts);
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (rules) => {
    const result = await window.axe.run(document.querySelector('#storybook-root'), { rules, resultTypes: ['violations'] });
    return result.violations.map((v) => `axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' > ')).join(' | ')}`);
  }, PAGE_RULES_OFF);
  return [...new Set([...found, ...violations])];
}

const t0 = performance.now();
let failed = 0;
let opened = 0;
for (const combo of process.env.ONLY === 'docs' ? [] : COMBOS) {
  for (const story of stories) {
    problems = [];
    const url = `${origin}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${combo.locale};theme:${combo.theme}`;
    let found;
    try {
      await page.goto(url, { waitUntil: 'load' });
      await settled();
      found = [...(await check()), ...problems];
    } catch (error) {
      found = [`did not settle: ${error.message}`, ...problems];
    }
    opened++;
    if (found.length) {
      failed++;
      console.log(`  FAIL ${story.id} [${combo.locale}, ${combo.theme}]\n${found.map((f) => `       ${f}`).join('\n')}`);
    }
  }
}
const tStories = performance.now() - t0;

for (const entry of docs) {
  problems = [];
  let found = [];
  try {
    await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=docs&globals=locale:lb;theme:dark`, { waitUntil: 'load' });
    await settled();
    found = await page.evaluate(() => {
      const out = [];
      if (document.body.classList.contains('sb-show-errordisplay')) out.push(`error display: ${document.querySelector('#error-message')?.textContent ?? ''}`);
      if (!document.querySelector('.sbdocs-content')?.textContent.trim()) out.push('empty docs page');
      return out;
    });
    found.push(...problems);
    if (process.env.SHOTS) {
      mkdirSync(process.env.SHOTS, { recursive: true });
      // In slices a person can read: 1280 × 1400 px each.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, n = 1; y < height; y += 1400, n++) {
        await page.screenshot({ path: join(process.env.SHOTS, `${entry.id}-${n}.png`), clip: { x: 0, y, width: 1280, height: Math.min(1400, height - y) }, captureBeyondViewport: true });
      }
    }
  } catch (error) {
    found = [`did not settle: ${error.message}`, ...problems];
  }
  opened++;
  if (found.length) {
    failed++;
    console.log(`  FAIL docs ${entry.id}\n${found.map((f) => `       ${f}`).join('\n')}`);
  }
}

await browser.close();
server.close();
const seconds = (performance.now() - t0) / 1000;
console.log(
  `${stories.length} stories × ${COMBOS.length} (en light, lb dark) + ${docs.length} docs pages: ${opened} opened, ${failed} failed, ` +
    `${seconds.toFixed(1)} s (stories ${(tStories / 1000).toFixed(1)} s, ${(tStories / (stories.length * COMBOS.length)).toFixed(0)} ms each)`,
);
process.exit(failed ? 1 : 0);
