// The steps of a clue after intake: accept (受理), reject (不予受理), assign (转办), extend (延期),
// verify (核查), answer (书面反馈), close (办结 or 化解). Intake's steps (accept, reject, assign,
// close) are for the region's leading group, its intake office and whoever filed the clue;
// handling's (extend, verify, answer) for the handling unit, the intake office and the leading
// group (CLUE_INTAKE, CLUE_HANDLERS). The unit complained about is FORBIDDEN, before anything else
// (it holds no writer relation, and its staff are refused whatever else they hold).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  addDays,
  changeEntity,
  ConflictError,
  isUuid,
  Problems,
  unitDirectory,
  unscoped,
  Writes,
  type Problem,
  type SubgraphContext,
  UnitRefs,
  requireNamedUnits,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../ledger/arrear.entity.js';
import { RepaymentPlan } from '../repayment/repayment-plan.entity.js';
import { RepaymentPlanStatus } from '../repayment/repayment.enums.js';
import {
  calendarFor,
  loadLayers,
  requireDay,
  settingsFor,
  type RegionChain,
} from '../region-settings/region-layers.js';
import { extensionProblem, handlingDueOn, transferDueOn } from '../rules/clue-clock.js';
import { outcomeProblem } from '../rules/clue-outcome.js';
import { Clue, CLUE_HANDLERS, CLUE_INTAKE } from './clue.entity.js';
import { ClueOutcome, ClueStatus } from './clue.enums.js';
import {
  AnswerClueInput,
  AssignClueInput,
  CloseClueInput,
  ClueStepInput,
  ExtendClueInput,
  RejectClueInput,
  VerifyClueInput,
} from './clue.inputs.js';
import { NotByRespondent } from './clue-guards.js';
import { registerFromClue } from './clue-ledger.js';
import { clueChain } from './clue-region.js';
import { moveClue } from './clue-status.js';
import { stepDayProblems, textProblems, verificationProblems } from './clue.validation.js';
import { arrearsMessages as msg } from '../messages.js';

const HANDLERS = ['BUREAU', 'LEADING_GROUP'] as const;

/** Throws the problems, if any, as one BAD_USER_INPUT on `input`. */
export function refuse(...lists: Problem[][]): void {
  new Problems().merge(lists.flat()).throwIfAny('input');
}

/** The step's day, checked against the step it follows. */
function stepDay(input: ClueStepInput, notBefore: string): string {
  const { problems, day } = stepDayProblems(input.on, notBefore);
  refuse(problems);
  return day;
}

/** The region's settings and calendar for a clock starting on `from` (90 days and a month ahead). */
export async function clueClockContext(em: EntityManager, chain: RegionChain, from: string) {
  const layers = await loadLayers(em, [chain], {
    days: { from, to: addDays(from, 130) },
  });
  return { settings: settingsFor(layers, chain), calendar: calendarFor(layers, chain), chain };
}

export function changeClue(
  ctx: SubgraphContext,
  input: { clueId: string; expectedVersion?: number | null },
  action: string,
  reason: string | null,
  apply: (clue: Clue, em: EntityManager) => Promise<void> | void,
  as?: readonly string[],
): Promise<Clue> {
  return changeEntity(
    ctx,
    Clue,
    {
      id: input.clueId,
      expectedVersion: input.expectedVersion,
      action,
      reason,
      as,
      field: 'input.clueId',
      label: msg.nounClue(),
      conflicts: {
        unique: { arrear_debtor_creditor_contract_unique: msg.clueAlreadyInLedger() },
      },
    },
    async (clue, em) => {
      await apply(clue, em);
      return clue;
    },
  );
}

