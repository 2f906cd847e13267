import { describe, expect, it } from 'vitest';
import { milestoneOrderProblems } from './project-milestones.js';

describe('milestone order (开工 → 竣工 → 竣工验收 → 竣工财务决算)', () => {
  it('accepts milestones in order, and gaps', () => {
    expect(
      milestoneOrderProblems(
        { startedOn: '2024-01-01', completedOn: '2024-06-01', finalAccountOn: '2024-09-01' },
        'on',
      ),
    ).toEqual([]);
    expect(milestoneOrderProblems({}, 'on')).toEqual([]);
  });

  it('refuses a milestone before the one recorded ahead of it, on the given field', () => {
    const problems = milestoneOrderProblems(
      { startedOn: '2024-06-01', completedOn: '2024-01-01' },
      'on',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'on' });
    expect(problems[0]!.message).toMatch(/竣工日期.*不能早于开工日期/);
  });

  it('compares across a milestone not recorded yet', () => {
    expect(
      milestoneOrderProblems({ startedOn: '2024-06-01', acceptedOn: '2024-05-01' }, 'on'),
    ).toHaveLength(1);
  });
});
