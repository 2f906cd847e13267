import { Field, ID, InputType, Int } from 'type-graphql';
import { CreditCodeScalar, DateScalar, MoneyScalar } from '@arrears-hub/subgraph-kit';
import { ContractSubject } from '../ledger/arrear.enums.js';

@InputType({
  description:
    '账款确权: the debtor named by id, credit code or name (matched against the registry, aliases included).',
})
export class RequestReceivableConfirmationInput {
  @Field(() => ID, { nullable: true })
  debtorId?: string | null;

  @Field(() => String, { nullable: true })
  debtorName?: string | null;

  @Field(() => CreditCodeScalar, { nullable: true })
  debtorCreditCode?: string | null;

  @Field(() => String)
  contractNo!: string;

  @Field(() => DateScalar)
  contractSignedOn!: string;

  @Field(() => ContractSubject)
  subject!: ContractSubject;

  @Field(() => DateScalar, { nullable: true })
  deliveredOn?: string | null;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field(() => String, { description: 'What was delivered, invoiced and accepted.' })
  description!: string;
}

@InputType()
export class AnswerReceivableConfirmationInput {
  @Field(() => ID)
  confirmationId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => Boolean, { description: 'true: the debt is disputed as a whole.' })
  disputed!: boolean;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The amount confirmed (at most the amount asked).',
  })
  confirmedAmount?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it is disputed, or why only part is confirmed.',
  })
  reason?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The ledger line it matches, if already registered (else one is registered).',
  })
  arrearId?: string | null;
}
