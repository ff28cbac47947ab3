/** The explainer's choices, free of rendering: which entries to show, the right of the day. */
import type { Packed } from '../../data/pack.js';
import type { RightsData } from '../../data/packs.js';
import type { RightsGroupId } from '../../data/types.js';
import { luxembourgDay } from '../../data/schedule.js';

export type Entry = Packed<RightsData>['articles'][number];

/** The entry that holds article `n` (43–54 share one), if any. */
export function entryForArticle(entries: readonly Entry[], n: number): Entry | undefined {
  return entries.find((e) => e.numbers.includes(n));
}

/** Entries of one group, or all of them, in article order. */
export function entriesOf(entries: readonly Entry[], group: RightsGroupId | 'all'): Entry[] {
  return entries.filter((e) => group === 'all' || e.group === group).sort((a, b) => a.numbers[0]! - b.numbers[0]!);
}

/**
 * The right of the day: chosen from the date in Europe/Luxembourg (the same for every
 * reader on a given day, changing at local midnight), cycling through `entries` in order.
 */
export function rightOfTheDay(entries: readonly Entry[], now: Date = new Date()): Entry | undefined {
  if (entries.length === 0) return undefined;
  return entries[luxembourgDay(now) % entries.length];
}
