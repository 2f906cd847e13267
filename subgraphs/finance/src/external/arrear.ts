import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Owned by the arrears subgraph; finance adds the disbursements that paid it.
@Directive('@key(fields: "id")')
@ObjectType('Arrear')
export class ArrearRef {
  @Field(() => ID)
  id!: string;
}
