// A plan's instalments as GraphQL shows them: each with whether the payments since the plan cover
// it and whether it is overdue, computed from the stored plan and the debt's paid amount.
import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import {
  addMoney,
  compareMoney,
  DateScalar,
  MoneyScalar,
  subtractMoney,
  todayInChina,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../ledger/arrear.entity.js';
import { arrearById } from '../ledger/arrear.loaders.js';
import type { Instalment } from './instalment.entity.js';
import { instalmentsOfPlan } from './repayment.loaders.js';
import { RepaymentPlan } from './repayment-plan.entity.js';

@ObjectType('Instalment', {
  description: 'One instalment of a repayment plan, with whether payments have covered it.',
})
export class InstalmentView {
  @Field(() => Int)
  seq!: number;

  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field(() => MoneyScalar, { description: 'This and all earlier instalments.' })
  cumulativeAmount!: string;

  @Field(() => Boolean, {
    description: 'Payments since the plan was agreed cover this instalment.',
  })
  covered!: boolean;

  @Field(() => Boolean, { description: 'Due before today (China time) and not covered.' })
  overdue!: boolean;
}

export function instalmentViews(
  plan: Pick<RepaymentPlan, 'paidBefore'>,
  instalments: readonly Pick<Instalment, 'seq' | 'dueOn' | 'amount'>[],
  paidNow: string,
  today = todayInChina(),
): InstalmentView[] {
  const paidSincePlan = subtractMoney(paidNow, plan.paidBefore);
  let cumulative = '0.00';
  return instalments.map((i) => {
    cumulative = addMoney(cumulative, i.amount);
    const covered = compareMoney(paidSincePlan, cumulative) >= 0;
    return {
      seq: i.seq,
      dueOn: i.dueOn,
      amount: i.amount,
      cumulativeAmount: cumulative,
      covered,
      overdue: !covered && i.dueOn < today,
    };
  });
}

@Resolver(() => RepaymentPlan)
export class RepaymentPlanResolver {
  @FieldResolver(() => [InstalmentView])
  async instalments(
    @Root() plan: RepaymentPlan,
    @Ctx() ctx: SubgraphContext,
  ): Promise<InstalmentView[]> {
    const [instalments, arrear] = await Promise.all([
      instalmentsOfPlan.load(ctx, plan.id),
      arrearById.load(ctx, plan.arrear.id),
    ]);
    return instalmentViews(plan, instalments, arrear!.paid);
  }

  @FieldResolver(() => Int, { description: 'Instalments past due and not covered by payments.' })
  async overdueInstalments(
    @Root() plan: RepaymentPlan,
    @Ctx() ctx: SubgraphContext,
  ): Promise<number> {
    return (await this.instalments(plan, ctx)).filter((i) => i.overdue).length;
  }

  // A plan is read only by whoever may read its debt, so the debt is there.
  @FieldResolver(() => Arrear)
  async arrear(@Root() plan: RepaymentPlan, @Ctx() ctx: SubgraphContext): Promise<Arrear> {
    return (await arrearById.load(ctx, plan.arrear.id))!;
  }
}
