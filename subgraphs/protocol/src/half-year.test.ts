import { describe, expect, it } from 'vitest';
import { halfOf, lastFinishedHalf, parseHalf } from './half-year.js';

describe('half-years', () => {
  it('cover January–June and July–December', () => {
    expect(parseHalf('2026-H1')).toEqual({ half: '2026-H1', from: '2026-01-01', to: '2026-06-30' });
    expect(parseHalf('2025-H2')).toEqual({ half: '2025-H2', from: '2025-07-01', to: '2025-12-31' });
    expect(parseHalf('2026-H3')).toBeNull();
    expect(parseHalf('26-H1')).toBeNull();
  });

  it('a day’s half, and the last finished one', () => {
    expect(halfOf('2026-06-30')).toBe('2026-H1');
    expect(halfOf('2026-07-01')).toBe('2026-H2');
    expect(lastFinishedHalf('2026-12-01')).toBe('2026-H1');
    expect(lastFinishedHalf('2026-03-01')).toBe('2025-H2');
  });
});
