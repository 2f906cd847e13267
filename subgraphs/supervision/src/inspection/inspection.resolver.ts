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
  auditSnapshot,
  connectionType,
  DateScalar,
  inTransaction,
  isUuid,
  jurisdictionOf,
  notFuture,
  PageArgs,
  paginate,
  recordAudit,
  requireUnit,
  SortDirection,
  UserInputError,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { FollowUpCall, Inspection } from '../entities/case.entity.js';
import { InspectionItem } from '../entities/enums.js';
import { OrganisationRef } from '../external/refs.js';

export const InspectionConnection = connectionType(Inspection, 'Inspection');

@InputType()
export class RecordInspectionInput {
  @Field(() => ID) unitId!: string;
  @Field(() => DateScalar) inspectedOn!: string;
  @Field(() => [InspectionItem]) items!: InspectionItem[];
  @Field(() => String, { nullable: true, description: 'Problems found; leave empty when none.' })
  issuesFound?: string | null;
}

@InputType()
export class RecordFollowUpCallInput {
  @Field(() => ID, { description: 'The debtor unit the call is about.' }) unitId!: string;
  @Field(() => ID, { nullable: true, description: 'The enterprise called.' }) enterpriseId?:
    string | null;
  @Field(() => DateScalar) calledOn!: string;
  @Field(() => Int, { description: '1 (very dissatisfied) to 5 (very satisfied).' })
  satisfaction!: number;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@Resolver(() => Inspection)
export class InspectionResolver {
  @Authorized()
  @Query(() => InspectionConnection, { description: 'Monthly inspections, latest first.' })
  async inspections(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('unitIds', () => [ID], { nullable: true }) unitIds: string[] | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Inspection>> {
    const and: FilterQuery<Inspection>[] = [(await jurisdictionOf(ctx)).filter('unitId')];
    if (unitIds) and.push({ unitId: { $in: unitIds.filter(isUuid).slice(0, 500) } });
    return paginate(
      ctx.em,
      Inspection,
      { $and: and },
      {
        first: page.first,
        after: page.after,
        sortField: 'inspectedOn',
        direction: SortDirection.DESC,
      },
    );
  }

  @Authorized('INSPECTOR')
  @Mutation(() => Inspection, {
    description: 'Records a monthly inspection by the 监督执纪组 (seed 001).',
  })
  recordInspection(
    @Arg('input', () => RecordInspectionInput) input: RecordInspectionInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Inspection> {
    notFuture(input.inspectedOn, 'input.inspectedOn');
    if (!input.items.length) throw new UserInputError('Say what was checked.', 'input.items');
    return inTransaction(ctx, async (em) => {
      const unit = await requireUnit(ctx, input.unitId, 'input.unitId');
      const inspection = em.create(Inspection, {
        id: randomUUID(),
        unitId: unit.id,
        inspectedOn: input.inspectedOn,
        items: [...new Set(input.items)],
        issuesFound: input.issuesFound?.trim() || null,
        inspectorId: ctx.viewer.id,
      } as never);
      await em.flush();
      recordAudit(em, ctx.viewer, {
        entity: 'Inspection',
        entityId: inspection.id,
        action: 'CREATE',
        after: auditSnapshot(inspection),
      });
      return inspection;
    });
  }

  @Authorized('INSPECTOR', 'LEADING_GROUP', 'BUREAU')
  @Mutation(() => FollowUpCall, {
    description:
      '回访: records a follow-up call and the enterprise’s satisfaction (feeds the assessment).',
  })
  recordFollowUpCall(
    @Arg('input', () => RecordFollowUpCallInput) input: RecordFollowUpCallInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<FollowUpCall> {
    notFuture(input.calledOn, 'input.calledOn');
    if (!Number.isInteger(input.satisfaction) || input.satisfaction < 1 || input.satisfaction > 5)
      throw new UserInputError('Satisfaction is 1 to 5.', 'input.satisfaction');
    if (input.enterpriseId && !isUuid(input.enterpriseId))
      throw new UserInputError(`"${input.enterpriseId}" is not a unit id.`, 'input.enterpriseId');
    return inTransaction(ctx, async (em) => {
      const unit = await requireUnit(ctx, input.unitId, 'input.unitId');
      const call = em.create(FollowUpCall, {
        id: randomUUID(),
        unitId: unit.id,
        enterpriseId: input.enterpriseId ?? null,
        calledOn: input.calledOn,
        satisfaction: input.satisfaction,
        note: input.note?.trim() || null,
      } as never);
      await em.flush();
      recordAudit(em, ctx.viewer, {
        entity: 'FollowUpCall',
        entityId: call.id,
        action: 'CREATE',
        after: auditSnapshot(call),
      });
      return call;
    });
  }

  @FieldResolver(() => OrganisationRef) unit(@Root() i: Inspection): OrganisationRef {
    return { id: i.unitId };
  }
}
