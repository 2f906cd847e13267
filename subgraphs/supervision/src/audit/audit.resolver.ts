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
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  assertMove,
  auditSnapshot,
  changeEntity,
  connectionType,
  DateScalar,
  defineLoader,
  ForbiddenError,
  groupByKeys,
  inTransaction,
  isUuid,
  jurisdictionOf,
  MoneyScalar,
  notFuture,
  PageArgs,
  paginate,
  recordAudit,
  requireText,
  requireUnit,
  todayInChina,
  UserInputError,
  uuidList,
  visibleRegionCodes,
  type Connection,
  type SubgraphContext,
  type Transitions,
} from '@arrears-hub/subgraph-kit';
import { Audit, Finding, Rectification } from '../entities/audit.entity.js';
import {
  AuditStatus,
  FindingCategory,
  RectificationMeasure,
  RectificationStatus,
} from '../entities/enums.js';
import { ArrearRef, OrganisationRef, ProjectRef } from '../external/refs.js';

export const AuditConnection = connectionType(Audit, 'Audit');
export const FindingConnection = connectionType(Finding, 'Finding');

const AUDIT_TRANSITIONS: Transitions<AuditStatus> = {
  PLANNED: [AuditStatus.IN_PROGRESS],
  IN_PROGRESS: [AuditStatus.REPORTED],
  REPORTED: [AuditStatus.CLOSED],
  CLOSED: [],
};

@InputType()
export class CreateAuditInput {
  @Field(() => String) title!: string;
  @Field(() => ID) regionCode!: string;
  @Field(() => DateScalar) periodEnd!: string;
  @Field(() => Boolean, { defaultValue: true }) traceEarlier: boolean = true;
  @Field(() => MoneyScalar, { defaultValue: '4000000.00' }) projectThreshold: string = '4000000.00';
  @Field(() => String, { nullable: true }) focus?: string | null;
}

@InputType()
export class RecordFindingInput {
  @Field(() => ID) auditId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => FindingCategory) category!: FindingCategory;
  @Field(() => String) description!: string;
  @Field(() => MoneyScalar, { nullable: true }) amount?: string | null;
  @Field(() => [ID], { nullable: true }) arrearIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) projectIds?: string[] | null;
  @Field(() => String, { nullable: true }) recommendation?: string | null;
}

@InputType()
export class OrderRectificationInput {
  @Field(() => ID) findingId!: string;
  @Field(() => RectificationMeasure) measure!: RectificationMeasure;
  @Field(() => DateScalar) deadline!: string;
}

@InputType()
export class CompleteRectificationInput {
  @Field(() => ID) rectificationId!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => DateScalar) completedOn!: string;
  @Field(() => String) evidence!: string;
}

const findingsOfAudit = defineLoader<string, Finding[]>(async (ids, { em }) =>
  groupByKeys(ids, await em.find(Finding, { audit: { $in: [...ids] } }), (f) => f.audit.id),
);
const rectificationsOfFinding = defineLoader<string, Rectification[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(Rectification, { finding: { $in: [...ids] } }, { orderBy: { deadline: 'asc' } }),
    (r) => r.finding.id,
  ),
);
/** Findings that name a debt or a project (uuid[] columns): one statement for all of a request's entities. */
const findingsNaming = (column: 'arrear_ids' | 'project_ids') =>
  defineLoader<string, Finding[]>(async (ids, ctx) => {
    const jurisdiction = await jurisdictionOf(ctx);
    const rows = await ctx.em.execute<Record<string, unknown>[]>(
      `select * from finding where ${column} && ?::uuid[]`,
      [`{${ids.filter(isUuid).join(',')}}`],
    );
    const findings = rows
      .map((r) => ctx.em.map(Finding, r as never))
      .filter((f) => jurisdiction.canSeeUnit(f.unitId));
    const key = column === 'arrear_ids' ? 'arrearIds' : 'projectIds';
    return ids.map((id) => findings.filter((f) => (f[key] as string[]).includes(id)));
  });
const findingsOfArrear = findingsNaming('arrear_ids');
const findingsOfProject = findingsNaming('project_ids');

/** An audit of a region outside the viewer's is refused, like a unit outside its jurisdiction. */
async function assertAuditInReach(ctx: SubgraphContext, audit: Audit): Promise<void> {
  const visible = await visibleRegionCodes(ctx);
  if (visible && !visible.has(audit.regionCode))
    throw new ForbiddenError(
      `The audit of region ${audit.regionCode} is outside your jurisdiction.`,
    );
}

