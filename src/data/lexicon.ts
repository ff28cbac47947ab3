/**
 * Types of the finder's lexicon (`src/data/lexicon/*.json`): how readers say each need in
 * each language, the words that bring up the crisis panel, and the needs that stand in for
 * needs a dataset has no service for yet. `scripts/build-lexicon.mjs` turns each file into
 * a module under `src/generated/lexicon/`; the per-language ones are loaded on demand.
 */
import type { Locale } from './types.js';

/** Reader cues: who is probably typing. `young` = a child or a teenager. */
export type ReaderCue = 'young' | 'parent' | 'professional';

export interface Lexicon {
  language: Locale;
  about: string;
  /** A full stop-word list (Luxembourgish, which has no published one) … */
  stopwords?: string[];
  /** … or words added to and kept out of the published list of the language. */
  stopwords_add?: string[];
  stopwords_keep?: string[];
  /** Phrases that tell who is typing ("my son" → a parent). Matched word for word, folded. */
  audience: Record<ReaderCue, string[]>;
  /** Need id → how people say it. Stemmed, typo-tolerant; a need id absent from the data is harmless. */
  needs: Record<string, string[]>;
}

export type ByLanguage<T> = Record<Locale, T>;

export interface CrisisTerms {
  about: string;
  reviewed: string;
  /** Hotline ids (dataset `hotlines`) the panel offers; ids missing from the data are skipped. */
  lines: { suicide: string[]; danger: string[]; adults: string[] };
  /** Words of suicide, self-harm and wanting to die. */
  suicide: ByLanguage<string[]>;
  /** Words of danger right now: explicit phrases, or an act of violence together with "now". */
  danger: { phrases: ByLanguage<string[]>; acts: string[]; now: string[] };
  /** Everyday idioms taken out of the query before matching ("mourir de rire", "dead tired"). */
  not_crisis: string[];
}

export interface RelatedNeeds {
  about: string;
  /** Need id → needs whose services help while a dataset has none for it. */
  related: Record<string, string[]>;
}
