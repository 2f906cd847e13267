// 清偿进度 by month: what was actually paid on the scope's debts, month by month, from the recorded
// payments (vouchers). The leading group's dashboard draws its clearance trend from it; the
// ledger's `paid` column has no dates, so payments are the only dated source.
import { Field, Int, ObjectType } from 'type-graphql';
import { defineLoader, money, MoneyScalar, Problems } from '@arrears-hub/subgraph-kit';
import { isPeriod, periodsBetween } from '../rules/reporting-period.js';
import { rollupMonthly } from '../rollup/rollup-figures.js';
import { ledgerMonthly, type MonthRow } from './ledger-figures.js';
import { scopeKey, splitByAnswer, type SummaryScope } from './scope.js';
import { arrearsMessages as msg } from '../messages.js';

/** A dashboard asks for a year or two; three years bounds the answer. */
export const MAX_MONTHS = 36;

@ObjectType('MonthlyClearance', {
  description: 'Payments recorded on the counted debts in one calendar month.',
})
export class MonthlyClearance {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int)
  payments!: number;

  @Field(() => MoneyScalar, { description: 'Σ payment amounts.' })
  paid!: string;
}

/** Every month from `from` to `to` (both "YYYY-MM"), checked: the answer has one row per month. */
export function monthsBetween(from: string, to: string): string[] {
  const p = new Problems();
  p.check(isPeriod(from), 'from', msg.fromNotAMonth({ from }));
  p.check(isPeriod(to), 'to', msg.toNotAMonth({ to }));
  if (p.empty) {
    p.check(from <= to, 'from', msg.fromAfterTo({ from, to }));
    p.check(
      periodsBetween(from, to).length <= MAX_MONTHS,
      'to',
      msg.tooManyMonths({ max: MAX_MONTHS }),
    );
  }
  p.throwIfAny('');
  return periodsBetween(from, to);
}

interface Key {
  scope: SummaryScope;
  from: string;
  to: string;
}

const keyOf = (k: Key) => `${scopeKey(k.scope)}@${k.from}..${k.to}`;

/** One statement per kind of scope for every scope and range of the request: debtors' and
 * regions' months from the rollup (ledger_unit_month), the others' from the payments. */
export const monthlyClearanceOf = defineLoader<Key, MonthlyClearance[]>(
  async (keys, ctx) => {
    const from = keys.reduce((m, k) => (k.from < m ? k.from : m), keys[0]!.from);
    const to = keys.reduce((m, k) => (k.to > m ? k.to : m), keys[0]!.to);
    const scopes = [...new Map(keys.map((k) => [scopeKey(k.scope), k.scope])).values()];
    const { rollup, ledger } = await splitByAnswer(ctx, scopes);
    const [kept, summed] = await Promise.all([
      rollup.length ? rollupMonthly(ctx, rollup, from, to) : Promise.resolve(new Map()),
      ledger.length ? ledgerMonthly(ctx, ledger, from, to) : Promise.resolve(new Map()),
    ]);
    const rows = new Map<string, MonthRow[]>([...kept, ...summed]);
    return keys.map((k) => {
      const byMonth = new Map((rows.get(scopeKey(k.scope)) ?? []).map((r) => [r.month, r]));
      return monthsBetween(k.from, k.to).map((month) => ({
        month,
        payments: byMonth.get(month)?.payments ?? 0,
        paid: money(byMonth.get(month)?.paid ?? null),
      }));
    });
  },
  { cacheKey: keyOf },
);
