// The penalty aggregate's GraphQL input; it satisfies the plain interface its validation takes.
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, UnitRef } from '@arrears-hub/subgraph-kit';
import type { DishonestListing } from './penalty.validation.js';

@InputType()
export class ListDishonestInput implements DishonestListing {
  // Nullable since issue 18: the unit may be named by `unit` instead (id, credit code or name).
  @Field(() => ID, {
    nullable: true,
    description: 'The unit listed as dishonest (Organisation id). Or name it by `unit`.',
  })
  unitId!: string;
  @Field(() => UnitRef, {
    nullable: true,
    description: 'The unit listed as dishonest, by id, credit code or name (instead of unitId).',
  })
  unit?: UnitRef | null;
  @Field(() => String) reason!: string;
  @Field(() => [String], { description: 'Joint measures, e.g. 压减一般性支出.' })
  measures!: string[];
  @Field(() => DateScalar) listedOn!: string;
}
