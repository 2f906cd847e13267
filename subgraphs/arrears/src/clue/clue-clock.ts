// The running clock of a clue as GraphQL shows it (the clocks themselves, 2025 art. 25, are in
// rules/clue-clock.ts): review until the clue is transferred, handling until it is answered.
import { Field, Int, ObjectType } from 'type-graphql';
import { daysBetween, DateScalar, todayInChina } from '@arrears-hub/subgraph-kit';
import type { Clue } from './clue.entity.js';
import { ClueClockStage, ClueStatus } from './clue.enums.js';

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

/** Which clock runs: review until the clue is transferred, handling until it is answered. */
export function clueClock(
  clue: Pick<Clue, 'status' | 'reviewDueOn' | 'handlingDueOn'>,
  asOf = todayInChina(),
): ClueClock | null {
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
