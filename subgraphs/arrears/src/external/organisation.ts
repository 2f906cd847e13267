import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Owned by the organisations subgraph. Here it is a stub with its key only: the arrears subgraph
// returns { id } and adds its own fields (arrearsOwed, arrearsClaimed, arrearsSummary).
@Directive('@key(fields: "id")')
@ObjectType('Organisation')
export class OrganisationRef {
  @Field(() => ID)
  id!: string;
}
