// Assigning a unit to its sector group (行业组) in a region's campaign, or moving it to another:
// for whoever may write the group (@Creates through the route's parent relation: the group's
// region), checked before anything else; created or changed through the kit, so audited.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  changeEntity,
  createEntity,
  Creates,
  isUuid,
  Problems,
  requireNamedUnits,
  UnitRefs,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Organisation } from '../organisation/organisation.entity.js';
import { Region } from '../region/region.entity.js';
import { WorkingGroup } from '../working-group/working-group.entity.js';
import { ReportingRoute } from './reporting-route.entity.js';
import { AssignReportingGroupInput } from './reporting-route.inputs.js';
import { routeProblems } from './reporting-route.validation.js';
import { organisationsMessages as msg } from '../messages.js';

@Resolver(() => ReportingRoute)
export class ReportingRouteMutationResolver {
  @Authorized('LEADING_GROUP')
  @Creates(ReportingRoute, { group: 'input.groupId' })
  @UnitRefs(
    { ref: 'input.unit', id: 'input.unitId' },
    { ref: 'input.aggregator', id: 'input.aggregatorId' },
  )
  @Mutation(() => ReportingRoute, {
    description:
      'Says which sector group (and aggregating unit) a unit’s monthly ledger goes through in the group’s region; moves it when it already has one there.',
  })
  async assignReportingGroup(
    @Arg('input', () => AssignReportingGroupInput) input: AssignReportingGroupInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ReportingRoute> {
    requireNamedUnits(input, { unitId: 'unit' });
    const { em } = ctx;
    const unit = isUuid(input.unitId) ? await em.findOne(Organisation, { id: input.unitId }) : null;
    const unitRegion = unit ? await em.findOne(Region, { code: unit.region.code }) : null;
    const group = await em.findOne(
      WorkingGroup,
      { id: input.groupId },
      { populate: ['aggregatingUnits'] },
    );
    const aggregatorIds = group ? group.aggregatingUnits.getItems().map((u) => u.id) : [];
    const problems = new Problems().merge(
      routeProblems(input, {
        unit: unit && unitRegion ? { ...unit, regionPath: unitRegion.path } : null,
        group: group ? { name: group.name, regionCode: group.region.code, aggregatorIds } : null,
      }),
    );
    if (input.aggregatorId && !isUuid(input.aggregatorId))
      problems.add('aggregatorId', msg.notAnId({ id: input.aggregatorId }));
    problems.throwIfAny('input');
    const aggregatorId = input.aggregatorId ?? aggregatorIds[0]!;
    const regionCode = group!.region.code;
    const existing = await em.findOne(ReportingRoute, { unit: unit!.id, regionCode });
    if (existing)
      return changeEntity(
        ctx,
        ReportingRoute,
        {
          id: existing.id,
          expectedVersion: input.expectedVersion,
          action: 'MOVE',
          label: msg.reportingRoute(),
          field: 'input.unitId',
        },
        (route, tx) => {
          route.group = tx.getReference(WorkingGroup, group!.id, { wrapped: true });
          route.aggregator = tx.getReference(Organisation, aggregatorId, { wrapped: true });
          route.assignedBy = ctx.viewer.id;
          route.assignedAt = new Date();
          return route;
        },
      );
    return createEntity(
      ctx,
      ReportingRoute,
      {
        unit: unit!.id,
        group: group!.id,
        aggregator: aggregatorId,
        regionCode,
        assignedBy: ctx.viewer.id,
      },
      {
        conflicts: {
          unique: {
            reporting_route_unit_region_unique: msg.routeExists({ unit: unit!.name }),
          },
        },
      },
    );
  }
}
