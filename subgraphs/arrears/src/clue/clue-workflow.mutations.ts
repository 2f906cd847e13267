// The steps of a clue after intake: accept (受理), reject (不予受理), assign (转办), extend (延期),
// verify (核查), answer (书面反馈), close (办结). Each is for the handling unit and the filing office
// (the declaration's writers): the unit complained about is FORBIDDEN, before anything else.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  changeEntity,
  ConflictError,
  isUuid,
  Problems,
  unitDirectory,
  Writes,
  type Problem,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../ledger/arrear.entity.js';
import { extensionProblem, handlingDueOn } from '../rules/clue-clock.js';
import { Clue } from './clue.entity.js';
import { ClueStatus } from './clue.enums.js';
import {
  AnswerClueInput,
  AssignClueInput,
  CloseClueInput,
  ClueStepInput,
  ExtendClueInput,
  RejectClueInput,
  VerifyClueInput,
} from './clue.inputs.js';
import { settingsOfChain } from '../region-settings/region-layers.js';
import { registerFromClue } from './clue-ledger.js';
import { clueChain } from './clue-region.js';
import { moveClue } from './clue-status.js';
import { stepDayProblems, textProblems, verificationProblems } from './clue.validation.js';

const HANDLERS = ['BUREAU', 'LEADING_GROUP'] as const;

/** Throws the problems, if any, as one BAD_USER_INPUT on `input`. */
function refuse(...lists: Problem[][]): void {
  new Problems().merge(lists.flat()).throwIfAny('input');
}

/** The step's day, checked against the step it follows. */
function stepDay(input: ClueStepInput, notBefore: string): string {
  const { problems, day } = stepDayProblems(input.on, notBefore);
  refuse(problems);
  return day;
}

