// The owner's side of an internal contract. The kit checks the signature (a SERVICE viewer of a
// registered caller), decodes the parameters against the declaration, and hands the handler a
// request context whose viewer is the person the call is made for: the jurisdiction filter then
// applies that person's reach to everything the handler reads, as it would for a GraphQL query.
import type { SubgraphContext } from '../context.js';
import type { Contract, ParamSpec, PostContract, QueryOf } from './contract.js';

export interface ContractHandler {
  contract: Contract<ParamSpec, unknown, unknown>;
  /** `query`: the decoded URL parameters (GET) or the checked body (POST). */
  handle(query: unknown, ctx: SubgraphContext): Promise<unknown>;
}

export function serveContract<P extends ParamSpec, R>(
  contract: Contract<P, R>,
  handle: (query: QueryOf<P>, ctx: SubgraphContext) => Promise<R>,
): ContractHandler {
  return {
    contract: contract as unknown as Contract<ParamSpec, unknown, unknown>,
    handle: (query, ctx) => handle(query as QueryOf<P>, ctx),
  };
}

/** The owner's side of a POST contract: `handle` receives the body `parseBody` checked. */
export function servePostContract<B, R>(
  contract: PostContract<B, R>,
  handle: (body: B, ctx: SubgraphContext) => Promise<R>,
): ContractHandler {
  return {
    contract: contract as unknown as Contract<ParamSpec, unknown, unknown>,
    handle: (body, ctx) => handle(body as B, ctx),
  };
}
