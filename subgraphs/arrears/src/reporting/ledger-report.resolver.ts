import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  addMoney,
  auditSnapshot,
  connectionType,
  defineChildPagesLoader,
  inTransaction,
  isUuid,
  money,
  PageArgs,
  paginate,
  recordAudit,
  REPORTING_KINDS,
  SortDirection,
  unitDirectory,
  UserInputError,
  type ChildPageKey,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../entities/arrear.entity.js';
import {
  ArrearStatus,
  isCounted,
  LedgerReportKind,
  RepaymentPlanStatus,
} from '../entities/enums.js';
import { LedgerReport, ReportingPeriod } from '../entities/ledger-report.entity.js';
import { Instalment, RepaymentPlan } from '../entities/repayment-plan.entity.js';
import { OrganisationRef } from '../external/organisation.js';
import { currentPeriod, defaultDueAt, isPeriod } from '../workflow/reporting-period.js';
import { jurisdictionOf } from '../scope.js';

export const LedgerReportConnection = connectionType(LedgerReport, 'LedgerReport');

@InputType()
export class SubmitLedgerReportInput {
  @Field(() => ID, { description: 'The debtor unit reporting.' })
  unitId!: string;

  @Field(() => String, { description: 'YYYY-MM' })
  period!: string;

  @Field(() => LedgerReportKind)
  kind!: LedgerReportKind;

  @Field(() => ID, {
    nullable: true,
    description: 'The aggregating unit it goes through (e.g. the sector group’s vice-leader unit).',
  })
  viaUnitId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class LedgerReportFilter {
  @Field(() => String, { nullable: true })
  period?: string | null;

  @Field(() => [ID], { nullable: true })
  unitIds?: string[] | null;

  @Field(() => [LedgerReportKind], { nullable: true })
  kinds?: LedgerReportKind[] | null;

  @Field(() => Boolean, { nullable: true })
  late?: boolean | null;
}

export function requirePeriod(period: string, field: string): string {
  if (!isPeriod(period))
    throw new UserInputError(`"${period}" is not a period: write YYYY-MM, e.g. "2025-07".`, field);
  if (period > currentPeriod()) throw new UserInputError('That period has not begun yet.', field);
  return period;
}

export async function dueAtFor(em: EntityManager, period: string): Promise<Date> {
  return (await em.findOne(ReportingPeriod, { period }))?.dueAt ?? defaultDueAt(period);
}

/** The unit's ledger as it stands: lines (withdrawn ones left out) with their active plans. */
async function freezeLedger(em: EntityManager, unitId: string) {
  const arrears = await em.find(
    Arrear,
    { debtorId: unitId, status: { $ne: ArrearStatus.WITHDRAWN } },
    { orderBy: { registeredAt: 'asc' } },
  );
  const plans = arrears.length
    ? await em.find(RepaymentPlan, {
        arrear: { $in: arrears.map((a) => a.id) },
        status: RepaymentPlanStatus.ACTIVE,
      })
    : [];
  const instalments = plans.length
    ? await em.find(
        Instalment,
        { plan: { $in: plans.map((p) => p.id) } },
        { orderBy: { seq: 'asc' } },
      )
    : [];
  const lines = arrears.map((a) => {
    const plan = plans.find((p) => p.arrear.id === a.id);
    return {
      arrearId: a.id,
      creditorId: a.creditorId,
      contractNo: a.contractNo,
      subject: a.subject,
      amountDue: a.amountDue,
      paid: a.paid,
      outstanding: money(a.outstanding),
      status: a.status,
      disputed: a.disputed,
      inJudicialProcess: a.inJudicialProcess,
      plan: plan
        ? {
            revision: plan.revision,
            signedOn: plan.signedOn,
            instalments: instalments
              .filter((i) => i.plan.id === plan.id)
              .map((i) => ({ dueOn: i.dueOn, amount: i.amount })),
          }
        : null,
    };
  });
  const counted = lines.filter(isCounted);
  return { lines, outstanding: addMoney('0', ...counted.map((l) => l.outstanding)) };
}

const reportsOfUnit = defineChildPagesLoader<LedgerReport, ChildPageKey>(async (_keys, ctx) => ({
  entity: LedgerReport,
  where: (await jurisdictionOf(ctx)).sql('t', 'unit_id') ?? undefined,
  parentProperty: 'unitId',
  sortProperty: 'submittedAt',
  direction: SortDirection.DESC,
}));

@Resolver(() => LedgerReport)
export class LedgerReportResolver {
  @Authorized('BUREAU', 'LEADING_GROUP')
  @Mutation(() => LedgerReport, {
    description:
      'Submits a unit’s monthly ledger (or a nil return, or a zeroing notice) for a period; freezes its ledger as it is now.',
  })
  submitLedgerReport(
    @Arg('input', () => SubmitLedgerReportInput) input: SubmitLedgerReportInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LedgerReport> {
    const period = requirePeriod(input.period, 'input.period');
    const note = input.note?.trim() || null;
    if (note && note.length > 2000)
      throw new UserInputError('At most 2000 characters.', 'input.note');
    return inTransaction(ctx, async (em) => {
      const ids = [input.unitId, input.viaUnitId].filter((id): id is string => !!id && isUuid(id));
      const units = await unitDirectory().get(ids);
      const unit = units.get(input.unitId);
      if (!unit)
        throw new UserInputError(`There is no unit with id "${input.unitId}".`, 'input.unitId');
      if (!REPORTING_KINDS.has(unit.kind))
        throw new UserInputError(
          `${unit.name} (${unit.kind}) does not keep a ledger.`,
          'input.unitId',
        );
      (await jurisdictionOf(ctx)).assertUnit(unit.id, unit.name);
      if (input.viaUnitId && !units.has(input.viaUnitId))
        throw new UserInputError(
          `There is no unit with id "${input.viaUnitId}".`,
          'input.viaUnitId',
        );
      // One submission at a time per unit and period, so revisions are numbered without gaps.
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [
        `ledger-report:${input.unitId}:${period}`,
      ]);
      const { lines, outstanding } = await freezeLedger(em, input.unitId);
      const owing = lines.filter(
        (l) => money(l.outstanding) !== '0.00' && l.status !== ArrearStatus.WITHDRAWN,
      );
      if (input.kind === LedgerReportKind.NIL && owing.length) {
        throw new UserInputError(
          `${unit.name} has ${owing.length} debt(s) outstanding: submit a REGULAR report, not a nil return.`,
          'input.kind',
        );
      }
      if (input.kind === LedgerReportKind.ZEROING && (owing.length || !lines.length)) {
        throw new UserInputError(
          lines.length
            ? `${unit.name} still has ${owing.length} debt(s) outstanding: nothing to announce as cleared.`
            : `${unit.name} never had a debt in the ledger: submit a nil return.`,
          'input.kind',
        );
      }
      if (input.kind === LedgerReportKind.REGULAR && !lines.length) {
        throw new UserInputError(
          `${unit.name} has no debt in the ledger: submit a nil return (NIL).`,
          'input.kind',
        );
      }
      const previous = await em.count(LedgerReport, { unitId: input.unitId, period });
      const dueAt = await dueAtFor(em, period);
      const submittedAt = new Date();
      const report = em.create(LedgerReport, {
        id: randomUUID(),
        unitId: input.unitId,
        period,
        kind: input.kind,
        revision: previous + 1,
        viaUnitId: input.viaUnitId ?? null,
        submittedAt,
        submittedBy: ctx.viewer.id,
        dueAt,
        late: submittedAt > dueAt,
        arrearsCount: lines.length,
        outstanding,
        snapshot: { lines },
        note,
      } as never);
      await em.flush();
      const { snapshot: _frozen, ...summary } = auditSnapshot(report);
      recordAudit(em, ctx.viewer, {
        entity: 'LedgerReport',
        entityId: report.id,
        action: 'SUBMIT',
        after: summary,
      });
      return report;
    });
  }

