// A debt as it stood at the end of a day, as GraphQL shows it (rules/as-of.ts computes it).
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@arrears-hub/subgraph-kit';
import { AgeBucket, LateInterestView } from './statutory-terms.types.js';

@ObjectType('DebtPosition', {
  description:
    'A debt at the end of a day: the payments made by then (and only those), the dispute and court case of that day.',
})
export class DebtPosition {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => MoneyScalar, { description: 'Paid by the end of the day.' })
  paid!: string;

  @Field(() => MoneyScalar)
  outstanding!: string;

  @Field(() => MoneyScalar, { description: 'The part in dispute that day.' })
  disputed!: string;

  @Field(() => MoneyScalar, { description: 'Outstanding and not disputed: payable that day.' })
  undisputedOutstanding!: string;

  @Field(() => Boolean, { description: 'Before a court or arbitration body that day.' })
  inJudicialProcess!: boolean;

  @Field(() => Boolean, {
    description: 'In the ledger totals that day: signed by then, not withdrawn, not in court.',
  })
  counted!: boolean;

  @Field(() => Int)
  overdueDays!: number;

  @Field(() => AgeBucket)
  ageBucket!: AgeBucket;

  @Field(() => LateInterestView, { description: 'Late interest accrued to the end of the day.' })
  lateInterest!: LateInterestView;
}
