// The statutory terms on each debt (保障中小企业款项支付条例): due date, overdue days, ageing,
// interest, banned terms — computed from the recorded facts by rules/, never typed in. With `asOf`
// a figure is the one of that day: the payments made by then and only those, the dispute and the
// court case of that day (rules/as-of.ts).
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { DateScalar, todayInChina, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { positionOn } from '../rules/as-of.js';
import { sizeFlagged, statuteApplies } from '../rules/creditor-size.js';
import { ageBucket, overdueDays } from '../rules/ageing.js';
import { paymentsOfArrear } from '../repayment/repayment.loaders.js';
import { Arrear } from './arrear.entity.js';
import { DebtPosition } from './arrear-as-of.types.js';
import { ArrearPeriod } from './arrear-period.entity.js';
import { periodsOfArrear } from './arrear.loaders.js';
import { historyOf, interestOf, violationsOf } from './statutory-terms.js';
import {
  AgeBucket,
  ContractTermsInput,
  LateInterestView,
  ViolationView,
} from './statutory-terms.types.js';

const asOfOrToday = (asOf: string | null | undefined) => asOf ?? todayInChina();

async function historyLoaded(arrear: Arrear, ctx: SubgraphContext) {
  const [payments, periods] = await Promise.all([
    paymentsOfArrear.load(ctx, arrear.id),
    periodsOfArrear.load(ctx, arrear.id),
  ]);
  return { payments, periods, history: historyOf(arrear, payments, periods) };
}

@Resolver(() => Arrear)
export class ArrearTermsResolver {
  @FieldResolver(() => ContractTermsInput, { nullable: true })
  contractTerms(@Root() arrear: Arrear): ContractTermsInput | null {
    return arrear.contractTerms ?? null;
  }

  @FieldResolver(() => Int, {
    description:
      'Days past the due date on asOf (today by default), counting the payments made by then; 0 when not overdue.',
  })
  async overdueDays(
    @Root() arrear: Arrear,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<number> {
    if (!asOf)
      return Number(arrear.outstanding) > 0
        ? overdueDays(arrear.statutoryDueOn, todayInChina())
        : 0;
    return positionOn((await historyLoaded(arrear, ctx)).history, asOf).overdueDays;
  }

  @FieldResolver(() => AgeBucket, { description: '账龄 bucket on asOf.' })
  async ageBucket(
    @Root() arrear: Arrear,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AgeBucket> {
    return ageBucket(await this.overdueDays(arrear, asOf, ctx));
  }

  @FieldResolver(() => LateInterestView, {
    description:
      'Late-payment interest to asOf, day by day on what was owed and undisputed: payments made by then reduce it from the day after, disputes as dated. None for a creditor that was large at signing unless its contract agreed a rate.',
  })
  async lateInterest(
    @Root() arrear: Arrear,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LateInterestView> {
    const { payments, periods } = await historyLoaded(arrear, ctx);
    return interestOf(arrear, payments, periods, asOfOrToday(asOf));
  }

  @FieldResolver(() => DebtPosition, {
    description:
      'The debt at the end of `date`: paid, outstanding, disputed, in court, counted, overdue days, age bucket and late interest of that day.',
  })
  async positionOn(
    @Root() arrear: Arrear,
    @Arg('date', () => DateScalar) date: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<DebtPosition> {
    const { payments, periods, history } = await historyLoaded(arrear, ctx);
    return {
      ...positionOn(history, date),
      lateInterest: interestOf(arrear, payments, periods, date),
    };
  }

  @FieldResolver(() => [ArrearPeriod], {
    description: 'The dated disputes and court cases of the debt, oldest first.',
  })
  periods(@Root() arrear: Arrear, @Ctx() ctx: SubgraphContext): Promise<ArrearPeriod[]> {
    return periodsOfArrear.load(ctx, arrear.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether 《保障中小企业款项支付条例》 protects this debt: the creditor was an SME (or of unknown size) when it signed. false: the contract’s own terms apply (see paymentTermBasis).',
  })
  statuteApplies(@Root() arrear: Arrear): boolean {
    return statuteApplies(arrear.creditorSizeAtSigning);
  }

  @FieldResolver(() => Boolean, {
    description: 'The size at signing is not from size facts dated by the signing: check it.',
  })
  creditorSizeFlagged(@Root() arrear: Arrear): boolean {
    return sizeFlagged(arrear.creditorSizeSource);
  }

  @FieldResolver(() => [ViolationView], {
    description:
      'Banned terms and conduct shown by the recorded facts (docs/domain/regulation.md).',
  })
  violations(@Root() arrear: Arrear): ViolationView[] {
    return violationsOf(arrear);
  }
}
