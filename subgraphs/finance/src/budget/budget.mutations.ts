// Appropriating and adjusting budget lines (FINANCE). What each mutation writes is declared on it
// and checked by the kit before the body runs: a unit or a line outside the viewer's jurisdiction
// is FORBIDDEN before any validation, NOT_FOUND or CONFLICT. An adjustment is added under its
// locked line (changeEntity's `appends`), which audits it as its CREATE in the same transaction.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  addMoney,
  changeEntity,
  createEntity,
  Creates,
  optionalText,
  Problems,
  requireText,
  Writes,
  type SubgraphContext,
  UnitRefs,
  requireNamedUnits,
} from '@arrears-hub/subgraph-kit';
import { unknownUnitProblems } from '../external/known-units.js';
import { BudgetAdjustment } from './budget-adjustment.entity.js';
import { BudgetLine } from './budget-line.entity.js';
import { AdjustBudgetInput, AppropriateInput } from './budget.inputs.js';
import {
  ADJUSTMENT_REASON_RULE,
  adjustmentFitsProblems,
  adjustmentProblems,
  appropriationProblems,
  NOTE_RULE,
} from './budget.validation.js';
import { financeMessages as msg } from '../messages.js';

@Resolver(() => BudgetLine)
export class BudgetLineMutations {
  @Authorized('FINANCE')
  @Creates(BudgetLine, { unit: 'input.unitId' })
  // Units named by UnitRef become the ids the write check reads.
  @UnitRefs({ ref: 'input.unit', id: 'input.unitId' })
  @Mutation(() => BudgetLine, {
    description: '安排预算: appropriates money to a unit for a year and purpose.',
  })
  async appropriate(
    @Arg('input', () => AppropriateInput) input: AppropriateInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<BudgetLine> {
    requireNamedUnits(input, { unitId: 'unit' });
    new Problems()
      .merge(appropriationProblems(input))
      .merge(await unknownUnitProblems({ unitId: input.unitId }))
      .throwIfAny('input');
    return createEntity(
      ctx,
      BudgetLine,
      {
        unitId: input.unitId,
        fiscalYear: input.fiscalYear,
        purpose: input.purpose,
        fundingSource: input.fundingSource,
        appropriated: input.amount,
        note: optionalText(input.note, 'input.note', NOTE_RULE),
        createdBy: ctx.viewer.id,
      },
      // `available` is a generated column: read it back.
      { refresh: true },
    );
  }

  @Authorized('FINANCE')
  @Writes(BudgetLine, 'input.budgetLineId')
  @Mutation(() => BudgetLine, {
    description:
      '调整预算, including 扣减部门预算 to pay a unit’s arrears (the Ye County programme). Never below what was disbursed.',
  })
  async adjustBudget(
    @Arg('input', () => AdjustBudgetInput) input: AdjustBudgetInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<BudgetLine> {
    new Problems().merge(adjustmentProblems(input)).throwIfAny('input');
    const reason = requireText(input.reason, 'input.reason', ADJUSTMENT_REASON_RULE);
    let adjusted: BudgetLine | undefined;
    await changeEntity(
      ctx,
      BudgetLine,
      {
        id: input.budgetLineId,
        expectedVersion: input.expectedVersion,
        action: 'ADJUST',
        reason,
        field: 'input.budgetLineId',
        label: msg.budgetLine(),
        refresh: true,
        appends: true,
      },
      (line, em) => {
        // On the locked line, so that a disbursement cannot slip in between.
        new Problems().merge(adjustmentFitsProblems(line, input.amount)).throwIfAny('input');
        line.adjustments = addMoney(line.adjustments, input.amount);
        adjusted = line;
        // Typed like createEntity's data (RequiredEntityData): a missing column does not compile.
        return em.create(BudgetAdjustment, {
          budgetLine: line,
          kind: input.kind,
          amount: input.amount,
          reason,
          adjustedOn: input.adjustedOn,
          createdBy: ctx.viewer.id,
        });
      },
    );
    // The line as committed (refreshed: `available` is a generated column).
    return adjusted!;
  }
}
