// The finder's lexicon (src/data/lexicon/): how people say every need in every language,
// the crisis words, and the stand-ins for needs without services — complete and consistent
// with the dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const data = read('src/data/kanner-data.json');
const LOCALES = ['en', 'fr', 'de', 'lb', 'pt'];
// SPEC §2.2: the 14 needs, and the 5 added in December 2026 (ids only ever added).
const NEEDS = [
  'immediate-danger', 'someone-to-talk-to', 'violence-abuse', 'neglect', 'family-conflict', 'safe-place', 'missing-child',
  'online-abuse', 'rights-complaint', 'parenting-support', 'care-placement', 'health', 'legal-advice', 'young-adult-independence',
  'substance-use', 'sexual-health', 'lgbtiq', 'crime-victim', 'school-wellbeing',
];

for (const locale of LOCALES) {
  test(`lexicon ${locale}: every need of SPEC §2.2 and of the dataset, said several ways; reader cues`, () => {
    const lexicon = read(`src/data/lexicon/${locale}.json`);
    assert.equal(lexicon.language, locale);
    for (const need of [...NEEDS, ...data.needs.map((n) => n.id)]) {
      assert.ok((lexicon.needs[need] ?? []).length >= 8, `${locale}: ${need} has ${lexicon.needs[need]?.length ?? 0} phrases`);
    }
    for (const need of Object.keys(lexicon.needs)) assert.ok(NEEDS.includes(need), `${locale}: unknown need ${need}`);
    for (const cue of ['young', 'parent', 'professional']) assert.ok(lexicon.audience[cue].length >= 10, `${locale}: ${cue} cues`);
    const phrases = Object.values(lexicon.needs).flat();
    for (const p of phrases) assert.equal(p, p.toLowerCase(), `${locale}: "${p}" is lowercase`);
  });
}

test('crisis words: suicide and danger in all five languages; the lines exist in the dataset (the adult line may not yet)', () => {
  const crisis = read('src/data/lexicon/crisis.json');
  for (const locale of LOCALES) {
    assert.ok(crisis.suicide[locale].length >= 15, `suicide words in ${locale}`);
    assert.ok(crisis.danger.phrases[locale].length >= 8, `danger words in ${locale}`);
  }
  const hotlines = new Set(data.hotlines.map((h) => h.id));
  for (const id of [...crisis.lines.suicide, ...crisis.lines.danger]) assert.ok(hotlines.has(id), `hotline ${id}`);
  assert.deepEqual(crisis.lines.adults, ['sos-detresse']);
  // No single word that also means something harmless.
  const lone = Object.values(crisis.suicide).flat().filter((p) => !p.includes(' '));
  for (const word of ['die', 'dead', 'mourir', 'mort', 'sterben', 'tot', 'stierwen', 'dout', 'morrer', 'morto', 'kill', 'tuer']) {
    assert.ok(!lone.includes(word), `"${word}" alone must not fire`);
  }
  assert.ok(crisis.not_crisis.includes('mourir de rire') && crisis.not_crisis.includes('dead tired') && crisis.not_crisis.includes('totmude'));
});

test('related needs name known needs only', () => {
  const { related } = read('src/data/lexicon/needs.json');
  for (const [need, list] of Object.entries(related)) {
    assert.ok(NEEDS.includes(need), need);
    for (const r of list) assert.ok(NEEDS.includes(r), `${need} → ${r}`);
  }
});

test('the relevance set: ≥ 200 queries, ≥ 40 per language, ≥ 12 situations, each labelled', () => {
  const queries = read('test/relevance/queries.json');
  assert.ok(queries.length >= 200);
  const services = new Set(data.services.map((s) => s.id));
  for (const locale of LOCALES) assert.ok(queries.filter((q) => q.lang === locale).length >= 40, locale);
  assert.ok(new Set(queries.map((q) => q.situation)).size >= 12);
  for (const q of queries) {
    assert.ok(q.fits.length || q.crisis === false, `${q.q}: fits`);
    for (const f of [...q.fits, ...(q.not_top3 ?? [])]) assert.ok(services.has(f) || NEEDS.includes(f) || f === 'sos-detresse', `${q.q}: ${f}`);
  }
});
