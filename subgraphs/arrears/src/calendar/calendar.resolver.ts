// A region's calendar as GraphQL reads it: the exceptions to the normal week in force between two
// dates (each from the nearest layer that sets the day), and the years on record. Calendars are
// public to every signed-in viewer (the declarations' read: 'signed-in').
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  DateScalar,
  daysBetween,
  UserInputError,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { calendarOfChain, chainOfRegion } from '../region-settings/region-layers.js';
import { refuseUnless } from '../refuse.js';
import { CalendarDay } from './calendar-day.entity.js';
import { CalendarYear } from './calendar-year.entity.js';
import { arrearsMessages as msg } from '../messages.js';

@Resolver(() => CalendarDay)
export class CalendarResolver {
  @Authorized()
  @Query(() => [CalendarDay], {
    description:
      'The exceptions to the normal week (holidays, make-up working days) in force in a region between two dates (at most a year): by default the viewer’s region, or the hub-wide layer alone.',
  })
  async calendarDays(
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('regionCode', () => ID, { nullable: true }) regionCode: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CalendarDay[]> {
    const span = daysBetween(from, to);
    refuseUnless(span >= 0 && span <= 366, 'to', msg.atMostAYear(), '');
    const code = regionCode ?? ctx.viewer.regionCode ?? null;
    const chain = code ? await chainOfRegion(code) : { regionCode: null, codes: [] };
    if (!chain) throw new UserInputError(msg.noSuchRegion({ code: code ?? '' }), 'regionCode');
    return (await calendarOfChain(ctx.em, chain, from, to)).days;
  }
}

@Resolver(() => CalendarYear)
export class CalendarYearResolver {
  @FieldResolver(() => [CalendarDay], { description: 'This layer’s own days of the year.' })
  days(@Root() year: CalendarYear, @Ctx() ctx: SubgraphContext): Promise<CalendarDay[]> {
    return ctx.em.find(
      CalendarDay,
      {
        regionCode: year.regionCode ?? null,
        day: { $gte: `${year.year}-01-01`, $lte: `${year.year}-12-31` },
      },
      { orderBy: { day: 'asc' } },
    );
  }
}
