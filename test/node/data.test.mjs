// Dataset validation (SPEC §3): schema, unique ids, references, E.164 numbers, every
// locale present, every contact fact sourced — and every dialable number and every
// source URL traceable to the project's fact sheet (../shared/facts/FACTS.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats');

const root = new URL('../../', import.meta.url);
const data = JSON.parse(readFileSync(new URL('src/data/kanner-data.json', root), 'utf8'));
const schema = JSON.parse(readFileSync(new URL('src/data/kanner-data.schema.json', root), 'utf8'));
const factsUrl = new URL('../shared/facts/FACTS.md', root);
const LOCALES = ['en', 'fr', 'de', 'lb', 'pt'];
const ARRAYS = ['needs', 'regions', 'organizations', 'services', 'locations', 'service_at_location', 'phones', 'channels', 'schedules', 'hotlines'];

/** Every object in the dataset that has a `source` (a sourced fact), with its path. */
function sourcedFacts(node = data, path = '$', out = []) {
  if (Array.isArray(node)) node.forEach((v, i) => sourcedFacts(v, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    if ('source' in node) out.push({ path, fact: node });
    for (const [k, v] of Object.entries(node)) sourcedFacts(v, `${path}.${k}`, out);
  }
  return out;
}

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

test('the schema rejects a broken record (it can fail)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const broken = structuredClone(data);
  broken.phones[0].number = '12 34';
  delete broken.phones[1].source;
  assert.equal(validate(broken), false);
});

test('ids are unique within each list', () => {
  for (const key of ARRAYS) {
    const ids = data[key].map((x) => x.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate id in ${key}: ${ids.filter((id, i) => ids.indexOf(id) !== i)}`);
  }
});

test('every reference resolves', () => {
  const has = (key, id) => data[key].some((x) => x.id === id);
  for (const s of data.services) assert.ok(has('organizations', s.organization_id), `service ${s.id} → organization ${s.organization_id}`);
  for (const l of data.locations) assert.ok(has('organizations', l.organization_id), `location ${l.id}`);
  for (const x of data.service_at_location) {
    assert.ok(has('services', x.service_id), `service_at_location ${x.id} → ${x.service_id}`);
    assert.ok(has('locations', x.location_id), `service_at_location ${x.id} → ${x.location_id}`);
  }
  for (const p of [...data.phones, ...data.channels]) {
    assert.ok(has('services', p.service_id), `${p.id} → service ${p.service_id}`);
    if (p.schedule_id) assert.ok(has('schedules', p.schedule_id), `${p.id} → schedule ${p.schedule_id}`);
  }
  for (const h of data.hotlines) assert.ok(has('phones', h.phone_id), `hotline ${h.id} → phone ${h.phone_id}`);
  const sets = data.hotline_sets;
  for (const id of [...sets.default, ...sets.compact, ...Object.values(sets.audiences).flat()]) assert.ok(has('hotlines', id), `hotline_sets → ${id}`);
  const needs = new Set(data.needs.map((n) => n.id));
  const regions = new Set(data.regions.map((r) => r.id));
  for (const s of data.services) {
    for (const n of s.needs) assert.ok(needs.has(n), `service ${s.id} need ${n}`);
    if (s.regions !== 'national') for (const r of s.regions) assert.ok(regions.has(r), `service ${s.id} region ${r}`);
  }
  for (const l of data.locations) assert.ok(regions.has(l.canton), `location ${l.id} canton ${l.canton}`);
});

test('every phone is a valid E.164 Luxembourg or international number, or a national short code', () => {
  for (const p of data.phones) {
    const ok = /^\+352\d{4,11}$/.test(p.number) || /^\+(?!352)[1-9]\d{6,14}$/.test(p.number) || /^(112|113|116\d{3})$/.test(p.number);
    assert.ok(ok, `${p.id}: ${p.number}`);
    assert.equal(p.display.replace(/\D/g, ''), p.number.replace(/^\+352/, '').replace(/\D/g, ''), `${p.id}: display ${p.display} ≠ ${p.number}`);
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
