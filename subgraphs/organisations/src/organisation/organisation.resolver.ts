import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  AuditEntry,
  auditHistory,
  paginate,
  PageArgs,
  UserInputError,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { EnterpriseSize, Organisation } from '../entities/organisation.entity.js';
import { Post } from '../entities/post.entity.js';
import { Region } from '../entities/region.entity.js';
import { organisationById, postsOfOrganisation, regionByCode } from '../loaders.js';
import {
  OrganisationConnection,
  OrganisationFilter,
  OrganisationOrder,
} from './organisation.inputs.js';

const MAX_IDS = 500;

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized()
  @Query(() => Organisation, {
    nullable: true,
    description: 'One unit by id; null when there is none.',
  })
  organisation(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Organisation | null> {
    return organisationById.load(ctx, id);
  }

  @Authorized()
  @Query(() => OrganisationConnection, {
    description: 'Units, filtered and ordered, a page at a time.',
  })
  async organisations(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter: OrganisationFilter | null,
    @Arg('orderBy', () => OrganisationOrder, { nullable: true }) orderBy: OrganisationOrder | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Organisation>> {
    const where = await organisationWhere(filter, ctx);
    return paginate(ctx.em, Organisation, where, {
      first: page.first,
      after: page.after,
      sortField: orderBy?.field ?? 'name',
      direction: orderBy?.direction,
    });
  }

  @FieldResolver(() => Region)
  async region(@Root() organisation: Organisation, @Ctx() ctx: SubgraphContext): Promise<Region> {
    return (await regionByCode.load(ctx, organisation.region.code))!;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'Parent unit, or parent company of a subsidiary.',
  })
  parent(
    @Root() organisation: Organisation,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Organisation | null> | null {
    return organisation.parent ? organisationById.load(ctx, organisation.parent.id) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: '主管部门 (谁主管谁负责).' })
  supervisor(
    @Root() organisation: Organisation,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Organisation | null> | null {
    return organisation.supervisor ? organisationById.load(ctx, organisation.supervisor.id) : null;
  }

  @FieldResolver(() => EnterpriseSize, {
    nullable: true,
    description: 'Null when no size facts are recorded.',
  })
  size(@Root() o: Organisation): EnterpriseSize | null {
    if (!o.industry) return null;
    return {
      sizeClass: o.sizeClass ?? null,
      isSme: o.sizeClass ? o.sizeClass !== 'LARGE' : null,
      industry: o.industry,
      employees: o.employees ?? null,
      revenue: o.revenue ?? null,
      totalAssets: o.totalAssets ?? null,
      asOf: o.sizeFactsAsOf ?? null,
      basis: o.sizeBasis ?? '',
    };
  }

  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @FieldResolver(() => [AuditEntry], {
    description:
      'Every recorded change to this unit, oldest first (inspectors and the leading group).',
  })
  history(@Root() organisation: Organisation, @Ctx() ctx: SubgraphContext): Promise<AuditEntry[]> {
    return auditHistory.load(ctx, { entity: 'Organisation', entityId: organisation.id });
  }

  @FieldResolver(() => [Post], { description: 'Posts (职务) in this unit.' })
  posts(@Root() organisation: Organisation, @Ctx() ctx: SubgraphContext): Promise<Post[]> {
    return postsOfOrganisation.load(ctx, organisation.id);
  }
}

async function organisationWhere(
  filter: OrganisationFilter | null,
  ctx: SubgraphContext,
): Promise<FilterQuery<Organisation>> {
  const and: FilterQuery<Organisation>[] = [];
  if (!filter) return {};
  if (filter.ids) {
    if (filter.ids.length > MAX_IDS)
      throw new UserInputError(`At most ${MAX_IDS} ids at once.`, 'filter.ids');
    and.push({ id: { $in: filter.ids } });
  }
  if (filter.kinds?.length) and.push({ kind: { $in: filter.kinds } });
  if (filter.statuses?.length) and.push({ status: { $in: filter.statuses } });
  if (filter.sizeClasses?.length) and.push({ sizeClass: { $in: filter.sizeClasses } });
  if (filter.creditCode) and.push({ creditCode: filter.creditCode });
  if (filter.supervisorId) and.push({ supervisor: filter.supervisorId });
  if (filter.parentId) and.push({ parent: filter.parentId });
  if (filter.nameContains?.trim()) {
    const pattern = `%${filter.nameContains.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    and.push({ $or: [{ name: { $like: pattern } }, { shortName: { $like: pattern } }] });
  }
  if (filter.regionCode) {
    const region = await regionByCode.load(ctx, filter.regionCode);
    if (!region)
      throw new UserInputError(
        `There is no region with code "${filter.regionCode}".`,
        'filter.regionCode',
      );
    and.push(
      filter.includeSubregions
        ? { region: { path: { $like: `${region.path}%` } } }
        : { region: region.code },
    );
  }
  return and.length ? { $and: and } : {};
}
