import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { MoneyScalar } from '@arrears-hub/subgraph-kit';

// Owned by the organisations subgraph; a stub with its key. `arrearsOutstanding` comes from the
// arrears subgraph (@external) for the funding early warning (@requires).
@Directive('@key(fields: "id")')
@ObjectType('Organisation')
export class OrganisationRef {
  @Field(() => ID)
  id!: string;

  @Directive('@external')
  // Nullable as arrears declares it: arrears may be down (kit: degradable-fields.ts).
  @Field(() => MoneyScalar, { nullable: true })
  arrearsOutstanding?: string;
}
