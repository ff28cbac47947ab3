// Every UI string has a translation in every target locale, for every widget
// (locales/<widget>/): a missing <target>, or a message in the sources that is not in the
// XLIFF files, fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const widgets = readdirSync(join(root, 'locales')).filter((w) => existsSync(join(root, 'locales', w, 'lit-localize.json')));
const ids = (xml) => new Set([...xml.matchAll(/<trans-unit id="([^"]+)">/g)].map((m) => m[1]));
const placeholders = (s) => [...s.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();

test('every widget with UI strings has its translations', () => {
  assert.deepEqual(widgets.sort(), ['kanner-hotline-banner', 'kanner-parents-forum', 'kanner-quick-exit', 'kanner-rights-explainer', 'kanner-service-finder']);
});

for (const widget of widgets) {
  const dir = join(root, 'locales', widget);
  const config = JSON.parse(readFileSync(join(dir, 'lit-localize.json'), 'utf8'));

  for (const locale of config.targetLocales) {
    test(`${widget}: ${locale}.xlf translates every message`, () => {
      const xml = readFileSync(join(dir, `${locale}.xlf`), 'utf8');
      const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
      assert.ok(units.length > 0, 'no messages');
      for (const [, id, body] of units) {
        const target = body.match(/<target>([\s\S]*?)<\/target>/);
        assert.ok(target && target[1].trim(), `${locale}: message ${id} has no translation`);
        const source = body.match(/<source>([\s\S]*?)<\/source>/)[1];
        assert.deepEqual(placeholders(target[1]), placeholders(source), `${locale}: message ${id} placeholders differ`);
      }
    });
  }

  test(`${widget}: the XLIFF files hold every message in the sources (else run \`npm run localize:extract\`)`, () => {
    const tmp = mkdtempSync(join(tmpdir(), `xlf-${widget}-`));
    const abs = (p) => resolve(dir, p);
    const fresh = {
      ...config,
      tsConfig: abs(config.tsConfig),
      inputFiles: config.inputFiles.map(abs),
      output: { ...config.output, outputDir: join(tmp, 'out'), localeCodesModule: join(tmp, 'codes.ts') },
      interchange: { ...config.interchange, xliffDir: tmp },
    };
    delete fresh.$schema;
    writeFileSync(join(tmp, 'lit-localize.json'), JSON.stringify(fresh));
    execFileSync(process.execPath, [join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js'), 'extract', '--config', join(tmp, 'lit-localize.json')], { stdio: 'pipe' });
    for (const locale of config.targetLocales) {
      const committed = ids(readFileSync(join(dir, `${locale}.xlf`), 'utf8'));
      for (const id of ids(readFileSync(join(tmp, `${locale}.xlf`), 'utf8'))) {
        assert.ok(committed.has(id), `${widget}/${locale}.xlf lacks message ${id} found in the sources`);
      }
    }
  });
}
