// Marking a holiday or a make-up working day (or clearing one): hub-wide reference data the
// leading group keeps. New clues count their clocks with it; running clocks keep their dates.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  auditSnapshot,
  inTransaction,
  Problems,
  recordAudit,
  checkText,
  WritesNothingOwned,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { CalendarDay } from './calendar-day.entity.js';
import { SetCalendarDayInput } from './calendar.inputs.js';

@Resolver(() => CalendarDay)
export class CalendarMutationResolver {
  @Authorized('LEADING_GROUP')
  @Mutation(() => CalendarDay, {
    nullable: true,
    description:
      'Marks a holiday or a make-up working day; without kind, clears the day. New clues use it; running clocks keep their dates.',
  })
  @WritesNothingOwned('The office calendar is hub-wide reference data the leading group keeps.')
  setCalendarDay(
    @Arg('input', () => SetCalendarDayInput) input: SetCalendarDayInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CalendarDay | null> {
    const problems = new Problems();
    const note = checkText(problems, input.note, 'note', { max: 100 });
    problems.throwIfAny('input');
    // CalendarDay is unowned reference data keyed by its day (no id, no version), which
    // createEntity/changeEntity do not take: written and audited here, in one transaction.
    return inTransaction(ctx, async (em) => {
      const existing = await em.findOne(CalendarDay, { day: input.day });
      const before = existing ? auditSnapshot(existing) : null;
      let result: CalendarDay | null = null;
      if (!input.kind) {
        if (existing) em.remove(existing);
      } else {
        result = existing ?? em.create(CalendarDay, { day: input.day, kind: input.kind });
        result.kind = input.kind;
        result.note = note;
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
