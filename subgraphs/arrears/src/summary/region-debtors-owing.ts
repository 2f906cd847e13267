// The debtor units of a region (and below) that owe something, with what they owe: Region's
// unitOutstanding field and the REGION_DEBTORS_OWING contract finance's funding warnings ask by
// region code. One row per debtor from the rollup (unitsOwingOf), for every region of the batch.
import { money, type SubgraphContext, type UnitOutstandingFacts } from '@arrears-hub/subgraph-kit';
import { regionScopeByCode, type SummaryScope } from './scope.js';
import { unitsOwingOf } from './summary.loaders.js';

/** The region's owing debtors, in debtor order; a region that owes nothing (or is unknown) has none. */
export async function debtorsOwingIn(
  ctx: SubgraphContext,
  scope: SummaryScope,
): Promise<UnitOutstandingFacts[]> {
  const units = await unitsOwingOf.load(ctx, scope);
  return units
    .map((u) => ({ unitId: u.unit, outstanding: money(u.outstanding) }))
    .filter((u) => u.outstanding !== '0.00');
}

export async function regionDebtorsOwing(
  ctx: SubgraphContext,
  codes: readonly string[],
): Promise<{ region: string; units: UnitOutstandingFacts[] }[]> {
  return Promise.all(
    codes.map(async (code) => ({
      region: code,
      units: await debtorsOwingIn(ctx, await regionScopeByCode(code)),
    })),
  );
}
