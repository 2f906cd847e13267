import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@arrears-hub/subgraph-kit';
import { CalendarDayKind } from './calendar.enums.js';

@InputType()
export class SetCalendarDayInput {
  @Field(() => DateScalar)
  day!: string;

  @Field(() => CalendarDayKind, {
    nullable: true,
    description: 'Leave out to go back to the normal week (weekdays work).',
  })
  kind?: CalendarDayKind | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The region whose calendar it is; by default the region the viewer is bound to, or the hub-wide layer for an unbound leading group or ADMIN.',
  })
  regionCode?: string | null;
}

@InputType()
export class CalendarDayEntry {
  @Field(() => DateScalar)
  day!: string;

  @Field(() => CalendarDayKind)
  kind!: CalendarDayKind;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class SetCalendarYearInput {
  @Field(() => ID, {
    nullable: true,
    description: 'As for setCalendarDay: by default the viewer’s region, or the hub-wide layer.',
  })
  regionCode?: string | null;

  @Field(() => Int)
  year!: number;

  @Field(() => [CalendarDayEntry], {
    description:
      'Every holiday on a weekday and every make-up working weekend of the year (an empty list: a year without exceptions). Replaces what the region had for the year.',
  })
  days!: CalendarDayEntry[];

  @Field(() => String, {
    nullable: true,
    description: 'The document it follows, e.g. 国办发明电〔2025〕7号.',
  })
  source?: string | null;
}
