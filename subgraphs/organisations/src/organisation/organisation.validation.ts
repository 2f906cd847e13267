// Checks shared by registerOrganisation and updateOrganisation. Each failure names the input field.
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, todayInChina, UserInputError } from '@arrears-hub/subgraph-kit';
import { ENTERPRISE_KINDS, OrganisationKind, Ownership } from '../entities/enums.js';
import { Organisation } from '../entities/organisation.entity.js';
import { Region } from '../entities/region.entity.js';
import { classifyEnterpriseSize } from '../rules/enterprise-size.js';
import type { SizeFactsInput } from './organisation.inputs.js';

const MAX_EMPLOYEES = 10_000_000;

export function cleanName(value: string, field: string, max: number): string {
  const name = value.replace(/\s+/g, ' ').trim();
  if (!name) throw new UserInputError('The name cannot be empty.', field);
  if (name.length > max)
    throw new UserInputError(`At most ${max} characters; this has ${name.length}.`, field);
  return name;
}

export function cleanOptionalText(
  value: string | null | undefined,
  field: string,
  max: number,
): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (!text) return null;
  if (text.length > max)
    throw new UserInputError(`At most ${max} characters; this has ${text.length}.`, field);
  return text;
}

export function defaultOwnership(kind: OrganisationKind): Ownership {
  switch (kind) {
    case OrganisationKind.STATE_OWNED_ENTERPRISE:
      return Ownership.STATE_OWNED;
    case OrganisationKind.LARGE_ENTERPRISE:
    case OrganisationKind.PRIVATE_ENTERPRISE:
      return Ownership.PRIVATE;
    default:
      return Ownership.PUBLIC_SECTOR;
  }
}

export function requireCreditCodeForEnterprise(
  kind: OrganisationKind,
  creditCode: string | null | undefined,
  field: string,
): void {
  if (ENTERPRISE_KINDS.has(kind) && !creditCode) {
    throw new UserInputError(
      'Enterprises must be registered with their unified social credit code (统一社会信用代码).',
      field,
    );
  }
}

export async function requireRegion(
  em: EntityManager,
  code: string,
  field: string,
): Promise<Region> {
  const region = await em.findOne(Region, { code });
  if (!region) throw new UserInputError(`There is no region with code "${code}".`, field);
  return region;
}

export async function requireOrganisation(
  em: EntityManager,
  id: string,
  field: string,
): Promise<Organisation> {
  const organisation = isUuid(id) ? await em.findOne(Organisation, { id }) : null;
  if (!organisation) throw new UserInputError(`There is no unit with id "${id}".`, field);
  return organisation;
}

/** A unit cannot be its own ancestor: walk up from the proposed parent, in one statement. */
export async function refuseParentCycle(
  em: EntityManager,
  self: string,
  parent: Organisation,
  field: string,
): Promise<void> {
  const [hit] = await em.execute<{ found: boolean }[]>(
    `with recursive up(id, parent_id, depth) as (
       select id, parent_id, 0 from organisation where id = ?
       union all
       select o.id, o.parent_id, up.depth + 1 from organisation o join up on o.id = up.parent_id where up.depth < 100
     )
     select exists (select 1 from up where id = ?) as found`,
    [parent.id, self],
  );
  if (hit?.found)
    throw new UserInputError(
      'A unit cannot be placed under itself or under one of its own subsidiaries.',
      field,
    );
}

export interface SizeColumns {
  industry: Organisation['industry'];
  employees: number | null;
  revenue: string | null;
  totalAssets: string | null;
  sizeFactsAsOf: string | null;
  sizeClass: Organisation['sizeClass'];
  sizeBasis: string | null;
}

export function sizeColumns(size: SizeFactsInput | null | undefined, field: string): SizeColumns {
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
  if (
    size.employees !== null &&
    size.employees !== undefined &&
    (size.employees < 0 || size.employees > MAX_EMPLOYEES)
  ) {
    throw new UserInputError(
      `Employees must be between 0 and ${MAX_EMPLOYEES}.`,
      `${field}.employees`,
    );
  }
  if (size.asOf > todayInChina())
    throw new UserInputError('The size facts cannot be dated in the future.', `${field}.asOf`);
  const classified = classifyEnterpriseSize(size);
  return {
    industry: size.industry,
    employees: size.employees ?? null,
    revenue: size.revenue ?? null,
    totalAssets: size.totalAssets ?? null,
    sizeFactsAsOf: size.asOf,
    sizeClass: classified.sizeClass,
    sizeBasis: classified.basis,
  };
}
