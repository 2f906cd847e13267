import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import {
  DateScalar,
  todayInChina,
  UserInputError,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../entities/arrear.entity.js';
import { paymentsOfArrear } from '../loaders.js';
import { AgeBucket, ageBucket, overdueDays } from '../rules/ageing.js';
import {
  cleanTerms,
  ContractTermsInput,
  interestOf,
  LateInterestView,
  refreshDueDate,
  ViolationView,
  violationsOf,
} from '../workflow/statutory.js';
import { changeArrear } from './arrear-change.js';

@InputType()
export class RecordContractTermsInput {
  @Field(() => ID)
  arrearId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => ContractTermsInput, { description: 'Replaces the recorded terms.' })
  terms!: ContractTermsInput;

  @Field(() => DateScalar, { nullable: true, description: 'Corrects the delivery date.' })
  deliveredOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Corrects the acceptance date.' })
  acceptedOn?: string | null;
}

const asOfOrToday = (asOf: string | null | undefined) => asOf ?? todayInChina();

// The statutory terms on each debt (保障中小企业款项支付条例): due date, overdue days, ageing,
// interest, banned terms — computed from the recorded facts by rules/, never typed in.
@Resolver(() => Arrear)
export class ArrearTermsResolver {
  @Authorized('BUREAU', 'LEADING_GROUP', 'INSPECTOR')
  @Mutation(() => Arrear, {
    description:
      'Records the contract’s payment terms (and corrects its dates); the statutory due date is recomputed.',
  })
  recordContractTerms(
    @Arg('input', () => RecordContractTermsInput) input: RecordContractTermsInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Arrear> {
    const terms = cleanTerms(input.terms, 'input.terms');
    return changeArrear(
      ctx,
      { arrearId: input.arrearId, expectedVersion: input.expectedVersion, action: 'RECORD_TERMS' },
      async (arrear, em) => {
        if (input.deliveredOn) {
          if (input.deliveredOn > todayInChina())
            throw new UserInputError('Delivery cannot be in the future.', 'input.deliveredOn');
          arrear.deliveredOn = input.deliveredOn;
        }
        if (input.acceptedOn) {
          if (input.acceptedOn > todayInChina())
            throw new UserInputError('Acceptance cannot be in the future.', 'input.acceptedOn');
          arrear.acceptedOn = input.acceptedOn;
        }
        if (arrear.deliveredOn && arrear.acceptedOn && arrear.acceptedOn < arrear.deliveredOn) {
          throw new UserInputError('Acceptance cannot come before delivery.', 'input.acceptedOn');
        }
        arrear.contractTerms = terms;
        await refreshDueDate(em, arrear);
        return arrear;
      },
    );
  }

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
    description: 'Banned terms and conduct shown by the recorded facts (domain report §1.4).',
  })
  violations(@Root() arrear: Arrear): ViolationView[] {
    return violationsOf(arrear);
  }
}