  @Authorized('LEADING_GROUP')
  @Mutation(() => ReportingPeriod, {
    description: 'Sets the deadline of a period (default: the 20th at noon, China time).',
  })
  setReportingDeadline(
    @Arg('period', () => String) period: string,
    @Arg('dueAt', () => Date) dueAt: Date,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ReportingPeriod> {
    if (!isPeriod(period))
      throw new UserInputError(`"${period}" is not a period: write YYYY-MM.`, 'period');
    return inTransaction(ctx, async (em) => {
      const row =
        (await em.findOne(ReportingPeriod, { period })) ??
        em.create(ReportingPeriod, { period, dueAt } as never);
      const before = auditSnapshot(row);
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

  @Authorized()
  @Query(() => LedgerReportConnection, { description: 'Monthly submissions, latest first.' })
  async ledgerReports(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => LedgerReportFilter, { nullable: true }) filter: LedgerReportFilter | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<LedgerReport>> {
    const where: Record<string, unknown> = { ...(await jurisdictionOf(ctx)).filter('unitId') };
    if (filter?.period) where.period = requirePeriod(filter.period, 'filter.period');
    if (filter?.unitIds)
      where.$and = [{ unitId: { $in: filter.unitIds.filter(isUuid).slice(0, 500) } }];
    if (filter?.kinds?.length) where.kind = { $in: filter.kinds };
    if (filter?.late !== null && filter?.late !== undefined) where.late = filter.late;
    return paginate(ctx.em, LedgerReport, where, {
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

@Resolver(() => OrganisationRef)
export class OrganisationLedgerReportsResolver {
  @Authorized()
  @FieldResolver(() => LedgerReportConnection, {
    description: 'This unit’s monthly submissions, latest first.',
  })
  ledgerReports(
    @Root() unit: OrganisationRef,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<LedgerReport>> {
    return reportsOfUnit.load(ctx, { parentId: unit.id, first: page.first, after: page.after });
  }
}
