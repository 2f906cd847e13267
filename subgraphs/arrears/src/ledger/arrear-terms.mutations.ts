// Recording a contract's payment terms (and correcting its dates): the statutory due date is
// recomputed from them, never typed in (docs/domain/regulation.md).
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import {
  DateScalar,
  Problems,
  unitDirectory,
  Writes,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { creditorSizeAtSigning } from '../rules/creditor-size.js';
import { SizeAtSigning } from './arrear.enums.js';
import { Arrear } from './arrear.entity.js';
import { changeArrear } from './arrear-change.js';
import { termsCorrectionProblems, type TermsCorrection } from './arrear.validation.js';
import { cleanTerms } from './contract-terms.validation.js';
import { refreshDueDate } from './statutory-terms.js';
import { ContractTermsInput } from './statutory-terms.types.js';
import { refuseUnless } from '../refuse.js';
import { arrearsMessages as msg } from '../messages.js';

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

@InputType()
export class RecordCreditorSizeInput {
  @Field(() => ID)
  arrearId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => SizeAtSigning, {
    nullable: true,
    description:
      'The size class at signing as now declared or decided (e.g. by the SME department, 2025 art. 29); null: judge it again from the registry’s size facts.',
  })
  sizeAtSigning?: SizeAtSigning | null;
}

@Resolver(() => Arrear)
export class ArrearTermsMutationResolver {
  @Authorized('BUREAU', 'LEADING_GROUP', 'INSPECTOR')
  @Mutation(() => Arrear, {
    description:
      'Records the creditor’s size class at signing (2025 art. 3), or judges it again from the size facts; the due date is recomputed (the regulation’s terms for an SME, the contract’s for a large enterprise).',
  })
  @Writes(Arrear, 'input.arrearId')
  async recordCreditorSize(
    @Arg('input', () => RecordCreditorSizeInput) input: RecordCreditorSizeInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Arrear> {
    refuseUnless(
      input.sizeAtSigning !== SizeAtSigning.UNKNOWN,
      'sizeAtSigning',
      msg.sizeCorrectionNotDeclarable(),
      'input',
    );
    return changeArrear(
      ctx,
      {
        arrearId: input.arrearId,
        expectedVersion: input.expectedVersion,
        action: 'RECORD_CREDITOR_SIZE',
      },
      async (arrear, em) => {
        const creditor = (await unitDirectory().get([arrear.creditorId])).get(arrear.creditorId);
        Object.assign(
          arrear,
          creditorSizeAtSigning({
            contractSignedOn: arrear.contractSignedOn,
            declared: input.sizeAtSigning ?? null,
            registry: creditor ?? null,
          }),
        );
        await refreshDueDate(em, arrear);
        return arrear;
      },
    );
  }

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
          msg.acceptedBeforeDelivery(),
          'input',
        );
        arrear.contractTerms = terms;
        await refreshDueDate(em, arrear);
        return arrear;
      },
    );
  }
}
