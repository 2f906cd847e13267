// A sector group's monthly report (the Dalad programme 六（二）: 副组长成员单位汇总经组长审签后报送):
// the aggregating unit consolidates the reports it received (@Creates as the aggregator), the group
// leader signs in a leader's post (审签: @Writes as the region, the leading group's), the
// aggregating unit sends it to the receiving office (@Writes as the aggregator). Every step is
// checked before anything else and audited (createEntity, changeEntity).
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  assertMove,
  changeEntity,
  ConflictError,
  createEntity,
  Creates,
  inTransaction,
  isUuid,
  normalizeText,
  now,
  Problems,
  type SubgraphContext,
  Writes,
} from '@arrears-hub/subgraph-kit';
import { LedgerReport } from './ledger-report.entity.js';
import { snapshotTotals, type LedgerSnapshot } from './ledger-snapshot.js';
import { GroupReport } from './group-report.entity.js';
import {
  ConsolidateGroupReportInput,
  GroupReportStepInput,
  SignGroupReportInput,
} from './group-report.inputs.js';
import { requirePeriod } from './reporting-period.js';
import { reportingGroups } from './reporting-routes.js';
import { reportingStates } from './reporting-state.js';
import {
  GROUP_REPORT_TRANSITIONS,
  GroupReportStatus,
  LedgerReportKind,
  LedgerReportStatus,
} from './reporting.enums.js';
import { arrearsMessages as msg } from '../messages.js';

const step = (
  ctx: SubgraphContext,
  input: GroupReportStepInput,
  action: string,
  as: 'aggregator' | 'region',
  apply: (report: GroupReport) => void,
) =>
  changeEntity(
    ctx,
    GroupReport,
    {
      id: input.groupReportId,
      expectedVersion: input.expectedVersion,
      action,
      label: msg.nounGroupReport(),
      field: 'input.groupReportId',
      as: [as],
    },
    async (report, em) => {
      const newer = await em.count(GroupReport, {
        groupId: report.groupId,
        aggregatorId: report.aggregatorId,
        period: report.period,
        revision: { $gt: report.revision },
      });
      if (newer) throw new ConflictError(msg.newerGroupReport(), { revision: report.revision });
      apply(report);
      return report;
    },
  );

@Resolver(() => GroupReport)
export class GroupReportMutationResolver {
  @Authorized('BUREAU', 'LEADING_GROUP')
  @Creates(GroupReport, { aggregator: 'input.aggregatorId' }, { as: ['aggregator'] })
  @Mutation(() => GroupReport, {
    description:
      '汇总: the aggregating unit consolidates the reports it received from its units for a period (every submission must be received or returned first). Again before signing replaces the figures; after signing it makes a new revision to be signed again.',
  })
  async consolidateGroupReport(
    @Arg('input', () => ConsolidateGroupReportInput) input: ConsolidateGroupReportInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<GroupReport> {
    const problems = new Problems();
    const period = requirePeriod(input.period, 'input.period');
    const note = input.note ? normalizeText(input.note) || null : null;
    if (note && note.length > 2000) problems.add('note', msg.noteTooLong());
    const [group] = isUuid(input.groupId)
      ? await reportingGroups(ctx, { groups: [input.groupId] })
      : [];
    if (!group) problems.add('groupId', msg.noSuchGroup({ id: input.groupId }));
    else if (!group.aggregatorIds.includes(input.aggregatorId))
      problems.add('aggregatorId', msg.notGroupAggregator({ group: group.name }));
    problems.throwIfAny('input');
    const unitIds = group!.routes
      .filter((r) => r.aggregatorId === input.aggregatorId)
      .map((r) => r.unitId);
    const states = (await reportingStates(ctx, unitIds, period, now(), 'input.period')).filter(
      (s) => s.route?.group.id === group!.id,
    );
    const pending = states.filter((s) => s.current?.status === LedgerReportStatus.SUBMITTED);
    if (pending.length)
      throw new ConflictError(msg.submissionsPending({ count: pending.length }), {
        reportIds: pending.map((s) => s.current!.id),
      });
    const included = states.filter(
      (s) => s.current?.status === LedgerReportStatus.RECEIVED && s.counting,
    );
    const reports = included.length
      ? await ctx.em.find(LedgerReport, { id: { $in: included.map((s) => s.current!.id) } })
      : [];
    const lines = reports.flatMap((r) => (r.snapshot as LedgerSnapshot).lines);
    const totals = snapshotTotals(lines);
    const data = {
      reportIds: reports.map((r) => r.id),
      unitsExpected: states.length,
      unitsReported: reports.length,
      nilReturns: reports.filter((r) => r.kind === LedgerReportKind.NIL).length,
      zeroingNotices: reports.filter((r) => r.kind === LedgerReportKind.ZEROING).length,
      missingUnitIds: states
        .filter((s) => ['MISSING', 'PENDING', 'RETURNED'].includes(s.state))
        .map((s) => s.unitId),
      pausedUnitIds: states.filter((s) => s.state === 'PAUSED').map((s) => s.unitId),
      lateUnitIds: states.filter((s) => s.state === 'LATE').map((s) => s.unitId),
      arrearsCount: totals.count,
      amountDue: totals.amountDue,
      paid: totals.paid,
      outstanding: totals.outstanding,
      consolidatedBy: ctx.viewer.id,
      note,
    };
    return inTransaction(ctx, async (em) => {
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [
        `group-report:${group!.id}:${input.aggregatorId}:${period}`,
      ]);
      const latest = await em.findOne(
        GroupReport,
        { groupId: group!.id, aggregatorId: input.aggregatorId, period },
        { orderBy: { revision: 'desc' } },
      );
      if (latest?.status === GroupReportStatus.CONSOLIDATED)
        return changeEntity(
          ctx,
          GroupReport,
          {
            id: latest.id,
            action: 'CONSOLIDATE',
            label: msg.nounGroupReport(),
            em,
            as: ['aggregator'],
          },
          (row) => {
            Object.assign(row, data);
            row.consolidatedAt = now();
            return row;
          },
        );
      return createEntity(
        ctx,
        GroupReport,
        {
          ...data,
          groupId: group!.id,
          regionCode: group!.regionCode,
          aggregatorId: input.aggregatorId,
          receiverId: group!.reportsToId,
          period,
          revision: (latest?.revision ?? 0) + 1,
          status: GroupReportStatus.CONSOLIDATED,
        },
        { em, action: 'CONSOLIDATE', as: ['aggregator'] },
      );
    });
  }

