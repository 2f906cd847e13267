// 账款确权 (2025 art. 16): the enterprise asks (in its own name; the day is the hub's), the
// debtor's jurisdiction answers. A confirmed amount becomes the ledger line (verified, source
// CONFIRMATION) or matches the one already there; a dispute is recorded with its reason. The
// debtor is told at once (a notice through the outbox); the job reminds it and flags its silence.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  addDays,
  changeEntity,
  checkText,
  compareMoney,
  ConflictError,
  createEntity,
  CreatesOpen,
  emitEvent,
  inTransaction,
  isUuid,
  normalizeIdentifier,
  Problems,
  todayInChina,
  unscoped,
  Writes,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { resolveParties } from '../clue/clue-parties.js';
import { registerConfirmedLine } from '../clue/clue-ledger.js';
import { ArrearSource, ArrearStatus } from '../ledger/arrear.enums.js';
import { Arrear } from '../ledger/arrear.entity.js';
import {
  calendarFor,
  chainOfPath,
  loadLayers,
  requireDay,
  settingsFor,
} from '../region-settings/region-layers.js';
import { confirmationAnswerProblems, confirmationDueOn } from '../rules/receivable-confirmation.js';
import { ConfirmationStatus, ReceivableConfirmation } from './confirmation.entity.js';
import {
  AnswerReceivableConfirmationInput,
  RequestReceivableConfirmationInput,
} from './confirmation.inputs.js';
import { arrearsMessages as msg } from '../messages.js';

