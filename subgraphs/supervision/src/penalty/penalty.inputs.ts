// The penalty aggregate's GraphQL input; it satisfies the plain interface its validation takes.
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '@arrears-hub/subgraph-kit';
import type { DishonestListing } from './penalty.validation.js';

@InputType()
export class ListDishonestInput implements DishonestListing {
  @Field(() => ID) unitId!: string;
  @Field(() => String) reason!: string;
  @Field(() => [String], { description: 'Joint measures, e.g. 压减一般性支出.' })
  measures!: string[];
  @Field(() => DateScalar) listedOn!: string;
}
