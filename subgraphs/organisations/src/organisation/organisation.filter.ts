// The condition `organisations(filter:)` asks for, as a MikroORM condition. The viewer's
// jurisdiction is not part of it: the kit's filter adds that to every read.
import type { FilterQuery } from '@mikro-orm/core';
import {
  requireId,
  UserInputError,
  uuidList,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { regionByCode } from '../region/region.loaders.js';
import type { SizeClass } from '../rules/enterprise-size.js';
import type { Organisation } from './organisation.entity.js';
import type { OrganisationKind, OrganisationStatus } from './organisation.enums.js';
import { organisationsMessages as msg } from '../messages.js';

const MAX_IDS = 500;

/** What a list of units can be narrowed by (OrganisationFilter satisfies it). */
export interface UnitFilter {
  ids?: string[] | null;
  kinds?: OrganisationKind[] | null;
  regionCode?: string | null;
  includeSubregions: boolean;
  statuses?: OrganisationStatus[] | null;
  nameContains?: string | null;
  creditCode?: string | null;
  sizeClasses?: SizeClass[] | null;
  supervisorId?: string | null;
  parentId?: string | null;
}

/** `%text%` for LIKE, with LIKE's own wildcards taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function organisationWhere(
  filter: UnitFilter | null,
  ctx: SubgraphContext,
): Promise<FilterQuery<Organisation>> {
  if (!filter) return {};
  const and: FilterQuery<Organisation>[] = [];
  if (filter.ids) and.push({ id: { $in: uuidList(filter.ids, 'filter.ids', MAX_IDS) } });
  if (filter.kinds?.length) and.push({ kind: { $in: filter.kinds } });
  if (filter.statuses?.length) and.push({ status: { $in: filter.statuses } });
  if (filter.sizeClasses?.length) and.push({ sizeClass: { $in: filter.sizeClasses } });
  if (filter.creditCode) and.push({ creditCode: filter.creditCode });
  if (filter.supervisorId)
    and.push({ supervisor: requireId(filter.supervisorId, 'filter.supervisorId') });
  if (filter.parentId) and.push({ parent: requireId(filter.parentId, 'filter.parentId') });
  const name = filter.nameContains?.trim();
  if (name) {
    const pattern = containing(name);
    and.push({ $or: [{ name: { $like: pattern } }, { shortName: { $like: pattern } }] });
  }
  if (filter.regionCode) {
    const region = await regionByCode.load(ctx, filter.regionCode);
    if (!region)
      throw new UserInputError(msg.noSuchRegion({ code: filter.regionCode }), 'filter.regionCode');
    and.push(
      filter.includeSubregions
        ? { region: { path: { $like: `${region.path}%` } } }
        : { region: region.code },
    );
  }
  return and.length ? { $and: and } : {};
}
