// 整改: an inspector orders a measure on a finding with a deadline; the unit reports it done; an
// inspector closes it (销号) after checking the ledger (rules/rectification-check.ts), or sends it
// back. Every step is checked before anything else and audited (changeEntity).
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  ARREAR_FACTS,
  assertMove,
  callContract,
  changeEntity,
  checkText,
  ConflictError,
  createEntity,
  ForbiddenError,
  NotFoundError,
  Problems,
  todayInChina,
  Writes,
  type Message,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { ledgerObjections, type LedgerObjection } from '../rules/rectification-check.js';
import { RECTIFICATION_TRANSITIONS, RectificationStatus } from './audit.enums.js';
import {
  CompleteRectificationInput,
  OrderRectificationInput,
  ReviewRectificationInput,
} from './audit.inputs.js';
import { checkRectificationReport, rectificationOrderProblems } from './audit.validation.js';
import { Finding } from './finding.entity.js';
import { Rectification } from './rectification.entity.js';
import { supervisionMessages as msg } from '../messages.js';

@Resolver(() => Rectification)
export class RectificationMutations {
  // The rectification is ordered on a finding, for the finding's unit: the finding must be one
  // the viewer may work on (checked before anything else).
  @Authorized('INSPECTOR')
  @Writes(Finding, 'input.findingId')
  @Mutation(() => Rectification, {
    description: '整改: orders a measure on a finding with a deadline.',
  })
  async orderRectification(
    @Arg('input', () => OrderRectificationInput) input: OrderRectificationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Rectification> {
    new Problems().merge(rectificationOrderProblems(input)).throwIfAny('input');
    const finding = await ctx.em.findOne(Finding, { id: input.findingId });
    if (!finding) throw new NotFoundError(msg.finding(), input.findingId, 'input.findingId');
    return createEntity(ctx, Rectification, {
      finding: finding.id,
      unitId: finding.unitId,
      measure: input.measure,
      deadline: input.deadline,
      status: RectificationStatus.OPEN,
    });
  }

  @Authorized('INSPECTOR', 'BUREAU')
  @Writes(Rectification, 'input.rectificationId')
  @Mutation(() => Rectification, {
    description:
      'The unit reports the rectification done, with evidence (REPORTED); an inspector then checks the ledger and closes it (closeRectification, 销号).',
  })
  reportRectification(
    @Arg('input', () => CompleteRectificationInput) input: CompleteRectificationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Rectification> {
    return this.report(input, ctx);
  }

  @Authorized('INSPECTOR', 'BUREAU')
  @Writes(Rectification, 'input.rectificationId')
  @Mutation(() => Rectification, {
    description: 'Reports the rectification done (REPORTED): the old name of reportRectification.',
    deprecationReason:
      'It no longer closes the rectification: use reportRectification, and an inspector’s closeRectification (销号).',
  })
  completeRectification(
    @Arg('input', () => CompleteRectificationInput) input: CompleteRectificationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Rectification> {
    return this.report(input, ctx);
  }

  private report(input: CompleteRectificationInput, ctx: SubgraphContext): Promise<Rectification> {
    const { problems, value } = checkRectificationReport(input);
    new Problems().merge(problems).throwIfAny('input');
    return changeEntity(
      ctx,
      Rectification,
      {
        id: input.rectificationId,
        expectedVersion: input.expectedVersion,
        action: 'REPORT',
        field: 'input.rectificationId',
        label: msg.rectification(),
      },
      (r) => {
        assertMove(
          RECTIFICATION_TRANSITIONS,
          r.status,
          RectificationStatus.REPORTED,
          msg.reportRectificationDone().text(),
          msg.rectification().text(),
        );
        r.status = RectificationStatus.REPORTED;
        r.completedOn = value.completedOn;
        r.evidence = value.evidence;
        return r;
      },
    );
  }

  // 销号 is the inspector's, after checking the ledger; never the audited unit's own (its BUREAU
  // viewers lack the role, and an inspector's token bound to the unit itself is refused too).
  @Authorized('INSPECTOR')
  @Writes(Rectification, 'input.rectificationId')
  @Mutation(() => Rectification, {
    description:
      '销号: an inspector closes a reported rectification once the ledger shows the measure done (限时清欠: the debts cleared; 分期偿付: a plan on each; 账款确权: each verified).',
  })
  async closeRectification(
    @Arg('input', () => ReviewRectificationInput) input: ReviewRectificationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Rectification> {
    const note = this.note(input);
    const row = await ctx.em.findOne(Rectification, { id: input.rectificationId });
    if (row && ctx.viewer.organisationId === row.unitId)
      throw new ForbiddenError(msg.noSelfClosing(), {
        reason: 'AUDITED_UNIT',
      });
    const finding = row ? await ctx.em.findOne(Finding, { id: row.finding.id }) : null;
    const arrearIds = finding?.arrearIds ?? [];
    const debts = arrearIds.length ? await callContract(ctx, ARREAR_FACTS, { ids: arrearIds }) : [];
    const objections = (row ? ledgerObjections(row.measure, arrearIds, debts) : []).map(
      objectionMessage,
    );
    if (objections.length)
      throw new ConflictError(msg.ledgerDoesNotShowItDone({ objections }), {
        objections: objections.map((o) => o.text()),
      });
    return this.review(ctx, input, 'CLOSE', RectificationStatus.CLOSED, note);
  }

  @Authorized('INSPECTOR')
  @Writes(Rectification, 'input.rectificationId')
  @Mutation(() => Rectification, {
    description:
      'Sends a reported rectification back to the unit (OPEN again), saying what is missing.',
  })
  reopenRectification(
    @Arg('input', () => ReviewRectificationInput) input: ReviewRectificationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Rectification> {
    return this.review(ctx, input, 'REOPEN', RectificationStatus.OPEN, this.note(input));
  }

  private note(input: ReviewRectificationInput): string {
    const p = new Problems();
    const note = checkText(p, input.note, 'note', {
      required: true,
      max: 2000,
      message: msg.reviewNoteRequired(),
    });
    p.throwIfAny('input');
    return note!;
  }

  private review(
    ctx: SubgraphContext,
    input: ReviewRectificationInput,
    action: string,
    to: RectificationStatus,
    note: string,
  ): Promise<Rectification> {
    return changeEntity(
      ctx,
      Rectification,
      {
        id: input.rectificationId,
        expectedVersion: input.expectedVersion,
        action,
        reason: note,
        field: 'input.rectificationId',
        label: msg.rectification(),
      },
      (r) => {
        assertMove(
          RECTIFICATION_TRANSITIONS,
          r.status,
          to,
          (to === RectificationStatus.CLOSED
            ? msg.closeRectification()
            : msg.reopenRectification()
          ).text(),
          msg.rectification().text(),
        );
        r.status = to;
        r.reviewNote = note;
        if (to === RectificationStatus.CLOSED) {
          r.closedOn = todayInChina();
          r.closedBy = ctx.viewer.id;
        }
        return r;
      },
    );
  }
}

/** An objection of the ledger, in the catalogue's words. */
function objectionMessage(o: LedgerObjection): Message {
  switch (o.kind) {
    case 'NOT_ON_LEDGER':
      return msg.objectionNotOnLedger({ id: o.arrearId });
    case 'NOT_CLEARED':
      return msg.objectionNotCleared({ id: o.arrearId, outstanding: o.outstanding });
    case 'NO_PLAN':
      return msg.objectionNoPlan({ id: o.arrearId, status: o.status });
    case 'NOT_VERIFIED':
      return msg.objectionNotVerified({ id: o.arrearId });
  }
}
