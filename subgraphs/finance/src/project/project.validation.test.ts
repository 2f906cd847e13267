import { describe, expect, it } from 'vitest';
import { ProjectFlag, ProjectMilestone } from './project.enums.js';
import { depositProblems, milestoneProblems, registrationProblems } from './project.validation.js';

const TODAY = '2026-06-15';
const THRESHOLD = '4000000.00';
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('registrationProblems', () => {
  const base = {
    name: '城区供热管网改造工程',
    approvedAmount: '8000000.00',
    approvedOn: '2025-03-01',
    fundsSecuredOn: '2025-03-20',
    startedOn: '2025-04-01',
  };

  it('accepts a compliant project', () => {
    expect(registrationProblems(base, THRESHOLD, TODAY)).toEqual([]);
  });

  it('refuses 未批先建 unless acknowledged', () => {
    const early = { ...base, startedOn: '2025-02-01', fundsSecuredOn: '2025-01-01' };
    const [problem] = registrationProblems(early, THRESHOLD, TODAY);
    expect(problem).toMatchObject({ field: 'startedOn' });
    expect(problem!.message).toMatch(/未批先建/);
    expect(
      registrationProblems(
        { ...early, acknowledgedFlags: [ProjectFlag.STARTED_BEFORE_APPROVAL] },
        THRESHOLD,
        TODAY,
      ),
    ).toEqual([]);
  });

  it('reports every problem at once', () => {
    const problems = registrationProblems(
      {
        name: ' ',
        projectCode: 'x'.repeat(51),
        approvedAmount: '0.00',
        approvedOn: '2026-06-16',
        startedOn: '2025-01-01',
      },
      THRESHOLD,
      TODAY,
    );
    expect(fields(problems)).toEqual([
      'name',
      'projectCode',
      'approvedAmount',
      'approvedOn',
      'startedOn',
    ]);
    expect(problems.at(-1)!.message).toMatch(/未批先建、无来源开工/);
  });
});

describe('milestoneProblems', () => {
  it('funds are secured with a proof, and no milestone is in the future', () => {
    expect(
      milestoneProblems(
        { milestone: ProjectMilestone.FUNDS_SECURED, on: TODAY, proof: '资金落实证明' },
        TODAY,
      ),
    ).toEqual([]);
    expect(
      fields(
        milestoneProblems({ milestone: ProjectMilestone.FUNDS_SECURED, on: '2026-06-16' }, TODAY),
      ),
    ).toEqual(['on', 'proof']);
    expect(milestoneProblems({ milestone: ProjectMilestone.COMPLETED, on: TODAY }, TODAY)).toEqual(
      [],
    );
  });
});

describe('depositProblems', () => {
  it('reports a zero amount and a contractor that is not an id together', () => {
    expect(fields(depositProblems({ amount: '0.00', contractorId: 'hengtai' }))).toEqual([
      'amount',
      'contractorId',
    ]);
    expect(depositProblems({ amount: '1.00' })).toEqual([]);
  });
});
