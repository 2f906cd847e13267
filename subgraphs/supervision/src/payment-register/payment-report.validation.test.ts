import { describe, expect, it } from 'vitest';
import { paymentReportRequestProblems } from './payment-report.validation.js';

describe('drafting payment reports', () => {
  it('wants a finished half of a known region, and says every problem at once', () => {
    const problems = paymentReportRequestProblems(
      { half: '2026-H2', regionCode: '999999', regionKnown: false },
      '2026-12-01',
    );
    expect(problems.map((p) => p.field)).toEqual(['half', 'regionCode']);
    expect(problems[0]!.message).toMatch(/尚未结束/);
    expect(
      paymentReportRequestProblems(
        { half: '2026-H1', regionCode: '150621', regionKnown: true },
        '2026-12-01',
      ),
    ).toEqual([]);
    expect(
      paymentReportRequestProblems(
        { half: '2026-1', regionCode: '150621', regionKnown: true },
        '2026-12-01',
      )[0]!.message,
    ).toMatch(/2026-H1/);
  });
});
