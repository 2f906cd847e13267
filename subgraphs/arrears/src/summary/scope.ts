// What a summary sums over: the debts of one unit (as debtor or creditor), of all units of a
// region, or of one project. Every summary query takes a whole batch of scopes at once and answers
// with one statement, grouping by the scope's key.
import type { SqlFragment, SubgraphContext } from '@arrears-hub/subgraph-kit';
import { Clue } from '../clue/clue.entity.js';
import { countedSql } from '../ledger/arrear.enums.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { visibleRows } from '../visible-rows.js';

export type ScopeColumn = 'debtor_id' | 'creditor_id' | 'project_id';

export interface SummaryScope {
  /** Unique within a column: a unit id, a region code, a project id. */
  key: string;
  column: ScopeColumn;
  /** The ids matched against the column. */
  ids: string[];
}

export const scopeKey = (scope: SummaryScope) => `${scope.column}:${scope.key}`;

/** Debts with a `counted` flag: in the totals unless in court or withdrawn (the Wutaishan,
 * Chengqu and Ye County programmes leave debts in court out; docs/programmes.md). */
export const COUNTED_ARREARS = `(select arrear.*, ${countedSql('arrear')} as counted from arrear)`;

/**
 * `with m(k, u)` mapping each scope key to its ids, for scopes of one column; the caller joins
 * `m` to the rows it aggregates. One jsonb parameter however many scopes and ids.
 */
export function scopeMapping(scopes: readonly SummaryScope[]): { cte: string; params: unknown[] } {
  const pairs = scopes.flatMap((s) => s.ids.map((id) => ({ k: s.key, u: id })));
  return {
    cte: `with m as (select distinct x.k, x.u from jsonb_to_recordset(?::jsonb) as x(k text, u uuid))`,
    params: [JSON.stringify(pairs)],
  };
}

/** Runs `query` once per column present in the batch and returns rows keyed by scopeKey. */
export async function perColumn<R extends { key: string }>(
  scopes: readonly SummaryScope[],
  query: (column: ScopeColumn, group: SummaryScope[]) => Promise<R[]>,
): Promise<Map<string, R[]>> {
  const result = new Map<string, R[]>();
  for (const column of new Set(scopes.map((s) => s.column))) {
    const group = scopes.filter((s) => s.column === column && s.ids.length);
    if (!group.length) continue;
    for (const row of await query(column, group)) {
      const k = `${column}:${row.key}`;
      const rows = result.get(k);
      if (rows) rows.push(row);
      else result.set(k, [row]);
    }
  }
  return result;
}

/** The debts the viewer may see, as a condition on the ledger rows aliased `a` (Arrear's
 * ownership declaration through the kit's scopeSql; `true` when unrestricted). */
export async function visibleDebts(ctx: SubgraphContext, alias = 'a'): Promise<SqlFragment> {
  return visibleRows(ctx, Arrear, alias);
}

/** The clues the viewer may see, as a condition on the clue rows aliased `c`. */
export async function visibleClues(ctx: SubgraphContext, alias = 'c'): Promise<SqlFragment> {
  return visibleRows(ctx, Clue, alias);
}
