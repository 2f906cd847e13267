// Restricting a defaulting unit's spending and lifting it (FINANCE). What each mutation writes is
// declared on it and checked by the kit before the body runs: a unit or a restriction outside the
// viewer's jurisdiction is FORBIDDEN before any validation, NOT_FOUND or CONFLICT.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  CASE_FACTS,
  changeEntity,
  checkReferences,
  createEntity,
  Creates,
  Problems,
  requireText,
  type SubgraphContext,
  Writes,
  UnitRefs,
  requireNamedUnits,
} from '@arrears-hub/subgraph-kit';
import { unknownUnitProblems } from '../external/known-units.js';
import { Restriction } from './restriction.entity.js';
import { RestrictionStatus } from './restriction.enums.js';
import { LiftRestrictionInput, RestrictExpenditureInput } from './restriction.inputs.js';
import {
  LIFT_REASON_RULE,
  liftProblems,
  liftStateProblems,
  RESTRICTION_REASON_RULE,
  restrictionProblems,
} from './restriction.validation.js';
import { financeMessages as msg } from '../messages.js';

@Resolver(() => Restriction)
export class RestrictionMutations {
  @Authorized('FINANCE')
  @Creates(Restriction, { unit: 'input.unitId' })
  // Units named by UnitRef become the ids the write check reads.
  @UnitRefs({ ref: 'input.unit', id: 'input.unitId' })
  @Mutation(() => Restriction, {
    description: 'Restricts a defaulting unit’s spending (压减一般性支出, 限制参与政府采购 …).',
  })
  async restrictExpenditure(
    @Arg('input', () => RestrictExpenditureInput) input: RestrictExpenditureInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Restriction> {
    requireNamedUnits(input, { unitId: 'unit' });
    const problems = new Problems()
      .merge(restrictionProblems(input))
      .merge(await unknownUnitProblems({ unitId: input.unitId }));
    // The case that ordered it must exist and be within reach (supervision says so).
    if (input.caseId && !problems.has('caseId')) {
      await checkReferences(
        ctx,
        CASE_FACTS,
        input.caseId,
        problems,
        'caseId',
        msg.supervisionCase(),
      );
    }
    problems.throwIfAny('input');
    return createEntity(ctx, Restriction, {
      unitId: input.unitId,
      measure: input.measure,
      fromDate: input.fromDate,
      toDate: input.toDate ?? null,
      reason: requireText(input.reason, 'input.reason', RESTRICTION_REASON_RULE),
      caseId: input.caseId ?? null,
      status: RestrictionStatus.ACTIVE,
      createdBy: ctx.viewer.id,
    });
  }

  @Authorized('FINANCE')
  @Writes(Restriction, 'input.restrictionId')
  @Mutation(() => Restriction)
  liftRestriction(
    @Arg('input', () => LiftRestrictionInput) input: LiftRestrictionInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Restriction> {
    new Problems().merge(liftProblems(input)).throwIfAny('input');
    const reason = requireText(input.reason, 'input.reason', LIFT_REASON_RULE);
    return changeEntity(
      ctx,
      Restriction,
      {
        id: input.restrictionId,
        expectedVersion: input.expectedVersion,
        action: 'LIFT',
        reason,
        field: 'input.restrictionId',
        label: msg.restriction(),
      },
      (r) => {
        new Problems().merge(liftStateProblems(r, input)).throwIfAny('input');
        r.status = RestrictionStatus.LIFTED;
        r.liftedOn = input.liftedOn;
        r.liftReason = reason;
        return r;
      },
    );
  }
}
