// What a unit's registration and changes must satisfy, as problems keyed by the domain field, so
// that a clerk sees every broken rule at once (the resolver throws them in one BAD_USER_INPUT).
// The functions read plain interfaces (the GraphQL inputs satisfy them) and return the values as
// they will be stored: names normalised, the size class computed (rules/enterprise-size.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  checkNotFuture,
  checkText,
  isUuid,
  Problems,
  type Problem,
} from '@arrears-hub/subgraph-kit';
import { Region } from '../region/region.entity.js';
import { classifyEnterpriseSize, type Industry, type SizeClass } from '../rules/enterprise-size.js';
import { Organisation } from './organisation.entity.js';
import {
  defaultOwnership,
  ENTERPRISE_KINDS,
  type OrganisationKind,
  type OrganisationStatus,
  type Ownership,
} from './organisation.enums.js';
import { organisationsMessages as msg } from '../messages.js';

const MAX_EMPLOYEES = 10_000_000;

/** Facts the size class is judged from, as of a date (the last annual report). */
export interface SizeFacts {
  industry: Industry;
  employees?: number | null;
  revenue?: string | null;
  totalAssets?: string | null;
  asOf: string;
}

export interface OrganisationRegistration {
  name: string;
  shortName?: string | null;
  aliases?: string[] | null;
  kind: OrganisationKind;
  subKind?: string | null;
  creditCode?: string | null;
  regionCode: string;
  parentId?: string | null;
  supervisorId?: string | null;
  ownership?: Ownership | null;
  size?: SizeFacts | null;
}

/** A change: only the fields given change; null clears an optional field. */
export interface OrganisationChanges {
  name?: string | null;
  shortName?: string | null;
  aliases?: string[] | null;
  kind?: OrganisationKind | null;
  subKind?: string | null;
  creditCode?: string | null;
  regionCode?: string | null;
  parentId?: string | null;
  supervisorId?: string | null;
  ownership?: Ownership | null;
  status?: OrganisationStatus | null;
  size?: SizeFacts | null;
}

/** The size columns of the entity, computed from the facts (all null without facts). */
export interface SizeColumns {
  industry: Industry | null;
  employees: number | null;
  revenue: string | null;
  totalAssets: string | null;
  sizeFactsAsOf: string | null;
  sizeClass: SizeClass | null;
  sizeBasis: string | null;
}

/** The unit's own columns as a registration or a change sets them. */
export interface UnitColumns extends SizeColumns {
  name: string;
  shortName: string | null;
  aliases: string[];
  kind: OrganisationKind;
  subKind: string | null;
  creditCode: string | null;
  ownership: Ownership;
  status: OrganisationStatus;
}

export interface Checked<T> {
  problems: Problem[];
  value: T;
}

/** A unit's name as kept: the one text normaliser, then runs of spaces as one. */
function checkName(p: Problems, value: string | null | undefined): string | null {
  return (
    checkText(p, value, 'name', { required: true, min: 1, max: 200 })?.replace(/\s+/g, ' ') ?? null
  );
}

function checkSize(p: Problems, size: SizeFacts | null | undefined): SizeColumns {
  if (!size) {
    return {
      industry: null,
      employees: null,
      revenue: null,
      totalAssets: null,
      sizeFactsAsOf: null,
      sizeClass: null,
      sizeBasis: null,
    };
  }
  const employees = size.employees ?? null;
  p.check(
    employees === null || (employees >= 0 && employees <= MAX_EMPLOYEES),
    'size.employees',
    msg.employeesRange({ max: MAX_EMPLOYEES }),
  );
  checkNotFuture(p, size.asOf, 'size.asOf', msg.sizeDateInFuture());
  const classified = classifyEnterpriseSize(size);
  return {
    industry: size.industry,
    employees,
    revenue: size.revenue ?? null,
    totalAssets: size.totalAssets ?? null,
    sizeFactsAsOf: size.asOf,
    sizeClass: classified.sizeClass,
    sizeBasis: classified.basis,
  };
}

/** 统一社会信用代码 is how an enterprise is identified: no enterprise without one. */
export function enterpriseProblems(
  kind: OrganisationKind,
  creditCode: string | null | undefined,
): Problem[] {
  const p = new Problems();
  p.check(
    !ENTERPRISE_KINDS.has(kind) || !!creditCode,
    'creditCode',
    msg.enterpriseNeedsCreditCode(),
  );
  return p.list;
}

