/** The teaser's choices, free of rendering: which themes to show today. */
import { luxembourgTime } from '../../data/schedule.js';

/**
 * `count` themes starting at a place that moves by one each day (Europe/Luxembourg date):
 * the same for every reader on a given day, a different selection tomorrow.
 */
export function topicsOfTheDay<T>(topics: readonly T[], count: number, now: Date = new Date()): T[] {
  if (topics.length === 0 || count <= 0) return [];
  const t = luxembourgTime(now);
  const day = Math.floor(Date.UTC(t.year, t.month - 1, t.day) / 86_400_000);
  const n = Math.min(count, topics.length);
  return Array.from({ length: n }, (_, i) => topics[(day + i) % topics.length]!);
}
