#!/usr/bin/env node
// The packed tarball, as a new user gets it: `npm pack`, then fresh projects that depend on
// it — vanilla TypeScript + Vite, React 19 + TSX, and a types-only project for Preact,
// Solid and Vue, and one with no framework types at all. Each must type-check (`tsc`, strict, skipLibCheck OFF, no hand-written
// declarations) and build (`vite build`); the built apps must render the widgets in
// headless Chromium, and in the React app `onKannerContact` must fire when a number is
// clicked.
//
// Offline: nothing is downloaded. "Installing" the tarball is extracting it into the
// project's node_modules/kanner-widgets (exactly the published files); its dependencies and
// the tools (typescript, vite, react…) are symlinked from this repository's node_modules.
//
// Run after `npm run build`: `npm run test:pack` (KEEP=1 keeps the temporary projects).
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, executablePath } from '../../scripts/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'projects');
const repoModules = join(root, 'node_modules');
const work = mkdtempSync(join(tmpdir(), 'kanner-pack-'));
const timings = [];
let failures = 0;

async function step(name, fn) {
  const t0 = performance.now();
  try {
    const result = await fn();
    const ms = performance.now() - t0;
    timings.push([name, ms]);
    console.log(`  ok  ${name} (${(ms / 1000).toFixed(1)} s)`);
    return result;
  } catch (error) {
    failures++;
    timings.push([name, performance.now() - t0]);
    console.log(`  FAIL ${name}\n${String(error.stdout ?? '')}${String(error.stderr ?? '')}${error.stack ?? error}`);
    return undefined;
  }
}

function run(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_offline: 'true' } });
}

/** A package and, recursively, its dependencies and peer dependencies from the repo's node_modules. */
function closure(names, peers = true, seen = new Set()) {
  for (const name of names) {
    if (seen.has(name)) continue;
    const manifest = join(repoModules, name, 'package.json');
    if (!existsSync(manifest)) continue; // optional peer not installed
    seen.add(name);
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    closure([...Object.keys(pkg.dependencies ?? {}), ...(peers ? Object.keys(pkg.peerDependencies ?? {}) : [])], peers, seen);
  }
  return seen;
}

/** A fresh project: its fixture files, the extracted tarball, and symlinked packages. */
function project(name, tarball, tools, { peers = true } = {}) {
  const dir = join(work, name);
  cpSync(join(fixtures, name), dir, { recursive: true });
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, 'kanner-widgets'), { recursive: true });
  run('tar', ['-xzf', tarball, '-C', join(modules, 'kanner-widgets'), '--strip-components=1'], dir);
  const published = JSON.parse(readFileSync(join(modules, 'kanner-widgets', 'package.json'), 'utf8'));
  for (const pkg of closure([...Object.keys(published.dependencies ?? {}), ...tools], peers)) {
    const link = join(modules, pkg);
    mkdirSync(dirname(link), { recursive: true });
    if (!existsSync(link)) symlinkSync(join(repoModules, pkg), link, 'dir');
  }
  return dir;
}

const tsc = (dir) => run(process.execPath, [join(repoModules, 'typescript/bin/tsc'), '-p', 'tsconfig.json'], dir);
const viteBuild = (dir) => run(process.execPath, [join(repoModules, 'vite/bin/vite.js'), 'build', '--logLevel', 'warn'], dir);

const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/** Opens a built app and returns what a reader sees, checked in the page. */
async function open(browser, dir) {
  const server = await serve(join(dir, 'dist'));
  const page = await browser.newPage();
  const problems = [];
  const origin = `http://127.0.0.1:${server.address().port}`;
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => !r.url().startsWith(origin) && !r.url().startsWith('data:') && problems.push(`request to another origin: ${r.url()}`));
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  return { page, problems, close: async () => { await page.close(); server.close(); } };
}

