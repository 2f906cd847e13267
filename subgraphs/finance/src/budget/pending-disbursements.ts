// Completing the disbursements held PENDING while the ledger was down: one idempotent function,
// run by completePendingDisbursements (ADMIN, FINANCE), after every disbursement that reached the
// ledger (the ledger is back: finish what waited), and — once the hub's job queue lands — on a
// schedule. Each pending disbursement is locked while it is sent, so two runs never post it twice
// (and the ledger is idempotent on the disbursement id anyway); it is sent for the person it was
// made for. The ledger's answer decides: recorded (POSTED), or refused with its code (REFUSED: the
// money goes back to the budget line). If the ledger is still down the run stops and the rest wait.
import {
  changeEntity,
  ContractRefusal,
  replayed,
  subtractMoney,
  UnavailableError,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { BudgetLine } from './budget-line.entity.js';
import { DisbursementStatus } from './budget.enums.js';
import { Disbursement } from './disbursement.entity.js';
import { personOf, postToLedger } from './ledger-posting.js';
import { financeMessages as msg } from '../messages.js';

export interface PendingRun {
  posted: Disbursement[];
  refused: Disbursement[];
  /** Still pending after the run (the ledger is still unavailable, or past the limit). */
  stillPending: number;
}

class StillUnavailable extends Error {}

/** Completes up to `limit` of the pending disbursements the viewer's jurisdiction holds, oldest first. */
export async function completePendingDisbursements(
  ctx: SubgraphContext,
  options: { limit?: number } = {},
): Promise<PendingRun> {
  const limit = options.limit ?? 200;
  const pending = await ctx.em.find(
    Disbursement,
    { status: DisbursementStatus.PENDING },
    { orderBy: { createdAt: 'asc', id: 'asc' }, limit },
  );
  const run: PendingRun = { posted: [], refused: [], stillPending: 0 };
  for (const candidate of pending) {
    let outcome: Disbursement | null;
    try {
      outcome = await changeEntity(
        ctx,
        Disbursement,
        {
          id: candidate.id,
          action: 'POST_TO_LEDGER',
          label: msg.disbursement(),
          reason: 'completing a disbursement held while the ledger was unavailable',
        },
        async (d, em) => {
          // Another run got here first: nothing to do, nothing written.
          if (d.status !== DisbursementStatus.PENDING) return replayed(null);
          const person = d.requestedFor ?? personOf(ctx.viewer);
          try {
            if (!(await postToLedger(person, d))) throw new StillUnavailable();
          } catch (error) {
            if (!(error instanceof ContractRefusal)) throw error;
            d.status = DisbursementStatus.REFUSED;
            d.refusalCode = String(error.extensions.code);
            d.refusalMessage = error.message;
            // The money goes back to the line it was reserved on.
            await changeEntity(
              ctx,
              BudgetLine,
              {
                id: d.budgetLine.id,
                action: 'RELEASE',
                label: msg.budgetLine(),
                em,
                reason: `拨付 ${d.id} 被台账拒收，资金退回`,
              },
              (line) => {
                line.disbursed = subtractMoney(line.disbursed, d.amount);
                return line;
              },
            );
          }
          return d;
        },
      );
    } catch (error) {
      if (error instanceof StillUnavailable || error instanceof UnavailableError) break;
      throw error;
    }
    if (!outcome) continue;
    (outcome.status === DisbursementStatus.POSTED ? run.posted : run.refused).push(outcome);
  }
  if (pending.length)
    run.stillPending = await ctx.em.count(Disbursement, { status: DisbursementStatus.PENDING });
  return run;
}

/** Whether anything waits for the ledger, within the viewer's reach (one cheap statement). */
export async function anyPending(ctx: SubgraphContext): Promise<boolean> {
  return (
    (await ctx.em.findOne(
      Disbursement,
      { status: DisbursementStatus.PENDING },
      { fields: ['id'] },
    )) !== null
  );
}
