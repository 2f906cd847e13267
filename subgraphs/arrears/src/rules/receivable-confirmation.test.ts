import { describe, expect, it } from 'vitest';
import {
  confirmationAlert,
  confirmationAnswerProblems,
  confirmationDueOn,
} from './receivable-confirmation.js';

// The 2025 National Day arrangement: 10-01..10-08 off, Sunday 09-28 and Saturday 10-11 worked.
const overrides = new Map<string, 'HOLIDAY' | 'WORKDAY'>([
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map(
    (d) => [`2025-10-${d}`, 'HOLIDAY'] as [string, 'HOLIDAY'],
  ),
  ['2025-09-28', 'WORKDAY'],
  ['2025-10-11', 'WORKDAY'],
]);
const calendar = { overrides, years: new Set([2025]) };

describe('账款确权 (2025 art. 16)', () => {
  it('30 days from the request; a last day on a holiday moves to the next working day', () => {
    // 2025-08-01 + 30 = 2025-08-31 (Sunday) → Monday 2025-09-01.
    expect(confirmationDueOn('2025-08-01', calendar)).toEqual({ ok: true, day: '2025-09-01' });
    // 2025-09-03 + 30 = 2025-10-03 (National Day) → 2025-10-09 (Thursday, first working day).
    expect(confirmationDueOn('2025-09-03', calendar)).toEqual({ ok: true, day: '2025-10-09' });
    // 2025-09-11 + 30 = 2025-10-11: a make-up Saturday is a working day, it stays.
    expect(confirmationDueOn('2025-09-11', calendar)).toEqual({ ok: true, day: '2025-10-11' });
  });

  it('names the year the calendar lacks', () => {
    expect(confirmationDueOn('2025-12-15', calendar)).toEqual({ ok: false, missingYear: 2026 });
  });

  it('reminds 3 working days before the last day and flags silence after it', () => {
    // 2025-10-09 due: on 2025-09-30 the working days left are 10-09 only (10-01..08 off) → 1.
    expect(confirmationAlert('2025-10-09', '2025-09-30', overrides)).toEqual({
      type: 'DUE_SOON',
      workingDaysLeft: 1,
    });
    expect(confirmationAlert('2025-10-09', '2025-09-20', overrides)).toBeNull();
    expect(confirmationAlert('2025-10-09', '2025-10-12', overrides)).toEqual({
      type: 'SILENT',
      daysLate: 3,
    });
  });

  it('checks an answer', () => {
    const ask = { asked: '1000.00', reason: null };
    expect(
      confirmationAnswerProblems({ ...ask, confirmedAmount: '1000.00', disputed: false }),
    ).toEqual([]);
    expect(
      confirmationAnswerProblems({ ...ask, confirmedAmount: '1000.01', disputed: false })[0]!.field,
    ).toBe('confirmedAmount');
    expect(
      confirmationAnswerProblems({ ...ask, confirmedAmount: '600.00', disputed: false })[0]!.field,
    ).toBe('reason');
    expect(
      confirmationAnswerProblems({ ...ask, confirmedAmount: null, disputed: true })[0]!.field,
    ).toBe('reason');
    expect(
      confirmationAnswerProblems({
        asked: '1000.00',
        confirmedAmount: null,
        disputed: true,
        reason: '未验收',
      }),
    ).toEqual([]);
  });
});
