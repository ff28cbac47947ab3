/**
 * Text helpers of the finder's query understanding, free of any language: folding,
 * tokenising, a one-typo comparison, and ordered phrase matching (crisis words, audience
 * cues). Language-specific work (stop words, stemming) is in query-language.ts.
 */

/** Lowercase, accents and other diacritics removed, ß → ss. */
export function fold(term: string): string {
  return term.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}

/** French and Luxembourgish elided articles and pronouns: "l'école" → "école", "d'Schoul" → "Schoul". */
const ELIDED = new Set(['l', 'd', 'j', 'm', 't', 's', 'n', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu']);

/**
 * The words of a text, folded. An apostrophe after an elided article drops the article
 * ("l'ecole" → "ecole"); any other apostrophe joins ("don't" → "dont", "I'm" → "im").
 */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of fold(text).split(/[^\p{L}\p{N}'’`´]+/u)) {
    if (!raw) continue;
    const parts = raw.split(/['’`´]+/).filter(Boolean);
    if (parts.length === 0) continue;
    if (parts.length > 1 && ELIDED.has(parts[0]!)) parts.shift();
    const word = parts.join('');
    if (word) out.push(word);
  }
  return out;
}

/** True when `a` and `b` differ by at most one edit (insert, delete, substitute, swap two neighbours). */
export function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

interface Word {
  text: string;
  prefix: boolean;
}

/** One phrase of a word list: its words in order (`*` at a word's end: any word starting so). */
export interface Pattern {
  words: Word[];
  /** The phrase as written in the list. */
  source: string;
}

export function compile(phrase: string): Pattern | undefined {
  const words = phrase
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => {
      const prefix = w.endsWith('*');
      return tokens(prefix ? w.slice(0, -1) : w).map((text, i, all) => ({ text, prefix: prefix && i === all.length - 1 }));
    });
  return words.length ? { words, source: phrase } : undefined;
}

/** Options of a phrase list: how far apart its words may be, and whether one typo is forgiven. */
export interface MatchOptions {
  /** Other words allowed between two words of a phrase. */
  gap: number;
  /** Words of five letters or more also match with one typo. */
  typos: boolean;
}

function wordMatches(token: string, w: Word, typos: boolean): boolean {
  if (w.prefix) {
    if (token.startsWith(w.text)) return true;
    if (!typos || w.text.length < 5) return false;
    const n = w.text.length;
    return [n - 1, n, n + 1].some((k) => token.length >= k && nearlyEqual(token.slice(0, k), w.text));
  }
  if (token === w.text) return true;
  return typos && w.text.length >= 5 && token.length >= 4 && nearlyEqual(token, w.text);
}

/** Where the phrase matches: the positions of its words, or undefined. */
export function matchPattern(toks: readonly string[], p: Pattern, o: MatchOptions): number[] | undefined {
  const first = p.words[0]!;
  for (let start = 0; start < toks.length; start++) {
    if (!wordMatches(toks[start]!, first, o.typos)) continue;
    const at = [start];
    let ok = true;
    for (let k = 1; k < p.words.length && ok; k++) {
      const from = at[k - 1]! + 1;
      let found = -1;
      for (let j = from; j < toks.length && j <= from + o.gap; j++) {
        if (wordMatches(toks[j]!, p.words[k]!, o.typos)) {
          found = j;
          break;
        }
      }
      if (found < 0) ok = false;
      else at.push(found);
    }
    if (ok) return at;
  }
  return undefined;
}

/** A list of phrases matched against a query's tokens. */
export class PhraseList {
  readonly patterns: Pattern[];
  constructor(
    phrases: readonly string[],
    readonly options: MatchOptions,
  ) {
    this.patterns = phrases.map(compile).filter((p): p is Pattern => !!p);
  }

  /** The first phrase that matches, if any. */
  find(toks: readonly string[]): Pattern | undefined {
    if (!toks.length) return undefined;
    return this.patterns.find((p) => matchPattern(toks, p, this.options));
  }

  /** The tokens left once every match of these phrases is taken out. */
  remove(toks: readonly string[]): string[] {
    let rest = [...toks];
    for (const p of this.patterns) {
      let at = matchPattern(rest, p, this.options);
      while (at) {
        const drop = new Set(at);
        rest = rest.filter((_, i) => !drop.has(i));
        at = matchPattern(rest, p, this.options);
      }
    }
    return rest;
  }
}
