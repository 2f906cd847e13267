import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Owned by the organisations subgraph. Here it is a stub with its key only (Federation 2: no
// @extends, no @external on the key): a notice's recipient unit resolves through it.
@Directive('@key(fields: "id")')
@ObjectType('Organisation')
export class OrganisationRef {
  @Field(() => ID)
  id!: string;
}
