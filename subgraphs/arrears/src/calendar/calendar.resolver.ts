// The office calendar as GraphQL reads it: the exceptions to the normal week between two dates.
// Hub-wide reference data (CalendarDay is unowned): every signed-in viewer reads it.
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { DateScalar, daysBetween, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { CalendarDay } from './calendar-day.entity.js';
import { refuseUnless } from '../refuse.js';

@Resolver(() => CalendarDay)
export class CalendarResolver {
  @Authorized()
  @Query(() => [CalendarDay], {
    description:
      'The office’s exceptions to the normal week (holidays, make-up working days) between two dates (at most a year).',
  })
  calendarDays(
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CalendarDay[]> {
    const span = daysBetween(from, to);
    refuseUnless(
      span >= 0 && span <= 366,
      'to',
      '最多查询一年，且起始日期不能晚于结束日期（ask for at most one year, from before to）。',
      '',
    );
    return ctx.em.find(CalendarDay, { day: { $gte: from, $lte: to } }, { orderBy: { day: 'asc' } });
  }
}
