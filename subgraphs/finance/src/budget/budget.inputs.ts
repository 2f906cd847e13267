// GraphQL inputs of the budget mutations and queries. Each input satisfies the plain interface its
// validation takes (budget.validation.ts), which never imports these classes.
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, MoneyScalar, SignedMoneyScalar, UnitRef } from '@arrears-hub/subgraph-kit';
import { AdjustmentKind, BudgetPurpose, FundingSource } from './budget.enums.js';
import type { Adjustment, Appropriation, DisbursementRequest } from './budget.validation.js';

@InputType()
export class AppropriateInput implements Appropriation {
  // Nullable since issue 18: the unit may be named by `unit` instead (id, credit code or name).
  @Field(() => ID, {
    nullable: true,
    description: 'The unit the money is appropriated to (Organisation id). Or name it by `unit`.',
  })
  unitId!: string;
  @Field(() => UnitRef, {
    nullable: true,
    description:
      'The unit the money is appropriated to, by id, credit code or name (instead of unitId).',
  })
  unit?: UnitRef | null;

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
export class AdjustBudgetInput implements Adjustment {
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

@InputType()
export class DisburseInput implements DisbursementRequest {
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
