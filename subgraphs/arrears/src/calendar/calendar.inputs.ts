import { Field, InputType } from 'type-graphql';
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
}
