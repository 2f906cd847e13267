// 整改: an inspector orders a measure on a finding with a deadline; the unit reports it done.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  assertMove,
  changeEntity,
  createEntity,
  NotFoundError,
  Problems,
  Writes,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { RECTIFICATION_TRANSITIONS, RectificationStatus } from './audit.enums.js';
import { CompleteRectificationInput, OrderRectificationInput } from './audit.inputs.js';
import { checkRectificationReport, rectificationOrderProblems } from './audit.validation.js';
import { Finding } from './finding.entity.js';
import { Rectification } from './rectification.entity.js';

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
    if (!finding) throw new NotFoundError('审计发现', input.findingId, 'input.findingId');
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
    description: 'The unit reports the rectification done, with evidence.',
  })
  completeRectification(
    @Arg('input', () => CompleteRectificationInput) input: CompleteRectificationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Rectification> {
    const { problems, value } = checkRectificationReport(input);
    new Problems().merge(problems).throwIfAny('input');
    return changeEntity(
      ctx,
      Rectification,
      {
        id: input.rectificationId,
        expectedVersion: input.expectedVersion,
        action: 'COMPLETE',
        field: 'input.rectificationId',
        label: '整改事项',
      },
      (r) => {
        assertMove(
          RECTIFICATION_TRANSITIONS,
          r.status,
          RectificationStatus.DONE,
          'complete the rectification',
          'rectification',
        );
        r.status = RectificationStatus.DONE;
        r.completedOn = value.completedOn;
        r.evidence = value.evidence;
        return r;
      },
    );
  }
}
