import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  addMoney,
  changeEntity,
  compareMoney,
  connectionType,
  DateScalar,
  defineLoader,
  groupByKeys,
  internalGet,
  isUuid,
  MoneyScalar,
  PageArgs,
  paginate,
  recordAudit,
  subtractMoney,
  todayInChina,
  UserInputError,
  type Connection,
  uuidList,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { BudgetLine, Disbursement } from '../entities/budget-line.entity.js';
import { ArrearRef } from '../external/arrear.js';
import { budgetLineById } from '../loaders.js';
import { jurisdictionOf } from '../scope.js';

export const DisbursementConnection = connectionType(Disbursement, 'Disbursement');

@InputType()
export class DisburseInput {
  @Field(() => ID)
  budgetLineId!: string;

  @Field(() => ID, { description: 'The debt (arrears subgraph) the money pays.' })
  arrearId!: string;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field(() => DateScalar)
  paidOn!: string;

  @Field(() => String, { nullable: true })
  voucherNo?: string | null;
}

interface ArrearFacts {
  id: string;
  debtorId: string;
  outstanding: string;
  status: string;
}

/** Disbursements the viewer may see: those from the budget lines of units in its jurisdiction. */
async function disbursementScope(ctx: SubgraphContext): Promise<FilterQuery<Disbursement>> {
  const jurisdiction = await jurisdictionOf(ctx);
  return jurisdiction.all ? {} : { budgetLine: { unitId: { $in: [...jurisdiction.units] } } };
}

const disbursementsOfArrear = defineLoader<string, Disbursement[]>(async (ids, ctx) =>
  groupByKeys(
    ids,
    await ctx.em.find(
      Disbursement,
      { $and: [{ arrearId: { $in: ids.filter(isUuid) } }, await disbursementScope(ctx)] },
      { orderBy: { paidOn: 'asc' } },
    ),
    (d) => d.arrearId,
  ),
);

@Resolver(() => Disbursement)
export class DisbursementResolver {
  @Authorized('FINANCE')
  @Mutation(() => Disbursement, {
    description:
      '拨付: pays a debt from a budget line. Never more than the line has available (the line is locked, so concurrent disbursements queue), nor more than the debt’s outstanding.',
  })
  disburse(
    @Arg('input', () => DisburseInput) input: DisburseInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Disbursement> {
    if (compareMoney(input.amount, '0') <= 0)
      throw new UserInputError('The amount must be more than zero.', 'input.amount');
    if (input.paidOn > todayInChina())
      throw new UserInputError('A disbursement cannot be dated in the future.', 'input.paidOn');
    if (!isUuid(input.arrearId))
      throw new UserInputError(`"${input.arrearId}" is not a debt id.`, 'input.arrearId');
    return changeEntity(
      ctx,
      BudgetLine,
      {
        id: input.budgetLineId,
        action: 'DISBURSE',
        field: 'input.budgetLineId',
        label: 'Budget line',
        refresh: true,
        reason: `to debt ${input.arrearId}`,
      },
      async (line, em) => {
        (await jurisdictionOf(ctx)).assertUnit(line.unitId, 'This budget line');
        const available = subtractMoney(
          addMoney(line.appropriated, line.adjustments),
          line.disbursed,
        );
        if (compareMoney(input.amount, available) > 0) {
          throw new UserInputError(
            `The line has ${available} available; ${input.amount} is more than was appropriated.`,
            'input.amount',
            { available },
          );
        }
        const [debt] = await internalGet<ArrearFacts[]>(
          'arrears',
          `/internal/arrears?ids=${input.arrearId}`,
        );
        if (!debt)
          throw new UserInputError(
            `There is no debt with id "${input.arrearId}".`,
            'input.arrearId',
          );
        // The ledger's outstanding is the ceiling; the debtor records the payment when the money
        // arrives (recordPayment in the arrears subgraph), which lowers it.
        if (compareMoney(input.amount, debt.outstanding) > 0) {
          throw new UserInputError(
            `The debt has ${debt.outstanding} outstanding; ${input.amount} is more than is owed.`,
            'input.amount',
          );
        }
        line.disbursed = addMoney(line.disbursed, input.amount);
        const disbursement = em.create(Disbursement, {
          id: randomUUID(),
          budgetLine: line,
          arrearId: debt.id,
          amount: input.amount,
          paidOn: input.paidOn,
          fundingSource: line.fundingSource,
          voucherNo: input.voucherNo?.trim() || null,
          createdBy: ctx.viewer.id,
        } as never);
        await em.flush();
        recordAudit(em, ctx.viewer, {
          entity: 'Disbursement',
          entityId: disbursement.id,
          action: 'CREATE',
          after: {
            budgetLineId: line.id,
            arrearId: debt.id,
            amount: input.amount,
            paidOn: input.paidOn,
          },
        });
        return disbursement;
      },
    );
  }

  @Authorized()
  @Query(() => DisbursementConnection)
  async disbursements(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('arrearIds', () => [ID], { nullable: true }) arrearIds: string[] | null,
    @Arg('budgetLineIds', () => [ID], { nullable: true }) budgetLineIds: string[] | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Disbursement>> {
    const and: FilterQuery<Disbursement>[] = [await disbursementScope(ctx)];
    if (arrearIds) and.push({ arrearId: { $in: uuidList(arrearIds, 'arrearIds') } });
    if (budgetLineIds) and.push({ budgetLine: { $in: uuidList(budgetLineIds, 'budgetLineIds') } });
    return paginate(
      ctx.em,
      Disbursement,
      { $and: and },
      { first: page.first, after: page.after, sortField: 'createdAt' },
    );
  }

  @FieldResolver(() => BudgetLine)
  async budgetLine(
    @Root() disbursement: Disbursement,
    @Ctx() ctx: SubgraphContext,
  ): Promise<BudgetLine> {
    return (await budgetLineById.load(ctx, disbursement.budgetLine.id))!;
  }

  @FieldResolver(() => ArrearRef)
  arrear(@Root() disbursement: Disbursement): ArrearRef {
    return { id: disbursement.arrearId };
  }
}

@Resolver(() => ArrearRef)
export class ArrearDisbursementsResolver {
  @Authorized()
  @FieldResolver(() => [Disbursement], {
    description: 'Money the finance bureau disbursed towards this debt.',
  })
  disbursements(@Root() arrear: ArrearRef, @Ctx() ctx: SubgraphContext): Promise<Disbursement[]> {
    return disbursementsOfArrear.load(ctx, arrear.id);
  }
}
