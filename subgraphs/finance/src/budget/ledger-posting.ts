// A disbursement is a payment on the ledger: finance records it in the arrears subgraph through the
// POST_DISBURSEMENT contract, for the person who disbursed (the ledger applies their jurisdiction
// and its own rules: the debt's undisputed outstanding caps it, under the debt's row lock), once
// per disbursement id however often it is sent. When the ledger does not answer, the disbursement
// is held PENDING and completed later (pending-disbursements.ts): never lost, never doubled.
import {
  postContract,
  POST_DISBURSEMENT,
  UnavailableError,
  type PostedDisbursement,
  type Viewer,
} from '@arrears-hub/subgraph-kit';
import { DisbursementStatus } from './budget.enums.js';
import type { Disbursement } from './disbursement.entity.js';

/** The person as stored on a pending disbursement: what the ledger needs to judge their reach. */
export function personOf(viewer: Viewer): Viewer {
  return {
    id: viewer.id,
    roles: [...viewer.roles],
    ...(viewer.name ? { name: viewer.name } : {}),
    ...(viewer.organisationId ? { organisationId: viewer.organisationId } : {}),
    ...(viewer.regionCode ? { regionCode: viewer.regionCode } : {}),
  };
}

/**
 * Sends `d` to the ledger for `person`. Marks it POSTED when the ledger recorded it (now or
 * before); leaves it PENDING and answers false when the ledger is unavailable; a refusal (the
 * ledger's coded error) is thrown as it came.
 */
export async function postToLedger(person: Viewer, d: Disbursement): Promise<boolean> {
  let posted: PostedDisbursement;
  try {
    posted = await postContract({ viewer: person }, POST_DISBURSEMENT, {
      disbursementId: d.id,
      arrearId: d.arrearId,
      amount: d.amount,
      paidOn: d.paidOn,
      voucherNo: d.voucherNo ?? null,
    });
  } catch (error) {
    if (error instanceof UnavailableError) return false;
    throw error;
  }
  d.status = DisbursementStatus.POSTED;
  d.paymentId = posted.paymentId;
  d.postedAt = new Date();
  return true;
}
