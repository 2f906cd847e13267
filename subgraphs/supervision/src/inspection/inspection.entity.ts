// The monthly inspection of a unit by the 监督执纪组 (the Dalad programme, docs/programmes.md).
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType, DateScalar, owned, unit } from '@arrears-hub/subgraph-kit';
import { InspectionItem } from './inspection.enums.js';

@ObjectType('Inspection')
@Entity({ tableName: 'inspection' })
export class Inspection {
  [OptionalProps]?: 'items';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => DateScalar)
  @Index()
  @Property({ type: 'date' })
  inspectedOn!: string;

  @Field(() => [InspectionItem])
  @Property({ type: 'array', columnType: 'text[]' })
  items: InspectionItem[] = [];

  @Field(() => String, { nullable: true, description: 'Problems found; empty when none.' })
  @Property({ type: 'text', nullable: true })
  issuesFound?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  inspectorId!: string;
}

/** An inspection belongs to the unit inspected. */
export const InspectionOwnership = owned(Inspection, {
  relations: { unit: unit('unitId') },
});

export const InspectionConnection = connectionType(Inspection, 'Inspection');
