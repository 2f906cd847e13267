import { describe, expect, it } from 'vitest';
import {
  reportingState,
  timeliness,
  whoHasNotSubmitted,
  type UnitSubmission,
} from './reporting-status.js';

const at = (s: string) => new Date(s);
const due = at('2026-11-20T04:00:00Z');
const sub = (
  period: string,
  submittedAt: string,
  more: Partial<UnitSubmission> = {},
): UnitSubmission => ({
  period,
  kind: 'REGULAR',
  revision: 1,
  submittedAt: at(submittedAt),
  status: 'SUBMITTED',
  ...more,
});

describe('a unit’s monthly reporting state', () => {
  const now = at('2026-11-25T00:00:00Z');

  it('on time, late, missing, pending', () => {
    expect(
      reportingState('2026-11', due, now, [sub('2026-11', '2026-11-18T02:00:00Z')], []).state,
    ).toBe('ON_TIME');
    expect(
      reportingState('2026-11', due, now, [sub('2026-11', '2026-11-21T02:00:00Z')], []).state,
    ).toBe('LATE');
    expect(reportingState('2026-11', due, now, [], []).state).toBe('MISSING');
    expect(reportingState('2026-11', due, at('2026-11-10T00:00:00Z'), [], []).state).toBe(
      'PENDING',
    );
  });

  it('a returned report does not count; its resubmission after the deadline is late', () => {
    const returned = sub('2026-11', '2026-11-18T02:00:00Z', {
      status: 'RETURNED',
      returnedAt: at('2026-11-19T02:00:00Z'),
    });
    expect(reportingState('2026-11', due, now, [returned], []).state).toBe('RETURNED');
    const again = sub('2026-11', '2026-11-22T02:00:00Z', { revision: 2 });
    const state = reportingState('2026-11', due, now, [returned, again], []);
    expect(state.state).toBe('LATE');
    expect(state.current?.revision).toBe(2);
    // As of before the return, the first one still counted (and was on time).
    expect(reportingState('2026-11', due, at('2026-11-18T12:00:00Z'), [returned], []).state).toBe(
      'ON_TIME',
    );
  });

  it('a correction after an accepted on-time report keeps it on time', () => {
    const first = sub('2026-11', '2026-11-18T02:00:00Z', { status: 'RECEIVED' });
    const correction = sub('2026-11', '2026-11-23T02:00:00Z', { revision: 2 });
    expect(reportingState('2026-11', due, now, [first, correction], []).state).toBe('ON_TIME');
  });

  it('paused after a zeroing notice until a new debt is registered', () => {
    const zeroing = sub('2026-09', '2026-09-15T02:00:00Z', { kind: 'ZEROING' });
    expect(reportingState('2026-11', due, now, [zeroing], []).state).toBe('PAUSED');
    // A debt registered before the November deadline: it must report again.
    expect(reportingState('2026-11', due, now, [zeroing], [at('2026-11-02T00:00:00Z')]).state).toBe(
      'MISSING',
    );
    // One registered after the deadline does not undo November's pause.
    expect(reportingState('2026-11', due, now, [zeroing], [at('2026-11-22T00:00:00Z')]).state).toBe(
      'PAUSED',
    );
    // A zeroing notice that was returned does not pause anything.
    const returned = {
      ...zeroing,
      status: 'RETURNED' as const,
      returnedAt: at('2026-09-16T00:00:00Z'),
    };
    expect(reportingState('2026-11', due, now, [returned], []).state).toBe('MISSING');
    // A regular report after the notice ends the pause.
    expect(
      reportingState('2026-11', due, now, [zeroing, sub('2026-10', '2026-10-19T00:00:00Z')], [])
        .state,
    ).toBe('MISSING');
  });

  it('names who still owes a submission (missing, pending or returned)', () => {
    const units = [{ unitId: 'a' }, { unitId: 'b' }, { unitId: 'c' }, { unitId: 'd' }];
    const byUnit: Record<string, UnitSubmission[]> = {
      a: [sub('2026-11', '2026-11-18T02:00:00Z')],
      b: [],
      c: [sub('2026-11', '2026-11-18T02:00:00Z', { status: 'RETURNED' })],
      d: [sub('2026-10', '2026-10-10T00:00:00Z', { kind: 'ZEROING' })],
    };
    expect(
      whoHasNotSubmitted(
        units,
        '2026-11',
        due,
        now,
        (u) => byUnit[u]!,
        () => [],
      ).map((u) => u.unitId),
    ).toEqual(['b', 'c']);
  });
});

describe('ledger timeliness over a year', () => {
  const months = ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12'].map((period) => ({
    period,
    dueAt: at(`${period}-20T04:00:00Z`),
  }));
  const now = at('2026-12-01T00:00:00Z');

  it('counts months paused after zeroing as on time', () => {
    // August on time, September a zeroing notice on time, October and November paused; December
    // not yet due: 4 of 4.
    const subs = [
      sub('2026-08', '2026-08-19T00:00:00Z'),
      sub('2026-09', '2026-09-18T00:00:00Z', { kind: 'ZEROING' }),
    ];
    expect(timeliness(months, now, subs, [])).toEqual({ due: 4, onTime: 2, paused: 2, rate: 1 });
  });

  it('a unit that zeroed and then registered a debt again must report again: 3 of 4', () => {
    const subs = [
      sub('2026-08', '2026-08-19T00:00:00Z'),
      sub('2026-09', '2026-09-18T00:00:00Z', { kind: 'ZEROING' }),
    ];
    // October paused (debt registered on 10-25, after October's deadline); November missing.
    expect(timeliness(months, now, subs, [at('2026-10-25T00:00:00Z')])).toEqual({
      due: 4,
      onTime: 2,
      paused: 1,
      rate: 0.75,
    });
  });

  it('late and missing months are not on time; none due is null', () => {
    const subs = [sub('2026-08', '2026-08-21T00:00:00Z'), sub('2026-10', '2026-10-19T00:00:00Z')];
    expect(timeliness(months, now, subs, [])).toEqual({ due: 4, onTime: 1, paused: 0, rate: 0.25 });
    expect(timeliness(months, at('2026-08-01T00:00:00Z'), [], []).rate).toBeNull();
  });
});
