// A region's calendar (holidays, make-up working days) as its leading group keeps it: one day at a
// time, or a whole year at once, which also puts the year on record (a clock needing a year no
// layer has on record is an error). Every write is the region's (@Creates through the region
// relation, checked before anything else); without a region the viewer's own, or the hub-wide
// layer for an unbound leading group or ADMIN (the old hub-wide calendar). Audited; new clues use
// the calendar, running clocks keep their dates.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  assertMayWrite,
  auditSnapshot,
  changeEntity,
  checkText,
  createEntities,
  createEntity,
  Creates,
  inTransaction,
  now,
  Problems,
  recordAudit,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { chainOfRegion } from '../region-settings/region-layers.js';
import { CalendarDay } from './calendar-day.entity.js';
import { CalendarYear } from './calendar-year.entity.js';
import { SetCalendarDayInput, SetCalendarYearInput } from './calendar.inputs.js';
import { calendarYearProblems } from './calendar.validation.js';
import { arrearsMessages as msg } from '../messages.js';

/** The region written: the one named, else the viewer's own, else the hub-wide layer. */
export async function targetRegion(
  ctx: SubgraphContext,
  regionCode: string | null | undefined,
  problems: Problems,
): Promise<string | null> {
  const code = regionCode ?? ctx.viewer.regionCode ?? null;
  if (code && !(await chainOfRegion(code))) problems.add('regionCode', msg.noSuchRegion({ code }));
  return code;
}

/** Removes a day from a layer: the write check on the row, then the row, then the audit entry. */
async function clearDay(ctx: SubgraphContext, em: EntityManager, day: CalendarDay): Promise<void> {
  await assertMayWrite(ctx, CalendarDay, day.id, undefined, em);
  const before = auditSnapshot(day);
  em.remove(day);
  await em.flush();
  recordAudit(em, ctx.viewer, {
    entity: 'CalendarDay',
    entityId: day.id,
    action: 'CLEAR',
    before,
    after: null,
  });
}

@Resolver(() => CalendarDay)
export class CalendarMutationResolver {
  @Authorized('LEADING_GROUP')
  @Mutation(() => CalendarDay, {
    nullable: true,
    description:
      'Marks a holiday or a make-up working day in a region’s calendar; without kind, clears the day. New clues use it; running clocks keep their dates.',
  })
  @Creates(CalendarDay, { region: 'input.regionCode' })
  async setCalendarDay(
    @Arg('input', () => SetCalendarDayInput) input: SetCalendarDayInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CalendarDay | null> {
    const problems = new Problems();
    const note = checkText(problems, input.note, 'note', { max: 100 });
    const regionCode = await targetRegion(ctx, input.regionCode, problems);
    problems.throwIfAny('input');
    return inTransaction(ctx, async (em) => {
      // One writer per region and day (the hub-wide layer has no unique key to queue on).
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [
        `calendar:${regionCode ?? '*'}:${input.day}`,
      ]);
      const existing = await em.findOne(CalendarDay, { regionCode, day: input.day });
      if (!input.kind) {
        if (existing) await clearDay(ctx, em, existing);
        return null;
      }
      const kind = input.kind;
      if (existing)
        return changeEntity(
          ctx,
          CalendarDay,
          { id: existing.id, action: 'SET', label: msg.nounCalendar(), em },
          (day) => {
            day.kind = kind;
            day.note = note;
            return day;
          },
        );
      return createEntity(ctx, CalendarDay, { regionCode, day: input.day, kind, note }, { em });
    });
  }

  @Authorized('LEADING_GROUP')
  @Mutation(() => CalendarYear, {
    description:
      'Enters a whole year of a region’s calendar (the State Council’s arrangement, or the region’s own) and puts the year on record; replaces what the region had for that year.',
  })
  @Creates(CalendarYear, { region: 'input.regionCode' })
  async setCalendarYear(
    @Arg('input', () => SetCalendarYearInput) input: SetCalendarYearInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CalendarYear> {
    const problems = new Problems().merge(calendarYearProblems(input));
    const regionCode = await targetRegion(ctx, input.regionCode, problems);
    const source = checkText(problems, input.source, 'source', { max: 200 });
    problems.throwIfAny('input');
    return inTransaction(ctx, async (em) => {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [
        `calendar-year:${regionCode ?? '*'}:${input.year}`,
      ]);
      const had = await em.find(CalendarDay, {
        regionCode,
        day: { $gte: `${input.year}-01-01`, $lte: `${input.year}-12-31` },
      });
      const wanted = new Map(input.days.map((d) => [d.day, d]));
      for (const day of had) {
        const entry = wanted.get(day.day);
        if (!entry) await clearDay(ctx, em, day);
        else if (entry.kind !== day.kind || (entry.note ?? null) !== (day.note ?? null))
          await changeEntity(
            ctx,
            CalendarDay,
            { id: day.id, action: 'SET', label: msg.nounCalendar(), em },
            (d) => {
              d.kind = entry.kind;
              d.note = entry.note ?? null;
              return d;
            },
          );
      }
      const known = new Set(had.map((d) => d.day));
      await createEntities(
        ctx,
        CalendarDay,
        input.days
          .filter((d) => !known.has(d.day))
          .map((d) => ({ regionCode, day: d.day, kind: d.kind, note: d.note ?? null })),
        { em },
      );
      const year = await em.findOne(CalendarYear, { regionCode, year: input.year });
      if (year)
        return changeEntity(
          ctx,
          CalendarYear,
          { id: year.id, action: 'SET', label: msg.nounCalendarYear(), em },
          (y) => {
            y.source = source;
            y.enteredBy = ctx.viewer.id;
            y.enteredAt = now();
            return y;
          },
        );
      return createEntity(
        ctx,
        CalendarYear,
        { regionCode, year: input.year, source, enteredBy: ctx.viewer.id },
        { em },
      );
    });
  }
}
