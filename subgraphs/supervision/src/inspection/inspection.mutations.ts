// Recording monthly inspections and follow-up calls, each for a unit the viewer may act for
// (@Creates: refused before anything below runs when it may not).
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  createEntity,
  Creates,
  Problems,
  type SubgraphContext,
  UnitRefs,
  requireNamedUnits,
} from '@arrears-hub/subgraph-kit';
import { checkKnownUnit } from '../input-checks.js';

/** Who a follow-up call may reach: enterprises (the creditors). */
const ENTERPRISE_KINDS = new Set(['PRIVATE_ENTERPRISE', 'LARGE_ENTERPRISE']);
import { FollowUpCall } from './follow-up-call.entity.js';
import { Inspection } from './inspection.entity.js';
import { RecordFollowUpCallInput, RecordInspectionInput } from './inspection.inputs.js';
import { checkFollowUpCall, checkInspection } from './inspection.validation.js';
import { supervisionMessages as msg } from '../messages.js';

@Resolver(() => Inspection)
export class InspectionMutations {
  @Authorized('INSPECTOR')
  @Creates(Inspection, { unit: 'input.unitId' })
  // Units named by UnitRef become the ids the write check reads.
  @UnitRefs({ ref: 'input.unit', id: 'input.unitId' })
  @Mutation(() => Inspection, {
    description:
      'Records a monthly inspection by the 监督执纪组 (the Dalad programme, docs/programmes.md).',
  })
  async recordInspection(
    @Arg('input', () => RecordInspectionInput) input: RecordInspectionInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Inspection> {
    requireNamedUnits(input, { unitId: 'unit' });
    const { problems, value } = checkInspection(input);
    const p = new Problems().merge(problems);
    await checkKnownUnit(p, input.unitId, 'unitId');
    p.throwIfAny('input');
    return createEntity(ctx, Inspection, {
      unitId: input.unitId,
      inspectedOn: value.inspectedOn,
      items: value.items,
      issuesFound: value.issuesFound,
      inspectorId: ctx.viewer.id,
    });
  }

  // A supervision follow-up call (监督执纪组): inspectors only, never the unit rated; it names the
  // enterprise reached, which must be an enterprise in the registry.
  @Authorized('INSPECTOR')
  @Creates(FollowUpCall, { unit: 'input.unitId' })
  // Units named by UnitRef become the ids the write check reads.
  @UnitRefs(
    { ref: 'input.unit', id: 'input.unitId' },
    { ref: 'input.enterprise', id: 'input.enterpriseId' },
  )
  @Mutation(() => FollowUpCall, {
    description:
      '回访: supervision records a follow-up call to the enterprise it names, with the enterprise’s satisfaction (feeds the assessment).',
  })
  async recordFollowUpCall(
    @Arg('input', () => RecordFollowUpCallInput) input: RecordFollowUpCallInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<FollowUpCall> {
    requireNamedUnits(input, { unitId: 'unit' });
    const { problems, value } = checkFollowUpCall(input);
    const p = new Problems().merge(problems);
    await checkKnownUnit(p, input.unitId, 'unitId');
    if (value.enterpriseId && !p.has('enterpriseId')) {
      const firm = await checkKnownUnit(p, value.enterpriseId, 'enterpriseId');
      if (firm && !ENTERPRISE_KINDS.has(firm.kind))
        p.add('enterpriseId', msg.notAnEnterprise(firm));
    }
    if (ctx.viewer.organisationId && ctx.viewer.organisationId === input.unitId)
      p.add('unitId', msg.noSelfRating());
    p.throwIfAny('input');
    return createEntity(ctx, FollowUpCall, {
      unitId: input.unitId,
      ...value,
      recordedBy: ctx.viewer.id,
      recordedByUnitId: ctx.viewer.organisationId ?? null,
      recordedByRoles: [...ctx.viewer.roles],
    });
  }
}
