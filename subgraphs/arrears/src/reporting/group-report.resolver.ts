// Sector groups' consolidated reports as GraphQL reads them (scoped by GroupReport's declaration:
// the aggregating unit, the group's region, the receiving office), and what the reporting chain
// adds to the organisations subgraph's WorkingGroup: its month's status and its reports.
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import {
  byKeys,
  defineLoader,
  isUuid,
  PageArgs,
  paginate,
  SortDirection,
  UserInputError,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { WorkingGroupRef } from '../external/working-group.js';
import { GroupReport } from './group-report.entity.js';
import { GroupReportConnection, GroupReportFilter } from './group-report.inputs.js';
import { LedgerReport } from './ledger-report.entity.js';
import { requirePeriod, requirePeriodFormat } from './reporting-period.js';
import { reportingGroups } from './reporting-routes.js';
import { reportingStates } from './reporting-state.js';
import { GroupReportingStatus, toUnitState, UnitReportingState } from './reporting-status.types.js';
import { LedgerReportStatus } from './reporting.enums.js';
import { chainOfPath, deadlineOfChain } from '../region-settings/region-layers.js';
import { arrearsMessages as msg } from '../messages.js';

export const ledgerReportById = defineLoader<string, LedgerReport | null>(async (ids, { em }) =>
  byKeys(ids, await em.find(LedgerReport, { id: { $in: ids.filter(isUuid) } }), (r) => r.id),
);

/** Every revision of a group's reports for a period, latest first: all groups of a request in
 * one statement. */
const groupReportsOf = defineLoader<{ groupId: string; period: string }, GroupReport[]>(
  async (keys, { em }) => {
    const rows = await em.find(
      GroupReport,
      { $or: keys.map((k) => ({ groupId: k.groupId, period: k.period })) },
      { orderBy: { revision: 'desc', aggregatorId: 'asc' } },
    );
    return keys.map((k) => rows.filter((r) => r.groupId === k.groupId && r.period === k.period));
  },
  { cacheKey: (k) => `${k.groupId}@${k.period}` },
);

/** The current (latest) revision of each aggregating unit's report. */
function current(reports: readonly GroupReport[]): GroupReport[] {
  const latest = new Map<string, GroupReport>();
  for (const r of reports) if (!latest.has(r.aggregatorId)) latest.set(r.aggregatorId, r);
  return [...latest.values()];
}

const ids = (values: readonly string[]): OrganisationRef[] => values.map((id) => ({ id }));

@Resolver(() => GroupReport)
export class GroupReportResolver {
  @Authorized()
  @Query(() => GroupReportConnection, {
    description: 'Sector groups’ consolidated monthly reports, latest first.',
  })
  groupReports(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => GroupReportFilter, { nullable: true }) filter: GroupReportFilter | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<GroupReport>> {
    const where: Record<string, unknown> = {};
    for (const field of ['groupId', 'aggregatorId'] as const) {
      const id = filter?.[field];
      if (!id) continue;
      if (!isUuid(id)) throw new UserInputError(msg.notAnIdAtAll({ id }), `filter.${field}`);
      where[field] = id;
    }
    if (filter?.period) where.period = requirePeriodFormat(filter.period, 'filter.period');
    if (filter?.statuses?.length) where.status = { $in: filter.statuses };
    return paginate(ctx.em, GroupReport, where as FilterQuery<GroupReport>, {
      first: page.first,
      after: page.after,
      sortField: 'consolidatedAt',
      direction: SortDirection.DESC,
    });
  }

  @FieldResolver(() => WorkingGroupRef)
  group(@Root() report: GroupReport): WorkingGroupRef {
    return { id: report.groupId };
  }

  @FieldResolver(() => OrganisationRef, { description: 'The aggregating unit (汇总单位).' })
  aggregator(@Root() report: GroupReport): OrganisationRef {
    return { id: report.aggregatorId };
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: 'The receiving office it goes to.',
  })
  receiver(@Root() report: GroupReport): OrganisationRef | null {
    return report.receiverId ? { id: report.receiverId } : null;
  }

  @FieldResolver(() => [LedgerReport], {
    description: 'The units’ reports it includes (those the viewer may read).',
  })
  async reports(@Root() report: GroupReport, @Ctx() ctx: SubgraphContext): Promise<LedgerReport[]> {
    const rows = await Promise.all(report.reportIds.map((id) => ledgerReportById.load(ctx, id)));
    return rows.filter((r): r is LedgerReport => !!r);
  }

  @FieldResolver(() => [OrganisationRef], {
    description: 'Units that owed a report and have none that counts.',
  })
  missingUnits(@Root() report: GroupReport): OrganisationRef[] {
    return ids(report.missingUnitIds);
  }

  @FieldResolver(() => [OrganisationRef], { description: 'Units paused after a zeroing notice.' })
  pausedUnits(@Root() report: GroupReport): OrganisationRef[] {
    return ids(report.pausedUnitIds);
  }

  @FieldResolver(() => [OrganisationRef], {
    description: 'Units that reported after the deadline.',
  })
  lateUnits(@Root() report: GroupReport): OrganisationRef[] {
    return ids(report.lateUnitIds);
  }
}

