import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import {
  addDays,
  assertMove,
  auditSnapshot,
  changeEntity,
  compareMoney,
  ConflictError,
  DateScalar,
  ForbiddenError,
  inTransaction,
  isUuid,
  optionalText,
  recordAudit,
  requireText,
  todayInChina,
  unitDirectory,
  UserInputError,
  type SubgraphContext,
  type Transitions,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../entities/arrear.entity.js';
import { Clue } from '../entities/clue.entity.js';
import { ArrearSource, ArrearStatus, ClueStatus } from '../entities/enums.js';
import { addWorkingDays, calendarOverrides } from '../workflow/working-days.js';
import { canSeeClue, jurisdictionOf } from '../scope.js';
import { refreshDueDate } from '../workflow/statutory.js';
import { checkParties, createLedgerLine, validateRegistration } from '../workflow/registration.js';
import type { RegisterArrearInput } from './arrear.inputs.js';
import {
  handlingDueOn,
  HANDLING_DAYS,
  MAX_HANDLING_DAYS,
  REVIEW_WORKING_DAYS,
} from './clue-clock.js';
import { FileClueInput, VerifyClueInput } from './clue.inputs.js';

@InputType()
export class ClueStepInput {
  @Field(() => ID)
  clueId!: string;

  @Field(() => Int, { description: 'The version you read.' })
  expectedVersion!: number;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When it happened; today (China time) by default.',
  })
  on?: string | null;
}

@InputType()
export class RejectClueInput extends ClueStepInput {
  @Field(() => String, { description: 'The reason, as it will be told to the complainant.' })
  reason!: string;
}

@InputType()
export class AssignClueInput extends ClueStepInput {
  @Field(() => ID, { description: 'The unit responsible (谁主管谁负责).' })
  handlingUnitId!: string;
}

@InputType()
export class ExtendClueInput extends ClueStepInput {
  @Field(() => Int, {
    description: `Extra days; the handling time cannot exceed ${MAX_HANDLING_DAYS} days in all.`,
  })
  days!: number;

  @Field(() => String, {
    description: 'Why, and who approved it (department head approval, art. 25¶2).',
  })
  reason!: string;
}

@InputType()
export class AnswerClueInput extends ClueStepInput {
  @Field(() => String, { description: 'The written answer to the complainant.' })
  feedback!: string;
}

@InputType()
export class CloseClueInput extends ClueStepInput {
  @Field(() => String, { nullable: true })
  note?: string | null;
}

/** Where a clue may go from where it is. */
const CLUE_TRANSITIONS: Transitions<ClueStatus> = {
  [ClueStatus.RECEIVED]: [ClueStatus.ACCEPTED, ClueStatus.REJECTED],
  [ClueStatus.ACCEPTED]: [ClueStatus.ASSIGNED],
  [ClueStatus.ASSIGNED]: [ClueStatus.ASSIGNED, ClueStatus.VERIFIED],
  [ClueStatus.VERIFIED]: [ClueStatus.ANSWERED],
  [ClueStatus.ANSWERED]: [ClueStatus.CLOSED],
  [ClueStatus.REJECTED]: [],
  [ClueStatus.CLOSED]: [],
};

function moveClue(clue: Clue, to: ClueStatus, action: string): void {
  assertMove(CLUE_TRANSITIONS, clue.status, to, action, 'clue');
  clue.status = to;
}

function stepDay(input: ClueStepInput, notBefore: string, field = 'input.on'): string {
  const day = input.on ?? todayInChina();
  if (day > todayInChina()) throw new UserInputError('This cannot be dated in the future.', field);
  if (day < notBefore) throw new UserInputError(`This cannot be dated before ${notBefore}.`, field);
  return day;
}

const INTAKE = ['BUREAU', 'LEADING_GROUP', 'INSPECTOR', 'ENTERPRISE'] as const;
const HANDLERS = ['BUREAU', 'LEADING_GROUP'] as const;

