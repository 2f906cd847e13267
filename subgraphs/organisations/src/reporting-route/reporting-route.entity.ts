// Which sector group (行业组) a unit's monthly ledger goes through, in one region's campaign (the
// Dalad programme, docs/programmes.md: each unit submits to its group's aggregating unit 汇总单位,
// the group leader signs, the signed report goes to the receiving office). A unit reports through
// exactly one group per region: the unique (unit, region) pair says so in the database. Public to
// every signed-in viewer like the groups themselves; assigned by whoever may write the group (the
// leading group of the group's region, or ADMIN).
import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import {
  Entity,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { owned, parent } from '@arrears-hub/subgraph-kit';
import { Organisation } from '../organisation/organisation.entity.js';
import { WorkingGroup } from '../working-group/working-group.entity.js';

@ObjectType('ReportingRoute', {
  description:
    'A unit’s route for its monthly ledger in one region: its sector group and the aggregating unit it submits to.',
})
@Entity({ tableName: 'reporting_route' })
@Unique({ name: 'reporting_route_unit_region_unique', properties: ['unit', 'regionCode'] })
export class ReportingRoute {
  [OptionalProps]?: 'version' | 'assignedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict' })
  unit!: Ref<Organisation>;

  @Index()
  @ManyToOne(() => WorkingGroup, { ref: true, deleteRule: 'restrict' })
  group!: Ref<WorkingGroup>;

  /** One of the group's aggregating units (a group with several, e.g. 各副组长单位, names which). */
  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'restrict' })
  aggregator!: Ref<Organisation>;

  /** The group's region, copied so that "one group per region" is a unique index. */
  @Field(() => ID, { description: 'The region whose campaign the route belongs to (the group’s).' })
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  assignedAt: Date = new Date();

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  assignedBy!: string;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}

owned(ReportingRoute, {
  relations: { group: parent('group', () => WorkingGroup) },
  read: 'signed-in',
});
