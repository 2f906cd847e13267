// Defining a campaign deadline for a region (and the regions below it): the leading group of a
// jurisdiction covering the region (@Creates through CampaignDeadline's region relation).
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  createEntity,
  Creates,
  normalizeText,
  Problems,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { CampaignDeadline } from './campaign-deadline.entity.js';
import { DefineCampaignDeadlineInput } from './campaign-deadline.inputs.js';
import { deadlineProblems } from './campaign-deadline.validation.js';

@Resolver(() => CampaignDeadline)
export class CampaignDeadlineMutationResolver {
  @Authorized('LEADING_GROUP')
  @Mutation(() => CampaignDeadline)
  @Creates(CampaignDeadline, { region: 'input.regionCode' })
  defineCampaignDeadline(
    @Arg('input', () => DefineCampaignDeadlineInput) input: DefineCampaignDeadlineInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CampaignDeadline> {
    new Problems().merge(deadlineProblems(input)).throwIfAny('input');
    return createEntity(ctx, CampaignDeadline, {
      regionCode: input.regionCode,
      title: normalizeText(input.title),
      kind: input.kind,
      dueOn: input.dueOn,
      source: input.source ? normalizeText(input.source) || null : null,
      createdBy: ctx.viewer.id,
    });
  }
}
