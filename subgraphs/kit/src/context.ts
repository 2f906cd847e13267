// What every resolver receives: a fresh EntityManager fork, the verified viewer, and this request's
// DataLoaders. Nothing here outlives the request.
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import type { Viewer } from '@arrears-hub/protocol';
import { installJurisdictionFilter } from './ownership/filter.js';

export interface SubgraphContext {
  /** This request's EntityManager, with the jurisdiction filter on (ownership/filter.ts). */
  em: EntityManager;
  /** The person asking: the gateway's signed viewer, or, on an internal contract call, the
   * person the calling subgraph acts for. */
  viewer: Viewer;
  /** Set on internal contract calls: the calling subgraph. */
  callerService?: string;
  requestId: string;
  /** Per-request DataLoaders, created lazily by `defineLoader(...).load(ctx, key)`. */
  loaders: Map<unknown, DataLoader<unknown, unknown>>;
  /** Other per-request values computed once (e.g. the viewer's jurisdiction). */
  memo: Map<symbol, unknown>;
}

/** A request context for `viewer` on a fresh fork of `em`, with the jurisdiction filter on. The
 * kit makes one per GraphQL request and per contract call; jobs and seeders make their own. */
export function createRequestContext(
  rootEm: EntityManager,
  viewer: Viewer,
  options: { requestId?: string; callerService?: string } = {},
): SubgraphContext {
  const ctx: SubgraphContext = {
    em: rootEm.fork(),
    viewer,
    requestId: options.requestId ?? randomUUID(),
    loaders: new Map(),
    memo: new Map(),
    ...(options.callerService ? { callerService: options.callerService } : {}),
  };
  installJurisdictionFilter(ctx.em, ctx);
  return ctx;
}

export type BatchLoad<K, V> = (
  keys: readonly K[],
  ctx: SubgraphContext,
) => Promise<readonly (V | Error)[]>;

export interface LoaderDefinition<K, V> {
  load(ctx: SubgraphContext, key: K): Promise<V>;
  loadMany(ctx: SubgraphContext, keys: readonly K[]): Promise<V[]>;
}

/**
 * Declares a DataLoader once, at module level; each request gets its own instance on first use.
 * All loads of one tick become one batch, so a list of N rows costs one statement, not N.
 * `cacheKey` turns composite keys (objects) into strings.
 */
export function defineLoader<K, V>(
  batch: BatchLoad<K, V>,
  options: { cacheKey?: (key: K) => string } = {},
): LoaderDefinition<K, V> {
  const token = {};
  const of = (ctx: SubgraphContext): DataLoader<K, V, unknown> => {
    let loader = ctx.loaders.get(token) as DataLoader<K, V, unknown> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, unknown>((keys) => batch(keys, ctx), {
        cacheKeyFn: options.cacheKey,
        maxBatchSize: 1000,
      });
      ctx.loaders.set(token, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  };
  return {
    load: (ctx, key) => of(ctx).load(key),
    loadMany: async (ctx, keys) => {
      const results = await of(ctx).loadMany(keys);
      return results.map((r) => {
        if (r instanceof Error) throw r;
        return r;
      });
    },
  };
}

/** Orders batch results to match the keys: the shape DataLoader requires. */
export function byKeys<K, V>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
): (V | null)[] {
  const index = new Map<K, V>();
  for (const row of rows) index.set(keyOf(row), row);
  return keys.map((k) => index.get(k) ?? null);
}

/** Groups batch results per key (one-to-many), in the keys' order. */
export function groupByKeys<K, V>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}
