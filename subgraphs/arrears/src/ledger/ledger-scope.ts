// Which units' ledgers the viewer may see, for read models that start from a list of units (a
// region's reporting status, a campaign's compliance, the monthly report, the figures other bureaus
// judge a unit by) rather than from rows: the debtor relation of Arrear's ownership declaration,
// evaluated on each unit as a debtor — the same rule the filter and the SQL scope apply to rows.
import { heldRelations, jurisdictionOf, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { ArrearOwnership } from './arrear.entity.js';

/** The ids (in their order) of the units whose ledger the viewer holds as the debtor relation. */
export async function unitsWithVisibleLedger(
  ctx: SubgraphContext,
  unitIds: readonly string[],
): Promise<string[]> {
  const j = await jurisdictionOf(ctx);
  const visible: string[] = [];
  for (const debtorId of unitIds) {
    const held = await heldRelations(ArrearOwnership, j, { debtorId }, async () => null);
    if (held.has('debtor')) visible.push(debtorId);
  }
  return visible;
}
