// Which units and regions a viewer's jurisdiction covers — decided once, here, for every subgraph
// (docs/access-model.md):
// - ADMIN: everything.
// - LEADING_GROUP, INSPECTOR, FINANCE: everything, or the subtree of their region when the token
//   binds them to one (its units and its regions).
// - BUREAU: its own unit and the units it supervises or owns (主管/上级, transitively), within
//   its region if bound to one.
// - ENTERPRISE: only itself, through the `enterprise` relations entities declare.
// - anonymous: nothing but what an entity declares public.
// The ownership declarations (ownership/declare.ts) turn this into filters, SQL and write checks;
// resolvers never consult it by hand.
import type { Role, Viewer } from '@arrears-hub/protocol';
import { OutOfReachError, isAnonymous } from '@arrears-hub/protocol';
import type { SubgraphContext } from './context.js';
import { unitDirectory, inRegion, type DirectoryUnit } from './unit-directory.js';
import type { DirectoryRegion } from './contracts/catalogue.js';

export class Jurisdiction {
  constructor(
    /** True: no restriction at all. */
    readonly all: boolean,
    /** Units whose own affairs (ledger, funds, cases) the viewer may see. */
    readonly units: ReadonlySet<string>,
    /** Region codes whose records (audits, settings) the viewer may see. */
    readonly regions: ReadonlySet<string>,
    /** The viewer's own enterprise, for `enterprise` relations. */
    readonly enterpriseId: string | null,
    /** The viewer's id, for `actor` relations (whoever filed a record). */
    readonly actorId: string | null,
    /** Signed in (or a service): `read: 'signed-in'` entities are visible. */
    readonly signedIn: boolean,
  ) {}

  canSeeUnit(id: string | null | undefined): boolean {
    return !!id && (this.all || this.units.has(id));
  }

  canSeeRegion(code: string | null | undefined): boolean {
    return !!code && (this.all || this.regions.has(code));
  }

  /** Keeps the ids the viewer may see (all of them when unrestricted). */
  visible(ids: readonly string[]): string[] {
    return this.all ? [...ids] : ids.filter((id) => this.units.has(id));
  }

  /** Refuses a unit outside the viewer's jurisdiction with the one out-of-reach answer. */
  assertUnit(id: string): void {
    if (!this.canSeeUnit(id)) throw new OutOfReachError();
  }
}

const SEES_ALL: readonly Role[] = ['LEADING_GROUP', 'INSPECTOR', 'FINANCE'];

/** The unit and every unit that has it as supervisor or parent, transitively. */
export function supervisedBy(root: string, units: ReadonlyMap<string, DirectoryUnit>): Set<string> {
  const children = new Map<string, string[]>();
  for (const unit of units.values()) {
    for (const up of [unit.supervisorId, unit.parentId]) {
      if (up && up !== unit.id) children.set(up, [...(children.get(up) ?? []), unit.id]);
    }
  }
  const seen = new Set<string>([root]);
  const queue = [root];
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      if (!seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
    }
  }
  return seen;
}

export interface DirectoryView {
  units(): Promise<ReadonlyMap<string, DirectoryUnit>>;
  regions(): Promise<ReadonlyMap<string, DirectoryRegion>>;
}

export async function computeJurisdiction(
  viewer: Viewer,
  directory: DirectoryView,
): Promise<Jurisdiction> {
  const roles = viewer.roles;
  const signedIn = !isAnonymous(viewer);
  const actorId = signedIn ? viewer.id : null;
  if (roles.includes('ADMIN'))
    return new Jurisdiction(true, new Set(), new Set(), null, actorId, true);
  const wide = roles.some((r) => SEES_ALL.includes(r));
  if (wide && !viewer.regionCode)
    return new Jurisdiction(true, new Set(), new Set(), null, actorId, true);
  const enterpriseId = roles.includes('ENTERPRISE') ? (viewer.organisationId ?? null) : null;
  const bureau = roles.includes('BUREAU') && !!viewer.organisationId;
  if (!wide && !bureau)
    return new Jurisdiction(false, new Set(), new Set(), enterpriseId, actorId, signedIn);

  const units = await directory.units();
  const within = (unit: DirectoryUnit) => !viewer.regionCode || inRegion(unit, viewer.regionCode);
  const visibleUnits = new Set<string>();
  const visibleRegions = new Set<string>();
  if (wide) {
    for (const unit of units.values()) if (within(unit)) visibleUnits.add(unit.id);
    for (const region of (await directory.regions()).values()) {
      if (region.path.includes(`/${viewer.regionCode}/`)) visibleRegions.add(region.code);
    }
  }
  if (bureau) {
    for (const id of supervisedBy(viewer.organisationId!, units)) {
      const unit = units.get(id);
      if (unit && within(unit)) visibleUnits.add(id);
    }
  }
  return new Jurisdiction(false, visibleUnits, visibleRegions, enterpriseId, actorId, signedIn);
}

const JURISDICTION = Symbol('jurisdiction');

/** The viewer's jurisdiction, computed once per request. */
export function jurisdictionOf(
  ctx: Pick<SubgraphContext, 'viewer' | 'memo'>,
): Promise<Jurisdiction> {
  let result = ctx.memo.get(JURISDICTION) as Promise<Jurisdiction> | undefined;
  if (!result) {
    const directory = unitDirectory();
    result = computeJurisdiction(ctx.viewer, {
      units: () => directory.all(),
      regions: () => directory.regions(),
    });
    ctx.memo.set(JURISDICTION, result);
  }
  return result;
}

const NARROW = Symbol('narrow-jurisdiction');
const OWN_ROLES: readonly Role[] = ['BUREAU', 'ENTERPRISE'];

/**
 * The jurisdiction of the viewer's own roles only (its unit as BUREAU, itself as ENTERPRISE, what
 * it filed), without what LEADING_GROUP, INSPECTOR or FINANCE cover: field rules judge relations
 * by it (ownership/field-rules.ts).
 */
export function narrowJurisdictionOf(
  ctx: Pick<SubgraphContext, 'viewer' | 'memo'>,
): Promise<Jurisdiction> {
  let result = ctx.memo.get(NARROW) as Promise<Jurisdiction> | undefined;
  if (!result) {
    const directory = unitDirectory();
    const own = { ...ctx.viewer, roles: ctx.viewer.roles.filter((r) => OWN_ROLES.includes(r)) };
    // Still signed in for `actor` relations even with no own role left.
    result = computeJurisdiction(own, {
      units: () => directory.all(),
      regions: () => directory.regions(),
    }).then(
      (j) =>
        new Jurisdiction(
          j.all,
          j.units,
          j.regions,
          j.enterpriseId,
          ctx.viewer.roles.length ? ctx.viewer.id : null,
          j.signedIn || ctx.viewer.roles.length > 0,
        ),
    );
    ctx.memo.set(NARROW, result);
  }
  return result;
}
