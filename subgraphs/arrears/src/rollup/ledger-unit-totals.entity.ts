// The ledger's running totals per debtor unit: one row per debtor, kept by PostgreSQL triggers in
// the same transaction as every change to a ledger line or a payment (migration
// Migration20261201212024_ledger_rollups: ledger_line_totals() is the one rule of what a line adds),
// so a region's overview sums one row per unit of the region, however many lines they have.
// The age buckets and the overdue-unplanned count are as of the clock's date (rollup-clock.entity.ts),
// moved forward each day by ledger_rollup_advance(). Never written by the application: only read.
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { owned, unit } from '@arrears-hub/subgraph-kit';

@Entity({ tableName: 'ledger_unit_totals' })
export class LedgerUnitTotals {
  [OptionalProps]?: Exclude<keyof LedgerUnitTotals, 'debtorId' | typeof OptionalProps>;

  /** The debtor unit (an Organisation id in the organisations subgraph; a plain id, no foreign key). */
  @PrimaryKey({ type: 'uuid' })
  debtorId!: string;

  /** The debtor's place in the region tree ("/150000/150600/150621/…/"), from its lines: a region's
   * units are one index range (collation "C": byte order, so a prefix is a range). */
  @Index({ name: 'ledger_unit_totals_region_path_index' })
  @Property({ type: 'string', length: 255, collation: 'C', default: '' })
  regionPath: string = '';

  /** Every line of the debtor, counted or not. */
  @Property({ type: 'integer', fieldName: 'lines', default: 0 })
  lines: number = 0;

  /** Lines counted in the totals (isCounted). */
  @Property({ type: 'integer', fieldName: 'counted', default: 0 })
  counted: number = 0;

  /** Σ amount_due of the counted lines. */
  @Property({ type: 'decimal', precision: 18, scale: 2, fieldName: 'amount_due', default: '0' })
  amountDue: string = '0.00';

  /** Σ paid of the counted lines. */
  @Property({ type: 'decimal', precision: 18, scale: 2, fieldName: 'paid', default: '0' })
  paid: string = '0.00';

  /** Σ outstanding of the counted lines marked disputed. */
  @Property({
    type: 'decimal',
    precision: 18,
    scale: 2,
    fieldName: 'disputed_outstanding',
    default: '0',
  })
  disputedOutstanding: string = '0.00';

  /** Σ greatest(outstanding − disputed_amount, 0) of the counted lines. */
  @Property({
    type: 'decimal',
    precision: 18,
    scale: 2,
    fieldName: 'undisputed_outstanding',
    default: '0',
  })
  undisputedOutstanding: string = '0.00';

  /** Σ migrant wages still owed on the counted lines. */
  @Property({
    type: 'decimal',
    precision: 18,
    scale: 2,
    fieldName: 'wages_outstanding',
    default: '0',
  })
  wagesOutstanding: string = '0.00';

  /** Lines in court or arbitration (counted or not). */
  @Property({ type: 'integer', fieldName: 'judicial', default: 0 })
  judicial: number = 0;

  /** Counted lines of subject GOODS. */
  @Property({ type: 'integer', fieldName: 'goods_count', default: 0 })
  goodsCount: number = 0;

  /** Their outstanding. */
  @Property({
    type: 'decimal',
    precision: 18,
    scale: 2,
    fieldName: 'goods_outstanding',
    default: '0',
  })
  goodsOutstanding: string = '0.00';

  /** Counted lines of subject WORKS. */
  @Property({ type: 'integer', fieldName: 'works_count', default: 0 })
  worksCount: number = 0;

  /** Their outstanding. */
  @Property({
    type: 'decimal',
    precision: 18,
    scale: 2,
    fieldName: 'works_outstanding',
    default: '0',
  })
  worksOutstanding: string = '0.00';

  /** Counted lines of subject SERVICES. */
  @Property({ type: 'integer', fieldName: 'services_count', default: 0 })
  servicesCount: number = 0;

  /** Their outstanding. */
  @Property({
    type: 'decimal',
    precision: 18,
    scale: 2,
    fieldName: 'services_outstanding',
    default: '0',
  })
  servicesOutstanding: string = '0.00';

