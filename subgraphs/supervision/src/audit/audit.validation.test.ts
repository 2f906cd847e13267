import { describe, expect, it } from 'vitest';
import {
  checkAuditPlan,
  checkFinding,
  checkRectificationReport,
  rectificationOrderProblems,
} from './audit.validation.js';

const TODAY = '2026-06-15';
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('audit plans', () => {
  it('normalises the texts of a good plan', () => {
    const { problems, value } = checkAuditPlan({
      title: '  清欠专项审计\u200B ',
      regionCode: '150621',
      focus: '  ',
    });
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ title: '清欠专项审计', regionCode: '150621', focus: null });
  });

  it('reports every problem at once, in Chinese', () => {
    const { problems } = checkAuditPlan({ title: 'x', regionCode: '15062', focus: 'a\u0000b' });
    expect(fields(problems)).toEqual(['title', 'regionCode', 'focus']);
    expect(problems[1]!.message).toMatch(/地区代码应为 6 位或 9 位数字/);
  });

  it('takes 9-digit township codes', () => {
    expect(checkAuditPlan({ title: '乡镇审计', regionCode: '150621101' }).problems).toEqual([]);
  });
});

describe('findings', () => {
  it('refuses an empty description and ids that are not ids, together', () => {
    const { problems } = checkFinding({
      description: ' ',
      arrearIds: ['not-an-id'],
      projectIds: ['also-not', 'nope'],
    });
    expect(fields(problems)).toEqual(['description', 'arrearIds', 'projectIds', 'projectIds']);
  });

  it('keeps each named debt once', () => {
    const id = '6d1c1e52-3c8e-4d0b-9a51-0b0d7f3f6a10';
    const { problems, value } = checkFinding({ description: '预算安排不足', arrearIds: [id, id] });
    expect(problems).toEqual([]);
    expect(value).toEqual({
      description: '预算安排不足',
      arrearIds: [id],
      projectIds: [],
      recommendation: null,
    });
  });
});

describe('rectifications', () => {
  it('orders for today or later', () => {
    expect(rectificationOrderProblems({ deadline: TODAY }, TODAY)).toEqual([]);
    expect(fields(rectificationOrderProblems({ deadline: '2026-06-14' }, TODAY))).toEqual([
      'deadline',
    ]);
  });

  it('a report needs evidence and a day that is not in the future', () => {
    const { problems } = checkRectificationReport(
      { completedOn: '2026-06-16', evidence: '' },
      TODAY,
    );
    expect(fields(problems)).toEqual(['evidence', 'completedOn']);
  });
});
