// A typed internal contract: a call one subgraph makes to another for facts federation cannot
// carry (a debt's facts inside finance's disbursement transaction, the unit directory behind every
// jurisdiction). Path, parameters and response are declared once (catalogue.ts) and both sides use
// the declaration: the caller through `callContract`, the owner through `serveContract`.
// Calls are signed as the SERVICE identity of the calling subgraph carrying the person they are
// made for, and the owner applies that person's jurisdiction to what it returns.
import type { Viewer } from '@arrears-hub/protocol';

/** `codes`: a list of codes (region codes: letters and digits), comma-separated like `uuids`. */
export type ParamKind = 'uuids' | 'uuid' | 'int' | 'string' | 'codes';

export type ParamValue<K extends ParamKind> = K extends 'uuids' | 'codes'
  ? string[]
  : K extends 'int'
    ? number
    : string;

export type ParamSpec = Readonly<Record<string, ParamKind>>;

export type QueryOf<P extends ParamSpec> = { [K in keyof P]: ParamValue<P[K]> };

export interface Contract<P extends ParamSpec, R, B = never> {
  /** A name for logs and the registry, e.g. "arrearFacts". */
  name: string;
  /** The subgraph that answers. */
  owner: string;
  /** The subgraphs allowed to call (schema/contracts.yaml lists them); `every-subgraph` for the
   * registry every subgraph needs (jurisdiction is computed from it), so a new bureau's subgraph
   * needs no edit here. */
  callers: readonly string[] | 'every-subgraph';
  path: `/internal/${string}`;
  params: P;
  /**
   * `person`: made for a person (the caller's viewer), whose jurisdiction the owner applies;
   * `service`: the caller's own housekeeping (the unit directory), answering only facts every
   * signed-in viewer may read.
   */
  scope: 'person' | 'service';
  /** A `uuids` parameter split into calls of at most `size` ids (answers are concatenated). */
  chunk?: { param: keyof P & string; size: number };
  description: string;
  /**
   * GET (the default): the query travels in URL parameters. POST: a JSON body (`params` is empty),
   * for a caller that hands facts over (events to deliver) rather than asking for them.
   */
  method?: 'GET' | 'POST';
  /** POST only: checks the decoded JSON body against the declaration and returns it typed; throws
   * ContractQueryError (answered 400) for anything else. */
  parseBody?: (raw: unknown) => B;
  /** Phantom: the response type. */
  readonly response?: R;
  /** Phantom: the body type of a POST contract. */
  readonly body?: B;
}

export function defineContract<P extends ParamSpec, R>(
  contract: Omit<Contract<P, R>, 'response' | 'body' | 'method' | 'parseBody'>,
): Contract<P, R> {
  return contract;
}

/** A contract whose caller POSTs a JSON body of type B (checked by `parseBody` on the owner's
 * side) and gets R back. */
export type PostContract<B, R> = Contract<Record<string, never>, R, B> & {
  method: 'POST';
  parseBody: (raw: unknown) => B;
};

export function definePostContract<B, R>(
  contract: Omit<PostContract<B, R>, 'response' | 'body' | 'method' | 'params' | 'chunk'>,
): PostContract<B, R> {
  return { ...contract, method: 'POST', params: {} };
}

export type AnyContract = Contract<ParamSpec, unknown, unknown>;

/** Whether `service` may call `contract`. */
export function mayCall(
  contract: Pick<AnyContract, 'callers' | 'owner'>,
  service: string,
): boolean {
  return contract.callers === 'every-subgraph'
    ? service !== contract.owner
    : contract.callers.includes(service);
}
export type ResponseOf<C> = C extends Contract<ParamSpec, infer R> ? R : never;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = /^[0-9A-Za-z]{1,20}$/;
const LISTS: ReadonlySet<ParamKind> = new Set(['uuids', 'codes']);

/** Encodes a query into URL parameters (id lists comma-separated). */
export function encodeQuery<P extends ParamSpec>(params: P, query: QueryOf<P>): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, kind] of Object.entries(params)) {
    const value = (query as Record<string, unknown>)[key];
    if (value === undefined) continue;
    search.set(key, LISTS.has(kind) ? (value as string[]).join(',') : String(value));
  }
  return search;
}

export class ContractQueryError extends Error {}

/** Decodes and checks URL parameters against the declaration; refuses anything else. */
export function decodeQuery<P extends ParamSpec>(params: P, search: URLSearchParams): QueryOf<P> {
  const query: Record<string, unknown> = {};
  for (const [key, kind] of Object.entries(params)) {
    const raw = search.get(key);
    if (raw === null) {
      if (LISTS.has(kind)) query[key] = [];
      else throw new ContractQueryError(`missing parameter ${key}`);
      continue;
    }
    if (kind === 'uuids') {
      const ids = raw === '' ? [] : raw.split(',');
      if (!ids.every((id) => UUID.test(id)))
        throw new ContractQueryError(`${key}: not a list of ids`);
      query[key] = [...new Set(ids)];
    } else if (kind === 'codes') {
      const codes = raw === '' ? [] : raw.split(',');
      if (!codes.every((code) => CODE.test(code)))
        throw new ContractQueryError(`${key}: not a list of codes`);
      query[key] = [...new Set(codes)];
    } else if (kind === 'uuid') {
      if (!UUID.test(raw)) throw new ContractQueryError(`${key}: not an id`);
      query[key] = raw;
    } else if (kind === 'int') {
      if (!/^-?\d{1,9}$/.test(raw)) throw new ContractQueryError(`${key}: not an integer`);
      query[key] = Number(raw);
    } else {
      query[key] = raw;
    }
  }
  return query as QueryOf<P>;
}

/** Who a contract call is for, as the owner sees it. */
export interface ContractCaller {
  service: string;
  person?: Viewer;
}
