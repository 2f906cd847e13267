import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { addMoney, DateScalar, MoneyScalar, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { AgeBucket } from '../ledger/statutory-terms.types.js';
import {
  AgeBucketTotals,
  ArrearsSummary,
  ClueClosure,
  NewArrears,
  SubjectTotals,
  ZeroingStatus,
} from './arrears-summary.type.js';
import { ageingOf, bySubjectOf, newAfterZeroingOf, zeroingOf } from './summary.loaders.js';
import { clueClosureOf } from './clue-closure.js';
import { checkDueSoonDays, ClueClockCounts, clueClocksOf } from './clue-clocks.js';
import { MonthlyClearance, monthlyClearanceOf, monthsBetween } from './monthly-clearance.js';
import { asOfPositionOf } from './as-of.js';
import { SummaryPosition } from './as-of.type.js';

// The figures the leading group asks for beyond the totals. Each is computed only when asked
// for, in one statement for every summary of the request.
@Resolver(() => ArrearsSummary)
export class ArrearsSummaryResolver {
  // Without asOf: today's buckets, which the rollup keeps for debtors and regions; with asOf: the
  // as-of module (as-of.ts), from the ledger lines of the scope and the payments made by then.
  @FieldResolver(() => [AgeBucketTotals], {
    description:
      '账龄: outstanding by days past the statutory due date on asOf (today by default). With asOf, the debts and payments of that day (payments made later added back).',
  })
  byAgeBucket(
    @Root() summary: ArrearsSummary,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AgeBucketTotals[]> {
    return ageingOf(ctx, summary.scope, asOf ?? null);
  }

  @FieldResolver(() => SummaryPosition, {
    description:
      'The totals at the end of `date`: counted debts, amounts due, paid and outstanding that day, with the payments, disputes and court cases of that day.',
  })
  positionOn(
    @Root() summary: ArrearsSummary,
    @Arg('date', () => DateScalar) date: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SummaryPosition> {
    return asOfPositionOf.load(ctx, { scope: summary.scope, date });
  }

  @FieldResolver(() => MoneyScalar, {
    description:
      'Outstanding on debts past their statutory due date on asOf (today by default); with asOf, as that day stood.',
  })
  async overdueOutstanding(
    @Root() summary: ArrearsSummary,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<string> {
    const buckets = await this.byAgeBucket(summary, asOf, ctx);
    return addMoney(
      '0',
      ...buckets.filter((b) => b.bucket !== AgeBucket.NOT_DUE).map((b) => b.outstanding),
    );
  }

  @FieldResolver(() => [SubjectTotals], { description: 'Counted debts by contract subject.' })
  bySubject(
    @Root() summary: ArrearsSummary,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SubjectTotals[]> {
    return bySubjectOf.load(ctx, summary.scope);
  }

  @FieldResolver(() => ZeroingStatus, {
    description: '欠款清零率: debtor units that owe nothing any more, of those with debts.',
  })
  zeroing(@Root() summary: ArrearsSummary, @Ctx() ctx: SubgraphContext): Promise<ZeroingStatus> {
    return zeroingOf.load(ctx, summary.scope);
  }

  @FieldResolver(() => ClueClosure, {
    description:
      '线索办结率: clues about these debtors (or, for a creditor, its own complaints) closed, of those accepted.',
  })
  clueClosure(@Root() summary: ArrearsSummary, @Ctx() ctx: SubgraphContext): Promise<ClueClosure> {
    return clueClosureOf.load(ctx, summary.scope);
  }

  @FieldResolver(() => NewArrears, {
    description: '边清边欠: debts registered after the debtor announced zeroing.',
  })
  newAfterZeroing(
    @Root() summary: ArrearsSummary,
    @Ctx() ctx: SubgraphContext,
  ): Promise<NewArrears> {
    return newAfterZeroingOf.load(ctx, summary.scope);
  }

  @FieldResolver(() => [MonthlyClearance], {
    description:
      '清偿进度: payments recorded on the counted debts, one row per month from `from` to `to` ("YYYY-MM", at most 36 months).',
  })
  clearedByMonth(
    @Root() summary: ArrearsSummary,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<MonthlyClearance[]> {
    monthsBetween(from, to); // refuses a bad range before any SQL runs
    return monthlyClearanceOf.load(ctx, { scope: summary.scope, from, to });
  }

  @FieldResolver(() => ClueClockCounts, {
    description:
      '线索时限: running clues about these units (a creditor: its complaints) on time, due within dueSoonDays, or overdue, today.',
  })
  clueClocks(
    @Root() summary: ArrearsSummary,
    @Arg('dueSoonDays', () => Int, { defaultValue: 3 }) dueSoonDays: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ClueClockCounts> {
    return clueClocksOf.load(ctx, {
      scope: summary.scope,
      dueSoonDays: checkDueSoonDays(dueSoonDays),
    });
  }
}
