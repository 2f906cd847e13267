import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { MoneyScalar } from '@arrears-hub/subgraph-kit';

// @shareable: the same value type as the arrears subgraph's, which produces it (Region.unitOutstanding).
@Directive('@shareable')
@ObjectType('UnitOutstanding', { description: 'What one unit owes on the ledger.' })
export class UnitOutstandingRef {
  @Field(() => ID)
  unitId!: string;

  @Field(() => MoneyScalar)
  outstanding!: string;
}
