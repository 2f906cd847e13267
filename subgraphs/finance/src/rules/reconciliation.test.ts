import { describe, expect, it } from 'vitest';
import { reconcile, type DisbursementFact, type PaymentFact } from './reconciliation.js';

const debt = '00000000-0000-4000-8000-000000000001';
const d = (
  id: string,
  status: DisbursementFact['status'],
  amount = '100.00',
): DisbursementFact => ({
  id,
  arrearId: debt,
  amount,
  paidOn: '2026-05-01',
  status,
});
const p = (id: string, disbursementId: string | null, amount = '100.00'): PaymentFact => ({
  id,
  arrearId: debt,
  amount,
  paidOn: '2026-05-01',
  disbursementId,
});

describe('reconcile', () => {
  it('a posted disbursement and its payment match; nothing is listed', () => {
    const r = reconcile([d('d1', 'POSTED')], [p('p1', 'd1')], new Map([['d1', 'POSTED']]));
    expect(r).toEqual({
      unmatchedDisbursements: [],
      unmatchedPayments: [],
      possibleDuplicates: [],
    });
  });

  it('lists each side’s unmatched items with its reason', () => {
    const r = reconcile(
      [d('d1', 'POSTED'), d('d2', 'PENDING'), d('d3', 'POSTED', '50.00'), d('d4', 'LEGACY')],
      [p('p3', 'd3', '60.00'), p('p9', 'd9'), p('p8', 'd8')],
      new Map([
        ['d3', 'POSTED'],
        ['d8', 'REFUSED'],
      ]),
    );
    expect(r.unmatchedDisbursements.map((u) => [u.disbursement.id, u.reason])).toEqual([
      ['d1', 'NOT_ON_LEDGER'],
      ['d2', 'PENDING'],
      ['d3', 'DIFFERS_ON_LEDGER'],
      ['d4', 'LEGACY_NOT_RECORDED'],
    ]);
    expect(r.unmatchedPayments.map((u) => [u.payment.id, u.reason])).toEqual([
      ['p9', 'NO_SUCH_DISBURSEMENT'],
      ['p8', 'DISBURSEMENT_REFUSED'],
    ]);
  });

  it('a legacy disbursement matches the unit’s own payment once; a second copy of a posted one is a possible duplicate', () => {
    const r = reconcile(
      [d('d4', 'LEGACY'), d('d1', 'POSTED')],
      [p('u1', null), p('u2', null), p('p1', 'd1'), p('p1', 'd1')],
      new Map([['d1', 'POSTED']]),
    );
    expect(r.unmatchedDisbursements).toEqual([]);
    expect(r.possibleDuplicates).toEqual([{ payment: p('u2', null), disbursementId: 'd1' }]);
  });
});
