/**
 * One language's query understanding: its stop words, its stemmer (Snowball for en, fr,
 * de, pt; a small normaliser for lb), compound splitting (de, lb), and its lexicon — how
 * people say each need — indexed for typo- and prefix-tolerant matching. Each language is
 * its own chunk (languages/<lang>.ts), loaded by query-languages.ts.
 */
import MiniSearch from 'minisearch';
import type { Lexicon, ReaderCue } from '../../data/lexicon.js';
import type { Locale } from '../../data/types.js';
import { PhraseList, tokens } from './text.js';

export interface LanguageTools {
  /** The published stop words of the language (folded here). */
  stopwords?: readonly string[];
  /** Reduces a folded word to its stem. */
  stem?: (word: string) => string;
  /** Rewrites a folded word before stemming (German "ae" → "a"). */
  normalize?: (word: string) => string;
  /** Splits compounds ("Schulstress" → "schul" + "stress") against the lexicon's words. */
  compounds?: boolean;
}

/** Needs a query names, each with how clearly (1 ≈ one phrase said in full; more = several). */
export type NeedScores = Map<string, number>;

interface Phrase {
  id: number;
  need: string;
  terms: string[];
  /** Words of the phrase that carry meaning but are stop words ("can't go home"): the query must have them too. */
  context: string[];
}

const CUES: readonly ReaderCue[] = ['professional', 'parent', 'young'];

export class QueryLanguage {
  readonly code: Locale;
  private readonly stop: Set<string>;
  /** Stop words that still carry meaning in a phrase (the lexicon's own: "can't", "never", "go"). */
  private readonly meaningful: Set<string>;
  private readonly phrases: Phrase[] = [];
  private readonly index: MiniSearch<Phrase>;
  private readonly vocabulary = new Set<string>();
  private readonly cues: [ReaderCue, PhraseList][];

