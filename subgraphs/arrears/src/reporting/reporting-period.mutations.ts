// Setting one period's reporting deadline for a region (and the regions below it), other than the
// region's report day: for the region's leading group (@Creates through the region relation,
// checked before anything else); without a region the viewer's own, or the hub-wide layer for an
// unbound leading group or ADMIN (what the old hub-wide deadline was). Audited.
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import {
  changeEntity,
  createEntity,
  Creates,
  inTransaction,
  Problems,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { targetRegion } from '../calendar/calendar.mutations.js';
import { isPeriod } from '../rules/reporting-period.js';
import { ReportingPeriod } from './reporting-period.entity.js';
import { arrearsMessages as msg } from '../messages.js';

@Resolver(() => ReportingPeriod)
export class ReportingPeriodMutationResolver {
  @Authorized('LEADING_GROUP')
  @Mutation(() => ReportingPeriod, {
    description:
      'Sets a period’s deadline in a region and the regions below it (by default the viewer’s region; the hub-wide layer for an unbound leading group). Otherwise a period is due on the region’s report day, moved off rest days.',
  })
  @Creates(ReportingPeriod, { region: 'regionCode' })
  async setReportingDeadline(
    @Arg('period', () => String) period: string,
    @Arg('dueAt', () => Date) dueAt: Date,
    @Arg('regionCode', () => ID, { nullable: true }) regionCode: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ReportingPeriod> {
    const problems = new Problems();
    if (!isPeriod(period)) problems.add('period', msg.notAPeriod({ period }));
    const code = await targetRegion(ctx, regionCode, problems);
    problems.throwIfAny('');
    return inTransaction(ctx, async (em) => {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [
        `reporting-period:${code ?? '*'}:${period}`,
      ]);
      const existing = await em.findOne(ReportingPeriod, { regionCode: code, period });
      if (existing)
        return changeEntity(
          ctx,
          ReportingPeriod,
          { id: existing.id, action: 'SET', label: msg.nounReportingDeadline(), em },
          (row) => {
            row.dueAt = dueAt;
            return row;
          },
        );
      return createEntity(ctx, ReportingPeriod, { regionCode: code, period, dueAt }, { em });
    });
  }
}
