// What a budget line (预算指标) holds: appropriated plus adjustments, less what was disbursed. The
// database keeps the same sum as a generated column and refuses a line disbursed beyond it (the
// check constraint on budget_line); these are the same rules for messages before a write.
import { addMoney, compareMoney, subtractMoney } from '@arrears-hub/protocol/money';

export interface LineTotals {
  appropriated: string;
  adjustments: string;
  disbursed: string;
}

/** Appropriated plus adjustments. */
export function lineTotal(line: LineTotals): string {
  return addMoney(line.appropriated, line.adjustments);
}

/** What can still be disbursed. */
export function available(line: LineTotals): string {
  return subtractMoney(lineTotal(line), line.disbursed);
}

/** Whether `amount` can be disbursed from the line now. */
export function canDisburse(line: LineTotals, amount: string): boolean {
  return compareMoney(amount, available(line)) <= 0;
}

/** Whether the line still covers what was disbursed after adding `adjustment` (may be negative). */
export function coversDisbursedAfter(line: LineTotals, adjustment: string): boolean {
  return (
    compareMoney(
      lineTotal({ ...line, adjustments: addMoney(line.adjustments, adjustment) }),
      line.disbursed,
    ) >= 0
  );
}
