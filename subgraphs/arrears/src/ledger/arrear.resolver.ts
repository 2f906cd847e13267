import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  AuditEntry,
  PageArgs,
  paginate,
  recordHistory,
  UserInputError,
  uuidList,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { ProjectRef } from '../external/project.js';
import { Arrear } from './arrear.entity.js';
import {
  ARREAR_ORDER_PROPERTY,
  ArrearConnection,
  ArrearFilter,
  ArrearOrder,
  ArrearOrderField,
} from './arrear.inputs.js';
import { arrearById } from './arrear.loaders.js';
import { arrearsMessages as msg } from '../messages.js';

// The ledger's queries and a debt's own fields. Every read goes through the jurisdiction filter
// of Arrear's ownership declaration: a debt outside the viewer's reach is simply not there.

@Resolver(() => Arrear)
export class ArrearResolver {
  @Authorized()
  @Query(() => Arrear, { nullable: true, description: 'One debt by id; null when there is none.' })
  arrear(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Arrear | null> {
    return arrearById.load(ctx, id);
  }

  @Authorized()
  @Query(() => ArrearConnection, {
    description: 'The ledger: debts filtered and ordered, a page at a time.',
  })
  arrears(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ArrearFilter, { nullable: true }) filter: ArrearFilter | null,
    @Arg('orderBy', () => ArrearOrder, { nullable: true }) orderBy: ArrearOrder | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Arrear>> {
    return paginate(ctx.em, Arrear, arrearWhere(filter), {
      first: page.first,
      after: page.after,
      sortField: ARREAR_ORDER_PROPERTY[orderBy?.field ?? ArrearOrderField.REGISTERED_AT],
      direction: orderBy?.direction,
    });
  }

  @FieldResolver(() => OrganisationRef, { description: 'The unit that owes.' })
  debtor(@Root() arrear: Arrear): OrganisationRef {
    return { id: arrear.debtorId };
  }

  @FieldResolver(() => OrganisationRef, { description: 'The enterprise that is owed.' })
  creditor(@Root() arrear: Arrear): OrganisationRef {
    return { id: arrear.creditorId };
  }

  @FieldResolver(() => ProjectRef, {
    nullable: true,
    description: 'The government investment project, if the debt arose on one.',
  })
  project(@Root() arrear: Arrear): ProjectRef | null {
    return arrear.projectId ? { id: arrear.projectId } : null;
  }

  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @FieldResolver(() => [AuditEntry], {
    description:
      'Every recorded change to this debt, oldest first (inspectors and the leading group).',
  })
  history(@Root() arrear: Arrear, @Ctx() ctx: SubgraphContext): Promise<AuditEntry[]> {
    return recordHistory(ctx, Arrear, arrear);
  }
}

export function arrearWhere(filter: ArrearFilter | null): FilterQuery<Arrear> {
  if (!filter) return {};
  const and: FilterQuery<Arrear>[] = [];
  if (filter.debtorIds)
    and.push({ debtorId: { $in: uuidList(filter.debtorIds, 'filter.debtorIds') } });
  if (filter.creditorIds)
    and.push({ creditorId: { $in: uuidList(filter.creditorIds, 'filter.creditorIds') } });
  if (filter.projectIds)
    and.push({ projectId: { $in: uuidList(filter.projectIds, 'filter.projectIds') } });
  if (filter.statuses?.length) and.push({ status: { $in: filter.statuses } });
  if (filter.subjects?.length) and.push({ subject: { $in: filter.subjects } });
  if (filter.sources?.length) and.push({ source: { $in: filter.sources } });
  if (filter.disputed !== null && filter.disputed !== undefined)
    and.push({ disputed: filter.disputed });
  if (filter.inJudicialProcess !== null && filter.inJudicialProcess !== undefined) {
    and.push({ inJudicialProcess: filter.inJudicialProcess });
  }
  if (filter.signedFrom) and.push({ contractSignedOn: { $gte: filter.signedFrom } });
  if (filter.signedTo) and.push({ contractSignedOn: { $lte: filter.signedTo } });
  if (filter.signedFrom && filter.signedTo && filter.signedFrom > filter.signedTo) {
    throw new UserInputError(msg.signedRangeEmpty(), 'filter.signedFrom');
  }
  if (filter.minOutstanding) and.push({ outstanding: { $gte: filter.minOutstanding } });
  if (filter.hasOutstanding === true) and.push({ outstanding: { $gt: '0' } });
  if (filter.hasOutstanding === false) and.push({ outstanding: '0' });
  if (filter.overdueOn)
    and.push({ statutoryDueOn: { $lt: filter.overdueOn }, outstanding: { $gt: '0' } });
  if (filter.hasRepaymentPlan !== null && filter.hasRepaymentPlan !== undefined)
    and.push({ hasRepaymentPlan: filter.hasRepaymentPlan });
  return and.length ? { $and: and } : {};
}
