// The monthly clue ledger (线索台账) of a unit that files clues for others: in Dalad the 政数局
// keeps the ledger of the 12345 work orders it forwards and files it with the 工信和科技局 by the
// region's report day (docs/domain/complaints.md §1, §7). A submission freezes the clues the unit
// filed in the month before the period, and says whether it came in by the region's deadline.
import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { owned, region, unit } from '@arrears-hub/subgraph-kit';

@ObjectType('ClueLedgerReport', {
  description:
    '线索台账: the clues a unit filed (12345 work orders, petitions …) in the month before `period`, submitted by the region’s report day.',
})
@Entity({ tableName: 'clue_ledger_report' })
@Unique({ properties: ['unitId', 'period', 'revision'] })
export class ClueLedgerReport {
  [OptionalProps]?: 'submittedAt' | 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The submitting unit (organisations id). */
  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => String, { description: '"YYYY-MM": due by this month’s report day.' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => Int, { description: '1 for the first submission, then 2, 3 … (a corrected one).' })
  @Property({ type: 'integer' })
  revision!: number;

  /** Where it goes: the receiving office of the unit's group, else the region's intake office. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  receiverId?: string | null;

  @Field(() => ID)
  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Field(() => String, { description: 'The month the listed clues were received in, "YYYY-MM".' })
  @Property({ type: 'string', length: 7 })
  coversMonth!: string;

  @Property({ type: 'array', columnType: 'uuid[]' })
  clueIds!: string[];

  @Field(() => Int)
  @Property({ type: 'integer' })
  clueCount!: number;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => Boolean, { description: 'Submitted after the region’s deadline.' })
  @Property({ type: 'boolean' })
  late!: boolean;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  submittedBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  submittedAt: Date = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** The unit submits it; the receiving office and the region's leading group read it. */
export const ClueLedgerReportOwnership = owned(ClueLedgerReport, {
  relations: {
    unit: unit('unitId'),
    receiver: unit('receiverId'),
    region: region('regionCode'),
  },
  writers: ['unit'],
});
