// The summary figures, each one statement for every scope of a request (units, regions, projects).
// The current figures of debtors and regions come from the rollup (rollup/rollup-figures.ts: one
// row per debtor, kept by triggers), read once per scope and request whichever figures are asked;
// everything else — a creditor's or a project's totals, an enterprise viewer — is summed from the
// ledger lines (ledger-figures.ts); figures as of a given date come from the as-of module (as-of.ts).
// PostgreSQL sums numeric exactly; JS only formats. Each sums only what the viewer may see (the ownership declarations).
import {
  defineLoader,
  money,
  ratio,
  subtractMoney,
  todayInChina,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { AgeBucket } from '../ledger/statutory-terms.types.js';
import { rollupFigures, rollupUnitsOwing, type RollupFigures } from '../rollup/rollup-figures.js';
import {
  AgeBucketTotals,
  ArrearsSummary,
  NewArrears,
  SubjectTotals,
  ZeroingStatus,
} from './arrears-summary.type.js';
import { asOfAgeingOf } from './as-of.js';
import {
  ledgerAgeing,
  ledgerBySubject,
  ledgerNewAfterZeroing,
  ledgerTotals,
  ledgerUnitsOwing,
  ledgerZeroing,
  type BucketRow,
  type SubjectRow,
  type TotalsRow,
  type UnitOwingRow,
} from './ledger-figures.js';
import { scopeKey, splitByAnswer, type SummaryScope } from './scope.js';

function toSummary(scope: SummaryScope, row: TotalsRow | undefined): ArrearsSummary {
  const amountDue = money(row?.amount_due ?? null);
  const paid = money(row?.paid ?? null);
  return {
    scope,
    count: row?.count ?? 0,
    amountDue,
    paid,
    outstanding: subtractMoney(amountDue, paid),
    disputedOutstanding: money(row?.disputed_outstanding ?? null),
    undisputedOutstanding: money(row?.undisputed_outstanding ?? null),
    migrantWagesOutstanding: money(row?.wages_outstanding ?? null),
    clearanceRate: ratio(paid, amountDue),
    inJudicialProcessCount: row?.judicial ?? 0,
  };
}

export function emptySummary(scope: SummaryScope): ArrearsSummary {
  return toSummary(scope, undefined);
}

/** The rollup's figures of a debtor or a region (null when it has none), read once per request. */
const rollupOf = defineLoader<SummaryScope, RollupFigures | null>(
  async (scopes, ctx) => {
    const figures = await rollupFigures(ctx, scopes);
    return scopes.map((s) => figures.get(scopeKey(s)) ?? null);
  },
  { cacheKey: scopeKey },
);

/**
 * A figure answered per scope by the rollup where it can (`fromRollup`) and by the ledger lines
 * otherwise (`fromLedger`, one statement per kind for the rest of the batch).
 */
function figureLoader<V, L>(options: {
  fromRollup: (figures: RollupFigures | null, scope: SummaryScope) => V;
  fromLedger: (ctx: SubgraphContext, scopes: SummaryScope[]) => Promise<Map<string, L>>;
  fromLedgerRow: (row: L | undefined, scope: SummaryScope) => V;
}) {
  return defineLoader<SummaryScope, V>(
    async (scopes, ctx) => {
      const { rollup, ledger } = await splitByAnswer(ctx, scopes);
      const [kept, summed] = await Promise.all([
        rollupOf.loadMany(ctx, rollup),
        ledger.length ? options.fromLedger(ctx, ledger) : Promise.resolve(new Map<string, L>()),
      ]);
      const byRollup = new Map(rollup.map((s, i) => [scopeKey(s), kept[i] ?? null]));
      return scopes.map((s) =>
        byRollup.has(scopeKey(s))
          ? options.fromRollup(byRollup.get(scopeKey(s))!, s)
          : options.fromLedgerRow(summed.get(scopeKey(s)), s),
      );
    },
    { cacheKey: scopeKey },
  );
}

export const summaryOf = figureLoader<ArrearsSummary, TotalsRow>({
  fromRollup: (figures, scope) => toSummary(scope, figures?.totals),
  fromLedger: ledgerTotals,
  fromLedgerRow: (row, scope) => toSummary(scope, row),
});

const subjectTotals = (rows: readonly SubjectRow[]): SubjectTotals[] =>
  rows.map((r) => ({ subject: r.subject, count: r.count, outstanding: money(r.outstanding) }));

export const bySubjectOf = figureLoader<SubjectTotals[], SubjectRow[]>({
  fromRollup: (figures) => subjectTotals(figures?.subjects ?? []),
  fromLedger: ledgerBySubject,
  fromLedgerRow: (rows) => subjectTotals(rows ?? []),
});

const zeroingStatus = (units: number, zeroed: number): ZeroingStatus => ({
  units,
  zeroed,
  rate: units ? Math.round((zeroed / units) * 10000) / 10000 : null,
});

export const zeroingOf = figureLoader<ZeroingStatus, { units: number; zeroed: number }>({
  fromRollup: (figures) => zeroingStatus(figures?.zeroing.units ?? 0, figures?.zeroing.zeroed ?? 0),
  fromLedger: ledgerZeroing,
  fromLedgerRow: (row) => zeroingStatus(row?.units ?? 0, row?.zeroed ?? 0),
});

function bucketTotals(rows: readonly BucketRow[]): AgeBucketTotals[] {
  const byBucket = new Map(rows.map((r) => [r.bucket, r]));
  return Object.values(AgeBucket).map((bucket) => ({
    bucket,
    count: byBucket.get(bucket)?.count ?? 0,
    outstanding: money(byBucket.get(bucket)?.outstanding ?? null),
  }));
}

/** Today's ageing: the rollup's buckets (aged for today), or the ledger's on today. */
const ageingToday = figureLoader<AgeBucketTotals[], BucketRow[]>({
  fromRollup: (figures) => bucketTotals(figures?.buckets ?? []),
  fromLedger: (ctx, scopes) => ledgerAgeing(ctx, scopes, todayInChina()),
  fromLedgerRow: (rows) => bucketTotals(rows ?? []),
});

/** Outstanding by days past the statutory due date: today's (asOf null: the rollup's or the
 * ledger's current figures) or as `asOf` stood (the as-of module, as-of.ts: payments made later
 * added back, the dispute and court periods of that day). */
export function ageingOf(
  ctx: SubgraphContext,
  scope: SummaryScope,
  asOf: string | null,
): Promise<AgeBucketTotals[]> {
  return asOf === null ? ageingToday.load(ctx, scope) : asOfAgeingOf.load(ctx, { scope, asOf });
}

/** Debts registered after each debtor's latest zeroing notice: 边清边欠 when the obligation arose
 * after the zeroing date, 漏报 when it was owed before (rules/new-arrears.ts); from the ledger lines. */
export const newAfterZeroingOf = defineLoader<SummaryScope, NewArrears>(
  async (scopes, ctx) => {
    const rows = await ledgerNewAfterZeroing(ctx, scopes);
    return scopes.map((s) => {
      const row = rows.get(scopeKey(s));
      return {
        count: row?.count ?? 0,
        amountDue: money(row?.amount_due ?? null),
        lateRegisteredCount: row?.late_count ?? 0,
        lateRegisteredAmountDue: money(row?.late_amount_due ?? null),
      };
    });
  },
  { cacheKey: scopeKey },
);

/** A region's debtors with what they owe and whether one has a debt past due without a plan today. */
export const unitsOwingOf = defineLoader<SummaryScope, UnitOwingRow[]>(
  async (regions, ctx) => {
    const { rollup, ledger } = await splitByAnswer(ctx, regions);
    const [kept, summed] = await Promise.all([
      rollup.length
        ? rollupUnitsOwing(ctx, rollup)
        : Promise.resolve(new Map<string, UnitOwingRow[]>()),
      ledger.length
        ? ledgerUnitsOwing(ctx, ledger, todayInChina())
        : Promise.resolve(new Map<string, UnitOwingRow[]>()),
    ]);
    return regions.map((r) => kept.get(scopeKey(r)) ?? summed.get(scopeKey(r)) ?? []);
  },
  { cacheKey: scopeKey },
);
