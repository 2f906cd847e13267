// An independent evaluation of the ownership rules, for the generated role × operation suite
// (access-matrix.test.ts). It reads the declarations each subgraph publishes at /debug/ownership
// and the rows straight from each subgraph's database, computes with its own code (not the kit's)
// which viewer may read and write which row, and the suite compares that with what the hub
// answers over HTTP. Reading the databases is deliberate: the oracle must not ask the system it
// judges.
import pg from 'pg';
import type { Role, Viewer } from '@arrears-hub/protocol';
import { hub, type As } from './client.ts';

export interface RelationDescription {
  name: string;
  kind: 'unit' | 'enterprise' | 'region' | 'parent' | 'actor';
  property: string;
  column: string;
  parent?: string;
  parentRelations?: string[];
}

export interface EntityDescription {
  entity: string;
  graphqlType: string | null;
  table: string;
  read: 'relations' | 'signed-in';
  writers: string[];
  relations: RelationDescription[];
  publicWhen?: { column: string; equals: string | boolean };
  fields: Record<string, { relations?: string[]; roles?: string[]; exceptOwnUnit?: string[] }>;
}

export type WriteGuard =
  | { kind: 'writes'; entity: string; path: string; as?: string[] }
  | { kind: 'creates'; entity: string; relations: Record<string, string>; as?: string[] }
  | { kind: 'selected' | 'open'; entity: string; reason: string }
  | { kind: 'none'; reason: string };

export interface SubgraphOwnership {
  entities: EntityDescription[];
  unowned: { entity: string; reason: string }[];
  /** Every guard a mutation stacks, with the roles @Authorized lets in. */
  mutations: Record<string, (WriteGuard & { roles: string[] | null | 'anyone' })[]>;
}

export async function ownershipOf(subgraph: string): Promise<SubgraphOwnership> {
  const response = await fetch(new URL('/debug/ownership', hub().subgraphUrls[subgraph]!));
  if (!response.ok) throw new Error(`/debug/ownership of ${subgraph} answered ${response.status}`);
  return (await response.json()) as SubgraphOwnership;
}

export async function query<T = Record<string, unknown>>(
  subgraph: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: hub().databaseUrls[subgraph]! });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

interface Unit {
  id: string;
  regionPath: string;
  parentId: string | null;
  supervisorId: string | null;
}

export interface Registry {
  units: Map<string, Unit>;
  regions: Map<string, string>; // code -> path
}

export async function loadRegistry(): Promise<Registry> {
  const units = await query<Unit>(
    'organisations',
    `select o.id, r.path as "regionPath", o.parent_id as "parentId", o.supervisor_id as "supervisorId"
       from organisation o join region r on r.code = o.region_code`,
  );
  const regions = await query<{ code: string; path: string }>(
    'organisations',
    'select code, path from region',
  );
  return {
    units: new Map(units.map((u) => [u.id, u])),
    regions: new Map(regions.map((r) => [r.code, r.path])),
  };
}

/** A test viewer: how the gateway token says it, and the oracle's view of its reach. */
export interface TestViewer {
  label: string;
  as: As | null;
  viewer: Viewer;
}

export interface Reach {
  all: boolean;
  signedIn: boolean;
  units: Set<string>;
  regions: Set<string>;
  enterpriseId: string | null;
  actorId: string | null;
}

