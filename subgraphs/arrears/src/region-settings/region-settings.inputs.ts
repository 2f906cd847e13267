// What setRegionSettings takes: a field left out stays as it is; a field given as null goes back
// to inheriting the parent region's value.
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class SetRegionSettingsInput {
  @Field(() => ID)
  regionCode!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version of the region’s own settings you read (none before the first).',
  })
  expectedVersion?: number | null;

  @Field(() => Int, { nullable: true, description: 'Day of the month the ledger is due, 1–28.' })
  reportDay?: number | null;

  @Field(() => String, { nullable: true, description: 'Hour it is due, HH:MM China time.' })
  reportTime?: string | null;

  @Field(() => Int, { nullable: true, description: 'Working days to review a complaint, ≤ 10.' })
  reviewWorkingDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Working days to transfer an accepted complaint, ≤ 10.',
  })
  transferWorkingDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days to handle a complaint, ≤ 30.' })
  handlingDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days to handle it at most, extended, ≤ 90.' })
  maxHandlingDays?: number | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The unit that receives complaints in the region (e.g. its 工信局).',
  })
  intakeOfficeId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Largest archive file, in bytes.' })
  documentMaxBytes?: number | null;
}
