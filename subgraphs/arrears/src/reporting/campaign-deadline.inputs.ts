import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { CampaignDeadlineKind } from './reporting.enums.js';
import type { DeadlineDefinition } from './campaign-deadline.validation.js';

@InputType()
export class DefineCampaignDeadlineInput implements DeadlineDefinition {
  @Field(() => ID, { description: 'The region whose units it binds (and the regions below it).' })
  regionCode!: string;

  @Field(() => String)
  title!: string;

  @Field(() => CampaignDeadlineKind)
  kind!: CampaignDeadlineKind;

  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => String, { nullable: true })
  source?: string | null;
}

@ObjectType('UnitDeadlineCompliance')
export class UnitDeadlineCompliance {
  @Field(() => OrganisationRef)
  unit!: OrganisationRef;

  @Field(() => Boolean)
  compliant!: boolean;

  @Field(() => String, { description: 'What is missing, or what was met.' })
  detail!: string;
}

@ObjectType('DeadlineCompliance')
export class DeadlineCompliance {
  @Field(() => Int)
  units!: number;

  @Field(() => Int)
  compliant!: number;

  @Field(() => [UnitDeadlineCompliance], {
    description: 'Every bound unit, the non-compliant ones first.',
  })
  byUnit!: UnitDeadlineCompliance[];
}
