// The inputs of the ledger's workflow steps: verify, dispute, court, withdraw.
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@arrears-hub/subgraph-kit';
import type { Verification } from './arrear.validation.js';

@InputType()
export class VerifyArrearInput implements Verification {
  @Field(() => ID)
  arrearId!: string;

  @Field(() => Int, { description: 'The version you read.' })
  expectedVersion!: number;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The amount confirmed by verification, when it differs from the registered one.',
  })
  confirmedAmount?: string | null;

  @Field(() => DateScalar)
  verifiedOn!: string;

  @Field(() => String, {
    description: 'What it rests on: contract, acceptance record, voucher numbers.',
  })
  evidence!: string;
}

@InputType()
export class MarkDisputedInput {
  @Field(() => ID)
  arrearId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => MoneyScalar, {
    description:
      'The disputed part; the rest of what is outstanding must still be paid (2025 art. 15).',
  })
  disputedAmount!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the dispute arose (default today): figures for earlier days ignore it.',
  })
  disputedOn?: string | null;
}

@InputType()
export class TransferToJudicialInput {
  @Field(() => ID)
  arrearId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { description: 'Court or arbitration body and case number.' })
  reference!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day the case was filed (default today): the debt leaves the totals from then on.',
  })
  transferredOn?: string | null;
}

@InputType()
export class WithdrawArrearInput {
  @Field(() => ID)
  arrearId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, {
    description: 'Why the debt leaves the ledger (registered in error, not an arrear …).',
  })
  reason!: string;
}
