import { describe, expect, it } from 'vitest';
import { clueClockAlert, instalmentAlerts, ledgerReportStep } from './scheduled-alerts.js';
import { workingDaysBetween } from './working-days.js';

const plan = [
  { seq: 1, dueOn: '2026-11-30', amount: '1000.00' },
  { seq: 2, dueOn: '2026-12-20', amount: '1000.00' },
  { seq: 3, dueOn: '2027-01-20', amount: '500.50' },
];
const options = { dueSoonDays: 7, graceDays: 15 };

describe('repayment plans', () => {
  it('nothing while payments cover what is due and nothing is near', () => {
    expect(instalmentAlerts(plan, '1000.00', '2026-12-01', options)).toEqual([]);
  });

  it('an instalment due within 7 days (today counted), not yet covered', () => {
    expect(instalmentAlerts(plan, '1000.00', '2026-12-13', options)).toEqual([
      { type: 'DUE_SOON', seq: 2, dueOn: '2026-12-20', amount: '1000.00', daysLeft: 7 },
    ]);
    expect(instalmentAlerts(plan, '1000.00', '2026-12-12', options)).toEqual([]);
    expect(instalmentAlerts(plan, '1000.00', '2026-12-20', options)[0]).toMatchObject({
      type: 'DUE_SOON',
      daysLeft: 0,
    });
  });

  it('missed the day after, with the shortfall; a part payment shrinks it', () => {
    expect(instalmentAlerts(plan, '400.00', '2026-12-01', options)).toEqual([
      { type: 'MISSED', seq: 1, dueOn: '2026-11-30', shortfall: '600.00' },
    ]);
  });

  it('in default once the earliest missed instalment is more than 15 days late, reported once', () => {
    // 2026-11-30 + 15 = 2026-12-15: on the 15th not yet, on the 16th in default.
    expect(instalmentAlerts(plan, '0.00', '2026-12-15', options).map((a) => a.type)).toEqual([
      'MISSED',
      'DUE_SOON',
    ]);
    expect(instalmentAlerts(plan, '0.00', '2026-12-16', options)).toEqual([
      { type: 'MISSED', seq: 1, dueOn: '2026-11-30', shortfall: '1000.00' },
      { type: 'DEFAULT', seq: 1, dueOn: '2026-11-30', daysLate: 16 },
      { type: 'DUE_SOON', seq: 2, dueOn: '2026-12-20', amount: '1000.00', daysLeft: 4 },
    ]);
    const later = instalmentAlerts(plan, '0.00', '2027-01-05', options);
    expect(later.filter((a) => a.type === 'DEFAULT')).toHaveLength(1);
    expect(later.filter((a) => a.type === 'MISSED').map((a) => a.seq)).toEqual([1, 2]);
  });
});

describe('monthly ledger reports', () => {
  // December 2026: the 20th is a Sunday; the report is due at noon China time (04:00 UTC).
  const dueAt = new Date('2026-12-20T04:00:00Z');
  const none = new Map<string, 'HOLIDAY' | 'WORKDAY'>();
  it('reminds from 3 working days before the report day', () => {
    // Working days after Tue 15th up to Sun 20th: 16, 17, 18 = 3.
    expect(workingDaysBetween('2026-12-15', '2026-12-20', none)).toBe(3);
    expect(
      ledgerReportStep(
        new Date('2026-12-15T01:00:00Z'),
        '2026-12-15',
        dueAt,
        '2026-12-20',
        3,
        none,
      ),
    ).toEqual({ step: 'REMIND', workingDaysLeft: 3 });
    expect(
      ledgerReportStep(
        new Date('2026-12-14T01:00:00Z'),
        '2026-12-14',
        dueAt,
        '2026-12-20',
        3,
        none,
      ),
    ).toBeNull();
  });

  it('a holiday in between moves the first reminder earlier', () => {
    const holiday = new Map<string, 'HOLIDAY' | 'WORKDAY'>([['2026-12-17', 'HOLIDAY']]);
    expect(
      ledgerReportStep(
        new Date('2026-12-14T01:00:00Z'),
        '2026-12-14',
        dueAt,
        '2026-12-20',
        3,
        holiday,
      ),
    ).toEqual({ step: 'REMIND', workingDaysLeft: 3 });
  });

  it('lists the missing once the deadline has passed', () => {
    expect(
      ledgerReportStep(
        new Date('2026-12-20T04:00:00Z'),
        '2026-12-20',
        dueAt,
        '2026-12-20',
        3,
        none,
      ),
    ).toEqual({ step: 'MISSING' });
    expect(
      ledgerReportStep(
        new Date('2026-12-20T03:59:00Z'),
        '2026-12-20',
        dueAt,
        '2026-12-20',
        3,
        none,
      ),
    ).toEqual({ step: 'REMIND', workingDaysLeft: 0 });
  });
});

describe('clue clocks', () => {
  const none = new Map<string, 'HOLIDAY' | 'WORKDAY'>();
  it('warns at 3 working days before the end, breaches the day after', () => {
    // Due Friday 2026-12-18: Tue 15th has 16, 17, 18 left.
    expect(clueClockAlert('2026-12-18', '2026-12-14', none)).toBeNull();
    expect(clueClockAlert('2026-12-18', '2026-12-15', none)).toEqual({
      type: 'WARNING',
      workingDaysLeft: 3,
    });
    expect(clueClockAlert('2026-12-18', '2026-12-18', none)).toEqual({
      type: 'WARNING',
      workingDaysLeft: 0,
    });
    expect(clueClockAlert('2026-12-18', '2026-12-19', none)).toEqual({
      type: 'BREACHED',
      daysLate: 1,
    });
  });
});
