// The four clocks of a complaint across the 2025 National Day arrangement (10-01..10-08 off;
// Sunday 09-28 and Saturday 10-11 worked), hand-counted.
import { describe, expect, it } from 'vitest';
import { extensionProblem, handlingDueOn, reviewDueOn, transferDueOn } from './clue-clock.js';

const overrides = new Map<string, 'HOLIDAY' | 'WORKDAY'>([
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map(
    (d) => [`2025-10-${d}`, 'HOLIDAY'] as [string, 'HOLIDAY'],
  ),
  ['2025-09-28', 'WORKDAY'],
  ['2025-10-11', 'WORKDAY'],
]);
const calendar = { overrides, years: new Set([2025]) };
const statutory = {
  reviewWorkingDays: 10,
  transferWorkingDays: 10,
  handlingDays: 30,
  maxHandlingDays: 90,
};

describe('complaint clocks (2025 art. 25) on a holiday calendar', () => {
  it('review: 10 working days from receipt', () => {
    // Fri 09-26 → 09-28 (make-up), 29, 30, 10-09, 10, 11 (make-up), 13, 14, 15, 16.
    expect(reviewDueOn('2025-09-26', calendar, statutory)).toEqual({ ok: true, day: '2025-10-16' });
  });

  it('review: a region’s shorter clock (7 working days)', () => {
    expect(reviewDueOn('2025-09-26', calendar, { reviewWorkingDays: 7 })).toEqual({
      ok: true,
      day: '2025-10-13',
    });
  });

  it('transfer: 10 working days from formal acceptance, not from receipt', () => {
    // Tue 09-30 → 10-09, 10, 11 (make-up), 13, 14, 15, 16, 17, 20, 21.
    expect(transferDueOn('2025-09-30', calendar, statutory)).toEqual({
      ok: true,
      day: '2025-10-21',
    });
  });

  it('handling: 30 days from transfer, ending on the next working day after a holiday', () => {
    // 09-03 + 30 = 10-03 (holiday) → Thu 10-09.
    expect(handlingDueOn('2025-09-03', 0, calendar, statutory)).toEqual({
      ok: true,
      day: '2025-10-09',
    });
    // 09-11 + 30 = Sat 10-11, a make-up working day: it stays; 09-12 + 30 = Sun 10-12 → Mon 10-13.
    expect(handlingDueOn('2025-09-11', 0, calendar, statutory)).toEqual({
      ok: true,
      day: '2025-10-11',
    });
    expect(handlingDueOn('2025-09-12', 0, calendar, statutory)).toEqual({
      ok: true,
      day: '2025-10-13',
    });
    // A region's 20 days: 09-15 + 20 = 10-05 → 10-09.
    expect(
      handlingDueOn('2025-09-15', 0, calendar, { handlingDays: 20, maxHandlingDays: 60 }),
    ).toEqual({
      ok: true,
      day: '2025-10-09',
    });
  });

  it('extension: to 90 days in all at most; a Saturday end moves to Monday', () => {
    // 09-30 + 60 = Sat 11-29 → Mon 12-01.
    expect(handlingDueOn('2025-09-30', 30, calendar, statutory)).toEqual({
      ok: true,
      day: '2025-12-01',
    });
    expect(extensionProblem(30, 30, statutory)).toBeNull();
    expect(extensionProblem(30, 31, statutory)?.zh).toMatch(/91 天.*90 天/);
    expect(extensionProblem(0, 31, { handlingDays: 30, maxHandlingDays: 60 })?.zh).toMatch(
      /61 天.*60 天/,
    );
  });

  it('each clock names a calendar year that is not on record', () => {
    expect(reviewDueOn('2025-12-20', calendar, statutory)).toEqual({
      ok: false,
      missingYear: 2026,
    });
    expect(transferDueOn('2025-12-24', calendar, statutory)).toEqual({
      ok: false,
      missingYear: 2026,
    });
    expect(handlingDueOn('2025-12-10', 0, calendar, statutory)).toEqual({
      ok: false,
      missingYear: 2026,
    });
    expect(handlingDueOn('2025-10-10', 60, calendar, statutory)).toEqual({
      ok: false,
      missingYear: 2026,
    });
  });
});
