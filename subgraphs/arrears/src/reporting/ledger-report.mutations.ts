// A unit's monthly ledger on its way (the Dalad programme, docs/programmes.md): the unit submits it
// (regular, nil return 不涉及, or zeroing notice 阶段性清零) to the aggregating unit of its sector
// group, which its reporting route names (`via` is derived, never typed); the aggregating unit
// receives it or returns it with a reason; a returned report is replaced by a new revision. The
// submission is the unit's (@Creates as the unit relation), receiving and returning the
// aggregating unit's (@Writes as the aggregator relation), each checked before anything else and
// audited (createEntity, changeEntity).
import type { EntityManager } from '@mikro-orm/postgresql';
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
  unitDirectory,
  UnitRefs,
  requireNamedUnits,
  Writes,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { chainOfPath, deadlineOfChain } from '../region-settings/region-layers.js';
import {
  LedgerReportStepInput,
  ReturnLedgerReportInput,
  SubmitLedgerReportInput,
} from './ledger-report.inputs.js';
import { LedgerReport } from './ledger-report.entity.js';
import { kindProblems, routeProblems, submissionProblems } from './ledger-report.validation.js';
import { freezeLedger } from './ledger-snapshot.js';
import { groupsOver, reportingGroups, routeOf } from './reporting-routes.js';
import {
  GroupReportStatus,
  LEDGER_REPORT_TRANSITIONS,
  LedgerReportStatus,
} from './reporting.enums.js';
import { arrearsMessages as msg } from '../messages.js';

/** The report, changed as the aggregating unit only, if it is still the unit's latest revision. */
function changeAsAggregator(
  ctx: SubgraphContext,
  input: LedgerReportStepInput,
  action: string,
  reason: string | null,
  apply: (report: LedgerReport, em: EntityManager) => Promise<void> | void,
): Promise<LedgerReport> {
  return changeEntity(
    ctx,
    LedgerReport,
    {
      id: input.reportId,
      expectedVersion: input.expectedVersion,
      action,
      reason,
      label: msg.nounLedgerReport(),
      field: 'input.reportId',
      as: ['aggregator'],
    },
    async (report, em) => {
      const newer = await em.count(LedgerReport, {
        unitId: report.unitId,
        period: report.period,
        revision: { $gt: report.revision },
      });
      if (newer)
        throw new ConflictError(
          msg.newerSubmission({ period: report.period, revision: report.revision + newer }),
          { revision: report.revision },
        );
      await apply(report, em);
      return report;
    },
  );
}

@Resolver(() => LedgerReport)
export class LedgerReportMutationResolver {
  @Authorized('BUREAU', 'LEADING_GROUP')
  @Mutation(() => LedgerReport, {
    description:
      'Submits a unit’s monthly ledger (or a nil return, or a zeroing notice) for a period to its sector group’s aggregating unit (from its reporting route); freezes its ledger as it is now.',
  })
  @Creates(LedgerReport, { unit: 'input.unitId' }, { as: ['unit'] })
  // `unit` (or the clerk's own unit) becomes the id the write check reads.
  @UnitRefs({ ref: 'input.unit', id: 'input.unitId', ownUnit: true })
  async submitLedgerReport(
    @Arg('input', () => SubmitLedgerReportInput) input: SubmitLedgerReportInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LedgerReport> {
    requireNamedUnits(input, { unitId: 'unit' });
    const ids = [input.unitId].filter(isUuid);
    const units = await unitDirectory().get(ids);
    const problems = new Problems().merge(submissionProblems(input, units));
    problems.throwIfAny('input');
    const unit = units.get(input.unitId)!;
    // The route: the unit's sector group in the nearest campaign that has groups, and the
    // aggregating unit it submits to. A unit in such a campaign without a route is refused.
    const topRegion = unit.regionPath.split('/').filter(Boolean)[0]!;
    const groups = await reportingGroups(ctx, { units: [unit.id], regionCode: topRegion });
    const route = routeOf(unit.id, unit.regionPath, groups);
    problems.merge(
      routeProblems(input, unit, route, groupsOver(unit.regionPath, groups).length > 0),
    );
    problems.throwIfAny('input');
    const note = input.note ? normalizeText(input.note) || null : null;
    const chain = chainOfPath(unit.regionPath);
    return inTransaction(ctx, async (em) => {
      // One submission at a time per unit and period, so revisions are numbered without gaps.
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [
        `ledger-report:${input.unitId}:${input.period}`,
      ]);
      const { snapshot, lines, outstanding } = await freezeLedger(em, input.unitId);
      new Problems().merge(kindProblems(input.kind, unit.name, lines)).throwIfAny('input');
      const previous = await em.count(LedgerReport, { unitId: input.unitId, period: input.period });
      const dueAt = await deadlineOfChain(em, chain, input.period, 'input.period');
      const submittedAt = now();
      return createEntity(
        ctx,
        LedgerReport,
        {
          unitId: input.unitId,
          period: input.period,
          kind: input.kind,
          revision: previous + 1,
          viaUnitId: route?.aggregatorId ?? null,
          groupId: route?.group.id ?? null,
          receiverId: route?.group.reportsToId ?? null,
          submittedAt,
          submittedBy: ctx.viewer.id,
          dueAt,
          late: submittedAt > dueAt,
          arrearsCount: lines.length,
          outstanding,
          snapshot,
          note,
        },
        { em, action: 'SUBMIT', as: ['unit'] },
      );
    });
  }

