import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@arrears-hub/subgraph-kit';
import { RepaymentFundingSource } from './repayment.enums.js';
import {
  MAX_INSTALMENTS,
  type PlannedInstalment,
  type RepaymentAgreement,
} from './repayment-plan.validation.js';

@InputType()
export class InstalmentInput implements PlannedInstalment {
  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => MoneyScalar)
  amount!: string;
}

@InputType()
export class AgreeRepaymentPlanInput implements RepaymentAgreement {
  @Field(() => ID)
  arrearId!: string;

  @Field(() => Int, { description: 'The version of the debt you read.' })
  expectedVersion!: number;

  @Field(() => DateScalar, { description: 'The day the repayment agreement was signed.' })
  signedOn!: string;

  @Field(() => RepaymentFundingSource)
  fundingSource!: RepaymentFundingSource;

  @Field(() => [InstalmentInput], {
    description: `Due dates in order; amounts add up to what is outstanding (at most ${MAX_INSTALMENTS}).`,
  })
  instalments!: InstalmentInput[];

  @Field(() => String, { nullable: true })
  note?: string | null;
}
