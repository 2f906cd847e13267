import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { UnitOutstandingRef } from './unit-outstanding.js';

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
