// Units named the way people name them (issue 18): an input that takes a unit or an enterprise
// takes it as `{ id }`, `{ creditCode }` or `{ name }`, exactly one. Ids and credit codes are
// looked up in the unit directory (cached: no call), names through the organisations subgraph's
// PARTY_MATCHES contract (name exact, or by the unit's short name and aliases, also after the
// region's name: 达拉特旗教体局). A whole request's references are resolved in one batch: at most
// one PARTY_MATCHES call and one directory reload, whatever their number.
//
// A mutation declares its references with @UnitRefs beside its write check:
//   @Creates(Arrear, { debtor: 'input.debtorId' })
//   @UnitRefs({ ref: 'input.debtor', id: 'input.debtorId', ownUnit: true },
//             { ref: 'input.creditor', id: 'input.creditorId' })
// The references are resolved before the write check reads an id (it calls applyUnitRefs first,
// whatever order the decorators run in) and their ids written into the old `…Id` argument, so the
// write check, the validation and the resolver see an id as before: a unit named outside the
// viewer's reach gets the same out-of-reach refusal as by id.
import { Field, ID, InputType, createMethodMiddlewareDecorator } from 'type-graphql';
import { isUuid, Problems, UserInputError } from '@arrears-hub/protocol';
import type { SubgraphContext } from './context.js';
import { postContract } from './contracts/call.js';
import {
  PARTY_MATCHES,
  type DirectoryUnit,
  type PartyMatch,
  type PartyQuery,
} from './contracts/catalogue.js';
import { kitMessages as msg } from './messages.js';
import { CreditCodeScalar } from './scalars.js';
import { unitDirectory } from './unit-directory.js';

@InputType({
  description:
    'A unit or an enterprise, named in exactly one way: its id, its 统一社会信用代码, or its name (exact, or the registry’s short name or an alias such as 教体局 for 教育体育局, also after the region’s name). An ambiguous name is refused with the candidates in extensions.candidates.',
})
export class UnitRef {
  @Field(() => ID, { nullable: true, description: 'The Organisation id.' })
  id?: string | null;

  @Field(() => CreditCodeScalar, { nullable: true, description: '统一社会信用代码.' })
  creditCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The name as people write it (full name, short name or alias; at most 200).',
  })
  name?: string | null;
}

/** How a reference was resolved. */
export type UnitRefMatchedBy = 'ID' | 'CREDIT_CODE' | 'NAME' | 'ALIAS';

export interface ResolvedUnitRef {
  id: string;
  /** The unit as the directory knows it; null for an id the directory does not have (left to the
   * write check and the validation, as an id given in the old `…Id` field is). */
  unit: DirectoryUnit | null;
  matchedBy: UnitRefMatchedBy;
}

/** One unit of a candidates list (extensions.candidates of an ambiguous name). */
export interface UnitCandidate {
  id: string;
  name: string;
  creditCode: string | null;
  regionCode: string;
}

/** Who answers names: the organisations subgraph's PARTY_MATCHES contract, or (in the
 * organisations subgraph itself, and in tests) a local matcher. */
export type PartyMatcher = (parties: PartyQuery[]) => Promise<PartyMatch[]>;

let localMatcher: PartyMatcher | undefined;

/** The organisations subgraph answers names from its own database. */
export function useLocalPartyMatcher(matcher: PartyMatcher | undefined): void {
  localMatcher = matcher;
}

const matchParties: PartyMatcher = (parties) =>
  localMatcher ? localMatcher(parties) : postContract(null, PARTY_MATCHES, { parties });

const MAX_NAME = 200;

/** The way `ref` names its unit, or a refusal when it names it in none or several. */
function wayOf(ref: UnitRef, field: string): 'id' | 'creditCode' | 'name' {
  const given = (['id', 'creditCode', 'name'] as const).filter(
    (k) => ref[k] !== undefined && ref[k] !== null && String(ref[k]).trim() !== '',
  );
  if (given.length !== 1) throw new UserInputError(msg.unitRefOneWay(), field);
  const way = given[0]!;
  if (way === 'id' && !isUuid(ref.id!))
    throw new UserInputError(msg.notAnId({ id: String(ref.id) }), `${field}.id`);
  if (way === 'name' && ref.name!.length > MAX_NAME)
    throw new UserInputError(msg.unitRefUnknownName({ name: ref.name!.slice(0, 40) }), field);
  return way;
}

