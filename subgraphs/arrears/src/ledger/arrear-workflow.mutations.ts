import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import {
  compareMoney,
  DateScalar,
  MoneyScalar,
  requireText,
  subtractMoney,
  todayInChina,
  UserInputError,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../entities/arrear.entity.js';
import { ArrearStatus } from '../entities/enums.js';
import { assertMove } from '../workflow/status.js';
import { changeArrear } from './arrear-change.js';

@InputType()
export class VerifyArrearInput {
  @Field(() => ID)
  arrearId!: string;

  @Field(() => Int, { description: 'The version you read.' })
  expectedVersion!: number;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The amount confirmed by verification, when it differs from the registered one.',
  })
  confirmedAmount?: string | null;

  @Field(() => DateScalar)
  verifiedOn!: string;

  @Field(() => String, {
    description: 'What it rests on: contract, acceptance record, voucher numbers.',
  })
  evidence!: string;
}

@InputType()
export class MarkDisputedInput {
  @Field(() => ID)
  arrearId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => MoneyScalar, {
    description:
      'The disputed part; the rest of what is outstanding must still be paid (2025 art. 15).',
  })
  disputedAmount!: string;

  @Field(() => String)
  reason!: string;
}

@InputType()
export class TransferToJudicialInput {
  @Field(() => ID)
  arrearId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { description: 'Court or arbitration body and case number.' })
  reference!: string;
}

@InputType()
export class WithdrawArrearInput {
  @Field(() => ID)
  arrearId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, {
    description: 'Why the debt leaves the ledger (registered in error, not an arrear …).',
  })
  reason!: string;
}

const WRITERS = ['BUREAU', 'LEADING_GROUP'] as const;

@Resolver(() => Arrear)
export class ArrearWorkflowResolver {
  @Authorized(...WRITERS)
  @Mutation(() => Arrear, {
    description: '核实: confirm debtor, amount and cause from contracts and vouchers.',
  })
  verifyArrear(
    @Arg('input', () => VerifyArrearInput) input: VerifyArrearInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Arrear> {
    const evidence = requireText(input.evidence, 'input.evidence', {
      message: `Say what the verification rests on.`,
    });
    if (input.verifiedOn > todayInChina())
      throw new UserInputError('Verification cannot be dated in the future.', 'input.verifiedOn');
    return changeArrear(
      ctx,
      { arrearId: input.arrearId, expectedVersion: input.expectedVersion, action: 'VERIFY' },
      (arrear) => {
        assertMove(arrear.status, ArrearStatus.VERIFIED, 'verify this debt');
        if (input.confirmedAmount) {
          if (compareMoney(input.confirmedAmount, '0') <= 0)
            throw new UserInputError(
              'The confirmed amount must be more than zero.',
              'input.confirmedAmount',
            );
          if (compareMoney(input.confirmedAmount, arrear.paid) < 0) {
            throw new UserInputError(
              `The confirmed amount is less than what was already paid (${arrear.paid}).`,
              'input.confirmedAmount',
            );
          }
          if (compareMoney(input.confirmedAmount, arrear.migrantWagesAmount) < 0) {
            throw new UserInputError(
              'The confirmed amount is less than its migrant workers’ wages part.',
              'input.confirmedAmount',
            );
          }
          arrear.amountDue = input.confirmedAmount;
        }
        if (input.verifiedOn < arrear.contractSignedOn)
          throw new UserInputError('Verification cannot predate the contract.', 'input.verifiedOn');
        arrear.verifiedOn = input.verifiedOn;
        arrear.verificationEvidence = evidence;
        // Verifying settles a dispute (at the agreed amount) and brings a judged debt back to the ledger.
        arrear.disputed = false;
        arrear.disputedAmount = null;
        arrear.inJudicialProcess = false;
        arrear.status =
          compareMoney(arrear.paid, arrear.amountDue) === 0
            ? ArrearStatus.CLEARED
            : ArrearStatus.VERIFIED;
        return arrear;
      },
    );
  }

  @Authorized(...WRITERS)
  @Mutation(() => Arrear, {
    description: '有分歧: mark part of the debt disputed; the undisputed part stays payable.',
  })
  markDisputed(
    @Arg('input', () => MarkDisputedInput) input: MarkDisputedInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Arrear> {
    const reason = requireText(input.reason, 'input.reason', {
      message: `Say what the dispute is about.`,
    });
    return changeArrear(
      ctx,
      {
        arrearId: input.arrearId,
        expectedVersion: input.expectedVersion,
        action: 'DISPUTE',
        reason,
      },
      (arrear) => {
        assertMove(arrear.status, ArrearStatus.DISPUTED, 'mark this debt disputed');
        const outstanding = subtractMoney(arrear.amountDue, arrear.paid);
        if (
          compareMoney(input.disputedAmount, '0') <= 0 ||
          compareMoney(input.disputedAmount, outstanding) > 0
        ) {
          throw new UserInputError(
            `The disputed part must be more than zero and at most what is outstanding (${outstanding}).`,
            'input.disputedAmount',
          );
        }
        arrear.disputed = true;
        arrear.disputedAmount = input.disputedAmount;
        arrear.status = ArrearStatus.DISPUTED;
        return arrear;
      },
    );
  }

  @Authorized(...WRITERS)
  @Mutation(() => Arrear, {
    description: 'The debt went to court or arbitration: it leaves the ledger totals until judged.',
  })
  transferToJudicial(
    @Arg('input', () => TransferToJudicialInput) input: TransferToJudicialInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Arrear> {
    const reference = requireText(input.reference, 'input.reference', {
      max: 500,
      message: `Say which court or arbitration body and the case number.`,
    });
    return changeArrear(
      ctx,
      {
        arrearId: input.arrearId,
        expectedVersion: input.expectedVersion,
        action: 'TRANSFER_TO_JUDICIAL',
        reason: reference,
      },
      (arrear) => {
        assertMove(arrear.status, ArrearStatus.IN_COURT, 'transfer this debt to court');
        arrear.inJudicialProcess = true;
        arrear.judicialReference = reference;
        arrear.status = ArrearStatus.IN_COURT;
        return arrear;
      },
    );
  }

  @Authorized(...WRITERS)
  @Mutation(() => Arrear, {
    description: 'Takes a debt out of the ledger, with the reason kept. Nothing is ever deleted.',
  })
  withdrawArrear(
    @Arg('input', () => WithdrawArrearInput) input: WithdrawArrearInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Arrear> {
    const reason = requireText(input.reason, 'input.reason', {
      message: `Say why the debt is withdrawn.`,
    });
    return changeArrear(
      ctx,
      {
        arrearId: input.arrearId,
        expectedVersion: input.expectedVersion,
        action: 'WITHDRAW',
        reason,
      },
      (arrear) => {
        assertMove(arrear.status, ArrearStatus.WITHDRAWN, 'withdraw this debt');
        arrear.withdrawnReason = reason;
        arrear.status = ArrearStatus.WITHDRAWN;
        return arrear;
      },
    );
  }
}
