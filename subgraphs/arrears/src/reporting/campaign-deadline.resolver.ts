// Campaign deadlines as GraphQL reads them: every signed-in viewer sees the dates (the
// declaration's read: 'signed-in'); each deadline's compliance covers the units the viewer may see.
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { complianceOf } from './campaign-compliance.js';
import { CampaignDeadline } from './campaign-deadline.entity.js';
import { DeadlineCompliance } from './campaign-deadline.inputs.js';

@Resolver(() => CampaignDeadline)
export class CampaignDeadlineResolver {
  @Authorized()
  @Query(() => [CampaignDeadline], {
    description: 'Campaign deadlines, by the region they bind (all when omitted), earliest first.',
  })
  campaignDeadlines(
    @Arg('regionCode', () => ID, { nullable: true }) regionCode: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CampaignDeadline[]> {
    return ctx.em.find(CampaignDeadline, regionCode ? { regionCode } : {}, {
      orderBy: { dueOn: 'asc' },
      limit: 500,
    });
  }

  @FieldResolver(() => DeadlineCompliance, {
    description:
      'Each bound unit’s compliance (units that keep a ledger, in the region and below).',
  })
  compliance(
    @Root() deadline: CampaignDeadline,
    @Ctx() ctx: SubgraphContext,
  ): Promise<DeadlineCompliance> {
    return complianceOf.load(ctx, deadline);
  }
}
