// The debt a disbursement pays, as the ledger (the arrears subgraph) shows it to the person
// disbursing. ARREAR_FACTS answers on behalf of that person and returns only debts within their
// jurisdiction, so a debt outside it is refused like every record out of reach — the same words
// whether it exists or not — and nothing about it, not even its outstanding, reaches the answer.
import {
  ARREAR_FACTS,
  callContract,
  jurisdictionOf,
  NotFoundError,
  OutOfReachError,
  requireId,
  type ArrearFacts,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { financeMessages as msg } from '../messages.js';

export async function debtInReach(
  ctx: SubgraphContext,
  arrearId: string,
  field: string,
): Promise<ArrearFacts> {
  requireId(arrearId, field);
  const debts = await callContract(ctx, ARREAR_FACTS, { ids: [arrearId] });
  const debt = debts.find((d) => d.id === arrearId);
  if (debt) return debt;
  // The kit's rule for a record of our own (ownership/guards.ts), applied to the ledger's: a
  // viewer whose reach is restricted learns nothing (FORBIDDEN); an unrestricted one (ADMIN, an
  // unbound FINANCE) sees every debt, so for it nothing returned means there is no such debt.
  if ((await jurisdictionOf(ctx)).all) throw new NotFoundError(msg.arrear(), arrearId, field);
  throw new OutOfReachError();
}
