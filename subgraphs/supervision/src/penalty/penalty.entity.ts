// 失信惩戒: a unit on the dishonest-entity list (失信主体名录), with the joint measures against it,
// until it is taken off (信用修复).
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType, DateScalar, owned, unit } from '@arrears-hub/subgraph-kit';
import { PenaltyStatus } from './penalty.enums.js';

@ObjectType('Penalty')
@Entity({ tableName: 'penalty' })
export class Penalty {
  [OptionalProps]?: 'measures' | 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => [String], { description: 'Joint measures (压减一般性支出, 限制政府采购 …).' })
  @Property({ type: 'array', columnType: 'text[]' })
  measures: string[] = [];

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  listedOn!: string;

  @Field(() => PenaltyStatus)
  @Enum({ items: () => PenaltyStatus })
  status!: PenaltyStatus;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  removedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  removalReason?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** A penalty belongs to the unit listed. */
export const PenaltyOwnership = owned(Penalty, {
  relations: { unit: unit('unitId') },
});

export const PenaltyConnection = connectionType(Penalty, 'Penalty');
