import { describe, expect, it } from 'vitest';
import { InspectionItem } from './inspection.enums.js';
import { checkFollowUpCall, checkInspection } from './inspection.validation.js';

const TODAY = '2026-06-15';
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('inspections', () => {
  it('reports a future day and no items together', () => {
    const { problems } = checkInspection({ inspectedOn: '2026-06-16', items: [] }, TODAY);
    expect(fields(problems)).toEqual(['inspectedOn', 'items']);
  });

  it('keeps each item once and a blank finding as none', () => {
    const { problems, value } = checkInspection(
      {
        inspectedOn: TODAY,
        items: [InspectionItem.LEDGER_ACCURACY, InspectionItem.LEDGER_ACCURACY],
        issuesFound: '  ',
      },
      TODAY,
    );
    expect(problems).toEqual([]);
    expect(value).toEqual({
      inspectedOn: TODAY,
      items: [InspectionItem.LEDGER_ACCURACY],
      issuesFound: null,
    });
  });
});

describe('follow-up calls', () => {
  it('reports the day, the satisfaction and the enterprise id at once', () => {
    const { problems } = checkFollowUpCall(
      { calledOn: '2026-07-01', satisfaction: 6, enterpriseId: 'hengtai' },
      TODAY,
    );
    expect(fields(problems)).toEqual(['calledOn', 'satisfaction', 'enterpriseId']);
    expect(problems[1]!.message).toMatch(/1 到 5 的整数/);
  });

  it('takes whole scores from 1 to 5 only', () => {
    const enterpriseId = '00000000-0000-4000-8000-000000000001';
    for (const satisfaction of [0, 2.5, 6])
      expect(
        fields(checkFollowUpCall({ calledOn: TODAY, satisfaction, enterpriseId }, TODAY).problems),
      ).toEqual(['satisfaction']);
    expect(
      checkFollowUpCall({ calledOn: TODAY, satisfaction: 5, enterpriseId }, TODAY).problems,
    ).toEqual([]);
  });

  it('names the enterprise reached: a call without one would not count', () => {
    expect(fields(checkFollowUpCall({ calledOn: TODAY, satisfaction: 5 }, TODAY).problems)).toEqual(
      ['enterpriseId'],
    );
  });
});
