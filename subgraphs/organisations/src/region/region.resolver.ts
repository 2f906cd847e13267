// Queries and fields of the region tree. Every read goes through the jurisdiction filter (the
// tree is public to signed-in viewers, so it restricts nobody who may call these).
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type Connection, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { OrganisationConnection } from '../organisation/organisation.inputs.js';
import type { Organisation } from '../organisation/organisation.entity.js';
import { Region } from './region.entity.js';
import { childRegions, regionByCode, unitIdsInRegion, unitsOfRegion } from './region.loaders.js';

@Resolver(() => Region)
export class RegionResolver {
  @Authorized()
  @Query(() => Region, { nullable: true })
  region(@Arg('code', () => ID) code: string, @Ctx() ctx: SubgraphContext): Promise<Region | null> {
    return regionByCode.load(ctx, code);
  }

  @Authorized()
  @Query(() => [Region], {
    description: 'The regions directly below parentCode; the top-level regions when it is omitted.',
  })
  async regions(
    @Arg('parentCode', () => ID, { nullable: true }) parentCode: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Region[]> {
    if (parentCode) return childRegions.load(ctx, parentCode);
    return ctx.em.find(Region, { parent: null }, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => Region, { nullable: true })
  parent(@Root() region: Region, @Ctx() ctx: SubgraphContext): Promise<Region | null> | null {
    return region.parent ? regionByCode.load(ctx, region.parent.code) : null;
  }

  @FieldResolver(() => [Region])
  children(@Root() region: Region, @Ctx() ctx: SubgraphContext): Promise<Region[]> {
    return childRegions.load(ctx, region.code);
  }

  @FieldResolver(() => [ID], {
    description:
      'Ids of every unit in this region and the regions below it (for a county, tens of thousands: enterprises included).',
    deprecationReason:
      'Unbounded: list the units with organisations(filter: { regionCode }) a page at a time; region figures come with the region itself (arrearsSummary, funds, supervision).',
  })
  unitIds(@Root() region: Region, @Ctx() ctx: SubgraphContext): Promise<string[]> {
    return unitIdsInRegion.load(ctx, region.code);
  }

  @FieldResolver(() => OrganisationConnection, {
    description: 'Units registered directly in this region (not below it).',
  })
  units(
    @Root() region: Region,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Organisation>> {
    return unitsOfRegion.load(ctx, { parentId: region.code, first: page.first, after: page.after });
  }
}
