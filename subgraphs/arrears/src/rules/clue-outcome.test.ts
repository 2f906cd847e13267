import { describe, expect, it } from 'vitest';
import { outcomeProblem } from './clue-outcome.js';

const line = (outstanding: string, status = 'VERIFIED', activePlan = false) => ({
  outstanding,
  status,
  activePlan,
});

describe('办结 vs 化解', () => {
  it('any verified clue may be closed as answered (办结)', () => {
    expect(
      outcomeProblem('ANSWERED', { confirmedAmount: '5000.00', arrear: line('5000.00') }),
    ).toBeNull();
  });

  it('resolved (化解) only when the confirmed debt is paid or a repayment plan is agreed', () => {
    expect(
      outcomeProblem('RESOLVED', { confirmedAmount: '5000.00', arrear: line('0.00') }),
    ).toBeNull();
    expect(
      outcomeProblem('RESOLVED', {
        confirmedAmount: '5000.00',
        arrear: line('5000.00', 'VERIFIED', true),
      }),
    ).toBeNull();
    expect(
      outcomeProblem('RESOLVED', { confirmedAmount: '5000.00', arrear: line('1.00', 'CLEARED') }),
    ).toBeNull();
    expect(
      outcomeProblem('RESOLVED', { confirmedAmount: '5000.00', arrear: line('5000.00') })?.zh,
    ).toMatch(/5000\.00 元未付/);
    expect(outcomeProblem('RESOLVED', { confirmedAmount: '5000.00', arrear: null })?.zh).toMatch(
      /尚未纳入台账/,
    );
  });

  it('nothing confirmed owed is answered, not resolved', () => {
    expect(outcomeProblem('RESOLVED', { confirmedAmount: '0.00', arrear: null })?.zh).toMatch(
      /办结/,
    );
    expect(outcomeProblem('RESOLVED', { confirmedAmount: null, arrear: null })?.zh).toMatch(/办结/);
  });
});
