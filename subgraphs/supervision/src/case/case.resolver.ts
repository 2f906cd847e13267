import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  addDays,
  assertMove,
  auditSnapshot,
  changeEntity,
  connectionType,
  DateScalar,
  defineLoader,
  groupByKeys,
  inTransaction,
  isUuid,
  jurisdictionOf,
  notFuture,
  PageArgs,
  paginate,
  recordAudit,
  requireText,
  requireUnit,
  SortDirection,
  todayInChina,
  UserInputError,
  uuidList,
  type Connection,
  type SubgraphContext,
  type Transitions,
} from '@arrears-hub/subgraph-kit';
import { Accountability, SupervisionCase } from '../entities/case.entity.js';
import { AccountabilityMeasure, CaseMeasure, CaseStatus, CaseTrigger } from '../entities/enums.js';
import { ArrearRef, OrganisationRef } from '../external/refs.js';

export const CaseConnection = connectionType(SupervisionCase, 'Case');

export const CASE_TRANSITIONS: Transitions<CaseStatus> = {
  OPEN: [CaseStatus.RESOLVED, CaseStatus.ESCALATED],
  RESOLVED: [CaseStatus.CLOSED, CaseStatus.OPEN],
  ESCALATED: [],
  CLOSED: [],
};

/** One step stronger (督办书 → 限期办结 → 挂牌督办 → 约谈 → 通报 → 移送问责); the strongest stays. */
export function nextMeasure(measure: CaseMeasure): CaseMeasure {
  const order = Object.values(CaseMeasure);
  return order[Math.min(order.indexOf(measure) + 1, order.length - 1)]!;
}

/** Days a new escalated case gets. */
export const ESCALATION_DAYS = 30;

@InputType()
export class OpenCaseInput {
  @Field(() => ID) targetUnitId!: string;
  @Field(() => CaseMeasure) measure!: CaseMeasure;
  @Field(() => CaseTrigger) trigger!: CaseTrigger;
  @Field(() => String) description!: string;
  @Field(() => DateScalar) deadline!: string;
  @Field(() => [ID], { nullable: true }) arrearIds?: string[] | null;
}

@InputType()
export class CaseFilter {
  @Field(() => [CaseStatus], { nullable: true }) statuses?: CaseStatus[] | null;
  @Field(() => [ID], { nullable: true }) targetUnitIds?: string[] | null;
  @Field(() => [CaseMeasure], { nullable: true }) measures?: CaseMeasure[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Open and past the deadline today.' })
  overdue?: boolean | null;
}

@InputType()
export class RecordAccountabilityInput {
  @Field(() => ID) caseId!: string;
  @Field(() => String) personName!: string;
  @Field(() => String) postTitle!: string;
  @Field(() => AccountabilityMeasure) measure!: AccountabilityMeasure;
  @Field(() => DateScalar) decidedOn!: string;
}

@ObjectType('EscalationResult')
export class EscalationResult {
  @Field(() => Int) escalated!: number;
  @Field(() => [SupervisionCase], { description: 'The new, stronger cases.' })
  newCases!: SupervisionCase[];
}

const accountabilitiesOfCase = defineLoader<string, Accountability[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(Accountability, { supervisionCase: { $in: [...ids] } }),
    (a) => a.supervisionCase.id,
  ),
);

export const casesOfArrear = defineLoader<string, SupervisionCase[]>(async (ids, ctx) => {
  const jurisdiction = await jurisdictionOf(ctx);
  const rows = await ctx.em.execute<Record<string, unknown>[]>(
    'select * from supervision_case where arrear_ids && ?::uuid[]',
    [`{${ids.filter(isUuid).join(',')}}`],
  );
  const cases = rows
    .map((r) => ctx.em.map(SupervisionCase, r as never))
    .filter((c) => jurisdiction.canSeeUnit(c.targetUnitId));
  return ids.map((id) => cases.filter((c) => c.arrearIds.includes(id)));
});

