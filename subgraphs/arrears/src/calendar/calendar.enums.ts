// The kinds of exception in the office calendar, registered once for GraphQL.
import { registerEnumType } from 'type-graphql';

export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  WORKDAY = 'WORKDAY',
}
registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  valuesConfig: {
    HOLIDAY: { description: '法定节假日: a weekday off' },
    WORKDAY: { description: '调休上班: a weekend day worked' },
  },
});
