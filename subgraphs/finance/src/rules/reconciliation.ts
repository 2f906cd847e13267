// Disbursements and the ledger's payments, side by side (the finance bureau's reconciliation,
// docs/domain/payment-statistics.md §"One ledger of money"): every disbursement should be on the
// ledger exactly once as the payment that records it, and every payment that says it records a
// disbursement should have one. Pure: both lists in, the unmatched items of each side out.

export interface DisbursementFact {
  id: string;
  arrearId: string;
  amount: string;
  paidOn: string;
  status: 'POSTED' | 'PENDING' | 'REFUSED' | 'LEGACY';
}

export interface PaymentFact {
  id: string;
  arrearId: string;
  amount: string;
  paidOn: string;
  disbursementId: string | null;
}

export type DisbursementMismatch =
  'PENDING' | 'NOT_ON_LEDGER' | 'DIFFERS_ON_LEDGER' | 'LEGACY_NOT_RECORDED';

export type PaymentMismatch = 'NO_SUCH_DISBURSEMENT' | 'DISBURSEMENT_REFUSED';

export interface Reconciliation {
  unmatchedDisbursements: { disbursement: DisbursementFact; reason: DisbursementMismatch }[];
  unmatchedPayments: { payment: PaymentFact; reason: PaymentMismatch }[];
  /** Payments a unit keyed by hand with the same debt, amount and date as a disbursement already
   * on the ledger (or on its way): probably the same money twice. */
  possibleDuplicates: { payment: PaymentFact; disbursementId: string }[];
}

const sameMoney = (a: PaymentFact, d: DisbursementFact) =>
  a.arrearId === d.arrearId && a.amount === d.amount && a.paidOn === d.paidOn;

/**
 * `disbursements`: those the viewer may see; `payments`: the ledger's payments that record a
 * disbursement plus every payment on the debts of these disbursements; `known`: the status of
 * every disbursement the linked payments name (whoever may see it; absent = there is none).
 */
export function reconcile(
  disbursements: readonly DisbursementFact[],
  payments: readonly PaymentFact[],
  known: ReadonlyMap<string, DisbursementFact['status']>,
): Reconciliation {
  const result: Reconciliation = {
    unmatchedDisbursements: [],
    unmatchedPayments: [],
    possibleDuplicates: [],
  };
  const unique = [...new Map(payments.map((p) => [p.id, p])).values()];
  const linked = new Map(unique.filter((p) => p.disbursementId).map((p) => [p.disbursementId!, p]));
  const byUnit = unique.filter((p) => !p.disbursementId);
  const used = new Set<string>();
  for (const d of disbursements) {
    if (d.status === 'PENDING') {
      result.unmatchedDisbursements.push({ disbursement: d, reason: 'PENDING' });
    } else if (d.status === 'POSTED') {
      const p = linked.get(d.id);
      if (!p) result.unmatchedDisbursements.push({ disbursement: d, reason: 'NOT_ON_LEDGER' });
      else if (!sameMoney(p, d))
        result.unmatchedDisbursements.push({ disbursement: d, reason: 'DIFFERS_ON_LEDGER' });
    } else if (d.status === 'LEGACY') {
      // Before the link the unit keyed the payment itself: the same debt, amount and day.
      const p = byUnit.find((x) => !used.has(x.id) && sameMoney(x, d));
      if (p) used.add(p.id);
      else result.unmatchedDisbursements.push({ disbursement: d, reason: 'LEGACY_NOT_RECORDED' });
    }
  }
  for (const p of linked.values()) {
    const status = known.get(p.disbursementId!);
    if (status === undefined)
      result.unmatchedPayments.push({ payment: p, reason: 'NO_SUCH_DISBURSEMENT' });
    else if (status === 'REFUSED')
      result.unmatchedPayments.push({ payment: p, reason: 'DISBURSEMENT_REFUSED' });
  }
  for (const d of disbursements) {
    if (d.status !== 'POSTED' && d.status !== 'PENDING') continue;
    for (const p of byUnit)
      if (!used.has(p.id) && sameMoney(p, d)) {
        used.add(p.id);
        result.possibleDuplicates.push({ payment: p, disbursementId: d.id });
      }
  }
  return result;
}
