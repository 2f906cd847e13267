// The default-on jurisdiction filter: every find/findOne/count/populate of an owned entity in a
// request's EntityManager carries the viewer's ownership condition. Leaving it off is explicit and
// greppable: `unscoped('why')`.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SubgraphContext } from '../context.js';
import { jurisdictionOf } from '../jurisdiction.js';
import { allOwnerships, ownershipOf } from './declare.js';
import { ormCondition } from './scope.js';

export const JURISDICTION_FILTER = 'jurisdiction';

/** Registers the filter on the request's EntityManager (the kit does it for every request). */
export function installJurisdictionFilter(
  em: EntityManager,
  ctx: Pick<SubgraphContext, 'viewer' | 'memo'>,
): void {
  const entities = allOwnerships().map((o) => o.entity);
  if (!entities.length) return;
  em.addFilter({
    name: JURISDICTION_FILTER,
    default: true,
    args: false,
    entity: entities,
    cond: async (_args, _type, _em, _options, entityName) => {
      const ownership = entityName ? ownershipOf(entityName) : undefined;
      if (!ownership) return {};
      return ormCondition(ownership, await jurisdictionOf(ctx));
    },
  });
}

const reasons = new Map<string, number>();

/**
 * Find options that leave the jurisdiction filter off, for one call, with the reason. Use it where
 * the answer is checked another way (the write check itself) or is not about any one viewer (the
 * demo seeder, uniqueness checks). The reasons are counted for /debug/stats.
 */
export function unscoped(reason: string): { filters: { [JURISDICTION_FILTER]: false } } {
  reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  return { filters: { [JURISDICTION_FILTER]: false } };
}

export function unscopedReasons(): Record<string, number> {
  return Object.fromEntries(reasons);
}
