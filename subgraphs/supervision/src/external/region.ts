// The organisations subgraph's Region, as a stub with its key: Region.supervision needs nothing
// else (the unit directory places the units of the region).
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "code")')
@ObjectType('Region')
export class RegionRef {
  @Field(() => ID)
  code!: string;
}
