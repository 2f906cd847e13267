import { describe, expect, it } from 'vitest';
import { CaseStatus } from './case.enums.js';
import { checkAccountability, checkCaseMove, checkCaseOpening } from './case.validation.js';

const TODAY = '2026-06-15';
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('opening a case', () => {
  it('reports the description, the deadline and the debts at once', () => {
    const { problems } = checkCaseOpening(
      { description: '', deadline: '2026-06-01', arrearIds: ['x'] },
      TODAY,
    );
    expect(fields(problems)).toEqual(['description', 'deadline', 'arrearIds']);
  });

  it('accepts a deadline of today', () => {
    const { problems, value } = checkCaseOpening(
      { description: ' 线索超期未办结 ', deadline: TODAY },
      TODAY,
    );
    expect(problems).toEqual([]);
    expect(value).toEqual({ description: '线索超期未办结', deadline: TODAY, arrearIds: [] });
  });
});

describe('moving a case', () => {
  it('never to ESCALATED by hand, and resolving needs an outcome', () => {
    expect(fields(checkCaseMove({ status: CaseStatus.ESCALATED }).problems)).toEqual(['status']);
    expect(fields(checkCaseMove({ status: CaseStatus.RESOLVED, outcome: ' ' }).problems)).toEqual([
      'outcome',
    ]);
    expect(checkCaseMove({ status: CaseStatus.CLOSED }).problems).toEqual([]);
    expect(checkCaseMove({ status: CaseStatus.RESOLVED, outcome: '已支付' }).value).toEqual({
      outcome: '已支付',
    });
  });
});

describe('accountability', () => {
  it('needs a name, a post and a decision day that has come', () => {
    const { problems } = checkAccountability(
      { personName: 'x', postTitle: '', decidedOn: '2026-07-01' },
      TODAY,
    );
    expect(fields(problems)).toEqual(['personName', 'postTitle', 'decidedOn']);
  });
});