/** The oracle's jurisdiction, written from the access model's text, not from the kit. */
export function reachOf(viewer: Viewer, registry: Registry): Reach {
  const signedIn = viewer.roles.length > 0;
  const base = {
    signedIn,
    units: new Set<string>(),
    regions: new Set<string>(),
    enterpriseId: null as string | null,
    actorId: signedIn ? viewer.id : null,
  };
  const has = (r: Role) => viewer.roles.includes(r);
  if (has('ADMIN')) return { ...base, all: true };
  const wide = has('LEADING_GROUP') || has('INSPECTOR') || has('FINANCE');
  if (wide && !viewer.regionCode) return { ...base, all: true };
  const inRegion = (path: string) => !viewer.regionCode || path.includes(`/${viewer.regionCode}/`);
  const reach: Reach = { ...base, all: false };
  if (has('ENTERPRISE')) reach.enterpriseId = viewer.organisationId ?? null;
  if (wide) {
    for (const unit of registry.units.values())
      if (inRegion(unit.regionPath)) reach.units.add(unit.id);
    for (const [code, path] of registry.regions) if (inRegion(path)) reach.regions.add(code);
  }
  if (has('BUREAU') && viewer.organisationId) {
    // The unit and, transitively, every unit it supervises or is the parent of.
    const below = new Set([viewer.organisationId]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const unit of registry.units.values()) {
        if (below.has(unit.id)) continue;
        if (
          (unit.supervisorId && below.has(unit.supervisorId)) ||
          (unit.parentId && below.has(unit.parentId))
        ) {
          below.add(unit.id);
          grew = true;
        }
      }
    }
    for (const id of below) {
      const unit = registry.units.get(id);
      if (unit && inRegion(unit.regionPath)) reach.units.add(id);
    }
  }
  return reach;
}

export type Row = Record<string, unknown> & { id: string };

/** Rows of every owned entity of a subgraph, by entity name. */
export async function loadRows(
  subgraph: string,
  ownership: SubgraphOwnership,
): Promise<Map<string, Row[]>> {
  const rows = new Map<string, Row[]>();
  for (const entity of ownership.entities) {
    rows.set(entity.entity, await query<Row>(subgraph, `select * from "${entity.table}"`));
  }
  return rows;
}

export class Oracle {
  private readonly byName: Map<string, EntityDescription>;
  private readonly rowIndex = new Map<string, Map<string, Row>>();

  constructor(
    readonly ownership: SubgraphOwnership,
    readonly rows: Map<string, Row[]>,
  ) {
    this.byName = new Map(ownership.entities.map((e) => [e.entity, e]));
    for (const [name, list] of rows)
      this.rowIndex.set(name, new Map(list.map((r) => [String(r.id), r])));
  }

  entity(name: string): EntityDescription {
    const found = this.byName.get(name);
    if (!found) throw new Error(`no ownership description for ${name}`);
    return found;
  }

  /** The relations `reach` holds on `row` of `entity`. */
  held(entityName: string, row: Row, reach: Reach): Set<string> {
    const entity = this.entity(entityName);
    const held = new Set<string>();
    for (const relation of entity.relations) {
      const value = row[relation.column];
      const id = value === null || value === undefined ? null : String(value);
      let holds = reach.all;
      if (!holds && id) {
        if (relation.kind === 'unit') holds = reach.units.has(id);
        else if (relation.kind === 'enterprise') holds = reach.enterpriseId === id;
        else if (relation.kind === 'region') holds = reach.regions.has(id);
        else if (relation.kind === 'actor') holds = reach.actorId === id;
        else if (relation.kind === 'parent') {
          const parentRow = this.rowIndex.get(relation.parent!)?.get(id);
          if (parentRow) {
            const parentHeld = this.held(relation.parent!, parentRow, reach);
            const wanted =
              relation.parentRelations ??
              this.entity(relation.parent!).relations.map((r) => r.name);
            holds = wanted.some((r) => parentHeld.has(r));
          }
        }
      }
      if (holds) held.add(relation.name);
    }
    return held;
  }

  canRead(entityName: string, row: Row, reach: Reach): boolean {
    const entity = this.entity(entityName);
    if (reach.all || (entity.read === 'signed-in' && reach.signedIn)) return true;
    if (entity.publicWhen && row[entity.publicWhen.column] === entity.publicWhen.equals)
      return true;
    return this.held(entityName, row, reach).size > 0;
  }

  canWrite(entityName: string, row: Row, reach: Reach, as?: string[]): boolean {
    if (reach.all) return true;
    if (!this.canRead(entityName, row, reach)) return false;
    const writers = as ?? this.entity(entityName).writers;
    const held = this.held(entityName, row, reach);
    return writers.some((w) => held.has(w));
  }

  /** Keys (the `column`, id by default) of the rows `reach` may read. */
  visibleIds(entityName: string, reach: Reach, column = 'id'): Set<string> {
    return new Set(
      (this.rows.get(entityName) ?? [])
        .filter((r) => this.canRead(entityName, r, reach))
        .map((r) => String(r[column])),
    );
  }
}
