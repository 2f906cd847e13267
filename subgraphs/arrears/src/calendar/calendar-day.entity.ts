import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, owned, region } from '@arrears-hub/subgraph-kit';
import { CalendarDayKind } from './calendar.enums.js';

/**
 * One exception to "Monday–Friday work, weekends off" in a region's calendar: a holiday on a
 * weekday or a make-up working weekend. A region's calendar is its own exceptions over its
 * parent's, up the region tree, over the hub-wide layer (`regionCode` null: the national
 * arrangement as the hub-wide leading group or ADMIN entered it). Complaint clocks, the monthly
 * deadline and statutory due dates count working days with it (2025 art. 25; 民法典 art. 203).
 */
@ObjectType('CalendarDay')
@Entity({ tableName: 'calendar_day' })
@Unique({ name: 'calendar_day_region_day_unique', properties: ['regionCode', 'day'] })
export class CalendarDay {
  [OptionalProps]?: 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, {
    nullable: true,
    description: 'The region whose calendar it belongs to; null for the hub-wide layer.',
  })
  @Index()
  @Property({ type: 'string', length: 12, nullable: true })
  regionCode?: string | null;

  @Field(() => DateScalar)
  @Index()
  @Property({ type: 'date' })
  day!: string;

  @Field(() => CalendarDayKind)
  @Enum({ items: () => CalendarDayKind })
  kind!: CalendarDayKind;

  @Field(() => String, { nullable: true, description: 'e.g. 国庆节, 春节调休' })
  @Property({ type: 'string', length: 100, nullable: true })
  note?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}

/**
 * Every signed-in viewer reads calendars (a clock anywhere may need them); the leading group of a
 * region, or ADMIN, writes that region's. The hub-wide layer (no region) is held only by an
 * unrestricted viewer: ADMIN or the unbound leading group.
 */
export const CalendarDayOwnership = owned(CalendarDay, {
  relations: { region: region('regionCode') },
  read: 'signed-in',
});