/** Every tag in `tags` is defined and has rendered text (and the banner its tel: links). */
async function rendered(page, tags) {
  await page.waitForFunction(
    (list) => list.every((t) => customElements.get(t) && document.querySelector(t)?.shadowRoot?.textContent.trim().length > 20),
    { timeout: 15000 },
    tags,
  );
  return page.evaluate(() => [...document.querySelector('kanner-hotline-banner').shadowRoot.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')));
}

console.log(`packed-tarball test in ${work}`);
const tarball = await step('npm pack', () => {
  const out = run('npm', ['pack', '--pack-destination', work, '--json', '--ignore-scripts'], root);
  const [info] = JSON.parse(out);
  console.log(`      ${info.filename}: ${info.entryCount} files, ${(info.size / 1024).toFixed(0)} KB packed, ${(info.unpackedSize / 1024).toFixed(0)} KB unpacked`);
  return join(work, info.filename);
});

if (tarball) {
  const vanilla = await step('vanilla: install tarball (offline)', () => project('vanilla', tarball, ['typescript', 'vite']));
  const react = await step('react: install tarball (offline)', () =>
    project('react', tarball, ['typescript', 'vite', 'react', 'react-dom', '@types/react', '@types/react-dom']),
  );
  const frameworks = await step('preact/solid/vue types: install tarball (offline)', () =>
    project('frameworks', tarball, ['typescript', 'preact', 'solid-js', 'vue']),
  );
  const bare = await step('bare (no framework types at all): install tarball (offline)', () => project('bare', tarball, ['typescript'], { peers: false }));
  if (bare) {
    await step('bare: tsc', () => {
      if (existsSync(join(bare, 'node_modules/@types/react'))) throw new Error('@types/react is installed');
      return tsc(bare);
    });
  }
  if (vanilla) {
    await step('vanilla: tsc', () => tsc(vanilla));
    await step('vanilla: vite build', () => viteBuild(vanilla));
  }
  if (react) {
    await step('react: tsc', () => tsc(react));
    await step('react: vite build', () => viteBuild(react));
  }
  if (frameworks) await step('preact/solid/vue: tsc', () => tsc(frameworks));

  const browser = await step('launch Chromium', () => puppeteer.launch({ executablePath, headless: true, args: chromiumArgs }));
  if (browser) {
    if (vanilla && existsSync(join(vanilla, 'dist'))) {
      await step('vanilla: renders in Chromium, kanner-contact fires', async () => {
        const { page, problems, close } = await open(browser, vanilla);
        try {
          const tels = await rendered(page, ['kanner-hotline-banner', 'kanner-service-finder', 'kanner-quick-exit']);
          if (!tels.includes('tel:116111')) throw new Error(`banner shows no 116 111 link: ${tels}`);
          await page.evaluate(() => document.querySelector('kanner-hotline-banner').shadowRoot.querySelector('a[href="tel:116111"]').click());
          const seen = await page.evaluate(() => window.kannerContacts);
          if (seen?.[0] !== '116111') throw new Error(`kanner-contact not seen: ${JSON.stringify(seen)}`);
          if (problems.length) throw new Error(problems.join('\n'));
        } finally {
          await close();
        }
      });
    }
    if (react && existsSync(join(react, 'dist'))) {
      await step('react: renders in Chromium, onKannerContact fires', async () => {
        const { page, problems, close } = await open(browser, react);
        try {
          const tels = await rendered(page, ['kanner-hotline-banner', 'kanner-service-finder', 'kanner-parents-forum', 'kanner-rights-explainer']);
          if (!tels.includes('tel:112')) throw new Error(`banner shows no 112 link: ${tels}`);
          const finder = await page.evaluate(() => {
            const f = document.querySelector('kanner-service-finder');
            return { need: f.need, maxResults: f.maxResults, cards: f.shadowRoot.querySelectorAll('[part~="card"]').length, intrinsic: document.querySelector('#intrinsic kanner-service-finder')?.getAttribute('max-results') };
          });
          if (finder.need !== 'health' || Number(finder.maxResults) !== 2 || finder.cards < 1 || finder.cards > 2) throw new Error(`finder props not applied: ${JSON.stringify(finder)}`);
          if (finder.intrinsic !== '3') throw new Error(`plain tag's max-results not set: ${JSON.stringify(finder)}`);
          // Click 116 111 in the wrapped banner; the app writes what onKannerContact received.
          await page.evaluate(() => document.querySelector('kanner-hotline-banner').shadowRoot.querySelector('a[href="tel:116111"]').click());
          await page.waitForFunction(() => document.querySelector('#last-contact')?.textContent === '116111', { timeout: 5000 });
          // The plain tag's `onkanner-contact` (React 19 spelling) fires too.
          await page.evaluate(() => document.querySelector('#intrinsic kanner-hotline-banner').shadowRoot.querySelector('a[href^="tel:"]').click());
          await page.waitForFunction(() => document.querySelector('#intrinsic-contact')?.textContent.length > 0, { timeout: 5000 });
          if (problems.length) throw new Error(problems.join('\n'));
        } finally {
          await close();
        }
      });
    }
    await browser.close();
  }
}

const total = timings.reduce((s, [, ms]) => s + ms, 0);
console.log(`\n${failures ? `${failures} step(s) FAILED` : 'all steps passed'} in ${(total / 1000).toFixed(1)} s`);
if (process.env.KEEP) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
process.exit(failures ? 1 : 0);