function changeClue(
  ctx: SubgraphContext,
  input: ClueStepInput,
  action: string,
  reason: string | null,
  apply: (clue: Clue, em: EntityManager) => Promise<void> | void,
): Promise<Clue> {
  return changeEntity(
    ctx,
    Clue,
    {
      id: input.clueId,
      expectedVersion: input.expectedVersion,
      action,
      reason,
      field: 'input.clueId',
      label: '线索',
      conflicts: {
        unique: {
          arrear_debtor_creditor_contract_unique:
            '这笔欠款已在台账中：请用 arrearId 匹配，不要重复登记（this debt is already in the ledger）。',
        },
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
  @Mutation(() => Clue, { description: '受理: the clue is in scope; transfer it next.' })
  @Writes(Clue, 'input.clueId')
  acceptClue(
    @Arg('input', () => ClueStepInput) input: ClueStepInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    return changeClue(ctx, input, 'ACCEPT', null, (clue) => {
      clue.acceptedOn = stepDay(input, clue.receivedOn);
      moveClue(clue, ClueStatus.ACCEPTED, 'accept this clue');
    });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => Clue, { description: '不予受理, with the reason told to the complainant.' })
  @Writes(Clue, 'input.clueId')
  rejectClue(
    @Arg('input', () => RejectClueInput) input: RejectClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const { problems, text: reason } = textProblems(input.reason, 'reason', {
      required: true,
      max: 2000,
      message: '请写明不予受理的理由（a reason is needed to reject）。',
    });
    refuse(problems);
    return changeClue(ctx, input, 'REJECT', reason, (clue) => {
      stepDay(input, clue.receivedOn);
      moveClue(clue, ClueStatus.REJECTED, 'reject this clue');
      clue.rejectionReason = reason;
    });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => Clue, {
    description:
      '转办 to the responsible unit; the 30-day handling clock starts. Re-assigning keeps the clock.',
  })
  @Writes(Clue, 'input.clueId')
  assignClue(
    @Arg('input', () => AssignClueInput) input: AssignClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    if (!isUuid(input.handlingUnitId))
      refuse([
        {
          field: 'handlingUnitId',
          message: `“${input.handlingUnitId}”不是有效的单位编号（not a unit id）。`,
        },
      ]);
    return changeClue(ctx, input, 'ASSIGN', null, async (clue, em) => {
      const unit = (await unitDirectory().get([input.handlingUnitId])).get(input.handlingUnitId);
      if (!unit)
        refuse([{ field: 'handlingUnitId', message: '没有这个单位（there is no such unit）。' }]);
      const day = stepDay(input, clue.acceptedOn ?? clue.receivedOn);
      const firstAssignment = clue.status === ClueStatus.ACCEPTED;
      moveClue(clue, ClueStatus.ASSIGNED, 'assign this clue');
      clue.handlingUnitId = unit!.id;
      if (firstAssignment) {
        clue.assignedOn = day;
        const clock = await settingsOfChain(em, await clueChain(ctx, clue.respondentId));
        clue.handlingDueOn = handlingDueOn(day, 0, clock);
      }
    });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => Clue, {
    description:
      '延期: more handling time with approval, at most the region’s maximum (90 days by the statute, 2025 art. 25¶2).',
  })
  @Writes(Clue, 'input.clueId')
  extendClue(
    @Arg('input', () => ExtendClueInput) input: ExtendClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const { problems, text: reason } = textProblems(input.reason, 'reason', {
      required: true,
      max: 2000,
      message: '请写明延期理由及批准人（say why, and who approved it）。',
    });
    refuse(problems);
    return changeClue(ctx, input, 'EXTEND', reason, async (clue, em) => {
      if (clue.status !== ClueStatus.ASSIGNED && clue.status !== ClueStatus.VERIFIED) {
        throw new ConflictError(
          `只有办理中的线索可以延期，这条线索的状态是 ${clue.status}（only a clue being handled can be extended）。`,
          { status: clue.status },
        );
      }
      const clock = await settingsOfChain(em, await clueChain(ctx, clue.respondentId));
      const tooLong = extensionProblem(clue.extensionDays, input.days, clock);
      if (tooLong) refuse([{ field: 'days', message: tooLong }]);
      clue.extensionDays += input.days;
      clue.extensionReason = reason;
      clue.handlingDueOn = handlingDueOn(clue.assignedOn!, clue.extensionDays, clock);
    });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => Clue, {
    description: '核查: confirm the amount; match the ledger line or register one.',
  })
  @Writes(Clue, 'input.clueId')
  verifyClue(
    @Arg('input', () => VerifyClueInput) input: VerifyClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    refuse(verificationProblems(input));
    const note = textProblems(input.note, 'note', { max: 2000 }).text;
    return changeClue(ctx, input, 'VERIFY', note, async (clue, em) => {
      moveClue(clue, ClueStatus.VERIFIED, 'verify this clue');
      clue.confirmedAmount = input.confirmedAmount;
      clue.disputed = input.disputed;
      clue.verificationNote = note;
      if (input.arrearId) {
        // Only a ledger line the viewer may see can be matched.
        const arrear = await em.findOne(Arrear, { id: input.arrearId });
        if (!arrear)
          refuse([
            { field: 'arrearId', message: '没有这笔台账记录（there is no such ledger line）。' },
          ]);
        clue.arrearId = arrear!.id;
      } else if (input.registerArrear) {
        clue.arrearId = (await registerFromClue(ctx, em, clue, input, input.registerArrear)).id;
      }
    });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => Clue, { description: '书面反馈: the written answer to the complainant.' })
  @Writes(Clue, 'input.clueId')
  answerClue(
    @Arg('input', () => AnswerClueInput) input: AnswerClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const { problems, text: feedback } = textProblems(input.feedback, 'feedback', {
      required: true,
      max: 5000,
      message: '请写明书面答复（the written answer is required）。',
    });
    refuse(problems);
    return changeClue(ctx, input, 'ANSWER', null, (clue) => {
      clue.answeredOn = stepDay(input, clue.assignedOn ?? clue.receivedOn);
      moveClue(clue, ClueStatus.ANSWERED, 'answer this clue');
      clue.feedback = feedback;
    });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => Clue, { description: '办结.' })
  @Writes(Clue, 'input.clueId')
  closeClue(
    @Arg('input', () => CloseClueInput) input: CloseClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const { problems, text: note } = textProblems(input.note, 'note', { max: 2000 });
    refuse(problems);
    return changeClue(ctx, input, 'CLOSE', note, (clue) => {
      clue.closedOn = stepDay(input, clue.answeredOn ?? clue.receivedOn);
      moveClue(clue, ClueStatus.CLOSED, 'close this clue');
      clue.closingNote = note;
    });
  }
}
