// Dataset validation (SPEC §3): schema, unique ids, references, E.164 numbers, every
// locale present, every contact fact sourced — and every dialable number, source URL,
// e-mail address and website traceable to the project's fact sheets
// (../shared/facts/FACTS.md and its addendum FACTS-ADDENDUM-2026-12.md).
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
const addendumUrl = new URL('../shared/facts/FACTS-ADDENDUM-2026-12.md', root);
const haveFacts = existsSync(factsUrl) && existsSync(addendumUrl);
/** Both fact sheets, as one text (the addendum extends FACTS.md under the same rules). */
const factSheets = () => [factsUrl, addendumUrl].map((u) => readFileSync(u, 'utf8')).join('\n');
/** The need ids SPEC §2.2 added in December 2026. */
const NEW_NEEDS = ['substance-use', 'sexual-health', 'lgbtiq', 'crime-victim', 'school-wellbeing'];
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
  // FACTS.md: OKaJu's two numbers, old KJT lines, the old ORK number. Addendum (LOW, never ship):
  // UNICEF's old cercle.lu number, Info-Handicap's ~2010 number, the Eltereschoul Antenne Sud line.
  for (const banned of ['28373640', '28373635', '26640555', '"12345"', '26123124', '448715', '3664661', '59595952']) {
    assert.ok(!all.includes(banned), `found ${banned}`);
  }
  assert.ok(!data.phones.some((p) => data.services.find((s) => s.id === p.service_id)?.organization_id === 'okaju'), 'OKaJu phone ships though sources disagree');
});

test('every dialable number and every source URL is in the fact sheets', { skip: !haveFacts && 'the fact sheets are not beside the checkout' }, () => {
  const facts = factSheets();
  const digits = facts.replace(/[^\d]/g, ' ');
  const factDigits = new Set(facts.split(/\n/).map((line) => line.replace(/\D/g, '')));
  for (const p of data.phones) {
    const national = p.number.replace(/^\+352/, '');
    const found = [...factDigits].some((line) => line.includes(national)) || digits.includes(national);
    assert.ok(found, `${p.id}: ${p.display} is in neither fact sheet`);
  }
  const norm = (u) => u.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
  const factsNorm = facts.replace(/https?:\/\/(www\.)?/g, '');
  for (const { path, fact } of sourcedFacts()) {
    assert.ok(factsNorm.includes(norm(fact.source)), `${path}: source ${fact.source} is in neither fact sheet`);
  }
});

test('every e-mail address and every website host is in the fact sheets', { skip: !haveFacts && 'the fact sheets are not beside the checkout' }, () => {
  const facts = factSheets().toLowerCase();
  const urls = [...data.channels.map((c) => c.url), ...data.organizations.filter((o) => o.website).map((o) => o.website.url)];
  for (const url of urls) {
    if (url.startsWith('mailto:')) {
      const address = url.slice('mailto:'.length).toLowerCase();
      assert.ok(facts.includes(address) || facts.includes(address.replace('@', ' [at]')), `${url} is in neither fact sheet`);
    } else {
      const host = new URL(url).hostname.replace(/^www\./, '');
      assert.ok(facts.includes(host), `${url}: ${host} is in neither fact sheet`);
    }
  }
});

test('the new need ids of SPEC §2.2 are in the taxonomy, the schema and types.ts, and each has services', () => {
  const taxonomy = data.needs.map((n) => n.id);
  const enumIds = schema.$defs.NeedId.enum;
  const types = readFileSync(new URL('src/data/types.ts', root), 'utf8');
  const typeIds = [...types.match(/export const NEEDS = \[([^\]]*)\]/)[1].matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
  assert.deepEqual(enumIds, taxonomy, 'schema NeedId enum = the data\'s needs, in order');
  assert.deepEqual(typeIds, taxonomy, 'types.ts NEEDS = the data\'s needs, in order');
  for (const id of NEW_NEEDS) {
    assert.ok(taxonomy.includes(id), `need ${id} missing`);
    const services = data.services.filter((s) => s.needs.includes(id));
    assert.ok(services.length > 0, `no service has need ${id}`);
  }
  for (const id of taxonomy) assert.ok(data.services.some((s) => s.needs.includes(id)), `need ${id} has no service`);
});

test('SOS Détresse is an adult line: never offered to children or teens', () => {
  const service = data.services.find((s) => s.id === 'sos-detresse');
  assert.ok(service, 'service sos-detresse');
  assert.ok(service.audiences.length > 0);
  for (const a of ['child', 'teen']) assert.ok(!service.audiences.includes(a), `sos-detresse offered to ${a}`);
  assert.ok(service.ages && service.ages.min >= 18, 'sos-detresse has no adult age band');
  const hotline = data.hotlines.find((h) => h.id === 'sos-detresse');
  assert.ok(hotline, 'hotline sos-detresse');
  assert.equal(hotline.phone_id, 'phone-sos-detresse');
  assert.equal(data.phones.find((p) => p.id === 'phone-sos-detresse')?.service_id, 'sos-detresse');
  const sets = data.hotline_sets;
  for (const a of ['child', 'teen']) assert.ok(!sets.audiences[a].includes('sos-detresse'), `banner offers sos-detresse to ${a}`);
  assert.ok(!sets.default.includes('sos-detresse') && !sets.compact.includes('sos-detresse'), 'banner offers sos-detresse to everyone');
});

test('a local service names its cantons, and each of its places lies in one of them', () => {
  const local = data.services.filter((s) => s.regions !== 'national');
  assert.ok(local.length > 0, 'no local service: the region filter would mean nothing');
  for (const s of local) {
    const places = data.service_at_location.filter((x) => x.service_id === s.id).map((x) => data.locations.find((l) => l.id === x.location_id));
    for (const l of places) assert.ok(s.regions.includes(l.canton), `${s.id}: place ${l.id} in ${l.canton}, not in ${s.regions}`);
  }
  assert.deepEqual(data.services.find((s) => s.id === 'impuls')?.regions, ['esch-sur-alzette']);
});

test('no text claims round-the-clock answering for a service without a sourced 24/7 schedule', () => {
  const always = new Set(data.schedules.filter((s) => s.always_open).map((s) => s.id));
  const roundTheClock = /24\s*\/\s*7|24\s*h(?:\b|ours|eures)|around the clock|rund um die uhr|24 stonnen|24 horas|jour et nuit|dag an nuecht/i;
  for (const s of data.services) {
    const open = [...data.phones, ...data.channels].some((c) => c.service_id === s.id && always.has(c.schedule_id));
    if (open) continue;
    for (const l of LOCALES) {
      assert.ok(!roundTheClock.test(s.name[l]) && !roundTheClock.test(s.summary[l]), `${s.id} (${l}) claims 24/7`);
    }
  }
  for (const h of data.hotlines) {
    const phone = data.phones.find((p) => p.id === h.phone_id);
    if (always.has(phone.schedule_id)) continue;
    const texts = [h.for, ...Object.values(h.for_audience ?? {})];
    for (const t of texts) for (const l of LOCALES) assert.ok(!roundTheClock.test(t[l]), `hotline ${h.id} (${l}) claims 24/7`);
  }
  assert.ok(roundTheClock.test('Open 24/7') && roundTheClock.test('rund um die Uhr'), 'the pattern can fail');
});

test('the banner sets name the intended lines', () => {
  assert.deepEqual(data.hotline_sets.compact, ['112', '116111']);
  for (const id of ['112', '113', '116111', '116000', 'peitrusshaus']) assert.ok(data.hotlines.some((h) => h.id === id), id);
});
