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
  changeEntity,
  connectionType,
  DateScalar,
  inTransaction,
  isUuid,
  PageArgs,
  paginate,
  recordAudit,
  requireText,
  requireUnit,
  UserInputError,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { RestrictionMeasure, RestrictionStatus } from '../entities/enums.js';
import { Restriction } from '../entities/restriction.entity.js';
import { OrganisationRef } from '../external/organisation.js';
import { jurisdictionOf, unitFilter } from '../scope.js';

export const RestrictionConnection = connectionType(Restriction, 'Restriction');

@InputType()
export class RestrictExpenditureInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => RestrictionMeasure)
  measure!: RestrictionMeasure;

  @Field(() => DateScalar)
  fromDate!: string;

  @Field(() => DateScalar, { nullable: true })
  toDate?: string | null;

  @Field(() => String)
  reason!: string;

  @Field(() => ID, { nullable: true, description: 'The supervision case that ordered it.' })
  caseId?: string | null;
}

@InputType()
export class LiftRestrictionInput {
  @Field(() => ID)
  restrictionId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => DateScalar)
  liftedOn!: string;

  @Field(() => String)
  reason!: string;
}

@Resolver(() => Restriction)
export class RestrictionResolver {
  @Authorized()
  @Query(() => RestrictionConnection, { description: 'Spending restrictions on defaulting units.' })
  async restrictions(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('unitIds', () => [ID], { nullable: true }) unitIds: string[] | null,
    @Arg('status', () => RestrictionStatus, { nullable: true }) status: RestrictionStatus | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Restriction>> {
    const and: FilterQuery<Restriction>[] = [await unitFilter(ctx, 'unitId')];
    if (unitIds) and.push({ unitId: { $in: unitIds.filter(isUuid).slice(0, 500) } });
    if (status) and.push({ status });
    return paginate(
      ctx.em,
      Restriction,
      { $and: and },
      { first: page.first, after: page.after, sortField: 'fromDate' },
    );
  }

  @Authorized('FINANCE')
  @Mutation(() => Restriction, {
    description: 'Restricts a defaulting unit’s spending (压减一般性支出, 限制参与政府采购 …).',
  })
  restrictExpenditure(
    @Arg('input', () => RestrictExpenditureInput) input: RestrictExpenditureInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Restriction> {
    const reason = requireText(input.reason, 'input.reason', { message: 'Say why.' });
    if (input.toDate && input.toDate < input.fromDate)
      throw new UserInputError('The restriction cannot end before it starts.', 'input.toDate');
    if (input.caseId && !isUuid(input.caseId))
      throw new UserInputError(`"${input.caseId}" is not a case id.`, 'input.caseId');
    return inTransaction(ctx, async (em) => {
      const unit = await requireUnit(ctx, input.unitId, 'input.unitId');
      const restriction = em.create(Restriction, {
        id: randomUUID(),
        unitId: unit.id,
        measure: input.measure,
        fromDate: input.fromDate,
        toDate: input.toDate ?? null,
        reason,
        caseId: input.caseId ?? null,
        status: RestrictionStatus.ACTIVE,
        createdBy: ctx.viewer.id,
      } as never);
      await em.flush();
      recordAudit(em, ctx.viewer, {
        entity: 'Restriction',
        entityId: restriction.id,
        action: 'CREATE',
        after: auditSnapshot(restriction),
      });
      return restriction;
    });
  }

  @Authorized('FINANCE')
  @Mutation(() => Restriction)
  liftRestriction(
    @Arg('input', () => LiftRestrictionInput) input: LiftRestrictionInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Restriction> {
    const reason = requireText(input.reason, 'input.reason', { message: 'Say why it is lifted.' });
    return changeEntity(
      ctx,
      Restriction,
      {
        id: input.restrictionId,
        expectedVersion: input.expectedVersion,
        action: 'LIFT',
        reason,
        field: 'input.restrictionId',
        label: 'Restriction',
      },
      async (r) => {
        (await jurisdictionOf(ctx)).assertUnit(r.unitId, 'This restriction');
        if (r.status === RestrictionStatus.LIFTED)
          throw new UserInputError('This restriction was lifted already.', 'input.restrictionId');
        if (input.liftedOn < r.fromDate)
          throw new UserInputError('It cannot be lifted before it started.', 'input.liftedOn');
        r.status = RestrictionStatus.LIFTED;
        r.liftedOn = input.liftedOn;
        r.liftReason = reason;
        return r;
      },
    );
  }

  @FieldResolver(() => OrganisationRef)
  unit(@Root() restriction: Restriction): OrganisationRef {
    return { id: restriction.unitId };
  }
}
