import { describe, expect, it } from 'vitest';
import { runInLocale } from '@arrears-hub/protocol';
import { AdjustmentKind } from './budget.enums.js';
import {
  adjustmentFitsProblems,
  adjustmentProblems,
  appropriationProblems,
  disbursementProblems,
  withinAvailableProblems,
} from './budget.validation.js';

const TODAY = '2026-06-15';
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe('appropriationProblems', () => {
  it('accepts a positive amount for a four-digit year', () => {
    expect(
      appropriationProblems({ fiscalYear: 2026, amount: '1000.00', note: '清欠专项' }),
    ).toEqual([]);
  });

  it('reports every problem at once, by domain field', () => {
    const problems = appropriationProblems({ fiscalYear: 26, amount: '0.00', note: 'a\u0000b' });
    expect(fields(problems)).toEqual(['fiscalYear', 'amount', 'note']);
    for (const p of problems) expect(p.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('adjustmentProblems', () => {
  const base = {
    kind: AdjustmentKind.INCREASE,
    amount: '100.00',
    reason: '追加清欠资金',
    adjustedOn: TODAY,
  };

  it('accepts an increase, a decrease and a deduction moved here', () => {
    expect(adjustmentProblems(base, TODAY)).toEqual([]);
    expect(
      adjustmentProblems({ ...base, kind: AdjustmentKind.DECREASE, amount: '-5.00' }, TODAY),
    ).toEqual([]);
    expect(
      adjustmentProblems({ ...base, kind: AdjustmentKind.DEPARTMENT_BUDGET_DEDUCTION }, TODAY),
    ).toEqual([]);
  });

  it('the sign follows the kind', () => {
    expect(
      fields(adjustmentProblems({ ...base, kind: AdjustmentKind.DECREASE, amount: '5.00' }, TODAY)),
    ).toEqual(['amount']);
    expect(fields(adjustmentProblems({ ...base, amount: '-5.00' }, TODAY))).toEqual(['amount']);
    expect(fields(adjustmentProblems({ ...base, amount: '0.00' }, TODAY))).toEqual(['amount']);
  });

  it('reports a missing reason, a wrong sign and a future date together', () => {
    expect(
      fields(
        adjustmentProblems(
          {
            kind: AdjustmentKind.DECREASE,
            amount: '5.00',
            reason: ' \u200b ',
            adjustedOn: '2026-06-16',
          },
          TODAY,
        ),
      ),
    ).toEqual(['reason', 'amount', 'adjustedOn']);
  });

  it('a line must still cover what was disbursed', () => {
    const line = { appropriated: '1000.00', adjustments: '0.00', disbursed: '800.00' };
    expect(adjustmentFitsProblems(line, '-200.00')).toEqual([]);
    const [problem] = adjustmentFitsProblems(line, '-200.01');
    expect(problem).toMatchObject({ field: 'amount' });
    expect(problem!.message).toMatch(/799\.99.*800\.00/);
  });
});

describe('disbursementProblems', () => {
  const debt = { payable: '500.00' };

  it('accepts up to what the debt has payable (its undisputed outstanding), today or earlier', () => {
    expect(
      disbursementProblems(
        { amount: '500.00', paidOn: TODAY, voucherNo: '达财〔2026〕1号' },
        debt,
        TODAY,
      ),
    ).toEqual([]);
  });

  it('reports more than is owed, a future day and a bad voucher number together', () => {
    const problems = disbursementProblems(
      { amount: '500.01', paidOn: '2026-06-16', voucherNo: 'x'.repeat(101) },
      debt,
      TODAY,
    );
    expect(fields(problems)).toEqual(['amount', 'paidOn', 'voucherNo']);
    expect(problems[0]!.message).toMatch(/500\.00/);
  });

  it('a zero amount is refused before comparing it with the debt', () => {
    expect(disbursementProblems({ amount: '0.00', paidOn: TODAY }, debt, TODAY)).toHaveLength(1);
  });

  it('without the ledger’s answer the amount is left for the ledger to judge', () => {
    expect(disbursementProblems({ amount: '9999.00', paidOn: TODAY }, null, TODAY)).toEqual([]);
  });

  it('never more than the line has available', () => {
    const line = { appropriated: '1000.00', adjustments: '0.00', disbursed: '0.00' };
    expect(withinAvailableProblems(line, '1000.00')).toEqual([]);
    const [problem] = withinAvailableProblems(line, '1000.01');
    expect(problem!.message).toMatch(/可用 1000\.00 元/);
    expect(problem!.messageId).toBe('finance.disbursementOverAvailable');
    const english = runInLocale('en', () => withinAvailableProblems(line, '1000.01'));
    expect(english[0]!.message).toMatch(/1000\.00 yuan available/);
  });
});