  @Authorized('LEADING_GROUP')
  @Writes(GroupReport, 'input.groupReportId', { as: ['region'] })
  @Mutation(() => GroupReport, {
    description:
      '审签: the group leader signs the consolidated report, in one of the group’s leader posts; the post, its holder and the time are recorded.',
  })
  async signGroupReport(
    @Arg('input', () => SignGroupReportInput) input: SignGroupReportInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<GroupReport> {
    const report = await ctx.em.findOne(GroupReport, { id: input.groupReportId });
    const [group] = report ? await reportingGroups(ctx, { groups: [report.groupId] }) : [];
    const leader = group?.leaders.find((l) => l.postId === input.postId);
    if (report && !leader)
      new Problems()
        .add('postId', msg.notGroupLeader({ group: group?.name ?? null }))
        .throwIfAny('input');
    return step(ctx, input, 'SIGN', 'region', (row) => {
      assertMove(
        GROUP_REPORT_TRANSITIONS,
        row.status,
        GroupReportStatus.SIGNED,
        msg.moveSignGroupReport().text(),
        msg.nounGroupReport().text(),
      );
      row.status = GroupReportStatus.SIGNED;
      row.signedAt = now();
      row.signedBy = ctx.viewer.id;
      row.signatoryPostId = leader!.postId;
      row.signatoryTitle = leader!.title;
      row.signatoryName = leader!.holderName;
    });
  }

  @Authorized('BUREAU', 'LEADING_GROUP')
  @Writes(GroupReport, 'input.groupReportId', { as: ['aggregator'] })
  @Mutation(() => GroupReport, {
    description: '报送: the aggregating unit sends the signed report to the receiving office.',
  })
  sendGroupReport(
    @Arg('input', () => GroupReportStepInput) input: GroupReportStepInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<GroupReport> {
    return step(ctx, input, 'SEND', 'aggregator', (row) => {
      assertMove(
        GROUP_REPORT_TRANSITIONS,
        row.status,
        GroupReportStatus.SENT,
        msg.moveSendGroupReport().text(),
        msg.nounGroupReport().text(),
      );
      row.status = GroupReportStatus.SENT;
      row.sentAt = now();
      row.sentBy = ctx.viewer.id;
    });
  }
}
