import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Owned by the finance subgraph (政府投资项目). Here a stub with its key: the ledger links debts to
// projects by id and adds Project.arrears.
@Directive('@key(fields: "id")')
@ObjectType('Project')
export class ProjectRef {
  @Field(() => ID)
  id!: string;
}
