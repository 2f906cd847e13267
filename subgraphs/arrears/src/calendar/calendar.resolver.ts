import { Arg, Authorized, Ctx, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import {
  auditSnapshot,
  DateScalar,
  inTransaction,
  recordAudit,
  UserInputError,
  daysBetween,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { CalendarDay } from '../entities/calendar-day.entity.js';
import { CalendarDayKind } from '../entities/enums.js';

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
    if (span < 0 || span > 366)
      throw new UserInputError('Ask for at most one year, from before to.', 'to');
    return ctx.em.find(CalendarDay, { day: { $gte: from, $lte: to } }, { orderBy: { day: 'asc' } });
  }

  @Authorized('LEADING_GROUP')
  @Mutation(() => CalendarDay, {
    nullable: true,
    description:
      'Marks a holiday or a make-up working day; without kind, clears the day. New clues use it; running clocks keep their dates.',
  })
  setCalendarDay(
    @Arg('input', () => SetCalendarDayInput) input: SetCalendarDayInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CalendarDay | null> {
    return inTransaction(ctx, async (em) => {
      const existing = await em.findOne(CalendarDay, { day: input.day });
      const before = existing ? auditSnapshot(existing) : null;
      let result: CalendarDay | null = null;
      if (!input.kind) {
        if (existing) em.remove(existing);
      } else {
        result = existing ?? em.create(CalendarDay, { day: input.day, kind: input.kind } as never);
        result.kind = input.kind;
        result.note = input.note?.trim() || null;
      }
      await em.flush();
      recordAudit(em, ctx.viewer, {
        entity: 'CalendarDay',
        entityId: input.day,
        action: input.kind ? 'SET' : 'CLEAR',
        before,
        after: result ? auditSnapshot(result) : null,
      });
      return result;
    });
  }
}
