// The statutory terms on each debt (保障中小企业款项支付条例): due date, overdue days, ageing,
// interest, banned terms — computed from the recorded facts by rules/, never typed in.
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { DateScalar, todayInChina, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { ageBucket, overdueDays } from '../rules/ageing.js';
import { paymentsOfArrear } from '../repayment/repayment.loaders.js';
import { Arrear } from './arrear.entity.js';
import { interestOf, violationsOf } from './statutory-terms.js';
import {
  AgeBucket,
  ContractTermsInput,
  LateInterestView,
  ViolationView,
} from './statutory-terms.types.js';

const asOfOrToday = (asOf: string | null | undefined) => asOf ?? todayInChina();

@Resolver(() => Arrear)
export class ArrearTermsResolver {
  @FieldResolver(() => ContractTermsInput, { nullable: true })
  contractTerms(@Root() arrear: Arrear): ContractTermsInput | null {
    return arrear.contractTerms ?? null;
  }

  @FieldResolver(() => Int, {
    description: 'Days past the statutory due date on asOf (today by default); 0 when not overdue.',
  })
  overdueDays(
    @Root() arrear: Arrear,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
  ): number {
    return Number(arrear.outstanding) > 0
      ? overdueDays(arrear.statutoryDueOn, asOfOrToday(asOf))
      : 0;
  }

  @FieldResolver(() => AgeBucket, { description: '账龄 bucket on asOf.' })
  ageBucket(
    @Root() arrear: Arrear,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
  ): AgeBucket {
    return ageBucket(this.overdueDays(arrear, asOf));
  }

  @FieldResolver(() => LateInterestView, {
    description:
      'Late-payment interest to asOf, on the undisputed principal, reduced by each later payment.',
  })
  async lateInterest(
    @Root() arrear: Arrear,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LateInterestView> {
    return interestOf(arrear, await paymentsOfArrear.load(ctx, arrear.id), asOfOrToday(asOf));
  }

  @FieldResolver(() => [ViolationView], {
    description:
      'Banned terms and conduct shown by the recorded facts (docs/domain/regulation.md).',
  })
  violations(@Root() arrear: Arrear): ViolationView[] {
    return violationsOf(arrear);
  }
}
