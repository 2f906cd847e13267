// Audits: the list (kept to the viewer's regions by the ownership declaration) and an audit's
// findings.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  PageArgs,
  paginate,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Audit, AuditConnection } from './audit.entity.js';
import { findingsOfAudit } from './audit.loaders.js';
import { Finding } from './finding.entity.js';

@Resolver(() => Audit)
export class AuditResolver {
  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @Query(() => AuditConnection)
  audits(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('regionCode', () => ID, { nullable: true }) regionCode: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Audit>> {
    return paginate(ctx.em, Audit, regionCode ? { regionCode } : {}, {
      first: page.first,
      after: page.after,
      sortField: 'periodEnd',
    });
  }

  @FieldResolver(() => [Finding])
  findings(@Root() audit: Audit, @Ctx() ctx: SubgraphContext): Promise<Finding[]> {
    return findingsOfAudit.load(ctx, audit.id);
  }
}