@Resolver(() => Clue)
export class ClueWorkflowResolver {
  @Authorized(...HANDLERS)
  @Mutation(() => Clue, {
    description:
      '受理 (formal acceptance): the clue is in scope; the transfer clock (the region’s working days, at most 10) starts.',
  })
  @NotByRespondent()
  @Writes(Clue, 'input.clueId', { as: CLUE_INTAKE })
  acceptClue(
    @Arg('input', () => ClueStepInput) input: ClueStepInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    return changeClue(ctx, input, 'ACCEPT', null, async (clue, em) => {
      const day = stepDay(input, clue.receivedOn);
      moveClue(clue, ClueStatus.ACCEPTED, msg.moveAcceptClue());
      clue.acceptedOn = day;
      const clock = await clueClockContext(em, await clueChain(clue), day);
      clue.transferDueOn = requireDay(
        transferDueOn(day, clock.calendar, clock.settings),
        clock.chain,
        'input.on',
      ).day;
    });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => Clue, { description: '不予受理, with the reason told to the complainant.' })
  @NotByRespondent()
  @Writes(Clue, 'input.clueId', { as: CLUE_INTAKE })
  rejectClue(
    @Arg('input', () => RejectClueInput) input: RejectClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const { problems, text: reason } = textProblems(input.reason, 'reason', {
      required: true,
      max: 2000,
      message: msg.rejectionReasonRequired(),
    });
    refuse(problems);
    return changeClue(ctx, input, 'REJECT', reason, (clue) => {
      stepDay(input, clue.receivedOn);
      moveClue(clue, ClueStatus.REJECTED, msg.moveRejectClue());
      clue.rejectionReason = reason;
    });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => Clue, {
    description:
      '转办 to the responsible unit (never the unit complained about); the handling clock (the region’s days, at most 30) starts. Re-assigning keeps the clock.',
  })
  @NotByRespondent()
  @Writes(Clue, 'input.clueId', { as: CLUE_INTAKE })
  // The unit responsible may be named by UnitRef (handlingUnit); resolved before the body.
  @UnitRefs({ ref: 'input.handlingUnit', id: 'input.handlingUnitId' })
  assignClue(
    @Arg('input', () => AssignClueInput) input: AssignClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    requireNamedUnits(input, { handlingUnitId: 'handlingUnit' });
    if (!isUuid(input.handlingUnitId))
      refuse(
        new Problems().add('handlingUnitId', msg.notAUnitId({ id: input.handlingUnitId })).list,
      );
    return changeClue(ctx, input, 'ASSIGN', null, async (clue, em) => {
      const unit = (await unitDirectory().get([input.handlingUnitId])).get(input.handlingUnitId);
      if (!unit) refuse(new Problems().add('handlingUnitId', msg.noSuchUnit()).list);
      if (unit!.id === clue.respondentId)
        refuse(new Problems().add('handlingUnitId', msg.notToRespondent()).list);
      const day = stepDay(input, clue.acceptedOn ?? clue.receivedOn);
      const firstAssignment = clue.status === ClueStatus.ACCEPTED;
      moveClue(clue, ClueStatus.ASSIGNED, msg.moveAssignClue());
      clue.handlingUnitId = unit!.id;
      if (firstAssignment) {
        clue.assignedOn = day;
        const clock = await clueClockContext(em, await clueChain(clue), day);
        clue.handlingDueOn = requireDay(
          handlingDueOn(day, 0, clock.calendar, clock.settings),
          clock.chain,
          'input.on',
        ).day;
      }
    });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => Clue, {
    description:
      '延期: more handling time with approval, at most the region’s maximum (90 days by the statute, 2025 art. 25¶2).',
  })
  @NotByRespondent()
  @Writes(Clue, 'input.clueId', { as: CLUE_HANDLERS })
  extendClue(
    @Arg('input', () => ExtendClueInput) input: ExtendClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const { problems, text: reason } = textProblems(input.reason, 'reason', {
      required: true,
      max: 2000,
      message: msg.extensionReasonRequired(),
    });
    refuse(problems);
    return changeClue(ctx, input, 'EXTEND', reason, async (clue, em) => {
      if (clue.status !== ClueStatus.ASSIGNED && clue.status !== ClueStatus.VERIFIED) {
        throw new ConflictError(msg.extendOnlyWhileHandled({ status: clue.status }), {
          status: clue.status,
        });
      }
      const clock = await clueClockContext(em, await clueChain(clue), clue.assignedOn!);
      const tooLong = extensionProblem(clue.extensionDays, input.days, clock.settings);
      if (tooLong) refuse(new Problems().add('days', tooLong).list);
      clue.extensionDays += input.days;
      clue.extensionReason = reason;
      clue.handlingDueOn = requireDay(
        handlingDueOn(clue.assignedOn!, clue.extensionDays, clock.calendar, clock.settings),
        clock.chain,
        'input.days',
      ).day;
    });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => Clue, {
    description:
      '核查: confirm the amount; match the ledger line or register one (both parties must be linked to registered units first).',
  })
  @NotByRespondent()
  @Writes(Clue, 'input.clueId', { as: CLUE_HANDLERS })
  verifyClue(
    @Arg('input', () => VerifyClueInput) input: VerifyClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    refuse(verificationProblems(input));
    const note = textProblems(input.note, 'note', { max: 2000 }).text;
    return changeClue(ctx, input, 'VERIFY', note, async (clue, em) => {
      moveClue(clue, ClueStatus.VERIFIED, msg.moveVerifyClue());
      clue.confirmedAmount = input.confirmedAmount;
      clue.disputed = input.disputed;
      clue.verificationNote = note;
      if (input.arrearId) {
        // Only a ledger line the viewer may see can be matched, and only one between the parties.
        const arrear = await em.findOne(Arrear, { id: input.arrearId });
        if (!arrear) refuse(new Problems().add('arrearId', msg.noSuchLedgerLine()).list);
        if (
          (clue.respondentId && arrear!.debtorId !== clue.respondentId) ||
          (clue.complainantId && arrear!.creditorId !== clue.complainantId)
        )
          refuse(new Problems().add('arrearId', msg.ledgerLineOtherParties()).list);
        clue.arrearId = arrear!.id;
      } else if (input.registerArrear) {
        clue.arrearId = (await registerFromClue(ctx, em, clue, input, input.registerArrear)).id;
      }
    });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => Clue, { description: '书面反馈: the written answer to the complainant.' })
  @NotByRespondent()
  @Writes(Clue, 'input.clueId', { as: CLUE_HANDLERS })
  answerClue(
    @Arg('input', () => AnswerClueInput) input: AnswerClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const { problems, text: feedback } = textProblems(input.feedback, 'feedback', {
      required: true,
      max: 5000,
      message: msg.feedbackRequired(),
    });
    refuse(problems);
    return changeClue(ctx, input, 'ANSWER', null, (clue) => {
      clue.answeredOn = stepDay(input, clue.assignedOn ?? clue.receivedOn);
      moveClue(clue, ClueStatus.ANSWERED, msg.moveAnswerClue());
      clue.feedback = feedback;
    });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => Clue, {
    description:
      '结案: 办结 (ANSWERED) or 化解 (RESOLVED, only when the confirmed debt is paid or a repayment plan agreed).',
  })
  @NotByRespondent()
  @Writes(Clue, 'input.clueId', { as: CLUE_INTAKE })
  closeClue(
    @Arg('input', () => CloseClueInput) input: CloseClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const { problems, text: note } = textProblems(input.note, 'note', { max: 2000 });
    refuse(problems);
    const outcome = input.outcome ?? ClueOutcome.ANSWERED;
    return changeClue(ctx, input, 'CLOSE', note, async (clue, em) => {
      clue.closedOn = stepDay(input, clue.answeredOn ?? clue.receivedOn);
      moveClue(clue, ClueStatus.CLOSED, msg.moveCloseClue());
      const problem = outcomeProblem(outcome, {
        confirmedAmount: clue.confirmedAmount ?? null,
        arrear: clue.arrearId ? await ledgerFacts(em, clue.arrearId) : null,
      });
      if (problem) refuse(new Problems().add('outcome', problem).list);
      clue.outcome = outcome;
      clue.closingNote = note;
    });
  }
}

/** What 化解 asks of the ledger line (read in the transaction, whoever may see it: the clue's
 * closer judges the clue's own debt). */
async function ledgerFacts(em: EntityManager, arrearId: string) {
  const arrear = await em.findOne(
    Arrear,
    { id: arrearId },
    unscoped('closing a clue judges the ledger line the clue itself became'),
  );
  if (!arrear) return null;
  const plan = await em.count(
    RepaymentPlan,
    { arrear: arrearId, status: RepaymentPlanStatus.ACTIVE },
    unscoped('closing a clue judges the plan of the ledger line the clue became'),
  );
  return { outstanding: arrear.outstanding, status: arrear.status, activePlan: plan > 0 };
}
