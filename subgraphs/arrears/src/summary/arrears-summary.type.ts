import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '@arrears-hub/subgraph-kit';
import { ContractSubject } from '../ledger/arrear.enums.js';
import { AgeBucket } from '../ledger/statutory-terms.types.js';
import type { SummaryScope } from './scope.js';

@ObjectType('ArrearsSummary', {
  description:
    'Ledger totals of a unit, a region or a project. Debts in court/arbitration and withdrawn ones are not counted.',
})
export class ArrearsSummary {
  /** What the totals cover; the lazily computed fields (by subject, rates …) use it. */
  scope!: SummaryScope;

  @Field(() => Int, { description: 'Debts counted.' })
  count!: number;

  @Field(() => MoneyScalar, { description: 'Σ amountDue.' })
  amountDue!: string;

  @Field(() => MoneyScalar, { description: 'Σ paid.' })
  paid!: string;

  @Field(() => MoneyScalar, { description: 'Σ outstanding (amountDue − paid).' })
  outstanding!: string;

  @Field(() => MoneyScalar, {
    description: 'Outstanding on debts marked disputed (their whole outstanding).',
  })
  disputedOutstanding!: string;

  @Field(() => MoneyScalar, {
    description: 'Outstanding that is not disputed: payable now (2025 art. 15).',
  })
  undisputedOutstanding!: string;

  @Field(() => MoneyScalar, { description: 'Migrant workers’ wages still owed (paid first).' })
  migrantWagesOutstanding!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      '清偿率: paid ÷ amountDue over the counted debts, 4 decimals; null when nothing is due.',
  })
  clearanceRate!: number | null;

  @Field(() => Int, { description: 'Debts left out because they are in court or arbitration.' })
  inJudicialProcessCount!: number;
}

@ObjectType('AgeBucketTotals', {
  description: 'Counted debts with something outstanding, by days past the statutory due date.',
})
export class AgeBucketTotals {
  @Field(() => AgeBucket)
  bucket!: AgeBucket;

  @Field(() => Int)
  count!: number;

  @Field(() => MoneyScalar)
  outstanding!: string;
}

@ObjectType('SubjectTotals', { description: 'Totals of one contract subject (货物/工程/服务).' })
export class SubjectTotals {
  @Field(() => ContractSubject)
  subject!: ContractSubject;

  @Field(() => Int)
  count!: number;

  @Field(() => MoneyScalar)
  outstanding!: string;
}

@ObjectType('ZeroingStatus', {
  description: '欠款清零: how many debtor units have paid everything they owe.',
})
export class ZeroingStatus {
  @Field(() => Int, { description: 'Debtor units with at least one counted debt.' })
  units!: number;

  @Field(() => Int, { description: 'Of those, units with nothing outstanding.' })
  zeroed!: number;

  @Field(() => Float, {
    nullable: true,
    description: '欠款清零率 = zeroed ÷ units (4 decimals); null when no unit has a debt.',
  })
  rate!: number | null;
}

@ObjectType('ClueClosure', {
  description: '线索办结: clues about the debtor units of this scope (as respondents).',
})
export class ClueClosure {
  @Field(() => Int, {
    description: 'Clues accepted (every clue not rejected and past intake review).',
  })
  accepted!: number;

  @Field(() => Int)
  closed!: number;

  @Field(() => Float, {
    nullable: true,
    description: '线索办结率 = closed ÷ accepted (4 decimals); null when none was accepted.',
  })
  rate!: number | null;
}

@ObjectType('NewArrears', {
  description:
    '边清边欠: debts registered after the unit announced zeroing (阶段性清零) whose obligation arose after the zeroing date; and, apart, those registered after it but owed before (漏报).',
})
export class NewArrears {
  @Field(() => Int, { description: '边清边欠: owed only after the zeroing date.' })
  count!: number;

  @Field(() => MoneyScalar)
  amountDue!: string;

  @Field(() => Int, {
    description: '漏报: registered after the zeroing notice but owed before it (not new arrears).',
  })
  lateRegisteredCount!: number;

  @Field(() => MoneyScalar)
  lateRegisteredAmountDue!: string;
}
