import type { Schedule, ScheduleRule } from './types.js';
import type { Packed } from './pack.js';

/** Local time in Luxembourg, whatever the reader's device is set to. */
export const TIME_ZONE = 'Europe/Luxembourg';

export interface LocalTime {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
  year: number;
  month: number;
  day: number;
}

let parts: Intl.DateTimeFormat | undefined;
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export function luxembourgTime(now: Date): LocalTime {
  parts ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    weekday: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  });
  const p: Record<string, string> = {};
  for (const { type, value } of parts.formatToParts(now)) p[type] = value;
  return {
    weekday: WEEKDAYS[p.weekday ?? ''] ?? 1,
    minutes: Number(p.hour) * 60 + Number(p.minute),
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
  };
}

/** Days since 1970-01-01 of the date in Luxembourg: the same number all day there, +1 at local midnight. */
export function luxembourgDay(now: Date): number {
  const t = luxembourgTime(now);
  return Math.floor(Date.UTC(t.year, t.month - 1, t.day) / 86_400_000);
}

/** Gregorian Easter Sunday (anonymous algorithm), as [month, day]. */
function easter(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

const holidayCache = new Map<number, Set<string>>();

/**
 * Luxembourg's legal public holidays of `year` as "M-D" keys: New Year, Easter Monday,
 * 1 May, Europe Day (9 May), Ascension, Whit Monday, National Day (23 June),
 * Assumption (15 August), All Saints, Christmas and St Stephen's Day.
 *
 * Used only to *withhold* an "open now" claim on those days for services whose holiday
 * hours are not sourced — never to claim that a service is open.
 */
export function publicHolidays(year: number): Set<string> {
  let set = holidayCache.get(year);
  if (!set) {
    const [em, ed] = easter(year);
    const easterDay = Date.UTC(year, em - 1, ed);
    const offset = (days: number) => {
      const d = new Date(easterDay + days * 86_400_000);
      return `${d.getUTCMonth() + 1}-${d.getUTCDate()}`;
    };
    set = new Set(['1-1', offset(1), '5-1', '5-9', offset(39), offset(50), '6-23', '8-15', '11-1', '12-25', '12-26']);
    holidayCache.set(year, set);
  }
  return set;
}

export type OpenState =
  | { kind: 'always' }
  | { kind: 'open'; closes: string }
  | { kind: 'closed' }
  /** Hours are not known for now (none sourced, or a public holiday with unsourced hours). */
  | { kind: 'unknown' };

const toMinutes = (hhmm: string) => {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
};

/** Whether a sourced schedule answers now, in Luxembourg time. Claims nothing it cannot source. */
export function openState(schedule: Packed<Omit<Schedule, 'source'>> | Omit<Schedule, 'source'> | undefined, now: Date = new Date()): OpenState {
  if (!schedule) return { kind: 'unknown' };
  if (schedule.always_open) return { kind: 'always' };
  const rules = schedule.rules ?? [];
  if (rules.length === 0) return { kind: 'unknown' };
  const t = luxembourgTime(now);
  if (schedule.public_holidays !== 'open' && publicHolidays(t.year).has(`${t.month}-${t.day}`)) {
    return schedule.public_holidays === 'closed' ? { kind: 'closed' } : { kind: 'unknown' };
  }
  const rule = rules.find(
    (r: ScheduleRule) => r.days.includes(t.weekday) && toMinutes(r.opens) <= t.minutes && t.minutes < toMinutes(r.closes),
  );
  return rule ? { kind: 'open', closes: rule.closes } : { kind: 'closed' };
}
