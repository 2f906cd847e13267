// How the viewer's jurisdiction (kit/jurisdiction.ts) applies to the ledger's records: a debt
// belongs to its debtor's jurisdiction and is also visible to its creditor enterprise; a clue to
// its respondent's and its handling unit's, and to its complainant; a submission to its unit's.
import type { FilterQuery } from '@mikro-orm/core';
import { jurisdictionOf, type Jurisdiction, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import type { Arrear } from './entities/arrear.entity.js';
import type { Clue } from './entities/clue.entity.js';

export { jurisdictionOf };

export function canSeeArrear(
  jurisdiction: Jurisdiction,
  arrear: Pick<Arrear, 'debtorId' | 'creditorId'>,
): boolean {
  return (
    jurisdiction.all ||
    jurisdiction.units.has(arrear.debtorId) ||
    jurisdiction.enterpriseId === arrear.creditorId
  );
}

export function arrearScope(jurisdiction: Jurisdiction): FilterQuery<Arrear> {
  return jurisdiction.filter('debtorId', 'creditorId') as FilterQuery<Arrear>;
}

/** SQL condition on an arrear alias, or null when unrestricted. */
export function arrearScopeSql(jurisdiction: Jurisdiction, alias = 'a') {
  return jurisdiction.sql(alias, 'debtor_id', 'creditor_id');
}

export function canSeeClue(
  jurisdiction: Jurisdiction,
  clue: Pick<Clue, 'respondentId' | 'handlingUnitId' | 'complainantId'>,
): boolean {
  return (
    jurisdiction.all ||
    jurisdiction.canSeeUnit(clue.respondentId) ||
    jurisdiction.canSeeUnit(clue.handlingUnitId) ||
    (!!jurisdiction.enterpriseId && jurisdiction.enterpriseId === clue.complainantId)
  );
}

export function clueScope(jurisdiction: Jurisdiction): FilterQuery<Clue> {
  if (jurisdiction.all) return {};
  const units = [...jurisdiction.units];
  const or: FilterQuery<Clue>[] = [];
  if (units.length) or.push({ respondentId: { $in: units } }, { handlingUnitId: { $in: units } });
  if (jurisdiction.enterpriseId) or.push({ complainantId: jurisdiction.enterpriseId });
  return or.length ? { $or: or } : { id: { $in: [] } };
}

/** SQL condition on a clue alias, or null when unrestricted. */
export function clueScopeSql(
  jurisdiction: Jurisdiction,
  alias = 'c',
): { sql: string; params: unknown[] } | null {
  if (jurisdiction.all) return null;
  const units = [...jurisdiction.units];
  const parts: string[] = [];
  const params: unknown[] = [];
  if (units.length) {
    parts.push(`${alias}.respondent_id in (?)`, `${alias}.handling_unit_id in (?)`);
    params.push(units, units);
  }
  if (jurisdiction.enterpriseId) {
    parts.push(`${alias}.complainant_id = ?`);
    params.push(jurisdiction.enterpriseId);
  }
  return { sql: parts.length ? `(${parts.join(' or ')})` : 'false', params };
}

/** The debt's debtor must be in the viewer's jurisdiction to change it. */
export async function assertMayChangeArrear(
  ctx: SubgraphContext,
  arrear: Pick<Arrear, 'debtorId'>,
): Promise<void> {
  (await jurisdictionOf(ctx)).assertUnit(arrear.debtorId, 'This debt’s debtor');
}
