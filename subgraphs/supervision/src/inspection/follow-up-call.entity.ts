// 回访: a follow-up call to an enterprise about a debtor unit, with the enterprise's satisfaction
// (1–5), which the annual assessment averages when the call names the enterprise and was made by
// supervision or the enterprise itself, never by the unit rated (rules/satisfaction.ts;
// docs/domain/assessment.md).
import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, owned, unit } from '@arrears-hub/subgraph-kit';

@ObjectType('FollowUpCall')
@Entity({ tableName: 'follow_up_call' })
export class FollowUpCall {
  [OptionalProps]?: 'recordedByRoles';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The debtor unit the call is about. */
  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  /** The enterprise called (organisations subgraph id). */
  @Field(() => ID, { nullable: true, description: 'The enterprise reached.' })
  @Property({ type: 'uuid', nullable: true })
  enterpriseId?: string | null;

  /** Who recorded it (viewer id), their own unit and their roles then: the satisfaction rule
   * reads them (a unit never rates itself). Calls recorded before this was kept have none, and do
   * not count. */
  @Property({ type: 'string', length: 200, nullable: true })
  recordedBy?: string | null;

  @Property({ type: 'uuid', nullable: true })
  recordedByUnitId?: string | null;

  @Property({ type: 'array', columnType: 'text[]', defaultRaw: `'{}'` })
  recordedByRoles: string[] = [];

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  calledOn!: string;

  @Field(() => Int, { description: '1 (very dissatisfied) to 5 (very satisfied).' })
  @Property({ type: 'integer' })
  satisfaction!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}

/** A call belongs to the debtor unit it is about (its assessment counts it). */
export const FollowUpCallOwnership = owned(FollowUpCall, {
  relations: { unit: unit('unitId') },
});
