// Findings: the list (kept to the viewer's units by the ownership declaration) and a finding's
// unit, debts, projects and rectifications.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  PageArgs,
  paginate,
  uuidList,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { ArrearRef } from '../external/arrear.js';
import { OrganisationRef } from '../external/organisation.js';
import { ProjectRef } from '../external/project.js';
import { rectificationsOfFinding } from './audit.loaders.js';
import { Finding, FindingConnection } from './finding.entity.js';
import { Rectification } from './rectification.entity.js';

@Resolver(() => Finding)
export class FindingResolver {
  @Authorized('INSPECTOR', 'LEADING_GROUP', 'BUREAU')
  @Query(() => FindingConnection)
  findings(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('unitIds', () => [ID], { nullable: true }) unitIds: string[] | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Finding>> {
    const where = unitIds ? { unitId: { $in: uuidList(unitIds, 'unitIds') } } : {};
    return paginate(ctx.em, Finding, where, { first: page.first, after: page.after });
  }

  @FieldResolver(() => OrganisationRef) unit(@Root() f: Finding): OrganisationRef {
    return { id: f.unitId };
  }
  @FieldResolver(() => [ArrearRef]) arrears(@Root() f: Finding): ArrearRef[] {
    return f.arrearIds.map((id) => ({ id }));
  }
  @FieldResolver(() => [ProjectRef]) projects(@Root() f: Finding): ProjectRef[] {
    return f.projectIds.map((id) => ({ id }));
  }
  @FieldResolver(() => [Rectification]) rectifications(
    @Root() f: Finding,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Rectification[]> {
    return rectificationsOfFinding.load(ctx, f.id);
  }
}
