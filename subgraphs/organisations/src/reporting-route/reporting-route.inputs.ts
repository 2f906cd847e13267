// What assignReportingGroup takes.
import { Field, ID, InputType, Int } from 'type-graphql';
import type { RouteAssignment } from './reporting-route.validation.js';

@InputType()
export class AssignReportingGroupInput implements RouteAssignment {
  @Field(() => ID, { description: 'The reporting unit.' })
  unitId!: string;

  @Field(() => ID, { description: 'The sector group (行业组) it reports through.' })
  groupId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The aggregating unit it submits to; may be left out when the group has only one.',
  })
  aggregatorId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The version of the unit’s current route in that region, when moving it.',
  })
  expectedVersion?: number | null;
}
