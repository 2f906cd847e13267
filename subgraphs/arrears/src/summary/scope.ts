// What a summary sums over: the debts of one unit (as debtor or creditor), of one project, or of
// every debtor in a region's subtree (found by the region's path, never by a list of unit ids).
// Every summary query takes a whole batch of scopes at once and answers with one statement per kind
// of scope, grouping by the scope's key.
import {
  arrayLiteral,
  isUuid,
  jurisdictionOf,
  type SqlFragment,
  type SubgraphContext,
  unitDirectory,
} from '@arrears-hub/subgraph-kit';
import { Clue } from '../clue/clue.entity.js';
import { countedSql } from '../ledger/arrear.enums.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { visibleRows } from '../visible-rows.js';

export type ScopeKind = 'debtor' | 'creditor' | 'project' | 'region';

export interface SummaryScope {
  kind: ScopeKind;
  /** A unit id, a project id or a region code: unique within its kind. */
  key: string;
  /** A region's path in the tree ("/150000/150600/150621/"), from its owner through @requires. */
  path?: string | null;
}

export const scopeKey = (scope: SummaryScope) => `${scope.kind}:${scope.key}`;

export const unitScope = (id: string, kind: 'debtor' | 'creditor'): SummaryScope => ({
  kind,
  key: id,
});

export const regionScope = (code: string, path: string | null | undefined): SummaryScope => ({
  kind: 'region',
  key: code,
  path: path ?? null,
});

/** A region's scope with its path from this subgraph's copy of the registry (for callers that
 * name a region by its code alone: contracts, arguments); path null when the code is unknown. */
export async function regionScopeByCode(code: string): Promise<SummaryScope> {
  return regionScope(code, (await unitDirectory().regions()).get(code)?.path ?? null);
}

/**
 * A region's subtree as a range of paths: every path that starts with "/…/150621/" lies in
 * ["/…/150621/", "/…/1506210") in byte order (collation "C"), since "0" follows "/". A range, unlike
 * `like 'prefix%'`, uses the index whatever the pattern's source (a parameter, a joined row).
 */
export function pathRange(path: string): { from: string; to: string } {
  if (!path.endsWith('/')) throw new Error(`a region path ends with "/": ${path}`);
  return { from: path, to: `${path.slice(0, -1)}0` };
}

/** Debts with a `counted` flag: in the totals unless in court or withdrawn (the Wutaishan,
 * Chengqu and Ye County programmes leave debts in court out; docs/programmes.md). */
export const COUNTED_ARREARS = `(select arrear.*, ${countedSql('arrear')} as counted from arrear)`;

const COLUMN: Record<Exclude<ScopeKind, 'region'>, string> = {
  debtor: 'debtor_id',
  creditor: 'creditor_id',
  project: 'project_id',
};

/** How ledger lines (alias `a`) are matched to the scopes of one kind, for a grouped statement. */
export interface LedgerScopeSql {
  /** `with m as (…)` for regions, '' otherwise. */
  cte: string;
  /** The from clause: `arrear`-shaped rows aliased `a` (with `counted` when `counted` is asked). */
  from: string;
  /** The condition tying `a` to the scopes. */
  where: string;
  /** The expression giving a row's scope key. */
  key: string;
  /** Parameters of the cte (they come first in the statement). */
  cteParams: unknown[];
  /** Parameters of the where condition (after any in the select list). */
  whereParams: unknown[];
}

/** The ledger lines of `scopes` (all of one kind): a unit or project column matched against an
 * array of ids, or a region's path range on the line's own debtor path (an index range each). */
export function ledgerScopeSql(
  kind: ScopeKind,
  scopes: readonly SummaryScope[],
  table = COUNTED_ARREARS,
): LedgerScopeSql {
  if (kind === 'region') {
    const ranges = scopes.filter((s) => s.path).map((s) => ({ k: s.key, ...pathRange(s.path!) }));
    return {
      cte: `with m as (select x.k, x.lo, x.hi from jsonb_to_recordset(?::jsonb) as x(k text, lo text, hi text))`,
      from: `m join ${table} a on a.debtor_region_path >= m.lo and a.debtor_region_path < m.hi`,
      where: 'true',
      key: 'm.k',
      cteParams: [JSON.stringify(ranges.map((r) => ({ k: r.k, lo: r.from, hi: r.to })))],
      whereParams: [],
    };
  }
  const column = COLUMN[kind];
  return {
    cte: '',
    from: `${table} a`,
    where: `a.${column} = any(?::uuid[])`,
    key: `a.${column}::text`,
    cteParams: [],
    whereParams: [arrayLiteral(scopes.map((s) => s.key).filter(isUuid))],
  };
}

/** Scopes grouped by kind, leaving out those that can match nothing (a region without a path, an
 * id that is not one), so that no statement runs for them. */
export function byKind(scopes: readonly SummaryScope[]): Map<ScopeKind, SummaryScope[]> {
  const groups = new Map<ScopeKind, SummaryScope[]>();
  for (const scope of scopes) {
    if (scope.kind === 'region' ? !scope.path : !isUuid(scope.key)) continue;
    const group = groups.get(scope.kind);
    if (group) group.push(scope);
    else groups.set(scope.kind, [scope]);
  }
  return groups;
}

/** Runs `query` once per kind of scope in the batch and returns rows keyed by scopeKey. */
export async function perKind<R extends { key: string }>(
  scopes: readonly SummaryScope[],
  query: (kind: ScopeKind, group: SummaryScope[]) => Promise<R[]>,
): Promise<Map<string, R[]>> {
  const result = new Map<string, R[]>();
  for (const [kind, group] of byKind(scopes)) {
    for (const row of await query(kind, group)) {
      const k = `${kind}:${row.key}`;
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

/**
 * Whether the rollup (one row per debtor) answers for this viewer exactly as the ledger would.
 * A viewer reads a debt as the holder of its debtor or as its creditor (ArrearOwnership); the
 * rollup keeps debtors only, so it answers for viewers who hold debtors or everything, and the
 * ledger answers for an enterprise (its own claims: few lines, found by the creditor index).
 */
export async function rollupAnswers(ctx: SubgraphContext): Promise<boolean> {
  const j = await jurisdictionOf(ctx);
  return j.all || !j.enterpriseId;
}

/** The kinds of scope the rollup keeps: a debtor, and a region's debtors. */
export const ROLLUP_KINDS: ReadonlySet<ScopeKind> = new Set(['debtor', 'region']);

/** Splits a batch into the scopes the rollup answers for this viewer and those the ledger does. */
export async function splitByAnswer(
  ctx: SubgraphContext,
  scopes: readonly SummaryScope[],
): Promise<{ rollup: SummaryScope[]; ledger: SummaryScope[] }> {
  const covers = await rollupAnswers(ctx);
  const rollup = covers ? scopes.filter((s) => ROLLUP_KINDS.has(s.kind)) : [];
  return { rollup, ledger: scopes.filter((s) => !rollup.includes(s)) };
}
