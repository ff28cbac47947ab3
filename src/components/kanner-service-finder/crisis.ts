/**
 * Crisis words (SPEC §2.2): suicide, self-harm, wanting to die, and danger right now, in
 * every language at once (a reader in crisis may type in any of them, on a page in any
 * other). The reviewed list is data: src/data/lexicon/crisis.json.
 */
import terms from '../../generated/lexicon/crisis.js';
import { LOCALES } from '../../data/types.js';
import { PhraseList } from './text.js';

export type CrisisKind = 'suicide' | 'danger';

const all = (lists: Record<string, string[]>) => LOCALES.flatMap((l) => lists[l] ?? []);

// Two other words at most between the words of a phrase ("je veux vraiment mourir").
const suicide = new PhraseList(all(terms.suicide), { gap: 2, typos: true });
const danger = new PhraseList(all(terms.danger.phrases), { gap: 2, typos: true });
const acts = new PhraseList(terms.danger.acts, { gap: 0, typos: false });
const now = new PhraseList(terms.danger.now, { gap: 0, typos: false });
const idioms = new PhraseList(terms.not_crisis, { gap: 0, typos: false });

/**
 * The hotline ids the panel offers for a kind of crisis. For words of suicide from an adult
 * (a parent, a professional, a young adult) the adult line comes first; danger right now
 * is always the emergency number first.
 */
export function crisisLines(kind: CrisisKind, adult: boolean): string[] {
  const lines = [...terms.lines[kind]];
  return adult && kind === 'suicide' ? [...terms.lines.adults, ...lines] : lines;
}

/**
 * What kind of crisis the words speak of, if any. Danger named outright ("he is going to
 * kill me") is danger even where it shares words with suicide ("me tuer"); otherwise
 * words of suicide come first.
 */
export function detectCrisis(queryTokens: readonly string[]): CrisisKind | undefined {
  const toks = idioms.remove(queryTokens);
  if (!toks.length) return undefined;
  if (danger.find(toks)) return 'danger';
  if (suicide.find(toks)) return 'suicide';
  if (acts.find(toks) && now.find(toks)) return 'danger';
  return undefined;
}
