// Paying a debt from a budget line (拨付, FINANCE) — and recording it on the ledger in the same
// business step. The line is the record written: the kit checks it is within the viewer's
// jurisdiction before anything else, and changeEntity locks it, so concurrent disbursements from
// one line queue and the line is never disbursed beyond what was appropriated (the database's check
// constraint says the same). Under that lock the disbursement is sent to the ledger
// (ledger-posting.ts), which records it as a payment for the same person, capped by the debt's
// undisputed outstanding under the debt's own lock: a refusal there rolls everything back (nothing
// written, the ledger's coded error returned); a ledger that does not answer leaves the
// disbursement PENDING, completed later (pending-disbursements.ts).
import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import {
  addMoney,
  changeEntity,
  log,
  optionalText,
  Problems,
  UnavailableError,
  Writes,
  WritesSelected,
  type ArrearFacts,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { debtInReach } from './arrear-facts.js';
import { BudgetLine } from './budget-line.entity.js';
import { DisbursementStatus } from './budget.enums.js';
import { DisburseInput } from './budget.inputs.js';
import {
  disbursementProblems,
  VOUCHER_RULE,
  withinAvailableProblems,
} from './budget.validation.js';
import { Disbursement } from './disbursement.entity.js';
import { personOf, postToLedger } from './ledger-posting.js';
import { anyPending, completePendingDisbursements } from './pending-disbursements.js';
import { PendingCompletion } from './pending-completion.type.js';
import { financeMessages as msg } from '../messages.js';

@Resolver(() => Disbursement)
export class DisbursementMutations {
  @Authorized('FINANCE')
  @Writes(BudgetLine, 'input.budgetLineId')
  @Mutation(() => Disbursement, {
    description:
      '拨付: pays a debt from a budget line and records the payment on the ledger in the same step. Never more than the line has available (the line is locked), nor more than the debt’s undisputed outstanding at that moment (the ledger checks it under the debt’s lock). If the ledger is unavailable the disbursement is held PENDING and completed when it is back.',
  })
  async disburse(
    @Arg('input', () => DisburseInput) input: DisburseInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Disbursement> {
    // The debt must be within the viewer's reach too: FORBIDDEN before any other answer. When the
    // ledger does not answer, the ledger itself judges reach and cap when the disbursement is
    // completed, for the same person.
    let debt: ArrearFacts | null = null;
    try {
      debt = await debtInReach(ctx, input.arrearId, 'input.arrearId');
    } catch (error) {
      if (!(error instanceof UnavailableError)) throw error;
    }
    new Problems().merge(disbursementProblems(input, debt)).throwIfAny('input');
    const voucherNo = optionalText(input.voucherNo, 'input.voucherNo', VOUCHER_RULE);
    const person = personOf(ctx.viewer);
    const disbursement = await changeEntity(
      ctx,
      BudgetLine,
      {
        id: input.budgetLineId,
        action: 'DISBURSE',
        field: 'input.budgetLineId',
        label: msg.budgetLine(),
        refresh: true,
        reason: `拨付至欠款 ${input.arrearId}`,
        appends: true,
      },
      async (line, em) => {
        new Problems().merge(withinAvailableProblems(line, input.amount)).throwIfAny('input');
        line.disbursed = addMoney(line.disbursed, input.amount);
        // Typed like createEntity's data (RequiredEntityData): a missing column does not compile.
        const d = em.create(Disbursement, {
          budgetLine: line,
          arrearId: input.arrearId,
          amount: input.amount,
          paidOn: input.paidOn,
          fundingSource: line.fundingSource,
          voucherNo,
          status: DisbursementStatus.PENDING,
          requestedFor: person,
          createdBy: ctx.viewer.id,
        });
        // Recorded on the ledger while the line is locked; a refusal rolls the line back too.
        await postToLedger(person, d);
        return d;
      },
    );
    // The ledger answered: finish what waited for it (the job queue will do this on a schedule).
    if (disbursement.status === DisbursementStatus.POSTED && (await anyPending(ctx))) {
      await completePendingDisbursements(ctx, { limit: 20 }).catch((error: unknown) =>
        log('finance').warn({ err: error }, 'completing pending disbursements failed'),
      );
    }
    return disbursement;
  }

  @Authorized('FINANCE')
  @WritesSelected(Disbursement, 'the pending disbursements the viewer’s jurisdiction holds')
  @Mutation(() => PendingCompletion, {
    description:
      'Completes the disbursements held PENDING while the ledger was unavailable, oldest first: each is recorded on the ledger (for the person who made it) or refused with the ledger’s code (its money goes back to the line). Idempotent: safe to run at any time, by several callers at once.',
  })
  async completePendingDisbursements(
    @Arg('limit', () => Int, { defaultValue: 200 }) limit: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PendingCompletion> {
    const problems = new Problems();
    problems.check(limit >= 1 && limit <= 1000, 'limit', msg.pendingLimit());
    problems.throwIfAny('');
    const run = await completePendingDisbursements(ctx, { limit });
    return {
      posted: run.posted.length,
      refused: run.refused.length,
      stillPending: run.stillPending,
      disbursements: [...run.posted, ...run.refused],
    };
  }
}
