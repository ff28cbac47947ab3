import { INTL_LOCALE, type Locale } from './locales.js';
import type { Address, ScheduleRule } from '../data/types.js';

const cache = new Map<string, Intl.DateTimeFormat>();
function dtf(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', ...options });
    cache.set(key, f);
  }
  return f;
}

// 1 January 2024 was a Monday: ISO weekday n is 2024-01-n.
const weekdayDate = (isoDay: number) => new Date(Date.UTC(2024, 0, isoDay, 12));

export function weekdayName(isoDay: number, locale: Locale): string {
  return dtf(locale, { weekday: 'short' }).format(weekdayDate(isoDay));
}

/** "08:00" → the locale's way of writing that time of day. */
export function formatTime(hhmm: string, locale: Locale): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return dtf(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(Date.UTC(2024, 0, 1, h, m)));
}

/** [1,2,3,4,5] → "Mon–Fri"; [1,3] → "Mon, Wed". */
export function formatDays(days: readonly number[], locale: Locale): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const d of sorted) {
    const last = runs[runs.length - 1];
    if (last && d === last[last.length - 1]! + 1) last.push(d);
    else runs.push([d]);
  }
  return runs
    .map((r) =>
      r.length >= 3 ? `${weekdayName(r[0]!, locale)}–${weekdayName(r[r.length - 1]!, locale)}` : r.map((d) => weekdayName(d, locale)).join(', '),
    )
    .join(', ');
}

export function formatRule(rule: ScheduleRule, locale: Locale): string {
  return `${formatDays(rule.days, locale)} ${formatTime(rule.opens, locale)}–${formatTime(rule.closes, locale)}`;
}

/** One line for a postal address: "33, Rives de Clausen, L-2165 Luxembourg". */
export function formatAddress(a: Pick<Address, 'street' | 'postal_code' | 'locality'>): string {
  return [a.street, [a.postal_code, a.locality].filter(Boolean).join(' ')].join(', ');
}

/** A URL's host as a reader would say it: "https://www.okaju.lu/x" → "okaju.lu". */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** "2026-11-21" → "November 2026" in the locale. */
export function formatMonthYear(isoDate: string, locale: Locale): string {
  const [y = 1970, m = 1] = isoDate.split('-').map(Number);
  return dtf(locale, { month: 'long', year: 'numeric' }).format(new Date(Date.UTC(y, m - 1, 15)));
}
