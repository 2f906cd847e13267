// The clocks of a clue (2025 art. 25): 10 working days from receipt to review and transfer it;
// 30 days from transfer to handle and answer in writing, extendable with approval to 90 in all.
import { Field, Int, ObjectType } from 'type-graphql';
import { addDays, daysBetween, DateScalar, todayInChina } from '@arrears-hub/subgraph-kit';
import { Clue } from '../entities/clue.entity.js';
import { ClueClockStage, ClueStatus } from '../entities/enums.js';

export const REVIEW_WORKING_DAYS = 10;
export const HANDLING_DAYS = 30;
export const MAX_HANDLING_DAYS = 90;

@ObjectType('ClueClock', { description: 'The running deadline of a clue, if any.' })
export class ClueClock {
  @Field(() => ClueClockStage)
  stage!: ClueClockStage;

  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => Int, { description: 'Calendar days until the deadline (negative when past).' })
  daysLeft!: number;

  @Field(() => Boolean)
  overdue!: boolean;
}

export function handlingDueOn(assignedOn: string, extensionDays: number): string {
  return addDays(assignedOn, HANDLING_DAYS + extensionDays);
}

/** Which clock runs: review until the clue is transferred, handling until it is answered. */
export function clueClock(clue: Clue, asOf = todayInChina()): ClueClock | null {
  let stage: ClueClockStage;
  let dueOn: string;
  if (clue.status === ClueStatus.RECEIVED || clue.status === ClueStatus.ACCEPTED) {
    stage = ClueClockStage.REVIEW;
    dueOn = clue.reviewDueOn;
  } else if (
    (clue.status === ClueStatus.ASSIGNED || clue.status === ClueStatus.VERIFIED) &&
    clue.handlingDueOn
  ) {
    stage = ClueClockStage.HANDLING;
    dueOn = clue.handlingDueOn;
  } else {
    return null;
  }
  const daysLeft = daysBetween(asOf, dueOn);
  return { stage, dueOn, daysLeft, overdue: daysLeft < 0 };
}
