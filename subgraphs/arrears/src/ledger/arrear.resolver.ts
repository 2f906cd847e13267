import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  AuditEntry,
  auditHistory,
  PageArgs,
  paginate,
  UserInputError,
  uuidList,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../entities/arrear.entity.js';
import { OrganisationRef } from '../external/organisation.js';
import { ProjectRef } from '../external/project.js';
import { arrearById } from '../loaders.js';
import { arrearScope, canSeeArrear, jurisdictionOf } from '../scope.js';
import { ArrearConnection, ArrearFilter, ArrearOrder } from './arrear.inputs.js';

@Resolver(() => Arrear)
export class ArrearResolver {
  @Authorized()
  @Query(() => Arrear, { nullable: true, description: 'One debt by id; null when there is none.' })
  async arrear(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Arrear | null> {
    const arrear = await arrearById.load(ctx, id);
    return arrear && canSeeArrear(await jurisdictionOf(ctx), arrear) ? arrear : null;
  }

  @Authorized()
  @Query(() => ArrearConnection, {
    description: 'The ledger: debts filtered and ordered, a page at a time.',
  })
  async arrears(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ArrearFilter, { nullable: true }) filter: ArrearFilter | null,
    @Arg('orderBy', () => ArrearOrder, { nullable: true }) orderBy: ArrearOrder | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Arrear>> {
    const where = {
      $and: [arrearWhere(filter), arrearScope(await jurisdictionOf(ctx))],
    } as FilterQuery<Arrear>;
    return paginate(ctx.em, Arrear, where, {
      first: page.first,
      after: page.after,
      sortField: orderBy?.field ?? 'registeredAt',
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
    return auditHistory.load(ctx, { entity: 'Arrear', entityId: arrear.id });
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
    throw new UserInputError(
      'signedFrom is after signedTo: nothing can match.',
      'filter.signedFrom',
    );
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
