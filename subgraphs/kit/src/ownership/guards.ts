// Every mutation declares what it writes, on the resolver method, next to @Mutation:
//   @Writes(Arrear, 'input.arrearId')                      — changes an existing record
//   @Writes(Clue, 'input.clueId', { as: ['intakeOffice'] }) — …only as holder of some relations
//   @Creates(Arrear, { debtor: 'input.debtorId' })         — creates one for a unit (or a parent)
//   @WritesNothingOwned('why')                             — hub-wide reference data, ADMIN work
// The declared check runs before the resolver body: before any validation, loading, locking or
// version comparison. A record the viewer cannot reach is FORBIDDEN with the one out-of-reach
// message, whether it lies outside the jurisdiction or does not exist, so a refusal never tells
// which. A schema with an undeclared mutation does not start (assertEveryMutationGuarded).
import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createMethodMiddlewareDecorator, getMetadataStorage } from 'type-graphql';
import {
  ForbiddenError,
  isUuid,
  NotFoundError,
  OutOfReachError,
  UserInputError,
  type Message,
} from '@arrears-hub/protocol';
import type { SubgraphContext } from '../context.js';
import { jurisdictionOf } from '../jurisdiction.js';
import { kitMessages as msg } from '../messages.js';
import { applyUnitRefs } from '../unit-refs.js';
import { isUnowned, ownershipOf, requireOwnership, type Ownership } from './declare.js';
import { unscoped } from './filter.js';
import { canRead, heldRelations } from './scope.js';

export type WriteGuard =
  | { kind: 'writes'; entity: string; path: string; as?: readonly string[] }
  | {
      kind: 'creates';
      entity: string;
      relations: Readonly<Record<string, string>>;
      as?: readonly string[];
    }
  /** A batch over the rows the viewer's own filter selects (escalate my overdue cases). */
  | { kind: 'selected'; entity: string; reason: string }
  /** A record anyone with the role may create, whatever it names (a complaint about any unit). */
  | { kind: 'open'; entity: string; reason: string }
  | { kind: 'none'; reason: string };

interface GuardRecord {
  target: Function;
  methodName: string;
  guard: WriteGuard;
}

const guards: GuardRecord[] = [];

/** The value at a dotted path of the resolver's arguments ("input.arrearId"). */
function valueAt(args: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      args,
    );
}

function idsAt(args: Record<string, unknown>, path: string): string[] {
  const value = valueAt(args, path);
  if (value === undefined || value === null) return [];
  const ids = Array.isArray(value) ? value : [value];
  for (const id of ids) {
    if (typeof id !== 'string' || !isUuid(id))
      throw new UserInputError(msg.notAnId({ id: String(id) }), path);
  }
  return ids as string[];
}

/** Loads a row for the check itself, in a throw-away fork (filters off: this is the check). */
/**
 * Loads a row for the check itself (filters off: this is the check). Inside a transaction pass its
 * `em`: a separate fork would wait for a second pool connection while the transaction holds one,
 * and enough concurrent writes would exhaust the pool.
 */
function checkLoader(ctx: SubgraphContext, inTransaction?: EntityManager) {
  const em = inTransaction ?? ctx.em.fork();
  return (entity: EntityClass<object>, id: string) =>
    em.findOne(
      entity,
      { id } as Record<string, unknown>,
      unscoped('the write check reads the row it judges'),
    ) as Promise<Record<string, unknown> | null>;
}

const mayNotAct = (ownership: Ownership, writers: readonly string[]) =>
  new ForbiddenError(msg.readOnlyForYou({ record: ownership.name, writers }), {
    reason: 'NOT_A_WRITER',
  });

/**
 * The write check for an existing record: FORBIDDEN unless the viewer holds one of the writer
 * relations (or `as`). Missing and unreachable records get the same answer for a restricted
 * viewer; an unrestricted one passes (the change itself then says NOT_FOUND).
 */
