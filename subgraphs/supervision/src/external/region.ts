// The organisations subgraph's Region, as a stub with its key; `unitIds` comes from its owner and
// feeds Region.supervision (@requires in summary/).
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "code")')
@ObjectType('Region')
export class RegionRef {
  @Field(() => ID)
  code!: string;

  @Directive('@external')
  @Field(() => [ID])
  unitIds?: string[];
}
