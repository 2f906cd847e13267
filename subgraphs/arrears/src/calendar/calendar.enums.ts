// The kinds of exception in the office calendar, registered once for GraphQL.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';

export enum CalendarDayKind {
  HOLIDAY = 'HOLIDAY',
  WORKDAY = 'WORKDAY',
}
registerLabelledEnum(CalendarDayKind, {
  name: 'CalendarDayKind',
  labels: {
    HOLIDAY: { zh: '法定节假日', note: 'a weekday off' },
    WORKDAY: { zh: '调休上班', note: 'a weekend day worked' },
  },
});
