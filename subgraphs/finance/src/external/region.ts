import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Owned by the organisations subgraph. Finance needs nothing but the code: the unit directory
// places units in regions (Region.funds), and the funding warnings ask the arrears subgraph for the
// region's owing debtors by code (REGION_DEBTORS_OWING), so no list of units travels through the
// gateway.
@Directive('@key(fields: "code")')
@ObjectType('Region')
export class RegionRef {
  @Field(() => ID)
  code!: string;
}