/** The region names are looked for in first: the viewer's, or its unit's. */
async function regionHint(ctx: SubgraphContext): Promise<string | null> {
  if (ctx.viewer.regionCode) return ctx.viewer.regionCode;
  const own = ctx.viewer.organisationId;
  if (!own || !isUuid(own)) return null;
  return (await unitDirectory().get([own])).get(own)?.regionCode ?? null;
}

const candidate = (unit: DirectoryUnit): UnitCandidate => ({
  id: unit.id,
  name: unit.name,
  creditCode: unit.creditCode,
  regionCode: unit.regionCode,
});

/**
 * Resolves every reference of a request at once, in order. `field` is where each came from
 * ("input.debtor"), for the refusal: BAD_USER_INPUT when a reference names its unit in none or
 * several ways, by an id that is no id, by a credit code or a name the registry does not know, or
 * by a name that fits several units (then `extensions.candidates` lists them: id, name, credit
 * code, region). Costs at most one PARTY_MATCHES call (all the names) and one directory reload
 * (a credit code not in the cached copy), whatever the number of references.
 */
export async function resolveUnitRefs(
  ctx: SubgraphContext,
  refs: readonly { ref: UnitRef; field: string }[],
): Promise<ResolvedUnitRef[]> {
  if (!refs.length) return [];
  const ways = refs.map(({ ref, field }) => wayOf(ref, field));
  const directory = unitDirectory();
  const pick = (way: 'id' | 'creditCode' | 'name') =>
    refs.map((r, i) => ({ ...r, i })).filter((_, i) => ways[i] === way);
  const byId = pick('id');
  const byCode = pick('creditCode');
  const byName = pick('name');
  const region = byName.length ? await regionHint(ctx) : null;
  const [units, codes, matches] = await Promise.all([
    byId.length ? directory.get(byId.map((r) => r.ref.id!)) : new Map<string, DirectoryUnit>(),
    byCode.length
      ? directory.byCreditCode(byCode.map((r) => r.ref.creditCode!))
      : new Map<string, DirectoryUnit>(),
    byName.length
      ? matchParties(
          byName.map((r) => ({ name: r.ref.name!.trim(), creditCode: null, regionCode: region })),
        )
      : [],
  ]);
  const resolved: ResolvedUnitRef[] = new Array<ResolvedUnitRef>(refs.length);
  for (const { ref, i } of byId) {
    resolved[i] = { id: ref.id!, unit: units.get(ref.id!) ?? null, matchedBy: 'ID' };
  }
  for (const { ref, field, i } of byCode) {
    const unit = codes.get(ref.creditCode!);
    if (!unit)
      throw new UserInputError(
        msg.unitRefUnknownCreditCode({ creditCode: ref.creditCode! }),
        `${field}.creditCode`,
      );
    resolved[i] = { id: unit.id, unit, matchedBy: 'CREDIT_CODE' };
  }
  const named = byName.map((r, k) => ({ ...r, match: matches[k] }));
  const candidateIds = named.flatMap((n) => (n.match?.unitId ? [] : (n.match?.candidateIds ?? [])));
  const matchedIds = named.flatMap((n) => (n.match?.unitId ? [n.match.unitId] : []));
  const known =
    candidateIds.length || matchedIds.length
      ? await directory.get([...new Set([...candidateIds, ...matchedIds])])
      : new Map<string, DirectoryUnit>();
  for (const { ref, field, i, match } of named) {
    const name = ref.name!.trim();
    if (match?.unitId) {
      resolved[i] = {
        id: match.unitId,
        unit: known.get(match.unitId) ?? null,
        matchedBy: match.matchedBy === 'ALIAS' ? 'ALIAS' : 'NAME',
      };
      continue;
    }
    const candidates = (match?.candidateIds ?? [])
      .map((id) => known.get(id))
      .filter((u): u is DirectoryUnit => !!u)
      .map(candidate);
    if (candidates.length > 1)
      throw new UserInputError(
        msg.unitRefAmbiguous({
          name,
          count: candidates.length,
          names: candidates.map((c) => `${c.name} ${c.creditCode ?? c.regionCode}`).join('；'),
        }),
        `${field}.name`,
        { candidates },
      );
    throw new UserInputError(msg.unitRefUnknownName({ name }), `${field}.name`);
  }
  return resolved;
}

/** The value at a dotted path of a resolver's arguments ("input.debtor"). */
function valueAt(args: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      args,
    );
}

function setAt(args: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = valueAt(args, keys.join('.'));
  if (parent && typeof parent === 'object') (parent as Record<string, unknown>)[last] = value;
}

