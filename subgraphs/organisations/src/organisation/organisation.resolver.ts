// Queries and fields of units. Every read runs through the kit's jurisdiction filter (the
// registry is public to signed-in viewers); a unit's change history is for those whose
// jurisdiction holds the unit (recordHistory), not for every signed-in reader.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  AuditEntry,
  paginate,
  PageArgs,
  recordHistory,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Post } from '../post/post.entity.js';
import { postsOfOrganisation } from '../post/post.loaders.js';
import { Region } from '../region/region.entity.js';
import { regionByCode } from '../region/region.loaders.js';
import { EnterpriseSize } from './enterprise-size.type.js';
import { Organisation } from './organisation.entity.js';
import { organisationWhere } from './organisation.filter.js';
import {
  OrganisationConnection,
  OrganisationFilter,
  OrganisationOrder,
  OrganisationOrderField,
  ORGANISATION_ORDER_PROPERTY,
} from './organisation.inputs.js';
import { organisationById } from './organisation.loaders.js';

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
    return paginate(ctx.em, Organisation, await organisationWhere(filter, ctx), {
      first: page.first,
      after: page.after,
      sortField: ORGANISATION_ORDER_PROPERTY[orderBy?.field ?? OrganisationOrderField.NAME],
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

  // Which roles may ask at all stays a role check (a bureau is refused, not answered with an
  // empty list); which units' history they get is the jurisdiction's (recordHistory).
  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @FieldResolver(() => [AuditEntry], {
    description:
      'Every recorded change to this unit, oldest first (inspectors and the leading group whose jurisdiction holds the unit).',
  })
  history(@Root() organisation: Organisation, @Ctx() ctx: SubgraphContext): Promise<AuditEntry[]> {
    // Judged by the unit itself and its region only: holding the unit it hangs under (a parent
    // company in another region) lets a bureau register units there, not read their history.
    const judged = { id: organisation.id, region: organisation.region.code };
    return recordHistory(ctx, Organisation, judged);
  }

  @FieldResolver(() => [Post], { description: 'Posts (职务) in this unit.' })
  posts(@Root() organisation: Organisation, @Ctx() ctx: SubgraphContext): Promise<Post[]> {
    return postsOfOrganisation.load(ctx, organisation.id);
  }
}
