import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { MoneyScalar, owned, unit } from '@arrears-hub/subgraph-kit';
import { LedgerReportKind } from './reporting.enums.js';

/** A unit's monthly submission (the Dalad programme, docs/programmes.md: ledger and plans by the
 * 20th), with its ledger frozen as it was. */
@ObjectType('LedgerReport', {
  description: '月度台账报送: a unit’s submission for a period, with a frozen copy of its ledger.',
})
@Entity({ tableName: 'ledger_report' })
@Unique({ properties: ['unitId', 'period', 'revision'] })
export class LedgerReport {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The debtor unit (organisations subgraph id). */
  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => String, { description: 'YYYY-MM' })
  @Index()
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => LedgerReportKind)
  @Enum({ items: () => LedgerReportKind })
  kind!: LedgerReportKind;

  @Field(() => Int, { description: '1, or more when the unit resubmitted for the same period.' })
  @Property({ type: 'integer' })
  revision!: number;

  /** The aggregating unit it went through (汇总单位), when there is one. */
  @Property({ type: 'uuid', nullable: true })
  viaUnitId?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  submittedAt!: Date;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  submittedBy!: string;

  @Field(() => Date, { description: 'When it was due.' })
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  late!: boolean;

  @Field(() => Int, { description: 'Ledger lines in the snapshot.' })
  @Property({ type: 'integer' })
  arrearsCount!: number;

  @Field(() => MoneyScalar, {
    description: 'Outstanding in the snapshot (debts in court left out).',
  })
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  outstanding!: string;

  @Field(() => GraphQLJSON, {
    description: 'The ledger lines and their plans as they were when submitted.',
  })
  @Property({ type: 'json' })
  snapshot!: unknown;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}

/** A submission belongs to the reporting unit's ledger: its jurisdiction submits and reads it. */
export const LedgerReportOwnership = owned(LedgerReport, {
  relations: { unit: unit('unitId') },
});