@Resolver(() => Audit)
export class AuditResolver {
  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @Query(() => AuditConnection)
  async audits(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('regionCode', () => ID, { nullable: true }) regionCode: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Audit>> {
    const and: FilterQuery<Audit>[] = [];
    if (regionCode) and.push({ regionCode });
    const visible = await visibleRegionCodes(ctx);
    if (visible) and.push({ regionCode: { $in: [...visible] } });
    return paginate(
      ctx.em,
      Audit,
      { $and: and },
      { first: page.first, after: page.after, sortField: 'periodEnd' },
    );
  }

  @Authorized('INSPECTOR')
  @Mutation(() => Audit, { description: 'Plans an audit of arrears (seed 000).' })
  createAudit(
    @Arg('input', () => CreateAuditInput) input: CreateAuditInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Audit> {
    const title = requireText(input.title, 'input.title', { max: 300 });
    if (!/^\d{6}(\d{3})?$/.test(input.regionCode))
      throw new UserInputError('A region code has 6 or 9 digits.', 'input.regionCode');
    return inTransaction(ctx, async (em) => {
      const visible = await visibleRegionCodes(ctx);
      if (visible && !visible.has(input.regionCode))
        throw new ForbiddenError(`Region ${input.regionCode} is outside your jurisdiction.`);
      const audit = em.create(Audit, {
        id: randomUUID(),
        title,
        regionCode: input.regionCode,
        periodEnd: input.periodEnd,
        traceEarlier: input.traceEarlier,
        projectThreshold: input.projectThreshold,
        focus: input.focus?.trim() || null,
        status: AuditStatus.PLANNED,
        createdBy: ctx.viewer.id,
      } as never);
      await em.flush();
      recordAudit(em, ctx.viewer, {
        entity: 'Audit',
        entityId: audit.id,
        action: 'CREATE',
        after: auditSnapshot(audit),
      });
      return audit;
    });
  }

  @Authorized('INSPECTOR')
  @Mutation(() => Audit, {
    description: 'Moves an audit on: PLANNED → IN_PROGRESS → REPORTED → CLOSED.',
  })
  moveAudit(
    @Arg('auditId', () => ID) auditId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('status', () => AuditStatus) status: AuditStatus,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Audit> {
    return changeEntity(
      ctx,
      Audit,
      { id: auditId, expectedVersion, action: `MOVE_${status}`, field: 'auditId', label: 'Audit' },
      async (audit) => {
        await assertAuditInReach(ctx, audit);
        assertMove(AUDIT_TRANSITIONS, audit.status, status, `move the audit to ${status}`, 'audit');
        audit.status = status;
        return audit;
      },
    );
  }

  @Authorized('INSPECTOR')
  @Mutation(() => Finding)
  recordFinding(
    @Arg('input', () => RecordFindingInput) input: RecordFindingInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Finding> {
    const description = requireText(input.description, 'input.description', { max: 5000 });
    const arrearIds = uuidList(input.arrearIds, 'input.arrearIds');
    const projectIds = uuidList(input.projectIds, 'input.projectIds');
    return changeEntity(
      ctx,
      Audit,
      {
        id: input.auditId,
        action: 'FINDING',
        field: 'input.auditId',
        label: 'Audit',
        appends: true,
      },
      async (audit, em) => {
        await assertAuditInReach(ctx, audit);
        if (audit.status !== AuditStatus.IN_PROGRESS)
          throw new UserInputError(
            `Findings are recorded while the audit is IN_PROGRESS; it is ${audit.status}.`,
            'input.auditId',
          );
        const unit = await requireUnit(ctx, input.unitId, 'input.unitId');
        const finding = em.create(Finding, {
          id: randomUUID(),
          audit,
          unitId: unit.id,
          category: input.category,
          description,
          amount: input.amount ?? null,
          arrearIds,
          projectIds,
          recommendation: input.recommendation?.trim() || null,
          createdBy: ctx.viewer.id,
        } as never);
        return finding;
      },
    );
  }

  @Authorized('INSPECTOR')
  @Mutation(() => Rectification, {
    description: '整改: orders a measure on a finding with a deadline.',
  })
  orderRectification(
    @Arg('input', () => OrderRectificationInput) input: OrderRectificationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Rectification> {
    if (input.deadline < todayInChina())
      throw new UserInputError('The deadline has passed already.', 'input.deadline');
    return inTransaction(ctx, async (em) => {
      const finding = isUuid(input.findingId)
        ? await em.findOne(Finding, { id: input.findingId })
        : null;
      if (!finding) throw new UserInputError('There is no such finding.', 'input.findingId');
      (await jurisdictionOf(ctx)).assertUnit(finding.unitId, 'The unit of this finding');
      const rectification = em.create(Rectification, {
        id: randomUUID(),
        finding,
        unitId: finding.unitId,
        measure: input.measure,
        deadline: input.deadline,
        status: RectificationStatus.OPEN,
      } as never);
      await em.flush();
      recordAudit(em, ctx.viewer, {
        entity: 'Rectification',
        entityId: rectification.id,
        action: 'CREATE',
        after: auditSnapshot(rectification),
      });
      return rectification;
    });
  }

  @Authorized('INSPECTOR', 'BUREAU')
  @Mutation(() => Rectification, {
    description: 'The unit reports the rectification done, with evidence.',
  })
  completeRectification(
    @Arg('input', () => CompleteRectificationInput) input: CompleteRectificationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Rectification> {
    const evidence = requireText(input.evidence, 'input.evidence', { max: 5000 });
    notFuture(input.completedOn, 'input.completedOn');
    return changeEntity(
      ctx,
      Rectification,
      {
        id: input.rectificationId,
        expectedVersion: input.expectedVersion,
        action: 'COMPLETE',
        field: 'input.rectificationId',
        label: 'Rectification',
      },
      async (r) => {
        (await jurisdictionOf(ctx)).assertUnit(r.unitId, 'This rectification');
        assertMove(
          { OPEN: [RectificationStatus.DONE], DONE: [] },
          r.status,
          RectificationStatus.DONE,
          'complete the rectification',
          'rectification',
        );
        r.status = RectificationStatus.DONE;
        r.completedOn = input.completedOn;
        r.evidence = evidence;
        return r;
      },
    );
  }

  @FieldResolver(() => [Finding])
  findings(@Root() audit: Audit, @Ctx() ctx: SubgraphContext): Promise<Finding[]> {
    return findingsOfAudit.load(ctx, audit.id);
  }
}

@Resolver(() => Finding)
export class FindingResolver {
  @Authorized('INSPECTOR', 'LEADING_GROUP', 'BUREAU')
  @Query(() => FindingConnection)
  async findings(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('unitIds', () => [ID], { nullable: true }) unitIds: string[] | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Finding>> {
    const and: FilterQuery<Finding>[] = [(await jurisdictionOf(ctx)).filter('unitId')];
    if (unitIds) and.push({ unitId: { $in: unitIds.filter(isUuid).slice(0, 500) } });
    return paginate(ctx.em, Finding, { $and: and }, { first: page.first, after: page.after });
  }

  @FieldResolver(() => OrganisationRef) unit(@Root() f: Finding): OrganisationRef {
    return { id: f.unitId };
  }
  @FieldResolver(() => [ArrearRef]) arrears(@Root() f: Finding): ArrearRef[] {
    return f.arrearIds.map((id) => ({ id }));
  }
  @FieldResolver(() => [ProjectRef]) projects(@Root() f: Finding): ProjectRef[] {
    return f.projectIds.map((id) => ({ id }));
  }
  @FieldResolver(() => [Rectification]) rectifications(
    @Root() f: Finding,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Rectification[]> {
    return rectificationsOfFinding.load(ctx, f.id);
  }
}

@Resolver(() => Rectification)
export class RectificationResolver {
  @FieldResolver(() => Boolean, { description: 'Open past its deadline.' })
  overdue(@Root() r: Rectification): boolean {
    return r.status === RectificationStatus.OPEN && r.deadline < todayInChina();
  }
}

@Resolver(() => ArrearRef)
export class ArrearFindingsResolver {
  @Authorized('INSPECTOR', 'LEADING_GROUP', 'BUREAU')
  @FieldResolver(() => [Finding], { description: 'Audit findings that name this debt.' })
  findings(@Root() arrear: ArrearRef, @Ctx() ctx: SubgraphContext): Promise<Finding[]> {
    return findingsOfArrear.load(ctx, arrear.id);
  }
}

@Resolver(() => ProjectRef)
export class ProjectFindingsResolver {
  @Authorized('INSPECTOR', 'LEADING_GROUP', 'BUREAU', 'FINANCE')
  @FieldResolver(() => [Finding], { description: 'Audit findings that name this project.' })
  findings(@Root() project: ProjectRef, @Ctx() ctx: SubgraphContext): Promise<Finding[]> {
    return findingsOfProject.load(ctx, project.id);
  }
}
