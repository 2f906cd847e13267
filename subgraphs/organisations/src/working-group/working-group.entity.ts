// 领导小组, its office and its special groups. Public to every signed-in viewer; a working group
// belongs to its region (the region's leading group keeps it; docs/access-model.md).
import { randomUUID } from 'node:crypto';
import { Collection } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  PrimaryKey,
  Property,
} from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { owned, region, unowned } from '@arrears-hub/subgraph-kit';
import { Organisation } from '../organisation/organisation.entity.js';
import { Region } from '../region/region.entity.js';
import { ReportingTimeOfDay, WorkingGroupKind } from './working-group.enums.js';

// @key(id): the arrears subgraph adds a sector group's monthly reporting status and its
// consolidated reports to it.
@Directive('@key(fields: "id")')
@ObjectType('WorkingGroup', {
  description:
    '领导小组, its office and its special groups: who leads, who aggregates the ledgers, to whom they report.',
})
@Entity({ tableName: 'working_group' })
export class WorkingGroup {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  shortName?: string | null;

  @Field(() => WorkingGroupKind)
  @Enum({ items: () => WorkingGroupKind })
  kind!: WorkingGroupKind;

  @Field(() => String, {
    nullable: true,
    description: 'Sector of a special group, e.g. 能源, 城建.',
  })
  @Property({ type: 'string', length: 50, nullable: true })
  sector?: string | null;

  @Index()
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  @Field(() => String, { nullable: true, description: 'Duties as the programme writes them.' })
  @Property({ type: 'text', nullable: true })
  duties?: string | null;

  @ManyToOne(() => WorkingGroup, { nullable: true, ref: true, deleteRule: 'restrict' })
  parentGroup?: Ref<WorkingGroup> | null;

  /** The unit that hosts the group's office (e.g. 清欠办 设在工信局). */
  @ManyToOne(() => Organisation, { nullable: true, ref: true, deleteRule: 'restrict' })
  hostedBy?: Ref<Organisation> | null;

  /** 汇总单位: the units that aggregate the member units' ledgers (several where a programme says
   * 各副组长单位). */
  @ManyToMany(() => Organisation, undefined, { pivotTable: 'working_group_aggregating_unit' })
  aggregatingUnits = new Collection<Organisation>(this);

  /** The unit the aggregated ledger is submitted to (the Dalad programme: 旗工信和科技局). */
  @ManyToOne(() => Organisation, { nullable: true, ref: true, deleteRule: 'restrict' })
  reportsTo?: Ref<Organisation> | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Day of the month the ledger is due (the Dalad programme: the 20th).',
  })
  @Property({ type: 'integer', nullable: true })
  reportingDay?: number | null;

  @Field(() => ReportingTimeOfDay, { nullable: true })
  @Enum({ items: () => ReportingTimeOfDay, nullable: true })
  reportingTimeOfDay?: ReportingTimeOfDay | null;

  /** Member units named as units rather than through posts. */
  @ManyToMany(() => Organisation, undefined, { pivotTable: 'working_group_member_unit' })
  memberUnits = new Collection<Organisation>(this);

  // The seats (GroupMembership) point at the group; there is no inverse collection here, so that
  // the two entity files do not import each other (a seat's loader asks for them by group).
}

owned(WorkingGroup, { relations: { region: region('region') }, read: 'signed-in' });

// The two pivot tables of the many-to-many collections above are entities to MikroORM (named after
// their tables), so the kit's start-up check wants a declaration for them too. Their rows are
// read only through a group, which is declared above; nothing reads or writes them on their own.
// (A named class stands for each, since the kit declares by class name.)
const pivot = (table: string) => ({ [table]: class {} })[table]!;
unowned(
  pivot('working_group_member_unit'),
  'Pivot of WorkingGroup.memberUnits: read only through its group (public to signed-in viewers).',
);
unowned(
  pivot('working_group_aggregating_unit'),
  'Pivot of WorkingGroup.aggregatingUnits: read only through its group (public to signed-in viewers).',
);
