// The fields of a route, and what routes add to units and groups: a unit's reporting group (the
// nearest campaign's), a group's reporting units. Batched through loaders.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { Organisation } from '../organisation/organisation.entity.js';
import { organisationById } from '../organisation/organisation.loaders.js';
import { Region } from '../region/region.entity.js';
import { regionByCode } from '../region/region.loaders.js';
import { WorkingGroup } from '../working-group/working-group.entity.js';
import { workingGroupById } from '../working-group/working-group.loaders.js';
import { ReportingRoute } from './reporting-route.entity.js';
import { nearestRoute, routesOfGroup, routesOfUnit } from './reporting-route.loaders.js';

@Resolver(() => ReportingRoute)
export class ReportingRouteResolver {
  @FieldResolver(() => Organisation)
  async unit(@Root() route: ReportingRoute, @Ctx() ctx: SubgraphContext): Promise<Organisation> {
    return (await organisationById.load(ctx, route.unit.id))!;
  }

  @FieldResolver(() => WorkingGroup)
  async group(@Root() route: ReportingRoute, @Ctx() ctx: SubgraphContext): Promise<WorkingGroup> {
    return (await workingGroupById.load(ctx, route.group.id))!;
  }

  @FieldResolver(() => Organisation, { description: 'The aggregating unit it submits to.' })
  async aggregator(
    @Root() route: ReportingRoute,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Organisation> {
    return (await organisationById.load(ctx, route.aggregator.id))!;
  }
}

@Resolver(() => Organisation)
export class OrganisationRouteResolver {
  @FieldResolver(() => [ReportingRoute], {
    description: 'The unit’s reporting routes, one per region whose campaign it reports to.',
  })
  reportingRoutes(
    @Root() organisation: Organisation,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ReportingRoute[]> {
    return routesOfUnit.load(ctx, organisation.id);
  }

  @FieldResolver(() => WorkingGroup, {
    nullable: true,
    description:
      'The sector group (行业组) the unit’s monthly ledger goes through (the campaign nearest its region); null when it has none.',
  })
  async reportingGroup(
    @Root() organisation: Organisation,
    @Ctx() ctx: SubgraphContext,
  ): Promise<WorkingGroup | null> {
    const [routes, region] = await Promise.all([
      routesOfUnit.load(ctx, organisation.id),
      regionByCode.load(ctx, organisation.region.code),
    ]);
    const route = nearestRoute(routes, (region as Region | null)?.path ?? '');
    return route ? workingGroupById.load(ctx, route.group.id) : null;
  }
}

@Resolver(() => WorkingGroup)
export class WorkingGroupRouteResolver {
  @FieldResolver(() => [ReportingRoute], {
    description: 'The units whose monthly ledger goes through this group, with their aggregator.',
  })
  reportingRoutes(
    @Root() group: WorkingGroup,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ReportingRoute[]> {
    return routesOfGroup.load(ctx, group.id);
  }
}
