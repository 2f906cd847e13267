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
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  addMoney,
  auditSnapshot,
  changeEntity,
  compareMoney,
  connectionType,
  DateScalar,
  inTransaction,
  isUuid,
  MoneyScalar,
  PageArgs,
  paginate,
  recordAudit,
  requireText,
  requireUnit,
  SignedMoneyScalar,
  todayInChina,
  UserInputError,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { BudgetAdjustment, BudgetLine, Disbursement } from '../entities/budget-line.entity.js';
import { AdjustmentKind, BudgetPurpose, FundingSource } from '../entities/enums.js';
import { OrganisationRef } from '../external/organisation.js';
import { adjustmentsOfLine, disbursementsOfLine } from '../loaders.js';
import { jurisdictionOf, unitFilter } from '../scope.js';

export const BudgetLineConnection = connectionType(BudgetLine, 'BudgetLine');

@InputType()
export class AppropriateInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => BudgetPurpose)
  purpose!: BudgetPurpose;

  @Field(() => FundingSource)
  fundingSource!: FundingSource;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class AdjustBudgetInput {
  @Field(() => ID)
  budgetLineId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => AdjustmentKind)
  kind!: AdjustmentKind;

  @Field(() => SignedMoneyScalar, {
    description: 'Positive to add, negative to take away (DECREASE).',
  })
  amount!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => DateScalar)
  adjustedOn!: string;
}

@InputType()
export class BudgetLineFilter {
  @Field(() => [ID], { nullable: true })
  unitIds?: string[] | null;

  @Field(() => [Int], { nullable: true })
  fiscalYears?: number[] | null;

  @Field(() => [BudgetPurpose], { nullable: true })
  purposes?: BudgetPurpose[] | null;
}

export function checkYear(year: number, field: string): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new UserInputError('The fiscal year is a four-digit year.', field);
}

@Resolver(() => BudgetLine)
export class BudgetResolver {
  @Authorized()
  @Query(() => BudgetLineConnection, { description: 'Budget lines, by unit, year and purpose.' })
  async budgetLines(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => BudgetLineFilter, { nullable: true }) filter: BudgetLineFilter | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<BudgetLine>> {
    const and: FilterQuery<BudgetLine>[] = [await unitFilter(ctx, 'unitId')];
    if (filter?.unitIds) and.push({ unitId: { $in: filter.unitIds.filter(isUuid).slice(0, 500) } });
    if (filter?.fiscalYears?.length) and.push({ fiscalYear: { $in: filter.fiscalYears } });
    if (filter?.purposes?.length) and.push({ purpose: { $in: filter.purposes } });
    return paginate(
      ctx.em,
      BudgetLine,
      { $and: and },
      { first: page.first, after: page.after, sortField: 'createdAt' },
    );
  }

  @Authorized('FINANCE')
  @Mutation(() => BudgetLine, {
    description: '安排预算: appropriates money to a unit for a year and purpose.',
  })
  appropriate(
    @Arg('input', () => AppropriateInput) input: AppropriateInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<BudgetLine> {
    checkYear(input.fiscalYear, 'input.fiscalYear');
    if (compareMoney(input.amount, '0') <= 0)
      throw new UserInputError('The amount must be more than zero.', 'input.amount');
    return inTransaction(ctx, async (em) => {
      const unit = await requireUnit(ctx, input.unitId, 'input.unitId');
      const line = em.create(BudgetLine, {
        id: randomUUID(),
        unitId: unit.id,
        fiscalYear: input.fiscalYear,
        purpose: input.purpose,
        fundingSource: input.fundingSource,
        appropriated: input.amount,
        note: input.note?.trim() || null,
        createdBy: ctx.viewer.id,
      } as never);
      await em.flush();
      await em.refresh(line);
      recordAudit(em, ctx.viewer, {
        entity: 'BudgetLine',
        entityId: line.id,
        action: 'CREATE',
        after: auditSnapshot(line),
      });
      return line;
    });
  }

  @Authorized('FINANCE')
  @Mutation(() => BudgetLine, {
    description:
      '调整预算, including 扣减部门预算 to pay a unit’s arrears (seed 004). Never below what was disbursed.',
  })
  adjustBudget(
    @Arg('input', () => AdjustBudgetInput) input: AdjustBudgetInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<BudgetLine> {
    const reason = requireText(input.reason, 'input.reason', {
      message: 'Say why the budget changes.',
    });
    if (compareMoney(input.amount, '0') === 0)
      throw new UserInputError('An adjustment of zero changes nothing.', 'input.amount');
    if (
      input.kind === AdjustmentKind.DECREASE
        ? compareMoney(input.amount, '0') > 0
        : compareMoney(input.amount, '0') < 0
    ) {
      throw new UserInputError(
        input.kind === AdjustmentKind.DECREASE
          ? 'A decrease is a negative amount.'
          : 'An increase or a deduction moved here is a positive amount.',
        'input.amount',
      );
    }
    if (input.adjustedOn > todayInChina())
      throw new UserInputError('An adjustment cannot be dated in the future.', 'input.adjustedOn');
    return changeEntity(
      ctx,
      BudgetLine,
      {
        id: input.budgetLineId,
        expectedVersion: input.expectedVersion,
        action: 'ADJUST',
        reason,
        field: 'input.budgetLineId',
        label: 'Budget line',
        refresh: true,
      },
      async (line, em) => {
        (await jurisdictionOf(ctx)).assertUnit(line.unitId, 'This budget line');
        const adjustments = addMoney(line.adjustments, input.amount);
        if (compareMoney(addMoney(line.appropriated, adjustments), line.disbursed) < 0) {
          throw new UserInputError(
            `After this change the line would hold less than the ${line.disbursed} already disbursed.`,
            'input.amount',
          );
        }
        line.adjustments = adjustments;
        em.create(BudgetAdjustment, {
          id: randomUUID(),
          budgetLine: line,
          kind: input.kind,
          amount: input.amount,
          reason,
          adjustedOn: input.adjustedOn,
          createdBy: ctx.viewer.id,
        } as never);
        return line;
      },
    );
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