@Resolver(() => ReceivableConfirmation)
export class ConfirmationMutationResolver {
  @Authorized('ENTERPRISE')
  @Mutation(() => ReceivableConfirmation, {
    description:
      '账款确权: an enterprise asks the unit that owes it to confirm a receivable; the debtor answers within 30 days (2025 art. 16).',
  })
  // The creditor is the viewer's own enterprise, set by the hub; the debtor is any unit.
  @CreatesOpen(ReceivableConfirmation, 'an enterprise asks any unit; the creditor is the viewer')
  async requestReceivableConfirmation(
    @Arg('input', () => RequestReceivableConfirmationInput)
    input: RequestReceivableConfirmationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ReceivableConfirmation> {
    const p = new Problems();
    const creditorId = ctx.viewer.organisationId ?? '';
    const contractNo = checkText(p, input.contractNo, 'contractNo', {
      required: true,
      max: 100,
      identifier: true,
      message: msg.contractNoNeeded(),
    });
    const description = checkText(p, input.description, 'description', {
      required: true,
      max: 2000,
      message: msg.confirmationDescriptionRequired(),
    });
    p.check(compareMoney(input.amount, '0') > 0, 'amount', msg.confirmationAmountNotPositive());
    if (input.debtorId && !isUuid(input.debtorId))
      p.add('debtorId', msg.notAUnitId({ id: input.debtorId }));
    if (!input.debtorId && !input.debtorName && !input.debtorCreditCode)
      p.add('debtorName', msg.nameTheDebtor());
    p.throwIfAny('input');
    const [debtor] = await resolveParties(
      [{ id: input.debtorId, name: input.debtorName ?? null, creditCode: input.debtorCreditCode }],
      null,
    );
    if (!debtor!.unit)
      p.add(
        input.debtorId ? 'debtorId' : 'debtorName',
        debtor!.candidateIds.length
          ? msg.debtorNameAmbiguous({
              name: input.debtorName ?? '',
              count: debtor!.candidateIds.length,
            })
          : msg.debtorNotInRegistry(),
      );
    else if (debtor!.unit.id === creditorId) p.add('debtorName', msg.confirmOwnDebt());
    p.throwIfAny('input');
    const unit = debtor!.unit!;
    const chain = chainOfPath(unit.regionPath);
    const today = todayInChina();
    const layers = await loadLayers(ctx.em, [chain], {
      days: { from: today, to: addDays(today, 45) },
    });
    const due = requireDay(confirmationDueOn(today, calendarFor(layers, chain)), chain, 'input');
    return inTransaction(ctx, async (em) => {
      const open = await em.count(
        ReceivableConfirmation,
        {
          creditorId,
          debtorId: unit.id,
          contractNo: contractNo!,
          status: ConfirmationStatus.REQUESTED,
        },
        unscoped('one open request per contract, whoever may read the others'),
      );
      if (open) throw new ConflictError(msg.confirmationStillOpen(), { contractNo });
      const request = await createEntity(
        ctx,
        ReceivableConfirmation,
        {
          creditorId,
          debtorId: unit.id,
          regionCode: unit.regionCode,
          intakeOfficeId: settingsFor(layers, chain).intakeOfficeId,
          contractNo: contractNo!,
          contractSignedOn: input.contractSignedOn,
          subject: input.subject,
          deliveredOn: input.deliveredOn ?? null,
          amount: input.amount,
          description: description!,
          requestedOn: today,
          dueOn: due.day,
          status: ConfirmationStatus.REQUESTED,
          requestedBy: ctx.viewer.id,
        },
        { em, as: ['creditor'] },
      );
      await emitEvent(em, {
        topic: 'notice',
        key: `confirmation-requested:${request.id}`,
        payload: {
          kind: 'RECEIVABLE_CONFIRMATION_REQUESTED',
          recipients: [{ type: 'UNIT', unitId: unit.id }],
          text: msg.noticeConfirmationRequested({
            unit: unit.name,
            contractNo: request.contractNo,
            amount: request.amount,
            dueOn: request.dueOn,
          }).zh,
          link: { type: 'ReceivableConfirmation', id: request.id },
        },
      });
      return request;
    });
  }

  @Authorized('BUREAU', 'LEADING_GROUP')
  @Mutation(() => ReceivableConfirmation, {
    description:
      'The debtor confirms (all or part; the amount becomes or matches a ledger line) or disputes a receivable.',
  })
  @Writes(ReceivableConfirmation, 'input.confirmationId', { as: ['debtor'] })
  answerReceivableConfirmation(
    @Arg('input', () => AnswerReceivableConfirmationInput)
    input: AnswerReceivableConfirmationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ReceivableConfirmation> {
    const p = new Problems();
    const reason = checkText(p, input.reason, 'reason', { max: 2000 });
    if (input.arrearId && !isUuid(input.arrearId))
      p.add('arrearId', msg.notAnArrearId({ id: input.arrearId }));
    p.throwIfAny('input');
    return changeEntity(
      ctx,
      ReceivableConfirmation,
      {
        id: input.confirmationId,
        expectedVersion: input.expectedVersion,
        action: input.disputed ? 'DISPUTE' : 'CONFIRM',
        reason,
        field: 'input.confirmationId',
        label: msg.nounConfirmationRequest(),
        as: ['debtor'],
      },
      async (request, em) => {
        if (request.status !== ConfirmationStatus.REQUESTED)
          throw new ConflictError(msg.confirmationAlreadyAnswered(), { status: request.status });
        const problems = confirmationAnswerProblems({
          asked: request.amount,
          confirmedAmount: input.confirmedAmount ?? null,
          disputed: input.disputed,
          reason,
        });
        new Problems().merge(problems).throwIfAny('input');
        request.answeredOn = todayInChina();
        request.reason = reason;
        if (input.disputed) {
          request.status = ConfirmationStatus.DISPUTED;
          return request;
        }
        request.status = ConfirmationStatus.CONFIRMED;
        request.confirmedAmount = input.confirmedAmount!;
        request.arrearId = (await ledgerLineFor(ctx, em, request, input.arrearId ?? null)).id;
        return request;
      },
    );
  }
}

/** The ledger line a confirmed amount matches (named, or the one for the same contract between
 * the parties), else a new verified one. */
async function ledgerLineFor(
  ctx: SubgraphContext,
  em: EntityManager,
  request: ReceivableConfirmation,
  arrearId: string | null,
): Promise<Arrear> {
  const existing = arrearId
    ? await em.findOne(Arrear, { id: arrearId })
    : await em.findOne(Arrear, {
        debtorId: request.debtorId,
        creditorId: request.creditorId,
        contractNo: normalizeIdentifier(request.contractNo),
      });
  if (arrearId && !existing)
    new Problems().add('arrearId', msg.noSuchLedgerLine()).throwIfAny('input');
  if (existing) {
    if (existing.debtorId !== request.debtorId || existing.creditorId !== request.creditorId)
      new Problems().add('arrearId', msg.ledgerLineNotTheRequest()).throwIfAny('input');
    return existing;
  }
  return registerConfirmedLine(
    ctx,
    em,
    {
      debtorId: request.debtorId,
      creditorId: request.creditorId,
      contractNo: request.contractNo,
      contractSignedOn: request.contractSignedOn,
      subject: request.subject,
      amountDue: request.confirmedAmount!,
      deliveredOn: request.deliveredOn ?? null,
      disputed: false,
      inJudicialProcess: false,
      source: ArrearSource.CONFIRMATION,
    },
    {
      cause: `账款确权：${request.description.slice(0, 200)}`,
      status: ArrearStatus.VERIFIED,
      disputedAmount: null,
      evidence: `债务人确权（${request.answeredOn}）${request.reason ? `：${request.reason}` : ''}`,
      reason: `from receivable confirmation ${request.id}`,
      inputField: (field) => (field === 'amountDue' ? 'confirmedAmount' : `confirmation.${field}`),
    },
  );
}