  @Authorized('BUREAU', 'LEADING_GROUP')
  @Mutation(() => LedgerReport, {
    description:
      '接收: the aggregating unit takes a unit’s submission for the group’s consolidated report.',
  })
  @Writes(LedgerReport, 'input.reportId', { as: ['aggregator'] })
  receiveLedgerReport(
    @Arg('input', () => LedgerReportStepInput) input: LedgerReportStepInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LedgerReport> {
    return changeAsAggregator(ctx, input, 'RECEIVE', null, (report) => {
      assertMove(
        LEDGER_REPORT_TRANSITIONS,
        report.status,
        LedgerReportStatus.RECEIVED,
        msg.moveReceiveReport().text(),
        msg.nounLedgerReport().text(),
      );
      report.status = LedgerReportStatus.RECEIVED;
      report.receivedAt = now();
      report.receivedBy = ctx.viewer.id;
    });
  }

  @Authorized('BUREAU', 'LEADING_GROUP')
  @Mutation(() => LedgerReport, {
    description:
      '退回: the aggregating unit sends a submission back with a reason; the unit submits again. Not once the group’s report including it is signed.',
  })
  @Writes(LedgerReport, 'input.reportId', { as: ['aggregator'] })
  async returnLedgerReport(
    @Arg('input', () => ReturnLedgerReportInput) input: ReturnLedgerReportInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LedgerReport> {
    const problems = new Problems();
    const reason = normalizeText(input.reason ?? '');
    if (reason.length < 2 || reason.length > 2000)
      problems.add('reason', msg.returnReasonRequired());
    problems.throwIfAny('input');
    return changeAsAggregator(ctx, input, 'RETURN', reason, async (report, em) => {
      if (await inSignedGroupReport(em, report.id))
        throw new ConflictError(msg.returnSignedReport(), { status: report.status });
      assertMove(
        LEDGER_REPORT_TRANSITIONS,
        report.status,
        LedgerReportStatus.RETURNED,
        msg.moveReturnReport().text(),
        msg.nounLedgerReport().text(),
      );
      report.status = LedgerReportStatus.RETURNED;
      report.returnedAt = now();
      report.returnedBy = ctx.viewer.id;
      report.returnReason = reason;
    });
  }
}

/** Whether a report is part of the current revision of a group report that was signed (it can
 * no longer be returned then; consolidating again makes a new revision first). */
async function inSignedGroupReport(em: EntityManager, reportId: string): Promise<boolean> {
  const rows = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from group_report g
      where ? = any(g.report_ids) and g.status <> ?
        and not exists (select 1 from group_report n where n.group_id = g.group_id
          and n.aggregator_id = g.aggregator_id and n.period = g.period and n.revision > g.revision)`,
    [reportId, GroupReportStatus.CONSOLIDATED],
  );
  return (rows[0]?.n ?? 0) > 0;
}
