import { describe, expect, it } from 'vitest';
import { milestoneOrderViolations } from './project-milestones.js';

describe('milestone order (开工 → 竣工 → 竣工验收 → 竣工财务决算)', () => {
  it('accepts milestones in order, and gaps', () => {
    expect(
      milestoneOrderViolations({
        startedOn: '2024-01-01',
        completedOn: '2024-06-01',
        finalAccountOn: '2024-09-01',
      }),
    ).toEqual([]);
    expect(milestoneOrderViolations({})).toEqual([]);
  });

  it('finds a milestone before the one recorded ahead of it', () => {
    expect(
      milestoneOrderViolations({ startedOn: '2024-06-01', completedOn: '2024-01-01' }),
    ).toEqual([
      { milestone: 'completedOn', on: '2024-01-01', previous: 'startedOn', before: '2024-06-01' },
    ]);
  });

  it('compares across a milestone not recorded yet', () => {
    expect(
      milestoneOrderViolations({ startedOn: '2024-06-01', acceptedOn: '2024-05-01' }),
    ).toHaveLength(1);
  });
});
