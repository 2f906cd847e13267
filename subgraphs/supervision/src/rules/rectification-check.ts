// 销号: an inspector closes a rectification after checking the ledger, never the unit audited
// (docs/domain/assessment.md). What the ledger must show depends on the measure ordered; the debts
// are the finding's, as the arrears subgraph reports them now.

export interface DebtOnLedger {
  id: string;
  status: string;
  outstanding: string;
}

const PLANNED = new Set(['PLANNED', 'REPAYING', 'CLEARED']);

/** What stands in the way of closing, one line per debt (empty: the ledger shows it done). */
export function ledgerObjections(
  measure: string,
  arrearIds: readonly string[],
  debts: readonly DebtOnLedger[],
): string[] {
  const found = new Map(debts.map((d) => [d.id, d]));
  const objections: string[] = [];
  for (const id of arrearIds) {
    const debt = found.get(id);
    if (!debt) {
      objections.push(`欠款 ${id} 无法在台账中核对（not found on the ledger）`);
      continue;
    }
    if (
      measure === 'TIME_BOUND_CLEARANCE' &&
      (debt.status !== 'CLEARED' || Number(debt.outstanding) !== 0)
    )
      objections.push(`欠款 ${id} 尚未清偿（仍欠 ${debt.outstanding} 元；not cleared）`);
    if (measure === 'INSTALMENT_PAYMENT' && !PLANNED.has(debt.status))
      objections.push(`欠款 ${id} 没有还款计划（状态 ${debt.status}；no repayment plan）`);
    if (measure === 'DEBT_CONFIRMATION' && debt.status === 'REGISTERED')
      objections.push(`欠款 ${id} 尚未核实确权（状态 REGISTERED；not verified）`);
  }
  return objections;
}