  /** Counted lines with something outstanding in age bucket NOT_DUE on the clock's date. */
  @Property({ type: 'integer', fieldName: 'aged_not_due_count', default: 0 })
  agedNotDueCount: number = 0;

  /** Their outstanding. */
  @Property({
    type: 'decimal',
    precision: 18,
    scale: 2,
    fieldName: 'aged_not_due_outstanding',
    default: '0',
  })
  agedNotDueOutstanding: string = '0.00';

  /** Counted lines with something outstanding in age bucket UP_TO_30_DAYS on the clock's date. */
  @Property({ type: 'integer', fieldName: 'aged_up_to_30_days_count', default: 0 })
  agedUpTo30DaysCount: number = 0;

  /** Their outstanding. */
  @Property({
    type: 'decimal',
    precision: 18,
    scale: 2,
    fieldName: 'aged_up_to_30_days_outstanding',
    default: '0',
  })
  agedUpTo30DaysOutstanding: string = '0.00';

  /** Counted lines with something outstanding in age bucket DAYS_31_TO_90 on the clock's date. */
  @Property({ type: 'integer', fieldName: 'aged_days_31_to_90_count', default: 0 })
  agedDays31To90Count: number = 0;

  /** Their outstanding. */
  @Property({
    type: 'decimal',
    precision: 18,
    scale: 2,
    fieldName: 'aged_days_31_to_90_outstanding',
    default: '0',
  })
  agedDays31To90Outstanding: string = '0.00';

  /** Counted lines with something outstanding in age bucket DAYS_91_TO_180 on the clock's date. */
  @Property({ type: 'integer', fieldName: 'aged_days_91_to_180_count', default: 0 })
  agedDays91To180Count: number = 0;

  /** Their outstanding. */
  @Property({
    type: 'decimal',
    precision: 18,
    scale: 2,
    fieldName: 'aged_days_91_to_180_outstanding',
    default: '0',
  })
  agedDays91To180Outstanding: string = '0.00';

  /** Counted lines with something outstanding in age bucket DAYS_181_TO_365 on the clock's date. */
  @Property({ type: 'integer', fieldName: 'aged_days_181_to_365_count', default: 0 })
  agedDays181To365Count: number = 0;

  /** Their outstanding. */
  @Property({
    type: 'decimal',
    precision: 18,
    scale: 2,
    fieldName: 'aged_days_181_to_365_outstanding',
    default: '0',
  })
  agedDays181To365Outstanding: string = '0.00';

  /** Counted lines with something outstanding in age bucket OVER_1_YEAR on the clock's date. */
  @Property({ type: 'integer', fieldName: 'aged_over_1_year_count', default: 0 })
  agedOver1YearCount: number = 0;

  /** Their outstanding. */
  @Property({
    type: 'decimal',
    precision: 18,
    scale: 2,
    fieldName: 'aged_over_1_year_outstanding',
    default: '0',
  })
  agedOver1YearOutstanding: string = '0.00';

  /** Counted lines with something outstanding in age bucket OVER_3_YEARS on the clock's date. */
  @Property({ type: 'integer', fieldName: 'aged_over_3_years_count', default: 0 })
  agedOver3YearsCount: number = 0;

  /** Their outstanding. */
  @Property({
    type: 'decimal',
    precision: 18,
    scale: 2,
    fieldName: 'aged_over_3_years_outstanding',
    default: '0',
  })
  agedOver3YearsOutstanding: string = '0.00';

  /** Counted lines past due on the clock's date, unpaid, not cleared, without a repayment plan. */
  @Property({ type: 'integer', fieldName: 'overdue_unplanned', default: 0 })
  overdueUnplanned: number = 0;
}

/** A debtor's totals are part of its ledger: whoever's jurisdiction holds the debtor reads them
 * (the debtor relation of ArrearOwnership). */
export const LedgerUnitTotalsOwnership = owned(LedgerUnitTotals, {
  relations: { debtor: unit('debtorId') },
});