const given = (value: unknown) => value !== undefined && value !== null;

export interface UnitRefArgument {
  /** Where the UnitRef is: "input.debtor". */
  ref: string;
  /** The id argument it stands for, filled in once resolved: "input.debtorId". */
  id: string;
  /** Left out (neither given): the viewer's own unit, when its token carries one (a BUREAU
   * clerk's). */
  ownUnit?: boolean;
}

/** Whose own unit is the default of an `ownUnit` reference: a clerk whose token names its unit. */
function ownUnitOf(ctx: SubgraphContext): string | null {
  const { viewer } = ctx;
  return viewer.roles.includes('BUREAU') && viewer.organisationId ? viewer.organisationId : null;
}

/** The references each mutation declares (by resolver class and method), so that the write check
 * can resolve them first whatever order the middlewares run in. */
const declared = new Map<Function, Map<string, readonly UnitRefArgument[]>>();
/** One resolution per call: the write check and @UnitRefs' own middleware share it. */
const applied = new WeakMap<object, Promise<void>>();

async function fill(
  fields: readonly UnitRefArgument[],
  args: Record<string, unknown>,
  ctx: SubgraphContext,
): Promise<void> {
  const wanted: { ref: UnitRef; field: string; id: string }[] = [];
  for (const f of fields) {
    const ref = valueAt(args, f.ref);
    const id = valueAt(args, f.id);
    const idName = f.id.split('.').pop()!;
    const refName = f.ref.split('.').pop()!;
    if (given(ref) && given(id))
      throw new UserInputError(msg.unitRefTwice({ id: idName, ref: refName }), f.ref);
    if (given(ref)) wanted.push({ ref: ref as UnitRef, field: f.ref, id: f.id });
    else if (!given(id) && f.ownUnit) {
      const own = ownUnitOf(ctx);
      if (own) setAt(args, f.id, own);
    }
  }
  const resolved = await resolveUnitRefs(ctx, wanted);
  wanted.forEach((w, i) => setAt(args, w.id, resolved[i]!.id));
}

/**
 * Resolves the UnitRefs that the mutation `methodName` of resolver class `target` declares, into
 * its `…Id` arguments, once per call (`args` is the call's). The write checks (@Creates, @Writes)
 * call it before they read an id, so a unit named by a UnitRef is checked as one given by id.
 */
export function applyUnitRefs(
  target: Function,
  methodName: string,
  args: Record<string, unknown>,
  ctx: SubgraphContext,
): Promise<void> {
  const fields = declared.get(target)?.get(methodName);
  if (!fields) return Promise.resolve();
  let done = applied.get(args);
  if (!done) {
    done = fill(fields, args, ctx);
    applied.set(args, done);
  }
  return done;
}

/**
 * The mutation takes these units as UnitRefs beside their old `…Id` arguments. Both given is
 * refused; the resolved id is written into the `…Id` argument before the write check reads it
 * (the check calls applyUnitRefs first). A reference left out stays out (the validation says that
 * it is required, after the write check), unless `ownUnit` gives the viewer's own unit.
 */
export function UnitRefs(...fields: readonly UnitRefArgument[]): MethodDecorator {
  return (target, methodName, descriptor) => {
    const owner = target.constructor;
    const name = String(methodName);
    if (!declared.has(owner)) declared.set(owner, new Map());
    declared.get(owner)!.set(name, fields);
    return createMethodMiddlewareDecorator<SubgraphContext>(async ({ args, context }, next) => {
      await applyUnitRefs(owner, name, args, context);
      return next();
    })(target, methodName, descriptor);
  };
}

/** The refusal for a unit left out that the mutation needs (its `…Id` and its UnitRef both
 * absent), for the validation: add it to the problems under the UnitRef's field. */
export function unitRefRequired(field: string) {
  return msg.unitRefRequired({ field });
}

/**
 * In the resolver body (after the write check): refuses, with every one named, the units a
 * mutation needs that were left out, given neither as `…Id` nor as UnitRef (and not defaulted to
 * the viewer's own). `units` maps each id key of `input` to its UnitRef key: { unitId: 'unit' }.
 */
export function requireNamedUnits(
  input: object,
  units: Readonly<Record<string, string>>,
  argument = 'input',
): void {
  const problems = new Problems();
  for (const [id, ref] of Object.entries(units))
    if (!given((input as Record<string, unknown>)[id])) problems.add(ref, unitRefRequired(ref));
  problems.throwIfAny(argument);
}
