// A loader of first pages per parent (a unit's debts, a project's debts, a unit's submissions):
// every parent of one tick in two statements, whatever their number, through the kit's
// pagesPerParent (which applies the entity's jurisdiction scope itself). The kit used to offer
// this as defineChildPagesLoader; until it does again, it lives here.
import {
  defineLoader,
  pagesPerParent,
  type Connection,
  type LoaderDefinition,
  type SortDirection,
} from '@arrears-hub/subgraph-kit';
import type { EntityClass } from '@mikro-orm/core';

export interface ChildPageKey {
  parentId: string;
  first?: number | null;
  after?: string | null;
}

const pageKey = (k: ChildPageKey) => `${k.parentId}|${k.first ?? ''}|${k.after ?? ''}`;

export function childPagesLoader<T extends { id: string }>(options: {
  entity: EntityClass<T>;
  parentProperty: string;
  sortProperty: string;
  direction?: SortDirection;
}): LoaderDefinition<ChildPageKey, Connection<T>> {
  return defineLoader<ChildPageKey, Connection<T>>(
    async (keys, ctx) => {
      // Keys asking for the same page size and cursor share one pair of statements.
      const groups = new Map<string, ChildPageKey[]>();
      for (const key of keys) {
        const group = `${key.first ?? ''}|${key.after ?? ''}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const pages = new Map<string, Connection<T>>();
      for (const group of groups.values()) {
        const result = await pagesPerParent(ctx, {
          ...options,
          parentIds: group.map((k) => k.parentId),
          first: group[0]!.first,
          after: group[0]!.after,
        });
        for (const key of group) pages.set(pageKey(key), result.get(key.parentId)!);
      }
      return keys.map((k) => pages.get(pageKey(k))!);
    },
    { cacheKey: pageKey },
  );
}
