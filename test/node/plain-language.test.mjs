// Plain language in the rights texts (issue #8): for every locale, the young-level texts
// (ages 6–11: group intros, principles, articles, complaint who/how) average at most 12 words
// a sentence and no sentence has more than 20; the teen-level texts (12–17) average at most 16.
// Also: no principle or article title carries its own article number, because the widget
// prints "(Article N)" / "Article N" beside every title (review X2).
//
// Every locale is checked: English is the master, and each translation was rewritten from
// it point by point. The figures of every locale are printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const CHECKED = ['en', 'fr', 'de', 'lb', 'pt'];
const LOCALES = ['en', 'fr', 'de', 'lb', 'pt'];
const YOUNG_AVERAGE = 12;
const YOUNG_LONGEST = 20;
const TEEN_AVERAGE = 16;

const data = JSON.parse(readFileSync(new URL('../../src/data/kanner-data.json', import.meta.url), 'utf8'));

// The splitting rule is the same as the lead's plain-check script used while rewriting so that
// both give the same figures: a sentence ends after . ! ? or … followed by white space and a
// character that is not a lower-case letter (so "z. B. du" or "e.g. the" do not split).
// Colons, semicolons and dashes do not end a sentence. A word is a run of non-space
// characters that holds at least one letter or digit (a lone "–" is not a word).
export function sentences(text) {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?…])\s+(?=[^a-zà-ÿ])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}
export function words(sentence) {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** The measured texts of one level, with their paths. */
function texts(level) {
  const r = data.rights;
  const out = [];
  for (const g of r.groups) out.push([`groups[${g.id}].intro`, g.intro[level]]);
  for (const p of r.principles) out.push([`principles[${p.id}].text`, p.text[level]]);
  for (const a of r.articles) out.push([`articles[${a.id}].text`, a.text[level]]);
  if (r.complaint.who?.[level]) out.push(['complaint.who', r.complaint.who[level]]);
  if (r.complaint.how?.[level]) out.push(['complaint.how', r.complaint.how[level]]);
  return out;
}

function measure(level, locale) {
  const counts = [];
  const missing = [];
  for (const [path, t] of texts(level)) {
    if (!t?.[locale]) {
      missing.push(path);
      continue;
    }
    for (const s of sentences(t[locale])) counts.push({ path, n: words(s).length, s });
  }
  const total = counts.reduce((a, c) => a + c.n, 0);
  const average = counts.length ? total / counts.length : Infinity;
  const longest = counts.reduce((a, c) => Math.max(a, c.n), 0);
  return { counts, missing, average, longest, over: counts.filter((c) => c.n > YOUNG_LONGEST) };
}

test('the sentence rule splits and counts as the lead\'s check does', () => {
  assert.deepEqual(sentences('Nobody may hurt you. Adults must protect you!  Are you under 18? Then call.'), ['Nobody may hurt you.', 'Adults must protect you!', 'Are you under 18?', 'Then call.']);
  assert.equal(sentences('Call e.g. the police. Then wait.').length, 2, 'a dot before a lower-case word does not end a sentence');
  assert.equal(sentences('Help: call now; then – if you want – write.').length, 1, 'colons, semicolons and dashes do not end a sentence');
  assert.equal(words('You can call 116 111 – day or night.').length, 8, 'a lone dash is not a word; numbers are');
  // A young text the check must refuse: one 21-word sentence.
  const long = 'If you think that someone has hurt you or taken something from you, you can always tell an adult you trust.';
  assert.equal(words(sentences(long)[0]).length, 21);
});

for (const locale of LOCALES) {
  const young = measure('young', locale);
  const teen = measure('teen', locale);
  const checked = CHECKED.includes(locale);
  const figures = `${locale}: young ${young.counts.length} sentences, average ${young.average.toFixed(1)} words, longest ${young.longest}, ${young.over.length} over ${YOUNG_LONGEST}; teen ${teen.counts.length} sentences, average ${teen.average.toFixed(1)} words, longest ${teen.longest}`;

  test(`${locale}: rights texts are plain enough for their readers${checked ? '' : ' (not checked yet: CHECKED)'}`, { skip: checked ? false : `${locale} not in CHECKED yet — ${figures}` }, (t) => {
    t.diagnostic(figures);
    console.log(`plain language ${figures}`);
    assert.deepEqual(young.missing, [], `${locale}: young texts missing`);
    assert.deepEqual(teen.missing, [], `${locale}: teen texts missing`);
    assert.ok(young.average <= YOUNG_AVERAGE, `${locale}: young texts average ${young.average.toFixed(1)} words a sentence (at most ${YOUNG_AVERAGE})`);
    assert.deepEqual(
      young.over.map((c) => `${c.path} (${c.n} words): ${c.s}`),
      [],
      `${locale}: young sentences longer than ${YOUNG_LONGEST} words`,
    );
    assert.ok(teen.average <= TEEN_AVERAGE, `${locale}: teen texts average ${teen.average.toFixed(1)} words a sentence (at most ${TEEN_AVERAGE})`);
  });

  test(`${locale}: no right's title repeats the article number the widget prints beside it${checked ? '' : ' (not checked yet: CHECKED)'}`, { skip: checked ? false : `${locale} not in CHECKED yet` }, () => {
    const numbered = [];
    for (const x of [...data.rights.principles, ...data.rights.articles]) {
      for (const level of ['young', 'teen', 'adult']) {
        const title = x.title[level][locale];
        if (/\([^)]*\d[^)]*\)/.test(title)) numbered.push(`${x.id} ${level}: ${title}`);
      }
    }
    assert.deepEqual(numbered, []);
  });
}
