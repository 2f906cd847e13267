// Setting a period's reporting deadline: hub-wide configuration (ReportingPeriod is unowned) that
// only the leading group sets, audited.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  auditSnapshot,
  inTransaction,
  recordAudit,
  WritesNothingOwned,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { isPeriod } from '../rules/reporting-period.js';
import { ReportingPeriod } from './reporting-period.entity.js';
import { refuseUnless } from '../refuse.js';

@Resolver(() => ReportingPeriod)
export class ReportingPeriodMutationResolver {
  @Authorized('LEADING_GROUP')
  @Mutation(() => ReportingPeriod, {
    description: 'Sets the deadline of a period (default: the 20th at noon, China time).',
  })
  @WritesNothingOwned('Reporting deadlines are hub-wide configuration the leading group sets.')
  setReportingDeadline(
    @Arg('period', () => String) period: string,
    @Arg('dueAt', () => Date) dueAt: Date,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ReportingPeriod> {
    refuseUnless(
      isPeriod(period),
      'period',
      `“${period}”不是月份：请写作 YYYY-MM（not a period）。`,
      '',
    );
    // ReportingPeriod is unowned configuration, which createEntity/changeEntity do not take (they
    // require an ownership declaration): written and audited here, in one transaction.
    return inTransaction(ctx, async (em) => {
      const existing = await em.findOne(ReportingPeriod, { period });
      const before = existing ? auditSnapshot(existing) : null;
      const row = existing ?? em.create(ReportingPeriod, { period, dueAt });
      row.dueAt = dueAt;
      await em.flush();
      recordAudit(em, ctx.viewer, {
        entity: 'ReportingPeriod',
        entityId: period,
        action: 'SET',
        before,
        after: auditSnapshot(row),
      });
      return row;
    });
  }
}
