// Dataset validation (SPEC §3): schema, unique ids, references, E.164 numbers, every
// locale present, every contact fact sourced — and every dialable number and every
// source URL traceable to the project's fact sheet (../shared/facts/FACTS.md).
// The checks are src/data/dataset-check.mjs, the module the `validate` command and the
// browser's data-src loader run too; this file adds what only the bundled data must meet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AJV_OPTIONS, checkDataset, displayMatches, isDialable, oldestFacts, sourcedFacts as sourced } from '../../src/data/dataset-check.mjs';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats');

const root = new URL('../../', import.meta.url);
const data = JSON.parse(readFileSync(new URL('src/data/kanner-data.json', root), 'utf8'));
const schema = JSON.parse(readFileSync(new URL('src/data/kanner-data.schema.json', root), 'utf8'));
const factsUrl = new URL('../shared/facts/FACTS.md', root);
const LOCALES = ['en', 'fr', 'de', 'lb', 'pt'];
const sourcedFacts = () => sourced(data);
const standaloneUrl = new URL('src/generated/data/schema-validator.js', root);

function localizedTexts(node = data, path = '$', out = []) {
  if (Array.isArray(node)) node.forEach((v, i) => localizedTexts(v, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    const keys = Object.keys(node);
    if (keys.includes('en') && keys.every((k) => LOCALES.includes(k)) && Object.values(node).every((v) => typeof v === 'string')) out.push({ path, text: node });
    else for (const [k, v] of Object.entries(node)) localizedTexts(v, `${path}.${k}`, out);
  }
  return out;
}

test('the dataset matches its JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const ok = validate(data);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
});

test('the shipped dataset passes every check of dataset-check.mjs: schema, unique ids, references, phones, locales, dates (what `validate` and data-src run)', () => {
  assert.deepEqual(checkDataset(data, new Ajv2020(AJV_OPTIONS).compile(schema)), []);
});

test('the build-time standalone validator (the browser\'s) agrees with Ajv', { skip: !existsSync(standaloneUrl) && 'not built (npm run data:build)' }, async () => {
  const { default: standalone } = await import(standaloneUrl.href);
  assert.deepEqual(checkDataset(data, standalone), []);
  const broken = structuredClone(data);
  broken.phones[0].number = '12 34';
  delete broken.phones[1].source;
  assert.deepEqual(
    checkDataset(broken, standalone).map((p) => p.path),
    checkDataset(broken, new Ajv2020(AJV_OPTIONS).compile(schema)).map((p) => p.path),
  );
  assert.ok(checkDataset(broken, standalone).some((p) => p.path === '$.phones[0].number'));
});

test('the ten oldest facts (a report: re-check these first)', () => {
  const oldest = oldestFacts(data, 10);
  assert.equal(oldest.length, Math.min(10, sourcedFacts().length));
  console.log(`the ten oldest facts (dataset ${data.meta.version}):`);
  for (const f of oldest) console.log(`  ${f.verified}  ${f.path}  ${f.source}`);
});

test('the schema rejects a broken record (it can fail)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const broken = structuredClone(data);
  broken.phones[0].number = '12 34';
  delete broken.phones[1].source;
  assert.equal(validate(broken), false);
});

// Unique ids and references: checkDataset above (dataset-check.mjs), the one copy of those rules.

test('every phone is a valid E.164 Luxembourg or international number, or a national short code', () => {
  for (const p of data.phones) {
    assert.ok(isDialable(p.number), `${p.id}: ${p.number}`);
    assert.ok(displayMatches(p), `${p.id}: display ${p.display} ≠ ${p.number}`);
  }
});

test('every human-readable string is present, non-empty, in all five locales', () => {
  const texts = localizedTexts();
  assert.ok(texts.length > 50, `only ${texts.length} texts found`);
  for (const { path, text } of texts) {
    for (const l of LOCALES) assert.ok(typeof text[l] === 'string' && text[l].trim(), `${path} lacks ${l}`);
  }
  for (const n of data.needs) for (const l of LOCALES) assert.ok(n.synonyms[l]?.length, `need ${n.id} has no ${l} synonyms`);
});

test('every contact fact carries a source URL, a verified date and a shippable confidence', () => {
  const facts = sourcedFacts();
  for (const { path, fact } of facts) {
    assert.match(fact.source, /^https?:\/\/\S+$/, `${path} source`);
    assert.match(fact.verified, /^\d{4}-\d{2}-\d{2}$/, `${path} verified`);
    assert.ok(['high', 'med'].includes(fact.confidence), `${path} confidence ${fact.confidence}`);
  }
  for (const key of ['phones', 'channels', 'locations', 'schedules']) {
    for (const x of data[key]) assert.ok(x.source, `${key} ${x.id} has no source`);
  }
});

test('no disputed or superseded number ships (FACTS.md)', () => {
  const all = JSON.stringify(data).replace(/[\s-]/g, '');
  for (const banned of ['28373640', '28373635', '26640555', '"12345"', '26123124']) {
    assert.ok(!all.includes(banned), `found ${banned}`);
  }
  assert.ok(!data.phones.some((p) => data.services.find((s) => s.id === p.service_id)?.organization_id === 'okaju'), 'OKaJu phone ships though sources disagree');
});

test('every dialable number and every source URL is in the fact sheet', { skip: !existsSync(factsUrl) && 'FACTS.md not beside the checkout' }, () => {
  const facts = readFileSync(factsUrl, 'utf8');
  const digits = facts.replace(/[^\d]/g, ' ');
  const factDigits = new Set(facts.split(/\n/).map((line) => line.replace(/\D/g, '')));
  for (const p of data.phones) {
    const national = p.number.replace(/^\+352/, '');
    const found = [...factDigits].some((line) => line.includes(national)) || digits.includes(national);
    assert.ok(found, `${p.id}: ${p.display} is not in FACTS.md`);
  }
  const norm = (u) => u.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
  const factsNorm = facts.replace(/https?:\/\/(www\.)?/g, '');
  for (const { path, fact } of sourcedFacts()) {
    assert.ok(factsNorm.includes(norm(fact.source)), `${path}: source ${fact.source} is not in FACTS.md`);
  }
});

test('the banner sets name the intended lines', () => {
  assert.deepEqual(data.hotline_sets.compact, ['112', '116111']);
  for (const id of ['112', '113', '116111', '116000', 'peitrusshaus']) assert.ok(data.hotlines.some((h) => h.id === id), id);
});
