// Agreeing a repayment plan (还款计划/协议) on a debt: written by the debtor's jurisdiction (@Writes
// on the debt, checked first), under the debt's row lock; a new plan supersedes the active one and
// the old one is kept.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  auditSnapshot,
  createEntity,
  normalizeText,
  problemsError,
  Problems,
  recordAudit,
  Writes,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { ArrearStatus } from '../ledger/arrear.enums.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { changeArrear } from '../ledger/arrear-change.js';
import { payableNow } from '../ledger/arrear-status.js';
import { Instalment } from './instalment.entity.js';
import { RepaymentPlanStatus } from './repayment.enums.js';
import { AgreeRepaymentPlanInput } from './repayment-plan.inputs.js';
import { RepaymentPlan } from './repayment-plan.entity.js';
import { agreementAgainstDebt, agreementProblems } from './repayment-plan.validation.js';

@Resolver(() => RepaymentPlan)
export class RepaymentPlanMutationResolver {
  @Authorized('BUREAU', 'LEADING_GROUP')
  @Mutation(() => RepaymentPlan, {
    description:
      '还款计划/协议: instalments adding up to what is outstanding (the undisputed part while disputed). A new plan supersedes the active one; history is kept.',
  })
  @Writes(Arrear, 'input.arrearId')
  agreeRepaymentPlan(
    @Arg('input', () => AgreeRepaymentPlanInput) input: AgreeRepaymentPlanInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RepaymentPlan> {
    new Problems().merge(agreementProblems(input)).throwIfAny('input');
    const note = input.note ? normalizeText(input.note) || null : null;
    return changeArrear(
      ctx,
      { arrearId: input.arrearId, expectedVersion: input.expectedVersion, action: 'AGREE_PLAN' },
      async (arrear, em) => {
        const target = payableNow(arrear);
        const { problems, total } = agreementAgainstDebt(input, arrear, target);
        if (problems.length) {
          const error = problemsError(problems, 'input');
          // The total a client has to reach, so a form can show it beside the instalments.
          if (problems.some((p) => p.field === 'instalments'))
            Object.assign(error.extensions, { expectedTotal: target });
          throw error;
        }
        const previous = await em.find(
          RepaymentPlan,
          { arrear },
          { orderBy: { revision: 'desc' } },
        );
        const active = previous.find((p) => p.status === RepaymentPlanStatus.ACTIVE);
        if (active) {
          // Superseded inside the debt's own change: the debt's row lock and write check cover
          // its plans, and changeEntity cannot join a transaction already open (it opens its
          // own), so the plan's audit entry is written here.
          const before = auditSnapshot(active);
          active.status = RepaymentPlanStatus.SUPERSEDED;
          await em.flush(); // free the one-active-plan index before the new plan goes in
          recordAudit(em, ctx.viewer, {
            entity: 'RepaymentPlan',
            entityId: active.id,
            action: 'SUPERSEDE',
            before,
            after: auditSnapshot(active),
          });
        }
        const plan = await createEntity(
          ctx,
          RepaymentPlan,
          {
            arrear,
            revision: (previous[0]?.revision ?? 0) + 1,
            signedOn: input.signedOn,
            fundingSource: input.fundingSource,
            paidBefore: arrear.paid,
            total,
            status: RepaymentPlanStatus.ACTIVE,
            note,
            agreedBy: ctx.viewer.id,
          },
          { em },
        );
        // The instalments belong to a plan created in this same transaction: the kit's create
        // check reads parents outside it (and would not find the plan), so they are created here,
        // typed and audited, under the debt's lock and write check that already cover them.
        for (const [index, i] of input.instalments.entries()) {
          const instalment = em.create(Instalment, {
            plan,
            seq: index + 1,
            dueOn: i.dueOn,
            amount: i.amount,
          });
          recordAudit(em, ctx.viewer, {
            entity: 'Instalment',
            entityId: instalment.id,
            action: 'CREATE',
            after: { planId: plan.id, seq: index + 1, dueOn: i.dueOn, amount: i.amount },
          });
        }
        if (arrear.status === ArrearStatus.VERIFIED) arrear.status = ArrearStatus.PLANNED;
        arrear.hasRepaymentPlan = true;
        return plan;
      },
    );
  }
}
