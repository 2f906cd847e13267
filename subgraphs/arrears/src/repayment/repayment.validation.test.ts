import { describe, expect, it } from 'vitest';
import { ArrearStatus } from '../ledger/arrear.enums.js';
import { paymentProblems } from './payment.validation.js';
import { agreementAgainstDebt, agreementProblems } from './repayment-plan.validation.js';

describe('agreementProblems', () => {
  it('reports every broken instalment at once, by its index', () => {
    const problems = agreementProblems({
      signedOn: '2025-03-01',
      instalments: [
        { dueOn: '2025-02-01', amount: '0.00' },
        { dueOn: '2025-12-31', amount: '100.00' },
        { dueOn: '2025-06-30', amount: '100.00' },
      ],
    });
    expect(problems.map((p) => p.field)).toEqual([
      'instalments.0.amount',
      'instalments.0.dueOn',
      'instalments.2.dueOn',
    ]);
  });

  it('against the debt: verified first, signed after the contract, adding up to what is payable', () => {
    const a = { signedOn: '2023-01-01', instalments: [{ dueOn: '2025-12-31', amount: '800.00' }] };
    const { problems, total } = agreementAgainstDebt(
      a,
      { status: ArrearStatus.REGISTERED, contractSignedOn: '2024-01-01' },
      '900.00',
    );
    expect(total).toBe('800.00');
    expect(problems.map((p) => p.field)).toEqual(['arrearId', 'signedOn', 'instalments']);
    expect(problems[0]!.messageId).toBe('arrears.planBeforeVerification');
    expect(problems[0]!.message).toMatch(/请先核实欠款/);
  });
});

describe('paymentProblems', () => {
  it('reports every problem of a payment at once', () => {
    expect(
      paymentProblems({
        amount: '0.00',
        paidOn: '2199-01-01',
        idempotencyKey: ' ',
        voucherNo: 'V'.repeat(101),
      }).map((p) => p.field),
    ).toEqual(['idempotencyKey', 'amount', 'paidOn', 'voucherNo']);
  });
});
