// Recording a contract's payment terms (and correcting its dates): the statutory due date is
// recomputed from them, never typed in (docs/domain/regulation.md).
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { DateScalar, Problems, Writes, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { Arrear } from './arrear.entity.js';
import { changeArrear } from './arrear-change.js';
import { termsCorrectionProblems, type TermsCorrection } from './arrear.validation.js';
import { cleanTerms } from './contract-terms.validation.js';
import { refreshDueDate } from './statutory-terms.js';
import { ContractTermsInput } from './statutory-terms.types.js';
import { refuseUnless } from '../refuse.js';

@InputType()
export class RecordContractTermsInput implements TermsCorrection {
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

@Resolver(() => Arrear)
export class ArrearTermsMutationResolver {
  @Authorized('BUREAU', 'LEADING_GROUP', 'INSPECTOR')
  @Mutation(() => Arrear, {
    description:
      'Records the contract’s payment terms (and corrects its dates); the statutory due date is recomputed.',
  })
  @Writes(Arrear, 'input.arrearId')
  recordContractTerms(
    @Arg('input', () => RecordContractTermsInput) input: RecordContractTermsInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Arrear> {
    new Problems().merge(termsCorrectionProblems(input)).throwIfAny('input');
    const terms = cleanTerms(input.terms);
    return changeArrear(
      ctx,
      { arrearId: input.arrearId, expectedVersion: input.expectedVersion, action: 'RECORD_TERMS' },
      async (arrear, em) => {
        if (input.deliveredOn) arrear.deliveredOn = input.deliveredOn;
        if (input.acceptedOn) arrear.acceptedOn = input.acceptedOn;
        refuseUnless(
          !arrear.deliveredOn || !arrear.acceptedOn || arrear.acceptedOn >= arrear.deliveredOn,
          'acceptedOn',
          '验收日期不能早于交付日期（acceptance cannot come before delivery）。',
          'input',
        );
        arrear.contractTerms = terms;
        await refreshDueDate(em, arrear);
        return arrear;
      },
    );
  }
}
