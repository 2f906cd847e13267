import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { UnitOutstandingRef } from './unit-outstanding.js';

// Owned by the organisations subgraph. `unitOutstanding` (arrears: the region's debtors that owe
// something, with what they owe) is @external: the gateway fetches it and hands it to the funding
// warnings' @requires. Region.funds needs nothing but the code (the unit directory places units).
@Directive('@key(fields: "code")')
@ObjectType('Region')
export class RegionRef {
  @Field(() => ID)
  code!: string;

  @Directive('@external')
  @Field(() => [UnitOutstandingRef])
  unitOutstanding?: UnitOutstandingRef[];
}
