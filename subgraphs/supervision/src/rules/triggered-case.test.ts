import { describe, expect, it } from 'vitest';
import { openingMeasure, triggeredDeadline } from './triggered-case.js';

describe('cases other subgraphs ask for', () => {
  it('open with a 督办书 and the days asked for, within 1–365', () => {
    expect(openingMeasure('PLAN_DEFAULT')).toBe('SUPERVISION_NOTICE');
    expect(openingMeasure('OVERDUE_CLUE')).toBe('SUPERVISION_NOTICE');
    expect(triggeredDeadline('2026-12-18', 15)).toBe('2027-01-02');
    expect(triggeredDeadline('2026-12-18', 0)).toBe('2026-12-19');
    expect(triggeredDeadline('2026-02-27', 400)).toBe('2027-02-27');
  });
});
