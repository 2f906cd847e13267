import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay } from './working-days.js';

describe('working days (2025 art. 25: 10 working days to review and transfer)', () => {
  it('skips weekends', () => {
    // Monday 2025-03-03 + 10 working days = Monday 2025-03-17.
    expect(addWorkingDays('2025-03-03', 10, new Map())).toBe('2025-03-17');
    // Received on a Friday: the next Monday is day 1.
    expect(addWorkingDays('2025-03-07', 1, new Map())).toBe('2025-03-10');
  });

  it('skips holidays and counts make-up working days from the calendar', () => {
    const national = new Map<string, 'HOLIDAY' | 'WORKDAY'>([
      ['2025-10-01', 'HOLIDAY'],
      ['2025-10-02', 'HOLIDAY'],
      ['2025-10-03', 'HOLIDAY'],
      ['2025-10-06', 'HOLIDAY'],
      ['2025-10-07', 'HOLIDAY'],
      ['2025-10-08', 'HOLIDAY'],
      ['2025-09-28', 'WORKDAY'],
      ['2025-10-11', 'WORKDAY'],
    ]);
    expect(isWorkingDay('2025-09-28', national)).toBe(true); // a Sunday worked
    expect(isWorkingDay('2025-10-01', national)).toBe(false);
    // From Friday 2025-09-26: 09-28 (Sun, worked), 09-29, 09-30, 10-09, 10-10, 10-11 (Sat, worked), 10-13 …
    expect(addWorkingDays('2025-09-26', 6, national)).toBe('2025-10-11');
  });
});