export const MAX_ALIASES = 20;

/** Other names of a unit (教体局 for 教育体育局): each 1–100 characters, at most 20, stored as
 * written (matching normalises them), without repeats. */
export function checkAliases(p: Problems, aliases: readonly string[] | null | undefined): string[] {
  const kept: string[] = [];
  for (const [i, alias] of (aliases ?? []).entries()) {
    const text = checkText(p, alias, `aliases.${i}`, { required: true, max: 100 });
    if (text && !kept.includes(text)) kept.push(text);
  }
  p.check(kept.length <= MAX_ALIASES, 'aliases', msg.tooManyAliases({ max: MAX_ALIASES }));
  return kept;
}

/** Checks a registration; `value` holds the unit's columns (relations are the caller's). */
export function checkRegistration(
  r: OrganisationRegistration,
): Checked<Omit<UnitColumns, 'status'>> {
  const p = new Problems();
  const name = checkName(p, r.name);
  const shortName = checkText(p, r.shortName, 'shortName', { max: 100 });
  const aliases = checkAliases(p, r.aliases);
  const subKind = checkText(p, r.subKind, 'subKind', { max: 100 });
  p.merge(enterpriseProblems(r.kind, r.creditCode));
  const size = checkSize(p, r.size);
  return {
    problems: p.list,
    value: {
      name: name ?? '',
      shortName,
      aliases,
      kind: r.kind,
      subKind,
      creditCode: r.creditCode ?? null,
      ownership: r.ownership ?? defaultOwnership(r.kind),
      ...size,
    },
  };
}

/**
 * Checks a change of unit `id`; `value` holds only the columns that change. Whether the changed
 * unit still has its credit code (an enterprise) depends on the stored row: see
 * enterpriseProblems.
 */
export function checkChanges(id: string, c: OrganisationChanges): Checked<Partial<UnitColumns>> {
  const p = new Problems();
  const value: Partial<UnitColumns> = {};
  if (c.name !== undefined && c.name !== null) value.name = checkName(p, c.name) ?? '';
  if (c.shortName !== undefined)
    value.shortName = checkText(p, c.shortName, 'shortName', { max: 100 });
  if (c.aliases !== undefined) value.aliases = checkAliases(p, c.aliases);
  if (c.kind) value.kind = c.kind;
  if (c.subKind !== undefined) value.subKind = checkText(p, c.subKind, 'subKind', { max: 100 });
  if (c.creditCode !== undefined) value.creditCode = c.creditCode;
  if (c.supervisorId !== undefined && c.supervisorId === id)
    p.add('supervisorId', msg.ownSupervisor());
  if (c.ownership) value.ownership = c.ownership;
  if (c.status) value.status = c.status;
  if (c.size !== undefined) Object.assign(value, checkSize(p, c.size));
  return { problems: p.list, value };
}

/** The region and units a registration or change names must exist (one statement each). */
export async function referenceProblems(
  em: EntityManager,
  refs: { regionCode?: string | null; parentId?: string | null; supervisorId?: string | null },
): Promise<Problem[]> {
  const p = new Problems();
  if (refs.regionCode) {
    const region = await em.findOne(Region, { code: refs.regionCode });
    p.check(!!region, 'regionCode', msg.noSuchRegion({ code: refs.regionCode }));
  }
  for (const field of ['parentId', 'supervisorId'] as const) {
    const id = refs[field];
    if (!id) continue;
    const found = isUuid(id) ? await em.count(Organisation, { id }) : 0;
    p.check(found > 0, field, msg.noSuchUnit({ id }));
  }
  return p.list;
}

/** A unit cannot be its own ancestor: walk up from the proposed parent, in one statement. */
export async function parentCycleProblems(
  em: EntityManager,
  self: string,
  parentId: string,
): Promise<Problem[]> {
  const [hit] = await em.execute<{ found: boolean }[]>(
    `with recursive up(id, parent_id, depth) as (
       select id, parent_id, 0 from organisation where id = ?
       union all
       select o.id, o.parent_id, up.depth + 1 from organisation o join up on o.id = up.parent_id where up.depth < 100
     )
     select exists (select 1 from up where id = ?) as found`,
    [parentId, self],
  );
  return hit?.found ? new Problems().add('parentId', msg.parentCycle()).list : [];
}