/** Every sector group of a request for a period: one contract call, one pass over the union of
 * their units, one statement for their reports, whatever the number of groups. */
const groupStatusOf = defineLoader<{ groupId: string; period: string }, GroupReportingStatus>(
  async (keys, ctx) => {
    const result = new Map<string, GroupReportingStatus>();
    for (const period of new Set(keys.map((k) => k.period))) {
      const mine = keys.filter((k) => k.period === period);
      const facts = await reportingGroups(ctx, { groups: mine.map((k) => k.groupId) });
      const states = await reportingStates(
        ctx,
        facts.flatMap((g) => g.routes.map((r) => r.unitId)),
        period,
      );
      const reports = await groupReportsOf.loadMany(
        ctx,
        mine.map((k) => ({ groupId: k.groupId, period })),
      );
      const lineReports = await Promise.all(
        states.map((s) => (s.current ? ledgerReportById.load(ctx, s.current.id) : null)),
      );
      const reportOf = new Map(states.map((s, i) => [s.unitId, lineReports[i] ?? null]));
      for (const [i, key] of mine.entries()) {
        const group = facts.find((g) => g.id === key.groupId);
        const own = states.filter((s) => group && s.route?.group.id === group.id);
        const count = (state: UnitReportingState) =>
          own.filter((s) => toUnitState(s.state) === state).length;
        const dueAt =
          own[0]?.dueAt ??
          (await deadlineOfChain(ctx.em, chainOfPath(group?.regionPath), period, 'period'));
        result.set(`${key.groupId}@${period}`, {
          period,
          dueAt,
          units: own.length,
          onTime: count(UnitReportingState.ON_TIME),
          late: count(UnitReportingState.LATE),
          paused: count(UnitReportingState.PAUSED),
          returned: count(UnitReportingState.RETURNED),
          missing: count(UnitReportingState.MISSING),
          pending: count(UnitReportingState.PENDING),
          awaitingReceipt: own.filter((s) => s.current?.status === LedgerReportStatus.SUBMITTED)
            .length,
          lines: own.map((s) => ({
            unit: { id: s.unitId },
            aggregator: s.route ? { id: s.route.aggregatorId } : null,
            state: toUnitState(s.state),
            dueAt: s.dueAt,
            report: reportOf.get(s.unitId) ?? null,
          })),
          groupReports: current(reports[i]!),
        });
      }
    }
    return keys.map((k) => result.get(`${k.groupId}@${k.period}`)!);
  },
  { cacheKey: (k) => `${k.groupId}@${k.period}` },
);

@Resolver(() => WorkingGroupRef)
export class WorkingGroupReportingResolver {
  @Authorized()
  @FieldResolver(() => GroupReportingStatus, {
    description:
      'This sector group’s month: each of its units (those whose reporting the viewer may see: the unit itself, its aggregating unit, the receiving office, the leading group) with where it stands, and the group’s consolidated reports.',
  })
  ledgerReporting(
    @Root() group: WorkingGroupRef,
    @Arg('period', () => String) period: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<GroupReportingStatus> {
    return groupStatusOf.load(ctx, { groupId: group.id, period: requirePeriod(period, 'period') });
  }

  @Authorized()
  @FieldResolver(() => [GroupReport], {
    description: 'This group’s consolidated reports for a period (every revision), latest first.',
  })
  groupReports(
    @Root() group: WorkingGroupRef,
    @Arg('period', () => String) period: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<GroupReport[]> {
    return groupReportsOf.load(ctx, { groupId: group.id, period: requirePeriodFormat(period) });
  }
}
