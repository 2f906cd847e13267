import { describe, expect, it } from 'vitest';
import { isOverdue, strongerMeasure } from './case-escalation.js';

const LADDER = ['NOTICE', 'DEADLINE', 'LISTED', 'TALK', 'CIRCULAR', 'REFERRAL'] as const;

describe('case escalation', () => {
  it('moves one measure up the ladder and keeps the strongest', () => {
    expect(strongerMeasure(LADDER, 'NOTICE')).toBe('DEADLINE');
    expect(strongerMeasure(LADDER, 'LISTED')).toBe('TALK');
    expect(strongerMeasure(LADDER, 'REFERRAL')).toBe('REFERRAL');
  });

  it('refuses a measure that is not on the ladder', () => {
    expect(() => strongerMeasure<string>(LADDER, 'FINE')).toThrow(/not on the ladder/);
  });

  it('escalates open cases whose deadline has passed, not on the deadline itself', () => {
    expect(isOverdue('OPEN', '2026-10-31', '2026-11-01')).toBe(true);
    expect(isOverdue('OPEN', '2026-10-31', '2026-10-31')).toBe(false);
    expect(isOverdue('RESOLVED', '2026-10-31', '2026-12-01')).toBe(false);
  });
});
