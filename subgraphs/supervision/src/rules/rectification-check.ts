// 销号: an inspector closes a rectification after checking the ledger, never the unit audited
// (docs/domain/assessment.md). What the ledger must show depends on the measure ordered; the debts
// are the finding's, as the arrears subgraph reports them now.

export interface DebtOnLedger {
  id: string;
  status: string;
  outstanding: string;
}

const PLANNED = new Set(['PLANNED', 'REPAYING', 'CLEARED']);

/** One thing that stands in the way of closing (the words are the catalogue's). */
export type LedgerObjection =
  | { kind: 'NOT_ON_LEDGER'; arrearId: string }
  | { kind: 'NOT_CLEARED'; arrearId: string; outstanding: string }
  | { kind: 'NO_PLAN'; arrearId: string; status: string }
  | { kind: 'NOT_VERIFIED'; arrearId: string };

/** What stands in the way of closing, one per debt and rule (empty: the ledger shows it done). */
export function ledgerObjections(
  measure: string,
  arrearIds: readonly string[],
  debts: readonly DebtOnLedger[],
): LedgerObjection[] {
  const found = new Map(debts.map((d) => [d.id, d]));
  const objections: LedgerObjection[] = [];
  for (const id of arrearIds) {
    const debt = found.get(id);
    if (!debt) {
      objections.push({ kind: 'NOT_ON_LEDGER', arrearId: id });
      continue;
    }
    if (
      measure === 'TIME_BOUND_CLEARANCE' &&
      (debt.status !== 'CLEARED' || Number(debt.outstanding) !== 0)
    )
      objections.push({ kind: 'NOT_CLEARED', arrearId: id, outstanding: debt.outstanding });
    if (measure === 'INSTALMENT_PAYMENT' && !PLANNED.has(debt.status))
      objections.push({ kind: 'NO_PLAN', arrearId: id, status: debt.status });
    if (measure === 'DEBT_CONFIRMATION' && debt.status === 'REGISTERED')
      objections.push({ kind: 'NOT_VERIFIED', arrearId: id });
  }
  return objections;
}
