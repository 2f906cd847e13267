import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, parseCalendarDate, todayInChina } from './calendar-date.js';

describe('calendar dates', () => {
  it('accepts real ISO dates only', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseCalendarDate('2025-02-29').ok).toBe(false);
    expect(parseCalendarDate('2025-13-01').ok).toBe(false);
    expect(parseCalendarDate('2025-6-1').ok).toBe(false);
    expect(parseCalendarDate('2025-06-01T00:00:00Z').ok).toBe(false);
    expect(parseCalendarDate(20250601).ok).toBe(false);
  });

  it('counts days across months and years', () => {
    expect(addDays('2025-03-02', 30)).toBe('2025-04-01');
    expect(daysBetween('2024-12-31', '2025-03-01')).toBe(60);
  });

  it('takes today in China Standard Time', () => {
    expect(todayInChina(new Date('2025-06-30T16:30:00Z'))).toBe('2025-07-01');
  });
});
