// Where a debt may go from where it is. Every mutation that changes the status asks here first,
// so an illegal move is one coded error in one place.
import {
  assertMove as assertTableMove,
  subtractMoney,
  type Message,
  type Transitions,
} from '@arrears-hub/subgraph-kit';
import { arrearsMessages as msg } from '../messages.js';
import { undisputedOutstanding } from '../rules/undisputed.js';
import { ArrearStatus } from './arrear.enums.js';

const { REGISTERED, VERIFIED, PLANNED, REPAYING, CLEARED, DISPUTED, IN_COURT, WITHDRAWN } =
  ArrearStatus;

/** registered → verified → planned → repaying → cleared, with disputes, court and withdrawal on the side. */
export const TRANSITIONS: Transitions<ArrearStatus> = {
  [REGISTERED]: [VERIFIED, DISPUTED, IN_COURT, WITHDRAWN, REPAYING, CLEARED],
  [VERIFIED]: [PLANNED, REPAYING, CLEARED, DISPUTED, IN_COURT, WITHDRAWN],
  [PLANNED]: [PLANNED, REPAYING, CLEARED, DISPUTED, IN_COURT],
  [REPAYING]: [REPAYING, CLEARED, DISPUTED, IN_COURT],
  // A dispute is settled by verifying the agreed amount, or goes to court; its undisputed part is paid meanwhile.
  [DISPUTED]: [VERIFIED, IN_COURT, WITHDRAWN, CLEARED],
  // A judgment brings the debt back to the ledger (verified at the awarded amount) or settles it.
  [IN_COURT]: [VERIFIED, CLEARED, WITHDRAWN],
  [CLEARED]: [],
  [WITHDRAWN]: [],
};

/** `action` is a catalogue verb ("核实" / "verify"); the words are the request's language. */
export function assertMove(from: ArrearStatus, to: ArrearStatus, action: Message): void {
  assertTableMove(TRANSITIONS, from, to, action.text(), msg.nounDebt().text());
}

/** Statuses in which money may still be paid on the debt. */
export const PAYABLE: readonly ArrearStatus[] = [
  REGISTERED,
  VERIFIED,
  PLANNED,
  REPAYING,
  DISPUTED,
  IN_COURT,
];

/** How much of a debt may be paid now: all that is outstanding, or only the undisputed part while
 * disputed (2025 art. 15). */
export function payableNow(debt: {
  status: ArrearStatus;
  amountDue: string;
  paid: string;
  disputedAmount?: string | null;
}): string {
  return debt.status === ArrearStatus.DISPUTED
    ? undisputedOutstanding(debt)
    : subtractMoney(debt.amountDue, debt.paid);
}
