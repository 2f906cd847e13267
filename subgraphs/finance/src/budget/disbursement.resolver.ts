// Disbursements: the list and the fields of one. Scoped by the ownership declaration (through the
// budget line paid from), not here.
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  type Connection,
  connectionType,
  MoneyScalar,
  PageArgs,
  paginate,
  type SubgraphContext,
  uuidList,
} from '@arrears-hub/subgraph-kit';
import { ArrearRef } from '../external/arrear.js';
import { BudgetLine } from './budget-line.entity.js';
import { budgetLineById } from './budget.loaders.js';
import { Disbursement } from './disbursement.entity.js';

export const DisbursementConnection = connectionType(Disbursement, 'Disbursement', {
  sums: { amount: MoneyScalar },
});

@Resolver(() => Disbursement)
export class DisbursementResolver {
  @Authorized()
  @Query(() => DisbursementConnection)
  disbursements(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('arrearIds', () => [ID], { nullable: true }) arrearIds: string[] | null,
    @Arg('budgetLineIds', () => [ID], { nullable: true }) budgetLineIds: string[] | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Disbursement>> {
    const and: FilterQuery<Disbursement>[] = [];
    if (arrearIds) and.push({ arrearId: { $in: uuidList(arrearIds, 'arrearIds') } });
    if (budgetLineIds) and.push({ budgetLine: { $in: uuidList(budgetLineIds, 'budgetLineIds') } });
    return paginate(ctx.em, Disbursement, and.length ? { $and: and } : {}, {
      first: page.first,
      after: page.after,
      sortField: 'createdAt',
    });
  }

  @FieldResolver(() => BudgetLine)
  async budgetLine(
    @Root() disbursement: Disbursement,
    @Ctx() ctx: SubgraphContext,
  ): Promise<BudgetLine> {
    // Visible: a disbursement is visible only through its line.
    return (await budgetLineById.load(ctx, disbursement.budgetLine.id))!;
  }

  @FieldResolver(() => ArrearRef)
  arrear(@Root() disbursement: Disbursement): ArrearRef {
    return { id: disbursement.arrearId };
  }
}
