import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { MoneyScalar } from '@arrears-hub/subgraph-kit';

// @shareable: the same value type as the arrears subgraph's, which produces it.
@Directive('@shareable')
@ObjectType('UnitOutstanding', { description: 'What one unit owes on the ledger.' })
export class UnitOutstandingRef {
  @Field(() => ID)
  unitId!: string;

  @Field(() => MoneyScalar)
  outstanding!: string;
}

// Owned by the organisations subgraph. `unitIds` (organisations) and `unitOutstanding` (arrears)
// are @external: the gateway fetches them and hands them to our @requires fields.
@Directive('@key(fields: "code")')
@ObjectType('Region')
export class RegionRef {
  @Field(() => ID)
  code!: string;

  @Directive('@external')
  @Field(() => [ID])
  unitIds?: string[];

  @Directive('@external')
  @Field(() => [UnitOutstandingRef])
  unitOutstanding?: UnitOutstandingRef[];
}