@Resolver(() => SupervisionCase)
export class CaseResolver {
  @Authorized()
  @Query(() => CaseConnection, { description: 'Supervision cases, latest first.' })
  async cases(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter: CaseFilter | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<SupervisionCase>> {
    const and: FilterQuery<SupervisionCase>[] = [
      (await jurisdictionOf(ctx)).filter('targetUnitId'),
    ];
    if (filter?.statuses?.length) and.push({ status: { $in: filter.statuses } });
    if (filter?.measures?.length) and.push({ measure: { $in: filter.measures } });
    if (filter?.targetUnitIds)
      and.push({ targetUnitId: { $in: filter.targetUnitIds.filter(isUuid).slice(0, 500) } });
    if (filter?.overdue) and.push({ status: CaseStatus.OPEN, deadline: { $lt: todayInChina() } });
    return paginate(
      ctx.em,
      SupervisionCase,
      { $and: and },
      {
        first: page.first,
        after: page.after,
        sortField: 'openedOn',
        direction: SortDirection.DESC,
      },
    );
  }

  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @Mutation(() => SupervisionCase, { description: '督办: opens a case on a unit with a deadline.' })
  openCase(
    @Arg('input', () => OpenCaseInput) input: OpenCaseInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SupervisionCase> {
    const description = requireText(input.description, 'input.description', { max: 5000 });
    const arrearIds = uuidList(input.arrearIds, 'input.arrearIds');
    if (input.deadline < todayInChina())
      throw new UserInputError('The deadline has passed already.', 'input.deadline');
    return inTransaction(ctx, async (em) => {
      const unit = await requireUnit(ctx, input.targetUnitId, 'input.targetUnitId');
      const created = em.create(SupervisionCase, {
        id: randomUUID(),
        targetUnitId: unit.id,
        measure: input.measure,
        trigger: input.trigger,
        description,
        openedOn: todayInChina(),
        deadline: input.deadline,
        status: CaseStatus.OPEN,
        arrearIds,
        createdBy: ctx.viewer.id,
      } as never);
      await em.flush();
      recordAudit(em, ctx.viewer, {
        entity: 'Case',
        entityId: created.id,
        action: 'CREATE',
        after: auditSnapshot(created),
      });
      return created;
    });
  }

  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @Mutation(() => SupervisionCase, {
    description:
      'Moves a case: OPEN → RESOLVED → CLOSED (or back to OPEN when the resolution does not hold).',
  })
  moveCase(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('status', () => CaseStatus) status: CaseStatus,
    @Arg('outcome', () => String, { nullable: true }) outcome: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SupervisionCase> {
    if (status === CaseStatus.ESCALATED)
      throw new UserInputError(
        'Cases are escalated by escalateOverdueCases, when their deadline passes.',
        'status',
      );
    return changeEntity(
      ctx,
      SupervisionCase,
      {
        id: caseId,
        expectedVersion,
        action: `MOVE_${status}`,
        reason: outcome,
        field: 'caseId',
        label: 'Case',
      },
      async (c) => {
        (await jurisdictionOf(ctx)).assertUnit(c.targetUnitId, 'This case');
        assertMove(CASE_TRANSITIONS, c.status, status, `move the case to ${status}`, 'case');
        if (status === CaseStatus.RESOLVED)
          c.outcome = requireText(outcome, 'outcome', { max: 5000 });
        if (status === CaseStatus.CLOSED) c.closedOn = todayInChina();
        c.status = status;
        return c;
      },
    );
  }

  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @Mutation(() => EscalationResult, {
    description:
      'Escalates every open case past its deadline on `asOf` (today by default) into a stronger one.',
  })
  escalateOverdueCases(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<EscalationResult> {
    const day = asOf ?? todayInChina();
    return inTransaction(ctx, async (em) => {
      const overdue = await em.find(
        SupervisionCase,
        {
          $and: [
            { status: CaseStatus.OPEN, deadline: { $lt: day } },
            (await jurisdictionOf(ctx)).filter('targetUnitId'),
          ],
        },
        { orderBy: { deadline: 'asc' }, limit: 500 },
      );
      const escalations: {
        from: SupervisionCase;
        before: Record<string, unknown>;
        next: SupervisionCase;
      }[] = [];
      for (const c of overdue) {
        const before = auditSnapshot(c);
        c.status = CaseStatus.ESCALATED;
        const next = em.create(SupervisionCase, {
          id: randomUUID(),
          targetUnitId: c.targetUnitId,
          measure: nextMeasure(c.measure),
          trigger: CaseTrigger.ESCALATION,
          description: `逾期未办结，升级督办：${c.description}`,
          openedOn: day,
          deadline: addDays(day, ESCALATION_DAYS),
          status: CaseStatus.OPEN,
          arrearIds: c.arrearIds,
          escalatedFromId: c.id,
          createdBy: ctx.viewer.id,
        } as never);
        escalations.push({ from: c, before, next });
      }
      // One flush for the whole batch (versions and defaults are then set), then the audit entries.
      await em.flush();
      for (const { from, before, next } of escalations) {
        recordAudit(em, ctx.viewer, {
          entity: 'Case',
          entityId: from.id,
          action: 'ESCALATE',
          before,
          after: auditSnapshot(from),
          reason: `deadline ${from.deadline} passed`,
        });
        recordAudit(em, ctx.viewer, {
          entity: 'Case',
          entityId: next.id,
          action: 'CREATE',
          after: auditSnapshot(next),
        });
      }
      return { escalated: overdue.length, newCases: escalations.map((e) => e.next) };
    });
  }

  @Authorized('INSPECTOR')
  @Mutation(() => Accountability, {
    description: '问责: a measure against a person in a post, on a case.',
  })
  recordAccountability(
    @Arg('input', () => RecordAccountabilityInput) input: RecordAccountabilityInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Accountability> {
    const personName = requireText(input.personName, 'input.personName', { max: 100 });
    const postTitle = requireText(input.postTitle, 'input.postTitle', { max: 200 });
    notFuture(input.decidedOn, 'input.decidedOn');
    return changeEntity(
      ctx,
      SupervisionCase,
      {
        id: input.caseId,
        action: 'ACCOUNTABILITY',
        field: 'input.caseId',
        label: 'Case',
        appends: true,
      },
      async (c, em) => {
        (await jurisdictionOf(ctx)).assertUnit(c.targetUnitId, 'This case');
        return em.create(Accountability, {
          id: randomUUID(),
          supervisionCase: c,
          personName,
          postTitle,
          measure: input.measure,
          decidedOn: input.decidedOn,
        } as never);
      },
    );
  }

  @FieldResolver(() => OrganisationRef) targetUnit(@Root() c: SupervisionCase): OrganisationRef {
    return { id: c.targetUnitId };
  }
  @FieldResolver(() => [ArrearRef]) arrears(@Root() c: SupervisionCase): ArrearRef[] {
    return c.arrearIds.map((id) => ({ id }));
  }
  @FieldResolver(() => Boolean, { description: 'Open past its deadline today.' }) overdue(
    @Root() c: SupervisionCase,
  ): boolean {
    return c.status === CaseStatus.OPEN && c.deadline < todayInChina();
  }
  @FieldResolver(() => ID, { nullable: true, description: 'The case this one escalates.' })
  escalatedFromId(@Root() c: SupervisionCase): string | null {
    return c.escalatedFromId ?? null;
  }
  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @FieldResolver(() => [Accountability])
  accountabilities(
    @Root() c: SupervisionCase,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Accountability[]> {
    return accountabilitiesOfCase.load(ctx, c.id);
  }
}

@Resolver(() => ArrearRef)
export class ArrearCasesResolver {
  @Authorized()
  @FieldResolver(() => [SupervisionCase], { description: 'Supervision cases about this debt.' })
  cases(@Root() arrear: ArrearRef, @Ctx() ctx: SubgraphContext): Promise<SupervisionCase[]> {
    return casesOfArrear.load(ctx, arrear.id);
  }
}
