import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Owned by the organisations subgraph: a stub with its key. The arrears subgraph adds a sector
// group's monthly reporting status and its consolidated reports to it.
@Directive('@key(fields: "id")')
@ObjectType('WorkingGroup')
export class WorkingGroupRef {
  @Field(() => ID)
  id!: string;
}
