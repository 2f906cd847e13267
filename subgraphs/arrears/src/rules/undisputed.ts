// What a debt still owes that is not disputed (2025 art. 15: that part stays payable while the
// rest is being settled; docs/domain/regulation.md).
import { compareMoney, subtractMoney } from '@arrears-hub/protocol/money';

export interface DebtAmounts {
  amountDue: string;
  paid: string;
  disputedAmount?: string | null;
}

/** What is owed and not disputed; never below zero, even when a disputed debt was later paid in
 * full. */
export function undisputedOutstanding(debt: DebtAmounts): string {
  const outstanding = subtractMoney(debt.amountDue, debt.paid);
  const undisputed = debt.disputedAmount
    ? subtractMoney(outstanding, debt.disputedAmount)
    : outstanding;
  return compareMoney(undisputed, '0') > 0 ? undisputed : '0.00';
}
