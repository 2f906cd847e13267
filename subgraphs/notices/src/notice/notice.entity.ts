// The Notice record: its columns, its GraphQL type and, declared once beside it, who owns it.
// Every decorator names its type: the build emits no decorator metadata (docs/toolchain.md).
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType, DateScalar, owned, unit } from '@arrears-hub/subgraph-kit';
import { NoticeStatus } from './notice.enums.js';

// @key(id): other subgraphs can return a Notice by its id and add their own fields to it.
@Directive('@key(fields: "id")')
@ObjectType('Notice', {
  description: 'One notice record of a unit, owned by the notices subgraph.',
})
@Entity({ tableName: 'notice' })
export class Notice {
  // Filled by defaults, the database or MikroORM: createEntity's data may leave these out, and
  // every other column is required at compile time (a new required column breaks each creation
  // site that forgets it).
  [OptionalProps]?: 'status' | 'version' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Organisation id in the organisations subgraph: a plain id column, never a foreign key across
   * bureaus' databases. Indexed: Organisation.notices pages by it. */
  @Field(() => ID, { description: 'The unit (Organisation id) this record belongs to.' })
  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => DateScalar, { description: 'The day it was received (China time).' })
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field(() => NoticeStatus)
  @Enum({ items: () => NoticeStatus })
  status: NoticeStatus = NoticeStatus.RECEIVED;

  /** Optimistic locking: a change names the version it read (changeEntity compares). */
  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/**
 * Who holds a notice: the unit it belongs to. From this the kit scopes every read (the
 * default-on filter: lists, single records, Organisation.notices, _entities), checks every
 * write before it runs (@Creates / @Writes) and keeps the history to the unit's jurisdiction
 * (docs/access-model.md). Add relations here, never a filter in a resolver.
 */
export const NoticeOwnership = owned(Notice, {
  relations: { unit: unit('unitId') },
});

export const NoticeConnection = connectionType(Notice, 'Notice');
