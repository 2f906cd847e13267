import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Owned by the organisations subgraph. `unitIds` is @external: the gateway fetches it there and
// hands it to our @requires fields, so the arrears subgraph never needs the region tree itself.
@Directive('@key(fields: "code")')
@ObjectType('Region')
export class RegionRef {
  @Field(() => ID)
  code!: string;

  @Directive('@external')
  @Field(() => [ID])
  unitIds?: string[];
}