export async function assertMayWrite(
  ctx: SubgraphContext,
  entity: EntityClass<object> | string,
  id: string,
  as?: readonly string[],
  em?: EntityManager,
): Promise<void> {
  // Unowned entities (reference data) have nothing to check: their mutations declare
  // @WritesNothingOwned and @Authorized says who may call them.
  if (!ownershipOf(entity) && isUnowned(entity)) return;
  const ownership = requireOwnership(entity);
  const j = await jurisdictionOf(ctx);
  if (j.all) return;
  const load = checkLoader(ctx, em);
  const row = await load(ownership.entity, id);
  if (!row || !(await canRead(ownership, j, row, load))) throw new OutOfReachError();
  const writers = as ?? ownership.writers;
  const held = await heldRelations(ownership, j, row, load);
  if (!writers.some((w) => held.has(w))) throw mayNotAct(ownership, writers);
}

/** Whether the viewer may read `row` of `entity` (for a row loaded without the filter, or data
 * not from the database): the same rule as the filter, as a predicate. */
export async function mayRead(
  ctx: SubgraphContext,
  entity: EntityClass<object> | string,
  row: object,
): Promise<boolean> {
  return canRead(
    requireOwnership(entity),
    await jurisdictionOf(ctx),
    row as Record<string, unknown>,
    checkLoader(ctx),
  );
}

/** The check for a new record: the viewer must hold a writer relation on the data it names. */
export async function assertMayCreate(
  ctx: SubgraphContext,
  entity: EntityClass<object> | string,
  data: Record<string, unknown>,
  as?: readonly string[],
  em?: EntityManager,
): Promise<void> {
  // Unowned entities (reference data) have nothing to check: their mutations declare
  // @WritesNothingOwned and @Authorized says who may call them.
  if (!ownershipOf(entity) && isUnowned(entity)) return;
  const ownership = requireOwnership(entity);
  const j = await jurisdictionOf(ctx);
  if (j.all) return;
  const load = checkLoader(ctx, em);
  const held = await heldRelations(ownership, j, data, load);
  const writers = as ?? ownership.writers;
  if (!writers.some((w) => held.has(w))) throw new OutOfReachError();
}

function register(target: object, methodName: string | symbol, guard: WriteGuard): void {
  guards.push({ target: target.constructor, methodName: String(methodName), guard });
}

/** This mutation changes the `entity` record(s) whose id(s) the argument at `path` holds. */
export function Writes(
  entity: EntityClass<object>,
  path: string,
  options: { as?: readonly string[] } = {},
): MethodDecorator {
  return (target, methodName, descriptor) => {
    register(target, methodName, { kind: 'writes', entity: entity.name, path, as: options.as });
    return createMethodMiddlewareDecorator<SubgraphContext>(async ({ args, context }, next) => {
      // Units named by UnitRef (@UnitRefs) become the ids checked here.
      await applyUnitRefs(target.constructor, String(methodName), args, context);
      for (const id of idsAt(args, path)) await assertMayWrite(context, entity, id, options.as);
      return next();
    })(target, methodName, descriptor);
  };
}

/**
 * This mutation creates an `entity` record; `relations` maps the record's relations to the
 * argument paths that name them ({ debtor: 'input.debtorId' } or, for a child, { debt:
 * 'input.arrearId' }). A relation whose argument is absent is left to createEntity's own check.
 */
