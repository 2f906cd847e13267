// Planning and moving audits, and recording findings in them. Every mutation declares what it
// writes (@Creates / @Writes): the kit refuses a region or an audit outside the viewer's reach
// before anything below runs.
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import {
  ARREAR_FACTS,
  assertMove,
  changeEntity,
  checkReferences,
  createEntity,
  Creates,
  inTransaction,
  lockForChange,
  Problems,
  PROJECT_FACTS,
  type SubgraphContext,
  UserInputError,
  Writes,
  UnitRefs,
  requireNamedUnits,
} from '@arrears-hub/subgraph-kit';
import { checkKnownUnit } from '../input-checks.js';
import { Audit } from './audit.entity.js';
import { AUDIT_TRANSITIONS, AuditStatus } from './audit.enums.js';
import { CreateAuditInput, RecordFindingInput } from './audit.inputs.js';
import { checkAuditPlan, checkFinding } from './audit.validation.js';
import { Finding } from './finding.entity.js';
import { supervisionMessages as msg } from '../messages.js';

@Resolver(() => Audit)
export class AuditMutations {
  @Authorized('INSPECTOR')
  @Creates(Audit, { region: 'input.regionCode' })
  @Mutation(() => Audit, {
    description: 'Plans an audit of arrears (the Ejin Horo programme, docs/programmes.md).',
  })
  createAudit(
    @Arg('input', () => CreateAuditInput) input: CreateAuditInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Audit> {
    const { problems, value } = checkAuditPlan(input);
    new Problems().merge(problems).throwIfAny('input');
    return createEntity(ctx, Audit, {
      title: value.title,
      regionCode: value.regionCode,
      periodEnd: input.periodEnd,
      traceEarlier: input.traceEarlier,
      projectThreshold: input.projectThreshold,
      focus: value.focus ?? null,
      status: AuditStatus.PLANNED,
      createdBy: ctx.viewer.id,
    });
  }

  @Authorized('INSPECTOR')
  @Writes(Audit, 'auditId')
  @Mutation(() => Audit, {
    description: 'Moves an audit on: PLANNED → IN_PROGRESS → REPORTED → CLOSED.',
  })
  moveAudit(
    @Arg('auditId', () => ID) auditId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('status', () => AuditStatus) status: AuditStatus,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Audit> {
    return changeEntity(
      ctx,
      Audit,
      {
        id: auditId,
        expectedVersion,
        action: `MOVE_${status}`,
        field: 'auditId',
        label: msg.audit(),
      },
      (audit) => {
        assertMove(
          AUDIT_TRANSITIONS,
          audit.status,
          status,
          msg.moveAuditTo({ status }).text(),
          msg.audit().text(),
        );
        audit.status = status;
        return audit;
      },
    );
  }

  // A finding is added under an audit (the audit must be the viewer's to work on) about a unit
  // (which must be the viewer's too): both are checked before anything else.
  @Authorized('INSPECTOR')
  @Creates(Finding, { unit: 'input.unitId' })
  // Units named by UnitRef become the ids the write check reads.
  @UnitRefs({ ref: 'input.unit', id: 'input.unitId' })
  @Writes(Audit, 'input.auditId')
  @Mutation(() => Finding)
  async recordFinding(
    @Arg('input', () => RecordFindingInput) input: RecordFindingInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Finding> {
    requireNamedUnits(input, { unitId: 'unit' });
    const { problems, value } = checkFinding(input);
    const p = new Problems().merge(problems);
    await checkKnownUnit(p, input.unitId, 'unitId');
    // The debts and projects a finding names must exist and be within reach (their owners say so).
    if (!p.has('arrearIds')) {
      await checkReferences(ctx, ARREAR_FACTS, value.arrearIds, p, 'arrearIds', msg.arrear());
    }
    if (!p.has('projectIds')) {
      await checkReferences(ctx, PROJECT_FACTS, value.projectIds, p, 'projectIds', msg.project());
    }
    p.throwIfAny('input');
    return inTransaction(ctx, async (em) => {
      // Locked, so that the audit cannot be reported while a finding is being added to it.
      const audit = await lockForChange(em, Audit, input.auditId, msg.audit(), 'input.auditId');
      if (audit.status !== AuditStatus.IN_PROGRESS)
        throw new UserInputError(
          msg.findingOnlyInProgress({ status: audit.status }),
          'input.auditId',
        );
      return createEntity(
        ctx,
        Finding,
        {
          audit,
          unitId: input.unitId,
          category: input.category,
          description: value.description,
          amount: input.amount ?? null,
          arrearIds: value.arrearIds,
          projectIds: value.projectIds,
          recommendation: value.recommendation,
          createdBy: ctx.viewer.id,
        },
        { em, reason: `FINDING on Audit ${audit.id}` },
      );
    });
  }
}
