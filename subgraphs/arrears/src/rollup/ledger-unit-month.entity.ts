// Payments per debtor unit and calendar month, on its counted lines: kept by the same triggers as
// LedgerUnitTotals (a payment adds to its month; a line leaving or re-entering the totals moves its
// payments out or back), so "payments by month" of a region reads units × months rows, never the
// payments themselves.
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { owned, unit } from '@arrears-hub/subgraph-kit';

@Entity({ tableName: 'ledger_unit_month' })
export class LedgerUnitMonth {
  [OptionalProps]?: 'payments' | 'paid';

  /** The debtor unit (a plain Organisation id). */
  @PrimaryKey({ type: 'uuid' })
  debtorId!: string;

  /** The first day of the month the payments were made in. */
  @PrimaryKey({ type: 'date' })
  month!: string;

  @Property({ type: 'integer', default: 0 })
  payments: number = 0;

  @Property({ type: 'decimal', precision: 18, scale: 2, default: '0' })
  paid: string = '0.00';
}

export const LedgerUnitMonthOwnership = owned(LedgerUnitMonth, {
  relations: { debtor: unit('debtorId') },
});