export function Creates(
  entity: EntityClass<object>,
  relations: Readonly<Record<string, string>>,
  options: { as?: readonly string[] } = {},
): MethodDecorator {
  const middleware = (owner: Function, method: string) =>
    createMethodMiddlewareDecorator<SubgraphContext>(async ({ args, context }, next) => {
      // Units named by UnitRef (@UnitRefs) become the ids checked here.
      await applyUnitRefs(owner, method, args, context);
      const ownership = requireOwnership(entity);
      const data: Record<string, unknown> = {};
      for (const [name, path] of Object.entries(relations)) {
        const relation = ownership.relations[name];
        if (!relation) throw new Error(`@Creates(${entity.name}): no relation ${name}`);
        const value = valueAt(args, path);
        if (value === undefined || value === null) continue;
        if (relation.kind !== 'region') idsAt(args, path);
        data[relation.property] = value;
      }
      if (Object.keys(data).length) await assertMayCreate(context, entity, data, options.as);
      return next();
    });
  return (target, methodName, descriptor) => {
    register(target, methodName, {
      kind: 'creates',
      entity: entity.name,
      relations,
      as: options.as,
    });
    return middleware(target.constructor, String(methodName))(target, methodName, descriptor);
  };
}

/**
 * This mutation works on the rows of `entity` the viewer's jurisdiction filter selects (a batch such
 * as "escalate the overdue cases"), never on rows it names: nothing to check before it runs, since
 * it can only reach what the viewer may read. Each row it changes still goes through changeEntity.
 */
export function WritesSelected(entity: EntityClass<object>, reason: string): MethodDecorator {
  return (target, methodName) => {
    register(target, methodName, { kind: 'selected', entity: entity.name, reason });
  };
}

/**
 * Anyone whose role @Authorized lets in may create an `entity` record naming any unit (a complaint
 * names the unit complained about, which is not the filer's to own). Say why.
 */
export function CreatesOpen(entity: EntityClass<object>, reason: string): MethodDecorator {
  return (target, methodName) => {
    register(target, methodName, { kind: 'open', entity: entity.name, reason });
  };
}

/** This mutation writes no owned record (the hub-wide calendar, a region's code list); say why. */
export function WritesNothingOwned(reason: string): MethodDecorator {
  return (target, methodName) => {
    register(target, methodName, { kind: 'none', reason });
  };
}

export type DescribedGuard = WriteGuard & { roles: readonly string[] | null | 'anyone' };

/** The declared guards of every mutation (a mutation may stack several, e.g. writing an audit and
 * creating its finding), by schema name, with the roles @Authorized lets in (null: any signed-in
 * viewer; 'anyone' when there is no @Authorized). */
export function mutationGuards(): Map<string, DescribedGuard[]> {
  const storage = getMetadataStorage();
  const result = new Map<string, DescribedGuard[]>();
  for (const mutation of storage.mutations) {
    const own = guards.filter(
      (g) => g.target === mutation.target && g.methodName === mutation.methodName,
    );
    if (!own.length) continue;
    const authorized =
      storage.authorizedFields.find(
        (a) => a.target === mutation.target && a.fieldName === mutation.methodName,
      ) ?? storage.authorizedResolver.find((a) => a.target === mutation.target);
    const roles = authorized
      ? authorized.roles.length
        ? (authorized.roles as string[])
        : null
      : 'anyone';
    result.set(
      mutation.schemaName,
      own.map((g) => ({ ...g.guard, roles })),
    );
  }
  return result;
}

/** Start-up check: every mutation of `mutationNames` declares what it writes. */
export function assertEveryMutationGuarded(mutationNames: readonly string[]): void {
  const declared = mutationGuards();
  const missing = mutationNames.filter((name) => !declared.has(name));
  if (missing.length) {
    throw new Error(
      `These mutations do not declare what they write: ${missing.join(', ')}. ` +
        'Add @Writes(Entity, "input.id"), @Creates(Entity, { relation: "input.x" }) or @WritesNothingOwned("why").',
    );
  }
}

/**
 * The answer for a record another subgraph owns that its contract did not return for this viewer:
 * FORBIDDEN with the one out-of-reach message for a restricted viewer (it may exist, outside its
 * reach), NOT_FOUND for an unrestricted one (then it truly does not exist).
 */
export async function outOfReach(
  ctx: SubgraphContext,
  label: Message,
  id: string,
  field?: string,
): Promise<never> {
  if ((await jurisdictionOf(ctx)).all) throw new NotFoundError(label, id, field);
  throw new OutOfReachError();
}
