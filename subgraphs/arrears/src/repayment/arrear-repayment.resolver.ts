import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MoneyScalar, subtractMoney, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { Arrear } from '../ledger/arrear.entity.js';
import { payableNow } from '../ledger/arrear-status.js';
import { undisputedOutstanding } from '../rules/undisputed.js';
import { Payment } from './payment.entity.js';
import { activePlanOfArrear, paymentsOfArrear, plansOfArrear } from './repayment.loaders.js';
import { RepaymentPlan } from './repayment-plan.entity.js';

// A debt's repayment file: its plans, its payments and what remains payable. Each field is one
// batched statement for a whole list of debts.
@Resolver(() => Arrear)
export class ArrearRepaymentResolver {
  @FieldResolver(() => RepaymentPlan, {
    nullable: true,
    description: 'The repayment plan in force.',
  })
  repaymentPlan(
    @Root() arrear: Arrear,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RepaymentPlan | null> {
    return activePlanOfArrear.load(ctx, arrear.id);
  }

  @FieldResolver(() => [RepaymentPlan], {
    description: 'Every plan agreed for this debt, latest revision first.',
  })
  repaymentPlans(@Root() arrear: Arrear, @Ctx() ctx: SubgraphContext): Promise<RepaymentPlan[]> {
    return plansOfArrear.load(ctx, arrear.id);
  }

  @FieldResolver(() => [Payment], { description: 'Payments in the order they were made.' })
  payments(@Root() arrear: Arrear, @Ctx() ctx: SubgraphContext): Promise<Payment[]> {
    return paymentsOfArrear.load(ctx, arrear.id);
  }

  @FieldResolver(() => MoneyScalar, {
    description: 'Outstanding that is not disputed: payable now (2025 art. 15).',
  })
  undisputedOutstanding(@Root() arrear: Arrear): string {
    return undisputedOutstanding(arrear);
  }

  @FieldResolver(() => MoneyScalar, {
    description:
      'How much may be paid right now (all outstanding, or the undisputed part while disputed).',
  })
  payableNow(@Root() arrear: Arrear): string {
    return payableNow(arrear);
  }

  @FieldResolver(() => MoneyScalar, {
    description: 'Migrant workers’ wages still owed (paid first).',
  })
  migrantWagesOutstanding(@Root() arrear: Arrear): string {
    return subtractMoney(arrear.migrantWagesAmount, arrear.migrantWagesPaid);
  }
}
