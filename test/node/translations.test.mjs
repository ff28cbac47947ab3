// Every UI string has a translation in every target locale: a missing <target> fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const config = JSON.parse(readFileSync(new URL('../../lit-localize.json', import.meta.url), 'utf8'));

for (const locale of config.targetLocales) {
  test(`locales/${locale}.xlf translates every message`, () => {
    const xml = readFileSync(new URL(`../../locales/${locale}.xlf`, import.meta.url), 'utf8');
    const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
    assert.ok(units.length > 10, `only ${units.length} messages`);
    for (const [, id, body] of units) {
      const target = body.match(/<target>([\s\S]*?)<\/target>/);
      assert.ok(target && target[1].trim(), `${locale}: message ${id} has no translation`);
      const source = body.match(/<source>([\s\S]*?)<\/source>/)[1];
      const placeholders = (s) => [...s.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();
      assert.deepEqual(placeholders(target[1]), placeholders(source), `${locale}: message ${id} placeholders differ`);
    }
  });
}

test('the XLIFF files hold every message in the sources (run `npm run localize:extract` after adding one)', async () => {
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, readdirSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'xlf-'));
  const cfg = { ...config, interchange: { ...config.interchange, xliffDir: dir } };
  const cfgPath = join(dir, 'lit-localize.json');
  (await import('node:fs')).writeFileSync(cfgPath, JSON.stringify({ ...cfg, tsConfig: new URL('../../tsconfig.json', import.meta.url).pathname, inputFiles: cfg.inputFiles.map((g) => new URL(`../../${g}`, import.meta.url).pathname) }));
  execFileSync(process.execPath, [new URL('../../node_modules/@lit/localize-tools/bin/lit-localize.js', import.meta.url).pathname, 'extract', '--config', cfgPath], { stdio: 'pipe' });
  const ids = (xml) => new Set([...xml.matchAll(/<trans-unit id="([^"]+)">/g)].map((m) => m[1]));
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.xlf'))) {
    const fresh = ids(readFileSync(join(dir, file), 'utf8'));
    const committed = ids(readFileSync(new URL(`../../locales/${file}`, import.meta.url), 'utf8'));
    for (const id of fresh) assert.ok(committed.has(id), `${file}: message ${id} is in the sources but not in locales/${file}`);
  }
});
