// Someone who holds or held a post. Public to every signed-in viewer, like the posts; the record
// belongs to the unit whose post the person was first appointed to (it put them on record), so
// whoever holds that unit may correct it.
import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { owned, unit } from '@arrears-hub/subgraph-kit';
import { Organisation } from '../organisation/organisation.entity.js';

@ObjectType('Person', {
  description: 'Someone who holds or held a post. Demo data holds fictional people only.',
})
@Entity({ tableName: 'person' })
export class Person {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** The unit that put the person on record (the unit of their first post). Null only for people
   * recorded before the hub kept it and never appointed since. */
  @ManyToOne(() => Organisation, { nullable: true, ref: true, deleteRule: 'restrict' })
  unit?: Ref<Organisation> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

owned(Person, { relations: { unit: unit('unit') }, read: 'signed-in' });