  constructor(
    lexicon: Omit<Lexicon, 'about'>,
    private readonly tools: LanguageTools = {},
  ) {
    this.code = lexicon.language;
    const keep = new Set((lexicon.stopwords_keep ?? []).flatMap(tokens));
    const stop = [...(lexicon.stopwords ?? []), ...(tools.stopwords ?? []), ...(lexicon.stopwords_add ?? [])].flatMap(tokens);
    this.stop = new Set(stop.filter((w) => !keep.has(w)));
    this.meaningful = new Set([...(lexicon.stopwords ?? []), ...(lexicon.stopwords_add ?? [])].flatMap(tokens));
    this.cues = CUES.map((cue) => [cue, new PhraseList(lexicon.audience[cue] ?? [], { gap: 1, typos: false })]);
    for (const [need, said] of Object.entries(lexicon.needs)) {
      for (const phrase of said) {
        const words = tokens(phrase);
        const terms = [...new Set(this.termsOf(words, false))];
        if (!terms.length) continue;
        terms.forEach((t) => this.vocabulary.add(t));
        const context = words.filter((w) => this.stop.has(w) && this.meaningful.has(w));
        this.phrases.push({ id: this.phrases.length, need, terms, context });
      }
    }
    this.index = new MiniSearch<Phrase>({
      fields: ['terms'],
      extractField: (doc, field) => (field === 'terms' ? doc.terms.join(' ') : String(doc[field as keyof Phrase])),
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      searchOptions: {
        // The last word may still be being typed (unless it is a word of the lexicon:
        // "home" is not the start of "homeless"); earlier ones are whole words.
        prefix: (term, i, all) => i === all.length - 1 && all.length <= 2 && term.length >= 3 && !this.vocabulary.has(term),
        // A typo in a word the lexicon knows as it is would only reach other words ("scare" → "care").
        fuzzy: (term) => (this.vocabulary.has(term) ? false : term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
        combineWith: 'OR',
        weights: { fuzzy: 0.6, prefix: 0.8 },
      },
    });
    this.index.addAll(this.phrases);
  }

  /** A folded word's term: undefined for a stop word. */
  private term(word: string): string | undefined {
    if (this.stop.has(word)) return undefined;
    let w = this.tools.normalize ? this.tools.normalize(word) : word;
    if (this.stop.has(w)) return undefined;
    if (this.tools.stem && w.length > 3) w = this.tools.stem(w);
    return w || undefined;
  }

  /** The terms of some folded words: stop words out, stems, compounds split. */
  private termsOf(words: readonly string[], split: boolean): string[] {
    const out: string[] = [];
    for (const word of words) {
      const t = this.term(word);
      if (!t) continue;
      out.push(t);
      if (split && this.tools.compounds && word.length >= 8 && !this.vocabulary.has(t)) out.push(...this.split(word));
    }
    return out;
  }

  /** The two parts of a compound when both are words of the lexicon (a linking s allowed): "schulstress" → schul + stress. */
  private split(word: string): string[] {
    for (let i = word.length - 3; i >= 3; i--) {
      const right = this.term(word.slice(i));
      if (!right || !this.vocabulary.has(right)) continue;
      let left = this.term(word.slice(0, i));
      if ((!left || !this.vocabulary.has(left)) && word[i - 1] === 's') left = this.term(word.slice(0, i - 1));
      if (left && this.vocabulary.has(left)) return [left, right];
    }
    return [];
  }

  /** Whether a folded word is a stop word or a lexicon word of this language (how much a query is in it). */
  recognises(word: string): boolean {
    return this.stop.has(word) || this.knows(word);
  }

  /** Whether a folded word is a word of this language's lexicon (a word of need, not a name). */
  knows(word: string): boolean {
    const t = this.term(word);
    return !!t && this.vocabulary.has(t);
  }

  /** Whether a folded word is one of this language's stop words. */
  isStopWord(word: string): boolean {
    return this.stop.has(word);
  }

  /** The terms of a query (for tests and the relevance report). */
  terms(queryTokens: readonly string[]): string[] {
    return this.termsOf(queryTokens, true);
  }

  /** Who the words suggest is typing, if they say so ("my son" → parent). */
  reader(queryTokens: readonly string[]): ReaderCue | undefined {
    return this.cues.find(([, list]) => list.find(queryTokens))?.[0];
  }

  /** The needs the words name, and how clearly (`said`: every word of the query, stop words included). */
  needs(queryTokens: readonly string[], said: ReadonlySet<string> = new Set(queryTokens)): NeedScores {
    const scores: NeedScores = new Map();
    const terms = this.terms(queryTokens);
    if (!terms.length) return scores;
    const exact = new Set(terms);
    const best = new Map<string, number[]>();
    for (const hit of this.index.search(terms.join(' '))) {
      const phrase = this.phrases[hit.id as number]!;
      let matched = 0;
      let found = 0;
      for (const t of phrase.terms) {
        if (!hit.match[t]) continue;
        found++;
        matched += exact.has(t) ? 1 : 0.65;
      }
      const n = phrase.terms.length;
      const fullness = matched / n;
      if (fullness < 0.5) continue;
      // Said in full (typos forgiven, at a cost), a longer phrase says more; half a phrase says little.
      let value = found === n ? fullness * (1 + 0.4 * (n - 1)) : 0.2 * fullness * n;
      // "home" alone is not "can't go home"; "näischt ze iessen" says more than "iessen".
      if (phrase.context.some((w) => !said.has(w))) value *= 0.4;
      else if (found === n) value += 0.2 * fullness * phrase.context.length;
      const list = best.get(phrase.need) ?? [];
      list.push(value);
      best.set(phrase.need, list);
    }
    for (const [need, values] of best) {
      values.sort((a, b) => b - a);
      scores.set(need, values[0]! + 0.25 * values.slice(1, 4).reduce((s, v) => s + v, 0));
    }
    return scores;
  }
}

/** Luxembourgish normaliser: the n-rule ("mäin"/"mäi"), then -e, -t and the ge- of participles. */
export function luxembourgish(word: string): string {
  let w = word;
  if (w.length > 3 && w.endsWith('n') && !w.endsWith('nn')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('t') && !w.endsWith('tt')) w = w.slice(0, -1);
  if (w.length > 6 && w.startsWith('ge')) w = w.slice(2);
  return w;
}

/** German typed without umlauts: "schlaegt" = "schlägt" (folded "schlagt"). */
export function german(word: string): string {
  return word.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
}
