/** The teaser's choices, free of rendering: which themes to show today. */
import { luxembourgDay } from '../../data/schedule.js';

/**
 * `count` themes starting at a place that moves by one each day (Europe/Luxembourg date):
 * the same for every reader on a given day, a different selection tomorrow.
 */
export function topicsOfTheDay<T>(topics: readonly T[], count: number, now: Date = new Date()): T[] {
  if (topics.length === 0 || count <= 0) return [];
  const day = luxembourgDay(now);
  const n = Math.min(count, topics.length);
  return Array.from({ length: n }, (_, i) => topics[(day + i) % topics.length]!);
}
