// The script-tag loader (dist/cdn/kanner.js, built by `npm run build`): the chunk manifest
// the build writes must list, for every tag and language, EVERY chunk that tag needs — its
// code and everything that code imports statically, and the text chunk its per-language
// loaders import — so kanner.js can start all fetches at once (no waterfall), and nothing
// else (a banner-only page fetches no finder or rights code).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const cdn = new URL('../../dist/cdn/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('chunks/manifest.json', cdn), 'utf8'));
const code = (name) => readFileSync(new URL(`chunks/${name}.js`, cdn), 'utf8');
const LOCALES = ['en', 'fr', 'de', 'lb', 'pt'];
const staticImports = (name) => [...code(name).matchAll(/(?:import|export)\s*(?:[^'"`;()]*?from\s*)?["'`]\.\/([^"'`]+)\.js["'`]/g)].map((m) => m[1]);
const localeImports = (name, locale) => [...code(name).matchAll(new RegExp(`\\b${locale}:\\(\\)=>import\\(["'\`]\\./([^"'\`]+)\\.js["'\`]\\)`, 'g'))].map((m) => m[1]);

test('kanner.js carries the manifest: every chunk file name is in it', () => {
  const loader = readFileSync(new URL('kanner.js', cdn), 'utf8');
  for (const f of manifest.f) assert.ok(loader.includes(f), f);
  assert.ok(/export\s*\{[^}]*\bdiscover\b/.test(loader), 'kanner.js exports discover');
});

for (const [tag, [codeIds, languages]] of Object.entries(manifest.w)) {
  for (const locale of LOCALES) {
    test(`${tag}, ${locale}: the listed chunks are all it needs, closed under static imports`, () => {
      const listed = new Set([...codeIds, ...(languages[locale] ?? [])].map((i) => manifest.f[i]));
      for (const name of listed) {
        for (const dep of staticImports(name)) assert.ok(listed.has(dep), `${name} imports ${dep}, which is not fetched up front`);
      }
      for (const i of codeIds) {
        for (const text of localeImports(manifest.f[i], locale)) assert.ok(listed.has(text), `${manifest.f[i]} loads ${text} for ${locale}`);
      }
      if (locale !== 'en') assert.ok((languages[locale] ?? []).length > 0, `no ${locale} chunk`);
    });
  }
}

test('a banner-only page fetches only the core, the banner and its text', () => {
  const [codeIds, languages] = manifest.w['kanner-hotline-banner'];
  const names = [...codeIds, ...languages.fr].map((i) => manifest.f[i].replace(/-[\w-]{8}$/, ''));
  assert.deepEqual(names.sort(), ['banner.fr', 'core', 'hotline-banner', 'rolldown-runtime'].sort());
});
