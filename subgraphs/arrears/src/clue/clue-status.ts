// Where a clue may go from where it is: received → accepted (or rejected) → assigned → verified →
// answered → closed. Every step asks here, so an illegal move is one coded error.
import { assertMove, type Message } from '@arrears-hub/subgraph-kit';
import type { Clue } from './clue.entity.js';
import { ClueStatus } from './clue.enums.js';
import { arrearsMessages as msg } from '../messages.js';

export const CLUE_TRANSITIONS = {
  [ClueStatus.RECEIVED]: [ClueStatus.ACCEPTED, ClueStatus.REJECTED],
  [ClueStatus.ACCEPTED]: [ClueStatus.ASSIGNED],
  [ClueStatus.ASSIGNED]: [ClueStatus.ASSIGNED, ClueStatus.VERIFIED],
  [ClueStatus.VERIFIED]: [ClueStatus.ANSWERED],
  [ClueStatus.ANSWERED]: [ClueStatus.CLOSED],
  [ClueStatus.REJECTED]: [],
  [ClueStatus.CLOSED]: [],
} as const satisfies Record<ClueStatus, readonly ClueStatus[]>;

/** `action` is a catalogue verb ("受理" / "accept"); the words are the request's language. */
export function moveClue(clue: Clue, to: ClueStatus, action: Message): void {
  assertMove(CLUE_TRANSITIONS, clue.status, to, action.text(), msg.nounClue().text());
  clue.status = to;
}
