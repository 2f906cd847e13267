import { Collection } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
} from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ReportingTimeOfDay, WorkingGroupKind } from './enums.js';
import { GroupMembership } from './group-membership.entity.js';
import { Organisation } from './organisation.entity.js';
import { Region } from './region.entity.js';

@ObjectType('WorkingGroup', {
  description:
    '领导小组, its office and its special groups: who leads, who aggregates the ledgers, to whom they report.',
})
@Entity({ tableName: 'working_group' })
export class WorkingGroup {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

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

  /** 汇总单位: the units that aggregate the member units' ledgers (several where the seed says 各副组长单位). */
  @ManyToMany(() => Organisation, undefined, { pivotTable: 'working_group_aggregating_unit' })
  aggregatingUnits = new Collection<Organisation>(this);

  /** The unit the aggregated ledger is submitted to (seed 001: 旗工信和科技局). */
  @ManyToOne(() => Organisation, { nullable: true, ref: true, deleteRule: 'restrict' })
  reportsTo?: Ref<Organisation> | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Day of the month the ledger is due (seed 001: the 20th).',
  })
  @Property({ type: 'integer', nullable: true })
  reportingDay?: number | null;

  @Field(() => ReportingTimeOfDay, { nullable: true })
  @Enum({ items: () => ReportingTimeOfDay, nullable: true })
  reportingTimeOfDay?: ReportingTimeOfDay | null;

  /** Member units named as units rather than through posts. */
  @ManyToMany(() => Organisation, undefined, { pivotTable: 'working_group_member_unit' })
  memberUnits = new Collection<Organisation>(this);

  @OneToMany(() => GroupMembership, (m) => m.group)
  memberships = new Collection<GroupMembership>(this);
}
