// Funds per unit and year, and per region: one statement for all units or regions of a request.
// Raw SQL, so it ANDs in the budget lines' ownership condition itself (andScope): a viewer sums
// only the lines it may read, exactly as a list of them would show.
import { Field, Int, ObjectType } from 'type-graphql';
import {
  addMoney,
  andScope,
  defineLoader,
  inRegion,
  isUuid,
  jurisdictionOf,
  money,
  MoneyScalar,
  unitDirectory,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { BudgetLine } from '../budget/budget-line.entity.js';
import { BudgetPurpose } from '../budget/budget.enums.js';

@ObjectType('Funds', { description: 'A unit’s (or a region’s) money in a fiscal year.' })
export class Funds {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => MoneyScalar, { description: 'Appropriated plus adjustments, all purposes.' })
  appropriated!: string;

  @Field(() => MoneyScalar)
  disbursed!: string;

  @Field(() => MoneyScalar, { description: 'Still available, all purposes.' })
  available!: string;

  @Field(() => MoneyScalar, {
    description: 'Still available on clearance-fund lines (清欠专项): what can pay arrears now.',
  })
  availableForClearance!: string;
}

interface FundsRow {
  key: string;
  appropriated: string | null;
  disbursed: string | null;
  available: string | null;
  clearance: string | null;
}

export interface FundsKey {
  /** A unit id, or "region:<code>": what the sum is reported under. */
  key: string;
  /** The units whose lines are summed. */
  unitIds: string[];
  year: number;
}

export const fundsOf = defineLoader<FundsKey, Funds>(
  async (keys, ctx: SubgraphContext) => {
    const scope = andScope(ctx.em, BudgetLine, await jurisdictionOf(ctx), 'b');
    const result = new Map<string, Funds>();
    for (const year of new Set(keys.map((k) => k.year))) {
      const group = keys.filter((k) => k.year === year);
      const pairs = group.flatMap((k) => k.unitIds.filter(isUuid).map((u) => ({ k: k.key, u })));
      const rows = pairs.length
        ? await ctx.em.execute<FundsRow[]>(
            `with m as (select distinct x.k, x.u from jsonb_to_recordset(?::jsonb) as x(k text, u uuid))
             select m.k as "key", sum(b.appropriated + b.adjustments) as "appropriated", sum(b.disbursed) as "disbursed",
                    sum(b.available) as "available", sum(b.available) filter (where b.purpose = '${BudgetPurpose.CLEARANCE_FUND}') as "clearance"
             from m join budget_line b on b.unit_id = m.u where b.fiscal_year = ?${scope.sql} group by m.k`,
            [JSON.stringify(pairs), year, ...scope.params],
          )
        : [];
      const byKey = new Map(rows.map((r) => [r.key, r]));
      for (const k of group) {
        const r = byKey.get(k.key);
        result.set(`${k.key}@${year}`, {
          fiscalYear: year,
          appropriated: money(r?.appropriated ?? null),
          disbursed: money(r?.disbursed ?? null),
          available: money(r?.available ?? null),
          availableForClearance: money(r?.clearance ?? null),
        });
      }
    }
    return keys.map((k) => result.get(`${k.key}@${k.year}`)!);
  },
  { cacheKey: (k) => `${k.key}@${k.year}` },
);

export interface RegionFundsKey {
  code: string;
  year: number;
}

/**
 * Region.funds for every region of a request: the year's lines summed per unit in one statement
 * (as many rows as units with lines, whatever the regions), then added up per region by where this
 * subgraph's copy of the registry (the unit directory) places each unit — no list of the region's
 * units travels with the request. Sums are exact (PostgreSQL per unit, then bigint fen).
 */
export const regionFundsOf = defineLoader<RegionFundsKey, Funds>(
  async (keys, ctx: SubgraphContext) => {
    const scope = andScope(ctx.em, BudgetLine, await jurisdictionOf(ctx), 'b');
    const result = new Map<string, Funds>();
    for (const year of new Set(keys.map((k) => k.year))) {
      const rows = await ctx.em.execute<(FundsRow & { unit: string })[]>(
        `select b.unit_id::text as "unit", sum(b.appropriated + b.adjustments) as "appropriated", sum(b.disbursed) as "disbursed",
                sum(b.available) as "available", sum(b.available) filter (where b.purpose = '${BudgetPurpose.CLEARANCE_FUND}') as "clearance"
           from budget_line b where b.fiscal_year = ?${scope.sql} group by b.unit_id`,
        [year, ...scope.params],
      );
      const units = await unitDirectory().get(rows.map((r) => r.unit));
      for (const key of keys.filter((k) => k.year === year)) {
        const mine = rows.filter((r) => {
          const unit = units.get(r.unit);
          return !!unit && inRegion(unit, key.code);
        });
        const total = (column: keyof FundsRow) =>
          addMoney('0', ...mine.map((r) => money(r[column])));
        result.set(`${key.code}@${year}`, {
          fiscalYear: year,
          appropriated: total('appropriated'),
          disbursed: total('disbursed'),
          available: total('available'),
          availableForClearance: total('clearance'),
        });
      }
    }
    return keys.map((k) => result.get(`${k.code}@${k.year}`)!);
  },
  { cacheKey: (k) => `${k.code}@${k.year}` },
);