@Resolver(() => Clue)
export class ClueWorkflowResolver {
  @Authorized(...INTAKE)
  @Mutation(() => Clue, {
    description:
      'Registers a clue or complaint from any channel; the review clock (10 working days) starts.',
  })
  fileClue(
    @Arg('input', () => FileClueInput) input: FileClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const complainantName = requireText(input.complainantName, 'input.complainantName', {
      max: 200,
    });
    const respondentName = requireText(input.respondentName, 'input.respondentName', { max: 200 });
    const facts = requireText(input.facts, 'input.facts', { max: 5000 });
    if (input.receivedOn > todayInChina())
      throw new UserInputError('A clue cannot be received in the future.', 'input.receivedOn');
    if (compareMoney(input.amountClaimed, '0') <= 0)
      throw new UserInputError('The amount claimed must be more than zero.', 'input.amountClaimed');
    for (const [field, id] of [
      ['input.complainantId', input.complainantId],
      ['input.respondentId', input.respondentId],
    ] as const) {
      if (id && !isUuid(id)) throw new UserInputError(`"${id}" is not a unit id.`, field);
    }
    if (
      input.complainantSizeClass &&
      !['LARGE', 'MEDIUM', 'SMALL', 'MICRO'].includes(input.complainantSizeClass)
    ) {
      throw new UserInputError(
        'The size class is LARGE, MEDIUM, SMALL or MICRO.',
        'input.complainantSizeClass',
      );
    }
    // An enterprise files complaints only as itself.
    if (
      ctx.viewer.roles.length === 1 &&
      ctx.viewer.roles[0] === 'ENTERPRISE' &&
      input.complainantId !== ctx.viewer.organisationId
    ) {
      throw new UserInputError(
        'An enterprise files complaints in its own name: complainantId must be your organisation.',
        'input.complainantId',
      );
    }
    return inTransaction(ctx, async (em) => {
      const ids = [input.complainantId, input.respondentId].filter((id): id is string => !!id);
      if (ids.length) {
        const known = await unitDirectory().get(ids);
        if (input.complainantId && !known.has(input.complainantId))
          throw new UserInputError('There is no such unit.', 'input.complainantId');
        if (input.respondentId && !known.has(input.respondentId))
          throw new UserInputError('There is no such unit.', 'input.respondentId');
      }
      const contractNo = optionalText(input.contractNo, 'input.contractNo', { max: 100 });
      const duplicate = contractNo ? await findOpenDuplicate(em, input, contractNo) : null;
      const clue = em.create(Clue, {
        id: randomUUID(),
        channel: input.channel,
        externalRef: optionalText(input.externalRef, 'input.externalRef', { max: 100 }),
        receivedOn: input.receivedOn,
        complainantId: input.complainantId ?? null,
        complainantName,
        complainantCreditCode: input.complainantCreditCode ?? null,
        complainantSizeClass: input.complainantSizeClass ?? null,
        contactName: optionalText(input.contactName, 'input.contactName', { max: 100 }),
        contactPhone: optionalText(input.contactPhone, 'input.contactPhone', { max: 50 }),
        contactAddress: optionalText(input.contactAddress, 'input.contactAddress', { max: 300 }),
        respondentId: input.respondentId ?? null,
        respondentName,
        respondentCreditCode: input.respondentCreditCode ?? null,
        amountClaimed: input.amountClaimed,
        contractNo,
        facts,
        request: optionalText(input.request, 'input.request', { max: 2000 }),
        evidence: optionalText(input.evidence, 'input.evidence', { max: 2000 }),
        notInOtherProceedings: input.notInOtherProceedings,
        status: ClueStatus.RECEIVED,
        reviewDueOn: addWorkingDays(
          input.receivedOn,
          REVIEW_WORKING_DAYS,
          await calendarOverrides(em, addDays(input.receivedOn, 1), addDays(input.receivedOn, 366)),
        ),
        duplicateOfId: duplicate?.id ?? null,
        registeredBy: ctx.viewer.id,
      } as never);
      await em.flush();
      recordAudit(em, ctx.viewer, {
        entity: 'Clue',
        entityId: clue.id,
        action: 'CREATE',
        after: auditSnapshot(clue),
      });
      return clue;
    });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => Clue, { description: '受理: the clue is in scope; transfer it next.' })
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
  rejectClue(
    @Arg('input', () => RejectClueInput) input: RejectClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const reason = requireText(input.reason, 'input.reason', { max: 2000 });
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
  assignClue(
    @Arg('input', () => AssignClueInput) input: AssignClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    if (!isUuid(input.handlingUnitId))
      throw new UserInputError(
        `"${input.handlingUnitId}" is not a unit id.`,
        'input.handlingUnitId',
      );
    return changeClue(ctx, input, 'ASSIGN', null, async (clue) => {
      const unit = (await unitDirectory().get([input.handlingUnitId])).get(input.handlingUnitId);
      if (!unit) throw new UserInputError('There is no such unit.', 'input.handlingUnitId');
      const day = stepDay(input, clue.acceptedOn ?? clue.receivedOn);
      const firstAssignment = clue.status === ClueStatus.ACCEPTED;
      moveClue(clue, ClueStatus.ASSIGNED, 'assign this clue');
      clue.handlingUnitId = unit.id;
      if (firstAssignment) {
        clue.assignedOn = day;
        clue.handlingDueOn = handlingDueOn(day, 0);
      }
    });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => Clue, {
    description: '延期: more handling time with approval, at most 90 days in all (2025 art. 25¶2).',
  })
  extendClue(
    @Arg('input', () => ExtendClueInput) input: ExtendClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const reason = requireText(input.reason, 'input.reason', { max: 2000 });
    return changeClue(ctx, input, 'EXTEND', reason, (clue) => {
      if (clue.status !== ClueStatus.ASSIGNED && clue.status !== ClueStatus.VERIFIED) {
        throw new ConflictError(
          `Only a clue being handled can be extended; this one is ${clue.status}.`,
          { status: clue.status },
        );
      }
      const total = HANDLING_DAYS + clue.extensionDays + input.days;
      if (input.days < 1 || total > MAX_HANDLING_DAYS) {
        throw new UserInputError(
          `The handling time would be ${total} days; it can be extended to ${MAX_HANDLING_DAYS} at most.`,
          'input.days',
        );
      }
      clue.extensionDays += input.days;
      clue.extensionReason = reason;
      clue.handlingDueOn = handlingDueOn(clue.assignedOn!, clue.extensionDays);
    });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => Clue, {
    description: '核查: confirm the amount; match the ledger line or register one.',
  })
  verifyClue(
    @Arg('input', () => VerifyClueInput) input: VerifyClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const note = requireText(input.note, 'input.note', { max: 2000 });
    if (input.arrearId && input.registerArrear)
      throw new UserInputError(
        'Either match a ledger line or register one, not both.',
        'input.arrearId',
      );
    return changeClue(ctx, input, 'VERIFY', note, async (clue, em) => {
      moveClue(clue, ClueStatus.VERIFIED, 'verify this clue');
      const today = todayInChina();
      clue.confirmedAmount = input.confirmedAmount;
      clue.disputed = input.disputed;
      clue.verificationNote = note;
      if (input.arrearId) {
        const arrear = isUuid(input.arrearId)
          ? await em.findOne(Arrear, { id: input.arrearId })
          : null;
        if (!arrear) throw new UserInputError('There is no such ledger line.', 'input.arrearId');
        clue.arrearId = arrear.id;
      } else if (input.registerArrear) {
        clue.arrearId = (await registerFromClue(ctx, em, clue, input, today)).id;
      }
    });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => Clue, { description: '书面反馈: the written answer to the complainant.' })
  answerClue(
    @Arg('input', () => AnswerClueInput) input: AnswerClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const feedback = requireText(input.feedback, 'input.feedback', { max: 5000 });
    return changeClue(ctx, input, 'ANSWER', null, (clue) => {
      clue.answeredOn = stepDay(input, clue.assignedOn ?? clue.receivedOn);
      moveClue(clue, ClueStatus.ANSWERED, 'answer this clue');
      clue.feedback = feedback;
    });
  }

  @Authorized(...HANDLERS)
  @Mutation(() => Clue, { description: '办结.' })
  closeClue(
    @Arg('input', () => CloseClueInput) input: CloseClueInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Clue> {
    const note = optionalText(input.note, 'input.note', { max: 2000 });
    return changeClue(ctx, input, 'CLOSE', note, (clue) => {
      clue.closedOn = stepDay(input, clue.answeredOn ?? clue.receivedOn);
      moveClue(clue, ClueStatus.CLOSED, 'close this clue');
      clue.closingNote = note;
    });
  }
}

function changeClue(
  ctx: SubgraphContext,
  input: ClueStepInput,
  action: string,
  reason: string | null,
  apply: (clue: Clue, em: EntityManager) => Promise<void> | void,
): Promise<Clue> {
  const conflicts = {
    unique: {
      arrear_debtor_creditor_contract_unique:
        'This debt is already in the ledger: match it with arrearId instead of registering it again.',
    },
  };
  return changeEntity(
    ctx,
    Clue,
    {
      id: input.clueId,
      expectedVersion: input.expectedVersion,
      action,
      reason,
      field: 'input.clueId',
      label: 'Clue',
      conflicts,
    },
    async (clue, em) => {
      if (!canSeeClue(await jurisdictionOf(ctx), clue))
        throw new ForbiddenError('This clue is outside your jurisdiction.');
      await apply(clue, em);
      return clue;
    },
  );
}

/** The same creditor, debtor and contract in a clue that is still open (not rejected or closed). */
async function findOpenDuplicate(
  em: EntityManager,
  input: FileClueInput,
  contractNo: string,
): Promise<Clue | null> {
  const samePerson = (id?: string | null, code?: string | null, name?: string) =>
    id ? { id } : code ? { code } : { name };
  const complainant = samePerson(
    input.complainantId,
    input.complainantCreditCode,
    input.complainantName.trim(),
  );
  const respondent = samePerson(
    input.respondentId,
    input.respondentCreditCode,
    input.respondentName.trim(),
  );
  return em.findOne(
    Clue,
    {
      contractNo,
      status: { $nin: [ClueStatus.REJECTED, ClueStatus.CLOSED] },
      ...('id' in complainant
        ? { complainantId: complainant.id }
        : 'code' in complainant
          ? { complainantCreditCode: complainant.code }
          : { complainantName: complainant.name }),
      ...('id' in respondent
        ? { respondentId: respondent.id }
        : 'code' in respondent
          ? { respondentCreditCode: respondent.code }
          : { respondentName: respondent.name }),
    },
    { orderBy: { receivedOn: 'asc' } },
  );
}

/** A verified clue enters the ledger as a verified debt, with the clue's parties and the confirmed amount. */
async function registerFromClue(
  ctx: SubgraphContext,
  em: EntityManager,
  clue: Clue,
  input: VerifyClueInput,
  today: string,
): Promise<Arrear> {
  const details = input.registerArrear!;
  if (!clue.respondentId || !clue.complainantId) {
    throw new UserInputError(
      'Register the respondent and the complainant as units (and put their ids on the clue) before making a ledger line.',
      'input.registerArrear',
    );
  }
  if (compareMoney(input.confirmedAmount, '0') <= 0)
    throw new UserInputError('Nothing confirmed, nothing to register.', 'input.confirmedAmount');
  const registration = {
    debtorId: clue.respondentId,
    creditorId: clue.complainantId,
    contractNo: details.contractNo,
    contractSignedOn: details.contractSignedOn,
    subject: details.subject,
    amountDue: input.confirmedAmount,
    deliveredOn: details.deliveredOn ?? null,
    disputed: input.disputed,
    inJudicialProcess: false,
    source: ArrearSource.COMPLAINT,
  } as RegisterArrearInput;
  const checked = validateRegistration(registration);
  const debtor = await checkParties(registration);
  (await jurisdictionOf(ctx)).assertUnit(debtor.id, 'The respondent');
  // Verified by the clue's inquiry: it enters the ledger verified (or disputed), not merely registered.
  const arrear = createLedgerLine(em, registration, checked, debtor, ctx.viewer.id, {
    cause: `线索 ${clue.externalRef ?? clue.id}: ${clue.facts.slice(0, 200)}`,
    status: input.disputed ? ArrearStatus.DISPUTED : ArrearStatus.VERIFIED,
    disputedAmount: input.disputed ? input.confirmedAmount : null,
    verifiedOn: today,
    verificationEvidence: `线索核查: ${input.note}`,
  });
  await refreshDueDate(em, arrear);
  await em.flush();
  await em.refresh(arrear);
  recordAudit(em, ctx.viewer, {
    entity: 'Arrear',
    entityId: arrear.id,
    action: 'CREATE',
    after: auditSnapshot(arrear),
    reason: `from clue ${clue.id}`,
  });
  return arrear;
}
