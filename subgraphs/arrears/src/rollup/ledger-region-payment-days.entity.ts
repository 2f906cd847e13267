// How long a region's debtors took to pay, as a histogram: for every region (each level of a
// debtor's place counts the payment: the town, the county, the league, the province), every half
// year and every number of days from the start of the payment term to payment, how many payments
// and how much. Kept by PostgreSQL triggers in the same transaction as every change to a payment,
// to the line it pays (its term, due date, withdrawal, dispute flag, place) or to the line's
// dispute periods (migration Migration20261202133702_region_payment_days), so a region's payment
// performance of a half reads one row per distinct number of days — a few hundred at most,
// however many payments the region made — and still gives the exact median. Never written by the
// application: only read (payment-performance.ts), and compared with the ledger afresh by
// ledger_rollup_differences().
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { owned, region } from '@arrears-hub/subgraph-kit';

@Entity({ tableName: 'ledger_region_payment_days' })
export class LedgerRegionPaymentDays {
  [OptionalProps]?: 'payments' | 'paid' | 'latePayments' | 'latePaid' | 'disputedPayments';

  /** A region on the debtor's path (every level of it, not only the debtor's own region). */
  @PrimaryKey({ type: 'string', length: 20 })
  regionCode!: string;

  /** The first day of the half-year the payments were made in (1 January or 1 July). */
  @PrimaryKey({ type: 'date' })
  half!: string;

  /** Days from the start of the payment term to payment (0 when paid before it started). */
  @PrimaryKey({ type: 'integer' })
  days!: number;

  @Property({ type: 'integer', default: 0 })
  payments: number = 0;

  @Property({ type: 'decimal', precision: 18, scale: 2, default: '0' })
  paid: string = '0.00';

  /** Of them, paid after the line's statutory due date. */
  @Property({ type: 'integer', default: 0 })
  latePayments: number = 0;

  @Property({ type: 'decimal', precision: 18, scale: 2, default: '0' })
  latePaid: string = '0.00';

  /** Of them, made on a debt in dispute (payment-performance.ts says when). */
  @Property({ type: 'integer', default: 0 })
  disputedPayments: number = 0;
}

/** A region's histogram describes all of its debtors at once: whoever's jurisdiction holds the
 * region reads it; anyone else is answered from the lines they may see. */
export const LedgerRegionPaymentDaysOwnership = owned(LedgerRegionPaymentDays, {
  relations: { region: region('regionCode') },
});
