import { describe, expect, it } from 'vitest';
import { reportingDeadline } from './reporting-period.js';

const calendar = (years: number[], overrides: [string, 'HOLIDAY' | 'WORKDAY'][] = []) => ({
  overrides: new Map(overrides),
  years: new Set(years),
});

describe('the monthly reporting deadline (the Dalad programme: by the morning of the 20th)', () => {
  it('is noon China time on the 20th of a working day', () => {
    // 2026-11-20 is a Friday.
    expect(
      reportingDeadline({
        period: '2026-11',
        reportDay: 20,
        reportTime: '12:00',
        calendar: calendar([2026]),
      }),
    ).toMatchObject({ ok: true, dueAt: new Date('2026-11-20T04:00:00Z'), moved: false });
  });

  it('moves from Sunday 2026-12-20 to Monday 12-21', () => {
    const deadline = reportingDeadline({
      period: '2026-12',
      reportDay: 20,
      reportTime: '12:00',
      calendar: calendar([2026]),
    });
    expect(deadline).toMatchObject({
      ok: true,
      dueAt: new Date('2026-12-21T04:00:00Z'),
      dueOn: '2026-12-21',
      moved: true,
    });
  });

  it('follows a holiday and the region’s own day and hour', () => {
    // 2026-10-01 … 10-07 are holidays (10-03, 10-04 a weekend); the 5th at 17:30 moves to the 8th.
    const golden = calendar(
      [2026],
      [
        ['2026-10-01', 'HOLIDAY'],
        ['2026-10-02', 'HOLIDAY'],
        ['2026-10-05', 'HOLIDAY'],
        ['2026-10-06', 'HOLIDAY'],
        ['2026-10-07', 'HOLIDAY'],
      ],
    );
    expect(
      reportingDeadline({ period: '2026-10', reportDay: 5, reportTime: '17:30', calendar: golden }),
    ).toMatchObject({ ok: true, dueAt: new Date('2026-10-08T09:30:00Z'), moved: true });
  });

  it('takes a deadline the leading group set for the period as it is', () => {
    const override = new Date('2026-12-18T09:00:00Z');
    expect(
      reportingDeadline({
        period: '2026-12',
        reportDay: 20,
        reportTime: '12:00',
        override,
        calendar: calendar([]),
      }),
    ).toMatchObject({ ok: true, dueAt: override, moved: false });
  });

  it('names the calendar year it needs when that year is not on record', () => {
    expect(
      reportingDeadline({
        period: '2027-01',
        reportDay: 20,
        reportTime: '12:00',
        calendar: calendar([2025, 2026]),
      }),
    ).toEqual({ ok: false, missingYear: 2027 });
  });
});
