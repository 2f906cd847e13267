import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Owned by the organisations subgraph. `path` is @external: the region's place in the tree
// ("/150000/150600/150621/"), a few dozen bytes the gateway brings to our @requires fields, so the
// region's figures are one index range on the debtors' paths here (never a list of its units).
@Directive('@key(fields: "code")')
@ObjectType('Region')
export class RegionRef {
  @Field(() => ID)
  code!: string;

  @Directive('@external')
  @Field(() => String)
  path?: string;
}
