import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@arrears-hub/subgraph-kit';

@ObjectType('SummaryPosition', {
  description:
    'Ledger totals at the end of a day: the debts counted that day (signed by then, not withdrawn, not in court), with the payments made by then and only those.',
})
export class SummaryPosition {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => MoneyScalar)
  amountDue!: string;

  @Field(() => MoneyScalar, { description: 'Paid by the end of the day.' })
  paid!: string;

  @Field(() => MoneyScalar)
  outstanding!: string;

  @Field(() => MoneyScalar, { description: 'Outstanding and not disputed that day.' })
  undisputedOutstanding!: string;

  @Field(() => MoneyScalar, { description: 'Outstanding on debts in dispute that day.' })
  disputedOutstanding!: string;

  @Field(() => MoneyScalar, { description: 'Outstanding on debts past their due date that day.' })
  overdueOutstanding!: string;

  @Field(() => Float, { nullable: true })
  clearanceRate!: number | null;
}
