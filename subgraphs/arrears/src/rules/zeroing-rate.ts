// 欠款清零率 (docs/domain/assessment.md). For one unit (the assessment): its counted debts paid in
// full ÷ its counted debts, all time; for a group of units (a summary): the units with a counted
// debt whose counted outstanding is 0 ÷ the units with a counted debt. A debt counts unless it is
// withdrawn or was ever in court or arbitration. Rates to 4 decimals, null without a counted debt.
// The SQL of summary/unit-figures.ts and summary/summary.loaders.ts computes the same.

export interface DebtForZeroing {
  debtorId: string;
  amountDue: string;
  paid: string;
  status: string;
  inJudicialProcess: boolean;
}

const counted = (d: DebtForZeroing) =>
  !d.inJudicialProcess && d.status !== 'IN_COURT' && d.status !== 'WITHDRAWN';
const cents = (m: string) => BigInt(m.replace('.', ''));
const round = (n: number) => Math.round(n * 10000) / 10000;

/** A unit's own rate: what share of its debts is cleared. */
export function unitZeroingRate(debts: readonly DebtForZeroing[]): number | null {
  const mine = debts.filter(counted);
  if (!mine.length) return null;
  return round(mine.filter((d) => cents(d.amountDue) === cents(d.paid)).length / mine.length);
}

/** A group's rate: what share of the units that owed have cleared everything. */
export function groupZeroingRate(debts: readonly DebtForZeroing[]): {
  units: number;
  zeroed: number;
  rate: number | null;
} {
  const owed = new Map<string, bigint>();
  for (const d of debts.filter(counted))
    owed.set(d.debtorId, (owed.get(d.debtorId) ?? 0n) + cents(d.amountDue) - cents(d.paid));
  const zeroed = [...owed.values()].filter((v) => v === 0n).length;
  return { units: owed.size, zeroed, rate: owed.size ? round(zeroed / owed.size) : null };
}
