// 回访: a follow-up call to an enterprise about a debtor unit, with the enterprise's satisfaction
// (1–5), which the annual assessment averages (docs/domain/assessment.md).
import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, owned, unit } from '@arrears-hub/subgraph-kit';

@ObjectType('FollowUpCall')
@Entity({ tableName: 'follow_up_call' })
export class FollowUpCall {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The debtor unit the call is about. */
  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  /** The enterprise called. */
  @Property({ type: 'uuid', nullable: true })
  enterpriseId?: string | null;

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
