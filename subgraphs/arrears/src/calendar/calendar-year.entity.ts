import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { owned, region } from '@arrears-hub/subgraph-kit';

/**
 * A year whose holiday arrangement a region (or the hub-wide layer) has entered in full
 * (setCalendarYear). A clock that needs a year no layer of the region's calendar has on record
 * cannot be counted: it is an error naming the year, and the region shows a warning.
 */
@ObjectType('CalendarYear', {
  description: 'A year whose holidays and make-up working days were entered for a region.',
})
@Entity({ tableName: 'calendar_year' })
@Unique({ name: 'calendar_year_region_year_unique', properties: ['regionCode', 'year'] })
export class CalendarYear {
  [OptionalProps]?: 'version' | 'enteredAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { nullable: true, description: 'Null for the hub-wide layer.' })
  @Property({ type: 'string', length: 12, nullable: true })
  regionCode?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The document it follows, e.g. 国办发明电〔2025〕7号.',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  source?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  enteredAt: Date = new Date();

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  enteredBy!: string;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}

export const CalendarYearOwnership = owned(CalendarYear, {
  relations: { region: region('regionCode') },
  read: 'signed-in',
});
