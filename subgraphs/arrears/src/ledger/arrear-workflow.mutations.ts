// The ledger's workflow steps on one debt: verify (核实), dispute (有分歧), court (司法程序),
// withdraw (撤销). Each is written by the debtor's jurisdiction only (@Writes, checked before
// anything else), moves the status through one table (arrear-status.ts) and is audited.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  compareMoney,
  normalizeText,
  Problems,
  subtractMoney,
  Writes,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { ArrearPeriodKind, ArrearStatus } from './arrear.enums.js';
import { endPeriods, openPeriod, stepDate } from './arrear-periods.js';
import { Arrear } from './arrear.entity.js';
import { changeArrear } from './arrear-change.js';
import { assertMove } from './arrear-status.js';
import {
  reasonProblems,
  verificationAgainstDebt,
  verificationProblems,
} from './arrear.validation.js';
import {
  MarkDisputedInput,
  TransferToJudicialInput,
  VerifyArrearInput,
  WithdrawArrearInput,
} from './arrear-workflow.inputs.js';
import { refuseUnless } from '../refuse.js';
import { arrearsMessages as msg } from '../messages.js';

const WRITERS = ['BUREAU', 'LEADING_GROUP'] as const;

@Resolver(() => Arrear)
export class ArrearWorkflowResolver {
  @Authorized(...WRITERS)
  @Mutation(() => Arrear, {
    description: '核实: confirm debtor, amount and cause from contracts and vouchers.',
  })
  @Writes(Arrear, 'input.arrearId')
  verifyArrear(
    @Arg('input', () => VerifyArrearInput) input: VerifyArrearInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Arrear> {
    new Problems().merge(verificationProblems(input)).throwIfAny('input');
    const evidence = normalizeText(input.evidence);
    return changeArrear(
      ctx,
      { arrearId: input.arrearId, expectedVersion: input.expectedVersion, action: 'VERIFY' },
      async (arrear, em) => {
        assertMove(arrear.status, ArrearStatus.VERIFIED, msg.moveVerify());
        new Problems().merge(verificationAgainstDebt(input, arrear)).throwIfAny('input');
        // A settlement ends the dispute, a judgment the court case, on the day of verification.
        await endPeriods(
          ctx,
          em,
          arrear,
          [ArrearPeriodKind.DISPUTE, ArrearPeriodKind.JUDICIAL],
          input.verifiedOn,
        );
        if (input.confirmedAmount) arrear.amountDue = input.confirmedAmount;
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
  @Writes(Arrear, 'input.arrearId')
  markDisputed(
    @Arg('input', () => MarkDisputedInput) input: MarkDisputedInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Arrear> {
    new Problems()
      .merge(reasonProblems(input.reason, 'reason', msg.disputeReasonRequired()))
      .throwIfAny('input');
    const reason = normalizeText(input.reason);
    return changeArrear(
      ctx,
      {
        arrearId: input.arrearId,
        expectedVersion: input.expectedVersion,
        action: 'DISPUTE',
        reason,
      },
      async (arrear, em) => {
        assertMove(arrear.status, ArrearStatus.DISPUTED, msg.moveDispute());
        const disputedOn = stepDate(input.disputedOn, arrear, 'input.disputedOn');
        const outstanding = subtractMoney(arrear.amountDue, arrear.paid);
        refuseUnless(
          compareMoney(input.disputedAmount, '0') > 0 &&
            compareMoney(input.disputedAmount, outstanding) <= 0,
          'disputedAmount',
          msg.disputedPartOutOfRange({ outstanding }),
          'input',
        );
        arrear.disputed = true;
        arrear.disputedAmount = input.disputedAmount;
        arrear.status = ArrearStatus.DISPUTED;
        await openPeriod(
          ctx,
          em,
          arrear,
          ArrearPeriodKind.DISPUTE,
          disputedOn,
          input.disputedAmount,
        );
        return arrear;
      },
    );
  }

  @Authorized(...WRITERS)
  @Mutation(() => Arrear, {
    description: 'The debt went to court or arbitration: it leaves the ledger totals until judged.',
  })
  @Writes(Arrear, 'input.arrearId')
  transferToJudicial(
    @Arg('input', () => TransferToJudicialInput) input: TransferToJudicialInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Arrear> {
    new Problems()
      .merge(reasonProblems(input.reference, 'reference', msg.courtReferenceRequired(), 500))
      .throwIfAny('input');
    const reference = normalizeText(input.reference);
    return changeArrear(
      ctx,
      {
        arrearId: input.arrearId,
        expectedVersion: input.expectedVersion,
        action: 'TRANSFER_TO_JUDICIAL',
        reason: reference,
      },
      async (arrear, em) => {
        assertMove(arrear.status, ArrearStatus.IN_COURT, msg.moveToCourt());
        const transferredOn = stepDate(input.transferredOn, arrear, 'input.transferredOn');
        arrear.inJudicialProcess = true;
        arrear.judicialReference = reference;
        arrear.status = ArrearStatus.IN_COURT;
        await openPeriod(ctx, em, arrear, ArrearPeriodKind.JUDICIAL, transferredOn);
        return arrear;
      },
    );
  }

  @Authorized(...WRITERS)
  @Mutation(() => Arrear, {
    description: 'Takes a debt out of the ledger, with the reason kept. Nothing is ever deleted.',
  })
  @Writes(Arrear, 'input.arrearId')
  withdrawArrear(
    @Arg('input', () => WithdrawArrearInput) input: WithdrawArrearInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Arrear> {
    new Problems()
      .merge(reasonProblems(input.reason, 'reason', msg.withdrawalReasonRequired()))
      .throwIfAny('input');
    const reason = normalizeText(input.reason);
    return changeArrear(
      ctx,
      {
        arrearId: input.arrearId,
        expectedVersion: input.expectedVersion,
        action: 'WITHDRAW',
        reason,
      },
      (arrear) => {
        assertMove(arrear.status, ArrearStatus.WITHDRAWN, msg.moveWithdraw());
        arrear.withdrawnReason = reason;
        arrear.status = ArrearStatus.WITHDRAWN;
        return arrear;
      },
    );
  }
}
