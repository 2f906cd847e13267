// The owner's side of an internal contract. The kit checks the signature (a SERVICE viewer of a
// registered caller), decodes the parameters against the declaration, and hands the handler a
// request context whose viewer is the person the call is made for: the jurisdiction filter then
// applies that person's reach to everything the handler reads, as it would for a GraphQL query.
import type { SubgraphContext } from '../context.js';
import type { Contract, ParamSpec, QueryOf } from './contract.js';

export interface ContractHandler {
  contract: Contract<ParamSpec, unknown, unknown>;
  /** `body` is the POST contract's checked body (undefined for GET). */
  handle(query: Record<string, unknown>, ctx: SubgraphContext, body: unknown): Promise<unknown>;
}

export function serveContract<P extends ParamSpec, R, B = never>(
  contract: Contract<P, R, B>,
  handle: (query: QueryOf<P>, ctx: SubgraphContext, body: B) => Promise<R>,
): ContractHandler {
  return {
    contract: contract as unknown as Contract<ParamSpec, unknown, unknown>,
    handle: (query, ctx, body) => handle(query as QueryOf<P>, ctx, body as B),
  };
}
