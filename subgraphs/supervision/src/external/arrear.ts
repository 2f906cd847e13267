// The arrears subgraph's Arrear, as a stub with its key: findings and cases name debts by id.
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType('Arrear')
export class ArrearRef {
  @Field(() => ID)
  id!: string;
}
