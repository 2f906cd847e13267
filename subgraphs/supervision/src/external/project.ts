// The finance subgraph's Project, as a stub with its key: findings name projects by id.
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType('Project')
export class ProjectRef {
  @Field(() => ID)
  id!: string;
}
