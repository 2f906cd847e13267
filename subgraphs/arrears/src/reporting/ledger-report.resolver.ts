// Monthly submissions as GraphQL reads them: the list (scoped by LedgerReport's ownership: the
// reporting unit's jurisdiction), and the units a submission names.
import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import {
  PageArgs,
  paginate,
  SortDirection,
  uuidList,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import type { FilterQuery } from '@mikro-orm/core';
import { OrganisationRef } from '../external/organisation.js';
import { LedgerReport } from './ledger-report.entity.js';
import { LedgerReportConnection, LedgerReportFilter } from './ledger-report.inputs.js';
import { requirePeriod } from './reporting-period.js';

function reportWhere(filter: LedgerReportFilter | null): FilterQuery<LedgerReport> {
  const where: Record<string, unknown> = {};
  if (filter?.period) where.period = requirePeriod(filter.period, 'filter.period');
  if (filter?.unitIds) where.unitId = { $in: uuidList(filter.unitIds, 'filter.unitIds') };
  if (filter?.kinds?.length) where.kind = { $in: filter.kinds };
  if (filter?.late !== null && filter?.late !== undefined) where.late = filter.late;
  return where as FilterQuery<LedgerReport>;
}

@Resolver(() => LedgerReport)
export class LedgerReportResolver {
  @Authorized()
  @Query(() => LedgerReportConnection, { description: 'Monthly submissions, latest first.' })
  ledgerReports(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => LedgerReportFilter, { nullable: true }) filter: LedgerReportFilter | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<LedgerReport>> {
    return paginate(ctx.em, LedgerReport, reportWhere(filter), {
      first: page.first,
      after: page.after,
      sortField: 'submittedAt',
      direction: SortDirection.DESC,
    });
  }

  @FieldResolver(() => OrganisationRef)
  unit(@Root() report: LedgerReport): OrganisationRef {
    return { id: report.unitId };
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: 'The aggregating unit it went through.',
  })
  via(@Root() report: LedgerReport): OrganisationRef | null {
    return report.viaUnitId ? { id: report.viaUnitId } : null;
  }
}
