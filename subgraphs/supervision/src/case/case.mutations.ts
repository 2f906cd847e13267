// Opening, moving and escalating supervision cases, and recording accountability on them. Every
// mutation declares what it writes: the kit refuses a unit or a case outside the viewer's reach
// before anything below runs.
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import {
  ARREAR_FACTS,
  assertMove,
  changeEntity,
  checkReferences,
  createEntity,
  Creates,
  DateScalar,
  inTransaction,
  lockForChange,
  notFuture,
  Problems,
  type SubgraphContext,
  todayInChina,
  Writes,
  WritesSelected,
  UnitRefs,
  requireNamedUnits,
} from '@arrears-hub/subgraph-kit';
import { checkKnownUnit } from '../input-checks.js';
import { Accountability } from './accountability.entity.js';
import { escalateCase, overdueCases } from './case-escalation.js';
import { SupervisionCase } from './case.entity.js';
import { CASE_TRANSITIONS, CaseStatus } from './case.enums.js';
import { EscalationResult, OpenCaseInput, RecordAccountabilityInput } from './case.inputs.js';
import { checkAccountability, checkCaseMove, checkCaseOpening } from './case.validation.js';
import { supervisionMessages as msg } from '../messages.js';

@Resolver(() => SupervisionCase)
export class CaseMutations {
  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @Creates(SupervisionCase, { target: 'input.targetUnitId' })
  // Units named by UnitRef become the ids the write check reads.
  @UnitRefs({ ref: 'input.targetUnit', id: 'input.targetUnitId' })
  @Mutation(() => SupervisionCase, { description: '督办: opens a case on a unit with a deadline.' })
  async openCase(
    @Arg('input', () => OpenCaseInput) input: OpenCaseInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SupervisionCase> {
    requireNamedUnits(input, { targetUnitId: 'targetUnit' });
    const { problems, value } = checkCaseOpening(input);
    const p = new Problems().merge(problems);
    await checkKnownUnit(p, input.targetUnitId, 'targetUnitId');
    // The debts a case names must exist and be within the inspector's reach (arrears says so).
    if (!p.has('arrearIds')) {
      await checkReferences(ctx, ARREAR_FACTS, value.arrearIds, p, 'arrearIds', msg.arrear());
    }
    p.throwIfAny('input');
    return createEntity(ctx, SupervisionCase, {
      targetUnitId: input.targetUnitId,
      measure: input.measure,
      trigger: input.trigger,
      description: value.description,
      openedOn: todayInChina(),
      deadline: value.deadline,
      status: CaseStatus.OPEN,
      arrearIds: value.arrearIds,
      createdBy: ctx.viewer.id,
    });
  }

  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @Writes(SupervisionCase, 'caseId')
  @Mutation(() => SupervisionCase, {
    description:
      'Moves a case: OPEN → RESOLVED → CLOSED (or back to OPEN when the resolution does not hold).',
  })
  moveCase(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('status', () => CaseStatus) status: CaseStatus,
    @Arg('outcome', () => String, { nullable: true }) outcome: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SupervisionCase> {
    const { problems, value } = checkCaseMove({ status, outcome });
    // Top-level arguments: the problems are named "status", "outcome".
    new Problems().merge(problems).throwIfAny('');
    return changeEntity(
      ctx,
      SupervisionCase,
      {
        id: caseId,
        expectedVersion,
        action: `MOVE_${status}`,
        reason: value.outcome,
        field: 'caseId',
        label: msg.supervisionCase(),
      },
      (c) => {
        assertMove(
          CASE_TRANSITIONS,
          c.status,
          status,
          msg.moveCaseTo({ status }).text(),
          msg.supervisionCase().text(),
        );
        if (status === CaseStatus.RESOLVED) c.outcome = value.outcome;
        if (status === CaseStatus.CLOSED) c.closedOn = todayInChina();
        c.status = status;
        return c;
      },
    );
  }

  // A batch over the viewer's own cases (the jurisdiction filter chooses them); each escalation
  // is checked again as a change of that case and a creation for its unit.
  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @WritesSelected(
    SupervisionCase,
    'the viewer’s own overdue cases, as its jurisdiction filter selects them',
  )
  @Mutation(() => EscalationResult, {
    description:
      'Escalates every open case past its deadline on `asOf` (today by default) into a stronger one.',
  })
  async escalateOverdueCases(
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<EscalationResult> {
    // A day to come would escalate cases whose deadline has not passed yet.
    const day = asOf ? notFuture(asOf, 'asOf', msg.escalateAsOfFuture()) : todayInChina();
    const newCases: SupervisionCase[] = [];
    for (const { id } of await overdueCases(ctx.em, day)) {
      const next = await escalateCase(ctx, id, day);
      if (next) newCases.push(next);
    }
    return { escalated: newCases.length, newCases };
  }

  // An accountability is added under a case the viewer may work on (checked before anything else).
  @Authorized('INSPECTOR')
  @Writes(SupervisionCase, 'input.caseId')
  @Mutation(() => Accountability, {
    description: '问责: a measure against a person in a post, on a case.',
  })
  recordAccountability(
    @Arg('input', () => RecordAccountabilityInput) input: RecordAccountabilityInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Accountability> {
    const { problems, value } = checkAccountability(input);
    new Problems().merge(problems).throwIfAny('input');
    return inTransaction(ctx, async (em) => {
      const c = await lockForChange(
        em,
        SupervisionCase,
        input.caseId,
        msg.supervisionCase(),
        'input.caseId',
      );
      return createEntity(
        ctx,
        Accountability,
        {
          supervisionCase: c,
          personName: value.personName,
          postTitle: value.postTitle,
          measure: input.measure,
          decidedOn: value.decidedOn,
        },
        { em, reason: `ACCOUNTABILITY on SupervisionCase ${c.id}` },
      );
    });
  }
}
