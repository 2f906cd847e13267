// Who owns a record, declared once per entity, next to the entity. Everything that keeps data
// safe is derived from this one declaration by the kit (docs/access-model.md):
// - the default-on ORM filter every find/findOne/count runs through (filter.ts);
// - the SQL fragment raw summary statements use (scope.ts, `scopeSql`);
// - the check every write runs first (guards.ts, change-entity.ts, create-entity.ts);
// - the field-level rules (field-rules.ts);
// - the generated role × operation test suite (describe.ts feeds it).
// An entity without a declaration stops the subgraph at start-up: forgetting is not possible.
import type { EntityClass } from '@mikro-orm/core';
import type { Role } from '@arrears-hub/protocol';

/** The record belongs to a unit (its ledger, its budget line): the unit's jurisdiction holds it. */
export interface UnitRelation {
  kind: 'unit';
  /** Entity property holding the unit's organisation id. */
  property: string;
}

/** The record concerns an enterprise that may read it itself (an ENTERPRISE viewer bound to it). */
export interface EnterpriseRelation {
  kind: 'enterprise';
  property: string;
}

/** The record belongs to a region (an audit of a county, a region's settings). */
export interface RegionRelation {
  kind: 'region';
  /** Entity property holding the region code. */
  property: string;
}

/** The record belongs to another record (a payment to its debt): whoever holds the parent's
 * relations holds this one's. */
export interface ParentRelation {
  kind: 'parent';
  /** A ManyToOne property pointing at the parent. */
  property: string;
  parent: () => EntityClass<object>;
  /** Which of the parent's relations carry over (default: all of them). */
  relations?: readonly string[];
}

/** The person who made the record (a complaint filed by a citizen): the viewer id. */
export interface ActorRelation {
  kind: 'actor';
  property: string;
}

export type Relation =
  UnitRelation | EnterpriseRelation | RegionRelation | ParentRelation | ActorRelation;

export const unit = (property: string): UnitRelation => ({ kind: 'unit', property });
export const enterprise = (property: string): EnterpriseRelation => ({
  kind: 'enterprise',
  property,
});
export const region = (property: string): RegionRelation => ({ kind: 'region', property });
export const actor = (property: string): ActorRelation => ({ kind: 'actor', property });
export const parent = (
  property: string,
  parentEntity: () => EntityClass<object>,
  relations?: readonly string[],
): ParentRelation => ({ kind: 'parent', property, parent: parentEntity, relations });

export interface FieldRule {
  /** Holders of these relations may read the field… */
  relations?: readonly string[];
  /** …and so may viewers with these roles (who can see the record at all). ADMIN always may. */
  roles?: readonly Role[];
  /**
   * …but never a viewer whose own unit (`organisationId`) is the unit of one of these `unit`
   * relations, whatever else it holds or whatever role it has (ADMIN excepted): the unit a
   * complaint is about never reads who complained, even where it is also the intake office.
   */
  exceptOwnUnit?: readonly string[];
}

export interface OwnershipSpec<T> {
  /** Each named relation says how a viewer comes to hold the record. */
  relations: Readonly<Record<string, Relation>>;
  /**
   * Who may read: `relations` (default) — holders of any relation; `signed-in` — every signed-in
   * viewer (the public registry of units and regions).
   */
  read?: 'relations' | 'signed-in';
  /** Relations whose holders may change the record (default: every relation but enterprise and actor). */
  writers?: readonly string[];
  /** Records anyone may read, anonymous visitors included (published disclosures). */
  publicWhen?: { property: keyof T & string; equals: string | boolean };
  /** Fields only some viewers may read; everyone else gets null. */
  fields?: Readonly<Partial<Record<keyof T & string, FieldRule>>>;
}

export interface Ownership<T = object> {
  entity: EntityClass<T>;
  name: string;
  relations: Readonly<Record<string, Relation>>;
  read: 'relations' | 'signed-in';
  writers: readonly string[];
  publicWhen?: { property: string; equals: string | boolean };
  fields: Readonly<Record<string, FieldRule>>;
}

/** An entity the kit deliberately does not scope, with the reason (greppable: `unowned(`). */
export interface Unowned {
  entity: EntityClass<object>;
  name: string;
  reason: string;
}

const owners = new Map<string, Ownership>();
const exempt = new Map<string, Unowned>();

function defaultWriters(relations: Readonly<Record<string, Relation>>): string[] {
  return Object.entries(relations)
    .filter(([, r]) => r.kind !== 'enterprise' && r.kind !== 'actor')
    .map(([name]) => name);
}

/** Declares who owns `entity`'s records. Call once, beside the entity class. */
export function owned<T extends object>(
  entity: EntityClass<T>,
  spec: OwnershipSpec<T>,
): Ownership<T> {
  const writers = spec.writers ?? defaultWriters(spec.relations);
  for (const name of [
    ...writers,
    ...Object.values<FieldRule | undefined>(spec.fields ?? {}).flatMap((f) => [
      ...(f?.relations ?? []),
      ...(f?.exceptOwnUnit ?? []),
    ]),
  ]) {
    if (!spec.relations[name])
      throw new Error(`owned(${entity.name}): no relation named "${name}"`);
  }
  const ownership: Ownership<T> = {
    entity,
    name: entity.name,
    relations: spec.relations,
    read: spec.read ?? 'relations',
    writers,
    publicWhen: spec.publicWhen,
    fields: (spec.fields ?? {}) as Record<string, FieldRule>,
  };
  owners.set(entity.name, ownership as unknown as Ownership);
  return ownership;
}

/** Says that `entity` is not scoped by the kit, and why (reference data, the audit trail …). */
export function unowned(entity: EntityClass<object>, reason: string): Unowned {
  if (reason.trim().length < 10) throw new Error(`unowned(${entity.name}): say why in a sentence`);
  const declaration = { entity, name: entity.name, reason };
  exempt.set(entity.name, declaration);
  return declaration;
}

export function ownershipOf(entity: EntityClass<object> | string): Ownership | undefined {
  return owners.get(typeof entity === 'string' ? entity : entity.name);
}

/** The declaration for `entity`, or an error naming what is missing. */
export function requireOwnership(entity: EntityClass<object> | string): Ownership {
  const found = ownershipOf(entity);
  if (!found) {
    const name = typeof entity === 'string' ? entity : entity.name;
    throw new Error(
      `${name} has no ownership declaration: add owned(${name}, …) beside the entity`,
    );
  }
  return found;
}

export function isUnowned(entity: EntityClass<object> | string): boolean {
  return exempt.has(typeof entity === 'string' ? entity : entity.name);
}

export function allOwnerships(): Ownership[] {
  return [...owners.values()];
}

export function allUnowned(): Unowned[] {
  return [...exempt.values()];
}

/** Start-up check: every entity of the ORM is either owned or deliberately unowned. */
export function assertEveryEntityDeclared(entityNames: readonly string[]): void {
  const missing = entityNames.filter((name) => !owners.has(name) && !exempt.has(name));
  if (missing.length) {
    throw new Error(
      `These entities have no ownership declaration: ${missing.join(', ')}. ` +
        'Declare owned(Entity, { relations }) beside each (or unowned(Entity, "why")).',
    );
  }
}
