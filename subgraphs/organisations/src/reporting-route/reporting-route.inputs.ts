// What assignReportingGroup takes.
import { Field, ID, InputType, Int } from 'type-graphql';
import { UnitRef } from '@arrears-hub/subgraph-kit';
import type { RouteAssignment } from './reporting-route.validation.js';

@InputType()
export class AssignReportingGroupInput implements RouteAssignment {
  // Nullable since issue 18: the unit may be named by `unit` instead (after @UnitRefs the
  // resolver always sees an id here, or refuses).
  @Field(() => ID, { nullable: true, description: 'The reporting unit (or name it by `unit`).' })
  unitId!: string;

  @Field(() => UnitRef, {
    nullable: true,
    description: 'The reporting unit by id, credit code or name (instead of unitId).',
  })
  unit?: UnitRef | null;

  @Field(() => ID, { description: 'The sector group (行业组) it reports through.' })
  groupId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The aggregating unit it submits to; may be left out when the group has only one.',
  })
  aggregatorId?: string | null;

  @Field(() => UnitRef, {
    nullable: true,
    description: 'The aggregating unit by id, credit code or name (instead of aggregatorId).',
  })
  aggregator?: UnitRef | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version of the unit’s current route in that region, when moving it.',
  })
  expectedVersion?: number | null;
}
