import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MoneyScalar, subtractMoney, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { Arrear } from '../entities/arrear.entity.js';
import { ArchiveDocument } from '../entities/document.entity.js';
import { Payment } from '../entities/payment.entity.js';
import { RepaymentPlan } from '../entities/repayment-plan.entity.js';
import {
  activePlanOfArrear,
  documentsOfArrear,
  paymentsOfArrear,
  plansOfArrear,
} from '../loaders.js';
import { payableNow } from './payment.resolver.js';
import { undisputedOutstanding } from '../workflow/statutory.js';

// A debt's own file (一笔账一档案): plan, payments, documents. Each field is one batched statement
// for a whole list of debts.
@Resolver(() => Arrear)
export class ArrearFileResolver {
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

  @FieldResolver(() => [ArchiveDocument], {
    description:
      'The archive: contract, invoices, acceptance records, vouchers, plans, agreements.',
  })
  documents(@Root() arrear: Arrear, @Ctx() ctx: SubgraphContext): Promise<ArchiveDocument[]> {
    return documentsOfArrear.load(ctx, arrear.id);
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
