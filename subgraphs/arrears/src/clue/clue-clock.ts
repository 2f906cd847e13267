// The clocks of a clue as GraphQL shows them (the clocks themselves, 2025 art. 25, are in
// rules/clue-clock.ts): review until the clue is accepted or rejected, transfer from acceptance
// until it is transferred, handling from transfer until it is answered.
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

@ObjectType('ClueClockLine', {
  description: 'One clock of a clue: when it started, was due and stopped.',
})
export class ClueClockLine {
  @Field(() => ClueClockStage)
  stage!: ClueClockStage;

  @Field(() => DateScalar)
  startedOn!: string;

  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The step that stopped it; null while it runs.',
  })
  stoppedOn!: string | null;

  @Field(() => Boolean, { description: 'Running now.' })
  running!: boolean;

  @Field(() => Boolean, {
    description: 'Stopped after its due day, or running past it (judged today, China time).',
  })
  overdue!: boolean;
}

type ClockFields = Pick<
  Clue,
  | 'status'
  | 'receivedOn'
  | 'reviewDueOn'
  | 'acceptedOn'
  | 'transferDueOn'
  | 'assignedOn'
  | 'handlingDueOn'
  | 'answeredOn'
>;

/** Which clock runs: review while received, transfer once accepted, handling until answered. */
export function clueClock(clue: ClockFields, asOf = todayInChina()): ClueClock | null {
  const running = clueClocks(clue, asOf).find((c) => c.running);
  if (!running) return null;
  const daysLeft = daysBetween(asOf, running.dueOn);
  return { stage: running.stage, dueOn: running.dueOn, daysLeft, overdue: daysLeft < 0 };
}

/** Every clock the clue has started, in order. */
export function clueClocks(clue: ClockFields, asOf = todayInChina()): ClueClockLine[] {
  const lines: ClueClockLine[] = [];
  const line = (
    stage: ClueClockStage,
    startedOn: string,
    dueOn: string,
    stoppedOn: string | null,
    running: boolean,
  ) =>
    lines.push({
      stage,
      startedOn,
      dueOn,
      stoppedOn,
      running,
      overdue: (stoppedOn ?? asOf) > dueOn && (running || !!stoppedOn),
    });
  const received = clue.status === ClueStatus.RECEIVED;
  line(
    ClueClockStage.REVIEW,
    clue.receivedOn,
    clue.reviewDueOn,
    received ? null : (clue.acceptedOn ?? null),
    received,
  );
  if (clue.acceptedOn)
    line(
      ClueClockStage.TRANSFER,
      clue.acceptedOn,
      // Accepted before the transfer clock was kept: the review day was the transfer day too.
      clue.transferDueOn ?? clue.reviewDueOn,
      clue.assignedOn ?? null,
      clue.status === ClueStatus.ACCEPTED,
    );
  if (clue.assignedOn && clue.handlingDueOn)
    line(
      ClueClockStage.HANDLING,
      clue.assignedOn,
      clue.handlingDueOn,
      clue.answeredOn ?? null,
      clue.status === ClueStatus.ASSIGNED || clue.status === ClueStatus.VERIFIED,
    );
  return lines;
}
