// Budget lines: the list (scoped to the viewer's jurisdiction by the ownership declaration, not
// here) and the fields under a line.
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import {
  type Connection,
  connectionType,
  MoneyScalar,
  PageArgs,
  paginate,
  SignedMoneyScalar,
  type SubgraphContext,
  uuidList,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { BudgetAdjustment } from './budget-adjustment.entity.js';
import { BudgetLine } from './budget-line.entity.js';
import { BudgetLineFilter } from './budget.inputs.js';
import { adjustmentsOfLine, disbursementsOfLine } from './budget.loaders.js';
import { Disbursement } from './disbursement.entity.js';

export const BudgetLineConnection = connectionType(BudgetLine, 'BudgetLine', {
  sums: {
    appropriated: MoneyScalar,
    adjustments: SignedMoneyScalar,
    disbursed: MoneyScalar,
    available: SignedMoneyScalar,
  },
});

@Resolver(() => BudgetLine)
export class BudgetLineResolver {
  @Authorized()
  @Query(() => BudgetLineConnection, { description: 'Budget lines, by unit, year and purpose.' })
  budgetLines(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => BudgetLineFilter, { nullable: true }) filter: BudgetLineFilter | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<BudgetLine>> {
    const and: FilterQuery<BudgetLine>[] = [];
    if (filter?.unitIds) and.push({ unitId: { $in: uuidList(filter.unitIds, 'filter.unitIds') } });
    if (filter?.fiscalYears?.length) and.push({ fiscalYear: { $in: filter.fiscalYears } });
    if (filter?.purposes?.length) and.push({ purpose: { $in: filter.purposes } });
    return paginate(ctx.em, BudgetLine, and.length ? { $and: and } : {}, {
      first: page.first,
      after: page.after,
      sortField: 'createdAt',
    });
  }

  @FieldResolver(() => OrganisationRef)
  unit(@Root() line: BudgetLine): OrganisationRef {
    return { id: line.unitId };
  }

  @FieldResolver(() => [BudgetAdjustment])
  adjustmentHistory(
    @Root() line: BudgetLine,
    @Ctx() ctx: SubgraphContext,
  ): Promise<BudgetAdjustment[]> {
    return adjustmentsOfLine.load(ctx, line.id);
  }

  @FieldResolver(() => [Disbursement])
  disbursements(@Root() line: BudgetLine, @Ctx() ctx: SubgraphContext): Promise<Disbursement[]> {
    return disbursementsOfLine.load(ctx, line.id);
  }
}
