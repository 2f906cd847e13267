// Monthly submissions as GraphQL reads them: the list (scoped by LedgerReport's ownership: the
// reporting unit's jurisdiction, its aggregating unit, the receiving office), and the units and
// group a submission names.
import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import {
  isUuid,
  PageArgs,
  paginate,
  SortDirection,
  UserInputError,
  uuidList,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import type { FilterQuery } from '@mikro-orm/core';
import { OrganisationRef } from '../external/organisation.js';
import { WorkingGroupRef } from '../external/working-group.js';
import { LedgerReport } from './ledger-report.entity.js';
import { LedgerReportConnection, LedgerReportFilter } from './ledger-report.inputs.js';
import { requirePeriod } from './reporting-period.js';
import { arrearsMessages as msg } from '../messages.js';

function reportWhere(filter: LedgerReportFilter | null): FilterQuery<LedgerReport> {
  const where: Record<string, unknown> = {};
  if (filter?.period) where.period = requirePeriod(filter.period, 'filter.period');
  if (filter?.unitIds) where.unitId = { $in: uuidList(filter.unitIds, 'filter.unitIds') };
  if (filter?.kinds?.length) where.kind = { $in: filter.kinds };
  if (filter?.late !== null && filter?.late !== undefined) where.late = filter.late;
  if (filter?.statuses?.length) where.status = { $in: filter.statuses };
  if (filter?.viaUnitId) {
    if (!isUuid(filter.viaUnitId))
      throw new UserInputError(msg.notAnIdAtAll({ id: filter.viaUnitId }), 'filter.viaUnitId');
    where.viaUnitId = filter.viaUnitId;
  }
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
    description:
      'The aggregating unit it went to (汇总单位), from the unit’s reporting route when it was submitted.',
  })
  via(@Root() report: LedgerReport): OrganisationRef | null {
    return report.viaUnitId ? { id: report.viaUnitId } : null;
  }

  @FieldResolver(() => WorkingGroupRef, {
    nullable: true,
    description: 'The sector group (行业组) it went through.',
  })
  group(@Root() report: LedgerReport): WorkingGroupRef | null {
    return report.groupId ? { id: report.groupId } : null;
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: 'The office the group’s signed report goes to.',
  })
  receiver(@Root() report: LedgerReport): OrganisationRef | null {
    return report.receiverId ? { id: report.receiverId } : null;
  }
}
