// 边清边欠 and 漏报 (docs/domain/assessment.md): a debt that enters a unit's ledger after the unit
// announced zeroing (阶段性清零) is either new arrears — the obligation to pay arose after the
// zeroing date — or a debt owed before that date that was registered late (concealed or found
// late: 漏报, a matter for supervision, not new arrears). The obligation arises on the statutory
// due date; where none can be set yet, on the contract date. The zeroing that matters is the
// latest notice before the debt was registered.
import { todayInChina } from '@arrears-hub/protocol/calendar-date';

export type AfterZeroing = 'NEW_ARREARS' | 'LATE_REGISTERED';

export interface DebtDates {
  registeredAt: Date;
  statutoryDueOn?: string | null;
  contractSignedOn: string;
}

/** The day the obligation to pay arose: the due date, else the contract date. */
export const obligationOn = (debt: Pick<DebtDates, 'statutoryDueOn' | 'contractSignedOn'>) =>
  debt.statutoryDueOn ?? debt.contractSignedOn;

/** How a debt counts against the unit's zeroing notices (their submission times); null when it
 * was registered before any of them. */
export function afterZeroing(
  debt: DebtDates,
  zeroingNotices: readonly Date[],
): AfterZeroing | null {
  const before = zeroingNotices.filter((at) => at < debt.registeredAt);
  if (!before.length) return null;
  const latest = new Date(Math.max(...before.map((d) => d.getTime())));
  return obligationOn(debt) > todayInChina(latest) ? 'NEW_ARREARS' : 'LATE_REGISTERED';
}

/** The same rule in SQL: the obligation day of the arrear aliased `alias`. */
export const obligationOnSql = (alias: string) =>
  `coalesce(${alias}.statutory_due_on, ${alias}.contract_signed_on)`;
