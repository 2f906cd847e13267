// Paying a debt from a budget line (拨付, FINANCE). The line is the record written: the kit checks
// it is within the viewer's jurisdiction before anything else, and changeEntity locks it, so
// concurrent disbursements from one line queue and the line is never disbursed beyond what was
// appropriated (the database's check constraint says the same). The disbursement is added under
// the locked line (`appends`): audited as its CREATE, in the same transaction.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  addMoney,
  changeEntity,
  optionalText,
  Problems,
  Writes,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { debtInReach } from './arrear-facts.js';
import { BudgetLine } from './budget-line.entity.js';
import { DisburseInput } from './budget.inputs.js';
import {
  disbursementProblems,
  VOUCHER_RULE,
  withinAvailableProblems,
} from './budget.validation.js';
import { Disbursement } from './disbursement.entity.js';

@Resolver(() => Disbursement)
export class DisbursementMutations {
  @Authorized('FINANCE')
  @Writes(BudgetLine, 'input.budgetLineId')
  @Mutation(() => Disbursement, {
    description:
      '拨付: pays a debt from a budget line. Never more than the line has available (the line is locked, so concurrent disbursements queue), nor more than the debt’s outstanding.',
  })
  async disburse(
    @Arg('input', () => DisburseInput) input: DisburseInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Disbursement> {
    // The debt must be within the viewer's reach too: FORBIDDEN before any other answer.
    const debt = await debtInReach(ctx, input.arrearId, 'input.arrearId');
    new Problems().merge(disbursementProblems(input, debt)).throwIfAny('input');
    const voucherNo = optionalText(input.voucherNo, 'input.voucherNo', VOUCHER_RULE);
    return changeEntity(
      ctx,
      BudgetLine,
      {
        id: input.budgetLineId,
        action: 'DISBURSE',
        field: 'input.budgetLineId',
        label: '预算指标',
        refresh: true,
        reason: `拨付至欠款 ${debt.id}`,
        appends: true,
      },
      (line, em) => {
        new Problems().merge(withinAvailableProblems(line, input.amount)).throwIfAny('input');
        line.disbursed = addMoney(line.disbursed, input.amount);
        // Typed like createEntity's data (RequiredEntityData): a missing column does not compile.
        return em.create(Disbursement, {
          budgetLine: line,
          arrearId: debt.id,
          amount: input.amount,
          paidOn: input.paidOn,
          fundingSource: line.fundingSource,
          voucherNo,
          createdBy: ctx.viewer.id,
        });
      },
    );
  }
}
