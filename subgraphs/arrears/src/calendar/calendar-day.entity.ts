import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar, unowned } from '@arrears-hub/subgraph-kit';
import { CalendarDayKind } from './calendar.enums.js';

/**
 * The office's rest-day calendar: only the exceptions to "Monday–Friday work, weekends off".
 * Complaint clocks count working days with it (2025 art. 25).
 */
@ObjectType('CalendarDay')
@Entity({ tableName: 'calendar_day' })
export class CalendarDay {
  @Field(() => DateScalar)
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Field(() => CalendarDayKind)
  @Enum({ items: () => CalendarDayKind })
  kind!: CalendarDayKind;

  @Field(() => String, { nullable: true, description: 'e.g. 国庆节, 春节调休' })
  @Property({ type: 'string', length: 100, nullable: true })
  note?: string | null;
}

unowned(
  CalendarDay,
  'The office calendar is hub-wide reference data every signed-in viewer reads and only the leading group sets (issue 14 makes it per region).',
);
