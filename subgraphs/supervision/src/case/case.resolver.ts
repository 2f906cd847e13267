// Supervision cases: the list (kept to the viewer's units by the ownership declaration) and a
// case's fields.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import {
  PageArgs,
  paginate,
  SortDirection,
  todayInChina,
  unitInRegionWhere,
  uuidList,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { ArrearRef } from '../external/arrear.js';
import { OrganisationRef } from '../external/organisation.js';
import { isOverdue } from '../rules/case-escalation.js';
import { Accountability } from './accountability.entity.js';
import { accountabilitiesOfCase } from './case.loaders.js';
import { CaseConnection, SupervisionCase } from './case.entity.js';
import { CaseStatus } from './case.enums.js';
import { CaseFilter } from './case.inputs.js';

@Resolver(() => SupervisionCase)
export class CaseResolver {
  @Authorized()
  @Query(() => CaseConnection, { description: 'Supervision cases, latest first.' })
  async cases(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter: CaseFilter | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<SupervisionCase>> {
    const and: FilterQuery<SupervisionCase>[] = [];
    if (filter?.statuses?.length) and.push({ status: { $in: filter.statuses } });
    if (filter?.measures?.length) and.push({ measure: { $in: filter.measures } });
    if (filter?.targetUnitIds)
      and.push({ targetUnitId: { $in: uuidList(filter.targetUnitIds, 'filter.targetUnitIds') } });
    if (filter?.targetRegionCode !== null && filter?.targetRegionCode !== undefined)
      and.push(
        await unitInRegionWhere(
          'target_unit_id',
          filter.targetRegionCode,
          'filter.targetRegionCode',
        ),
      );
    if (filter?.overdue) and.push({ status: CaseStatus.OPEN, deadline: { $lt: todayInChina() } });
    return paginate(ctx.em, SupervisionCase, and.length ? { $and: and } : {}, {
      first: page.first,
      after: page.after,
      sortField: 'openedOn',
      direction: SortDirection.DESC,
    });
  }

  @FieldResolver(() => OrganisationRef) targetUnit(@Root() c: SupervisionCase): OrganisationRef {
    return { id: c.targetUnitId };
  }
  @FieldResolver(() => [ArrearRef]) arrears(@Root() c: SupervisionCase): ArrearRef[] {
    return c.arrearIds.map((id) => ({ id }));
  }
  @FieldResolver(() => Boolean, { description: 'Open past its deadline today.' }) overdue(
    @Root() c: SupervisionCase,
  ): boolean {
    return isOverdue(c.status, c.deadline, todayInChina());
  }
  @FieldResolver(() => ID, { nullable: true, description: 'The case this one escalates.' })
  escalatedFromId(@Root() c: SupervisionCase): string | null {
    return c.escalatedFromId ?? null;
  }
  // Which roles may read accountabilities at all (the records themselves follow their case).
  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @FieldResolver(() => [Accountability])
  accountabilities(
    @Root() c: SupervisionCase,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Accountability[]> {
    return accountabilitiesOfCase.load(ctx, c.id);
  }
}
