import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  addWorkingDaysOn,
  isWorkingDay,
  missingCalendarYears,
  nextWorkingDayOn,
  type WorkCalendar,
} from './working-days.js';

const national = new Map<string, 'HOLIDAY' | 'WORKDAY'>([
  ['2025-10-01', 'HOLIDAY'],
  ['2025-10-02', 'HOLIDAY'],
  ['2025-10-03', 'HOLIDAY'],
  ['2025-10-06', 'HOLIDAY'],
  ['2025-10-07', 'HOLIDAY'],
  ['2025-10-08', 'HOLIDAY'],
  ['2025-09-28', 'WORKDAY'],
  ['2025-10-11', 'WORKDAY'],
  ['2026-01-01', 'HOLIDAY'],
  ['2026-01-02', 'HOLIDAY'],
  ['2026-01-04', 'WORKDAY'],
]);

describe('working days (2025 art. 25: 10 working days to review and transfer)', () => {
  it('skips weekends', () => {
    // Monday 2025-03-03 + 10 working days = Monday 2025-03-17.
    expect(addWorkingDays('2025-03-03', 10, new Map())).toBe('2025-03-17');
    // Received on a Friday: the next Monday is day 1.
    expect(addWorkingDays('2025-03-07', 1, new Map())).toBe('2025-03-10');
  });

  it('skips holidays and counts make-up working days from the calendar', () => {
    expect(isWorkingDay('2025-09-28', national)).toBe(true); // a Sunday worked
    expect(isWorkingDay('2025-10-01', national)).toBe(false);
    // From Friday 2025-09-26: 09-28 (Sun, worked), 09-29, 09-30, 10-09, 10-10, 10-11 (Sat, worked), 10-13 …
    expect(addWorkingDays('2025-09-26', 6, national)).toBe('2025-10-11');
  });
});

describe('a calendar with the years on record', () => {
  const both: WorkCalendar = { overrides: national, years: new Set([2025, 2026]) };
  const only2025: WorkCalendar = { overrides: national, years: new Set([2025]) };

  it('counts across the new year when both years are on record', () => {
    // From Tuesday 2025-12-23: 12-24, 12-25, 12-26, 12-29, 12-30, 12-31, (01-01, 01-02 holidays,
    // 01-03 Sat) 01-04 (Sun, worked), 01-05, 01-06, 01-07 → the 10th is 2026-01-07.
    expect(addWorkingDaysOn('2025-12-23', 10, both)).toEqual({ ok: true, day: '2026-01-07' });
  });

  it('names the year it needs and does not have', () => {
    expect(addWorkingDaysOn('2025-12-23', 10, only2025)).toEqual({
      ok: false,
      missingYear: 2026,
    });
    // Within the year it has, the count is fine.
    expect(addWorkingDaysOn('2025-12-01', 5, only2025)).toEqual({ ok: true, day: '2025-12-08' });
  });

  it('moves a rest day to the next working day, and 2026-12-20 (a Sunday) to Monday 12-21', () => {
    const y2026: WorkCalendar = { overrides: new Map(), years: new Set([2026]) };
    expect(nextWorkingDayOn('2026-12-20', y2026)).toEqual({ ok: true, day: '2026-12-21' });
    expect(nextWorkingDayOn('2026-12-18', y2026)).toEqual({ ok: true, day: '2026-12-18' });
    // 2025-10-01 (a holiday week): the first working day after it is Thursday 10-09.
    expect(nextWorkingDayOn('2025-10-01', both)).toEqual({ ok: true, day: '2025-10-09' });
    // Saturday 2026-12-26 would roll into the new year only after Monday 12-28: no 2027 needed.
    expect(nextWorkingDayOn('2026-12-26', y2026)).toEqual({ ok: true, day: '2026-12-28' });
    expect(nextWorkingDayOn('2026-12-20', { overrides: new Map(), years: new Set() })).toEqual({
      ok: false,
      missingYear: 2026,
    });
  });

  it('wants this year always and the next one from 1 December', () => {
    const years = new Set([2025, 2026]);
    expect(missingCalendarYears(years, '2026-11-30')).toEqual([]);
    expect(missingCalendarYears(years, '2026-12-01')).toEqual([2027]);
    expect(missingCalendarYears(years, '2027-01-05')).toEqual([2027]);
    expect(missingCalendarYears(new Set(), '2026-06-01')).toEqual([2026]);
  });
});
