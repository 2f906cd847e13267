// Which units a viewer may see — decided once, here, for every subgraph (design.md §5):
// - ADMIN: everything.
// - LEADING_GROUP, INSPECTOR, FINANCE: everything, or the subtree of their region when the token
//   binds them to one.
// - BUREAU: its own unit and the units it supervises or owns (主管/上级, transitively), within
//   its region if bound to one.
// - ENTERPRISE: only itself, and only as creditor or complainant.
// - anonymous: nothing (published disclosures are the supervision subgraph's own business).
// Subgraphs apply it through the helpers below in every list, summary, reference and mutation.
import type { SubgraphContext } from './context.js';
import { ForbiddenError } from './errors.js';
import { inRegion, unitDirectory, type DirectoryUnit } from './unit-directory.js';
import type { Role } from './viewer-header.js';

export class Jurisdiction {
  constructor(
    /** True: no restriction at all. */
    readonly all: boolean,
    /** Units whose own affairs (ledger, funds, cases) the viewer may see. */
    readonly units: ReadonlySet<string>,
    /** The viewer's own enterprise, seen from the creditor's side only. */
    readonly enterpriseId: string | null,
  ) {}

  canSeeUnit(id: string | null | undefined): boolean {
    return !!id && (this.all || this.units.has(id));
  }

  /** Keeps the ids the viewer may see (all of them when unrestricted). */
  visible(ids: readonly string[]): string[] {
    return this.all ? [...ids] : ids.filter((id) => this.units.has(id));
  }

  /** Refuses a unit outside the viewer's jurisdiction with a coded error. */
  assertUnit(id: string, what = 'this unit'): void {
    if (!this.canSeeUnit(id)) throw new ForbiddenError(`${what} is outside your jurisdiction.`);
  }

  /**
   * The same condition as SQL on `alias`, for raw queries: `null` when unrestricted. Rows whose
   * `ownerColumn` is a visible unit, or (for an enterprise) whose `enterpriseColumn` is itself.
   */
  sql(
    alias: string,
    ownerColumn: string,
    enterpriseColumn?: string,
  ): { sql: string; params: unknown[] } | null {
    if (this.all) return null;
    const parts: string[] = [];
    const params: unknown[] = [];
    if (this.units.size) {
      parts.push(`${alias}.${ownerColumn} in (?)`);
      params.push([...this.units]);
    }
    if (this.enterpriseId && enterpriseColumn) {
      parts.push(`${alias}.${enterpriseColumn} = ?`);
      params.push(this.enterpriseId);
    }
    return { sql: parts.length ? `(${parts.join(' or ')})` : 'false', params };
  }

  /**
   * A MikroORM condition for rows owned by a unit (`ownerProperty`) and, for an enterprise, rows
   * where it is the counterparty (`enterpriseProperty`). `{}` when unrestricted.
   */
  filter(ownerProperty: string, enterpriseProperty?: string): Record<string, unknown> {
    if (this.all) return {};
    const or: Record<string, unknown>[] = [];
    if (this.units.size) or.push({ [ownerProperty]: { $in: [...this.units] } });
    if (this.enterpriseId && enterpriseProperty)
      or.push({ [enterpriseProperty]: this.enterpriseId });
    // Nothing visible: a condition no row meets.
    if (!or.length) return { [ownerProperty]: { $in: [] } };
    return or.length === 1 ? or[0]! : { $or: or };
  }
}

const ALL = new Jurisdiction(true, new Set(), null);
const NOTHING = new Jurisdiction(false, new Set(), null);

const withinRegion = (unit: DirectoryUnit, regionCode: string | undefined): boolean =>
  !regionCode || inRegion(unit, regionCode);

/** The unit and every unit that has it as supervisor or parent, transitively. */
function supervisedBy(root: string, units: Map<string, DirectoryUnit>): Set<string> {
  const children = new Map<string, string[]>();
  for (const unit of units.values()) {
    for (const up of [unit.supervisorId, unit.parentId]) {
      if (up && up !== unit.id) children.set(up, [...(children.get(up) ?? []), unit.id]);
    }
  }
  const seen = new Set<string>([root]);
  const queue = [root];
  while (queue.length)
    for (const child of children.get(queue.shift()!) ?? [])
      if (!seen.has(child)) (seen.add(child), queue.push(child));
  return seen;
}

const SEES_ALL: readonly Role[] = ['LEADING_GROUP', 'INSPECTOR', 'FINANCE'];

export async function computeJurisdiction(
  viewer: SubgraphContext['viewer'],
  directory: () => Promise<Map<string, DirectoryUnit>>,
): Promise<Jurisdiction> {
  const roles = viewer.roles;
  if (roles.includes('ADMIN')) return ALL;
  if (!roles.length) return NOTHING;
  const wide = roles.some((r) => SEES_ALL.includes(r));
  if (wide && !viewer.regionCode) return ALL;
  const units = await directory();
  const visible = new Set<string>();
  if (wide)
    for (const unit of units.values())
      if (withinRegion(unit, viewer.regionCode)) visible.add(unit.id);
  if (roles.includes('BUREAU') && viewer.organisationId) {
    for (const id of supervisedBy(viewer.organisationId, units)) {
      const unit = units.get(id);
      if (unit && withinRegion(unit, viewer.regionCode)) visible.add(id);
    }
  }
  const enterpriseId = roles.includes('ENTERPRISE') ? (viewer.organisationId ?? null) : null;
  return new Jurisdiction(false, visible, enterpriseId);
}

const JURISDICTION = Symbol('jurisdiction');

/** The viewer's jurisdiction, computed once per request. */
export function jurisdictionOf(ctx: SubgraphContext): Promise<Jurisdiction> {
  let result = ctx.memo.get(JURISDICTION) as Promise<Jurisdiction> | undefined;
  if (!result) {
    result = computeJurisdiction(ctx.viewer, () => unitDirectory().all());
    ctx.memo.set(JURISDICTION, result);
  }
  return result;
}

/**
 * For records a region owns rather than a unit (an audit of a county): the region codes of the units
 * the viewer may see, or null when unrestricted. A region-bound inspector sees its subtree's audits.
 */
export async function visibleRegionCodes(
  ctx: SubgraphContext,
): Promise<ReadonlySet<string> | null> {
  const jurisdiction = await jurisdictionOf(ctx);
  if (jurisdiction.all) return null;
  const units = await unitDirectory().all();
  return new Set(
    [...jurisdiction.units]
      .map((id) => units.get(id)?.regionCode)
      .filter((code): code is string => !!code),
  );
}
