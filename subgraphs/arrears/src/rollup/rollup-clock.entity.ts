// The date the rollup's age buckets are computed for: one row. Every trigger reads it (FOR SHARE)
// to age a changed line; ledger_rollup_advance(today) takes it FOR UPDATE, moves the lines whose
// bucket changed between the two dates, and sets it (rollup/clock.ts calls it when a read finds the
// clock behind today, China time).
import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { unowned } from '@arrears-hub/subgraph-kit';

@Entity({ tableName: 'ledger_rollup_clock' })
@Check({ name: 'ledger_rollup_clock_one_row', expression: 'id = 1' })
export class LedgerRollupClock {
  /** Always 1: the table has one row (the check constraint says so). */
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  id!: number;

  @Property({ type: 'date' })
  asOf!: string;
}

unowned(
  LedgerRollupClock,
  'Bookkeeping of the ledger rollup (the date its age buckets are for): no one’s record, never exposed.',
);
