// Queries and fields of working groups and their seats. Every read goes through the jurisdiction
// filter (the groups are public to signed-in viewers).
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  connectionType,
  PageArgs,
  paginate,
  UserInputError,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Organisation } from '../organisation/organisation.entity.js';
import { organisationById } from '../organisation/organisation.loaders.js';
import { Region } from '../region/region.entity.js';
import { regionByCode } from '../region/region.loaders.js';
import { GroupMembership } from './group-membership.entity.js';
import { WorkingGroupKind } from './working-group.enums.js';
import { WorkingGroup } from './working-group.entity.js';
import { membershipsOfGroup, workingGroupById } from './working-group.loaders.js';
import { routesOfGroup } from '../reporting-route/reporting-route.loaders.js';
import { organisationsMessages as msg } from '../messages.js';

export const WorkingGroupConnection = connectionType(WorkingGroup, 'WorkingGroup');

@Resolver(() => WorkingGroup)
export class WorkingGroupResolver {
  @Authorized()
  @Query(() => WorkingGroup, { nullable: true })
  async workingGroup(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<WorkingGroup | null> {
    return workingGroupById.load(ctx, id);
  }

  @Authorized()
  @Query(() => WorkingGroupConnection, {
    description: 'Leading groups, offices and special groups, by region and kind.',
  })
  async workingGroups(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('regionCode', () => ID, {
      nullable: true,
      description: 'Groups of this region and the regions below it.',
    })
    regionCode: string | null,
    @Arg('kinds', () => [WorkingGroupKind], { nullable: true }) kinds: WorkingGroupKind[] | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<WorkingGroup>> {
    const and: FilterQuery<WorkingGroup>[] = [];
    if (regionCode) {
      const region = await regionByCode.load(ctx, regionCode);
      if (!region) throw new UserInputError(msg.noSuchRegion({ code: regionCode }), 'regionCode');
      and.push({ region: { path: { $like: `${region.path}%` } } });
    }
    if (kinds?.length) and.push({ kind: { $in: kinds } });
    return paginate(ctx.em, WorkingGroup, and.length ? { $and: and } : {}, {
      first: page.first,
      after: page.after,
      sortField: 'name',
    });
  }

  @FieldResolver(() => Region)
  async region(@Root() group: WorkingGroup, @Ctx() ctx: SubgraphContext): Promise<Region> {
    return (await regionByCode.load(ctx, group.region.code))!;
  }

  @FieldResolver(() => WorkingGroup, {
    nullable: true,
    description: 'The group this one belongs to (a special group under the leading group).',
  })
  async parentGroup(
    @Root() group: WorkingGroup,
    @Ctx() ctx: SubgraphContext,
  ): Promise<WorkingGroup | null> {
    return group.parentGroup ? workingGroupById.load(ctx, group.parentGroup.id) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The unit that hosts the group’s office.',
  })
  hostedBy(
    @Root() group: WorkingGroup,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Organisation | null> | null {
    return group.hostedBy ? organisationById.load(ctx, group.hostedBy.id) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The unit the aggregated ledger goes to.',
  })
  reportsTo(
    @Root() group: WorkingGroup,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Organisation | null> | null {
    return group.reportsTo ? organisationById.load(ctx, group.reportsTo.id) : null;
  }

  @FieldResolver(() => [Organisation], {
    description: '汇总单位: the units that aggregate the members’ ledgers.',
  })
  async aggregatingUnits(@Root() group: WorkingGroup): Promise<Organisation[]> {
    return (await group.aggregatingUnits.load({ dataloader: true })).getItems();
  }

  @FieldResolver(() => [Organisation], {
    description:
      'Member units: those named as units, and (for a sector group) every unit whose monthly ledger goes through it.',
  })
  async memberUnits(
    @Root() group: WorkingGroup,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Organisation[]> {
    const [named, routes] = await Promise.all([
      group.memberUnits.load({ dataloader: true }),
      routesOfGroup.load(ctx, group.id),
    ]);
    const units = named.getItems();
    const seen = new Set(units.map((u) => u.id));
    const routed = await Promise.all(
      routes.filter((r) => !seen.has(r.unit.id)).map((r) => organisationById.load(ctx, r.unit.id)),
    );
    return [...units, ...routed.filter((u): u is Organisation => !!u)];
  }

  @FieldResolver(() => [GroupMembership], { description: 'Seats by post: 组长, 副组长, 成员.' })
  members(@Root() group: WorkingGroup, @Ctx() ctx: SubgraphContext): Promise<GroupMembership[]> {
    return membershipsOfGroup.load(ctx, group.id);
  }
}
