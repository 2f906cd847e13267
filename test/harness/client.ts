// How tests talk to the hub: over HTTP, through the gateway, with real tokens; or straight to a
// subgraph with a signed viewer (to test the subgraph's own checks).
import { inject } from 'vitest';
import { issueDevelopmentToken } from '@arrears-hub/gateway';
import {
  DEVELOPMENT_VIEWER_SECRET,
  signViewer,
  type Role,
  type Viewer,
} from '@arrears-hub/protocol';

export const hub = () => inject('hub');

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface As {
  roles: Role[];
  org?: string;
  region?: string;
  sub?: string;
}

export const LEADING_GROUP: As = { roles: ['LEADING_GROUP'], sub: 'test-leading-group' };
export const ADMIN: As = { roles: ['ADMIN'], sub: 'test-admin' };
export const INSPECTOR: As = { roles: ['INSPECTOR'], sub: 'test-inspector' };

export async function tokenFor(as: As): Promise<string> {
  return issueDevelopmentToken({
    sub: as.sub ?? `test-${as.roles.join('-').toLowerCase()}`,
    roles: as.roles,
    org: as.org,
    region: as.region,
  });
}

/** A GraphQL request through the gateway. `as: null` sends no token (anonymous). */
export async function gql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  as: As | null = LEADING_GROUP,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const auth = as ? { authorization: `Bearer ${await tokenFor(as)}` } : {};
  const response = await fetch(hub().gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** Like gql, but fails the test on any error and returns the data. */
export async function data<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  as: As | null = LEADING_GROUP,
): Promise<T> {
  const result = await gql<T>(query, variables, as);
  if (result.errors?.length)
    throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}

/** Straight to a subgraph, bypassing the gateway; `viewer: null` sends no signature at all. */
export async function subgraphRequest(
  subgraph: string,
  query: string,
  variables: Record<string, unknown> = {},
  viewer: Viewer | null = { id: 'test', roles: ['LEADING_GROUP'] },
  secret = DEVELOPMENT_VIEWER_SECRET,
): Promise<GraphQLResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (viewer) headers['x-hub-viewer'] = signViewer(viewer, secret);
  const response = await fetch(hub().subgraphUrls[subgraph]!, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** A subgraph's counters since it started (GET /debug/stats): SQL statements and GraphQL requests. */
export async function subgraphStats(
  subgraph: string,
): Promise<{ statements: number; requests: number }> {
  const url = new URL('/debug/stats', hub().subgraphUrls[subgraph]!);
  return (await (await fetch(url)).json()) as { statements: number; requests: number };
}

export async function sqlStatements(subgraph: string): Promise<number> {
  return (await subgraphStats(subgraph)).statements;
}

/** GraphQL requests all subgraphs together have served so far. */
export async function subgraphRequests(): Promise<number> {
  const stats = await Promise.all(Object.keys(hub().subgraphUrls).map(subgraphStats));
  return stats.reduce((n, s) => n + s.requests, 0);
}

/** Statements each subgraph ran while `work` ran, the least of `runs` runs for each subgraph.
 * Tests run one at a time, but other processes' background work can land inside a window (a
 * subgraph's directory reload, a relay's call); a cost that grows with rows shows in every run, so
 * the least of several runs is the request's own cost and can still fail. */
export async function leastStatements(
  work: () => Promise<unknown>,
  runs = 3,
): Promise<Record<string, number>> {
  let least: Record<string, number> | undefined;
  for (let i = 0; i < runs; i++) {
    const counted = await countStatements(work);
    least = least
      ? Object.fromEntries(Object.entries(counted).map(([k, v]) => [k, Math.min(v, least![k]!)]))
      : counted;
  }
  return least!;
}

/** Statements each subgraph ran while `work` ran. Tests run one at a time, so nothing else interferes. */
export async function countStatements(
  work: () => Promise<unknown>,
): Promise<Record<string, number>> {
  const names = Object.keys(hub().subgraphUrls);
  const before = await Promise.all(names.map(sqlStatements));
  await work();
  const after = await Promise.all(names.map(sqlStatements));
  return Object.fromEntries(names.map((n, i) => [n, after[i]! - before[i]!]));
}

export function errorCodes(result: GraphQLResponse): string[] {
  return (result.errors ?? []).map((e) => String(e.extensions?.code));
}
