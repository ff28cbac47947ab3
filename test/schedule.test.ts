import { expect } from '@open-wc/testing';
import { luxembourgTime, openState, publicHolidays } from '../src/data/schedule.js';
import { formatDays, formatRule, formatMonthYear } from '../src/core/format.js';
import type { Schedule } from '../src/data/types.js';

const sourced = { source: 'https://example.org', verified: '2026-11-21', confidence: 'high' as const };
const weekdays: Schedule = { id: 'w', ...sourced, rules: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '18:00' }], public_holidays: 'unknown' };

describe('opening hours (Europe/Luxembourg)', () => {
  it('reads the clock in Luxembourg time, across summer and winter time', () => {
    // 2026-07-06 is a Monday: 06:30 UTC is 08:30 in Luxembourg (CEST, UTC+2).
    expect(luxembourgTime(new Date('2026-07-06T06:30:00Z'))).to.include({ weekday: 1, minutes: 8 * 60 + 30 });
    // 2026-12-07 is a Monday: 06:30 UTC is 07:30 (CET, UTC+1).
    expect(luxembourgTime(new Date('2026-12-07T06:30:00Z'))).to.include({ weekday: 1, minutes: 7 * 60 + 30 });
  });

  it('open inside the rules, closed outside them', () => {
    expect(openState(weekdays, new Date('2026-07-06T06:30:00Z'))).to.deep.equal({ kind: 'open', closes: '18:00' });
    expect(openState(weekdays, new Date('2026-12-07T06:30:00Z')).kind).to.equal('closed');
    expect(openState(weekdays, new Date('2026-07-06T16:00:00Z')).kind).to.equal('closed'); // 18:00 local
    expect(openState(weekdays, new Date('2026-07-11T10:00:00Z')).kind).to.equal('closed'); // Saturday
  });

  it('claims nothing on a public holiday whose hours are not sourced', () => {
    // National Day, Tuesday 23 June 2026, 10:00 local.
    expect(openState(weekdays, new Date('2026-06-23T08:00:00Z')).kind).to.equal('unknown');
    // Easter Monday 2026 is 6 April; Ascension 14 May; Whit Monday 25 May.
    expect(openState(weekdays, new Date('2026-04-06T08:00:00Z')).kind).to.equal('unknown');
    expect(openState({ ...weekdays, public_holidays: 'closed' }, new Date('2026-06-23T08:00:00Z')).kind).to.equal('closed');
  });

  it('knows the eleven legal public holidays, Easter-based ones moving with Easter', () => {
    const h2026 = publicHolidays(2026);
    expect(h2026.size).to.equal(11);
    for (const d of ['1-1', '4-6', '5-1', '5-9', '5-14', '5-25', '6-23', '8-15', '11-1', '12-25', '12-26']) expect(h2026.has(d), d).to.equal(true);
    const h2027 = publicHolidays(2027); // Easter 28 March 2027
    for (const d of ['3-29', '5-6', '5-17']) expect(h2027.has(d), d).to.equal(true);
  });

  it('always open and unknown schedules', () => {
    expect(openState({ id: 'a', ...sourced, always_open: true }).kind).to.equal('always');
    expect(openState({ id: 'n', ...sourced }).kind).to.equal('unknown');
    expect(openState(undefined).kind).to.equal('unknown');
  });

  it('formats hours in each language', () => {
    expect(formatDays([1, 2, 3, 4, 5], 'en')).to.equal('Mon–Fri');
    expect(formatDays([1, 3], 'en')).to.equal('Mon, Wed');
    expect(formatRule(weekdays.rules![0]!, 'en')).to.equal('Mon–Fri 08:00–18:00');
    expect(formatRule(weekdays.rules![0]!, 'de')).to.match(/^Mo\.?–Fr\.? 08:00–18:00$/);
    expect(formatMonthYear('2026-11-21', 'fr')).to.equal('novembre 2026');
    expect(formatMonthYear('2026-11-21', 'lb')).to.match(/November 2026/i);
  });
});
