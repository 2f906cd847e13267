// The caller's side of an internal contract: signed as this subgraph's SERVICE identity, for the
// person of the request (scope "person") or for nobody (scope "service"), split into chunks where
// the contract says so. An owner that does not answer is an UnavailableError naming it, which the
// GraphQL answer shows as SUBGRAPH_UNAVAILABLE instead of "Unexpected error.".
import {
  currentLocale,
  currentRequestId,
  HubError,
  type ErrorCode,
  injectTraceHeaders,
  REQUEST_ID_HEADER,
  serviceViewer,
  signViewer,
  UnavailableError,
  VIEWER_HEADER,
  type Viewer,
  Message,
} from '@arrears-hub/protocol';
import { kitConfig } from '../kit-config.js';
import {
  encodeQuery,
  mayCall,
  type Contract,
  type ParamSpec,
  type PostContract,
  type QueryOf,
} from './contract.js';

let serviceName = 'subgraph';

/** Called once by startSubgraph: the name every internal call of this process is signed with. */
export function nameThisService(name: string): void {
  serviceName = name;
}

export function thisService(): string {
  return serviceName;
}

/** Where subgraph `name` answers: SUBGRAPH_URL_<NAME>, hyphens as underscores. */
export function subgraphUrl(name: string): string {
  const url = kitConfig().subgraphUrl(name);
  if (!url) {
    const key = `SUBGRAPH_URL_${name.toUpperCase().replace(/-/g, '_')}`;
    throw new Error(`${key} is not set: the ${serviceName} subgraph needs the ${name} subgraph.`);
  }
  return url;
}

/** The owner refused a command (or a question) with a coded error: the caller passes it on as it
 * came, so the person reads the owner's own words and field (a POST contract's refusals). */
export class ContractRefusal extends HubError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown>) {
    // Already in the person's language (the call forwarded it); the owner's id travels along.
    const id = typeof extensions.messageId === 'string' ? extensions.messageId : 'contract.refusal';
    super(Message.rendered(id, message), code, extensions);
  }
}

async function fetchOnce<R>(url: URL, viewer: Viewer, owner: string, body?: unknown): Promise<R> {
  let response: Response;
  const headers: Record<string, string> = {
    [VIEWER_HEADER]: signViewer(viewer, kitConfig().viewerSecret),
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  // The request this call serves: its id and trace follow it into the owner (docs/operations.md).
  const requestId = currentRequestId();
  if (requestId) headers[REQUEST_ID_HEADER] = requestId;
  // The owner words its refusals (passed on to the person as they came) in the person's language.
  headers['accept-language'] = currentLocale();
  injectTraceHeaders((name, value) => (headers[name] = value));
  try {
    response = await fetch(url, {
      headers,
      signal: AbortSignal.timeout(10_000),
      ...(body !== undefined ? { method: 'POST', body: JSON.stringify(body) } : {}),
    });
  } catch (error) {
    throw Object.assign(new UnavailableError(owner), { cause: error });
  }
  if (response.status >= 500 || response.status === 401) throw new UnavailableError(owner);
  if (response.status === 422) {
    const refusal = (await response.json()) as {
      errors?: { message: string; extensions?: { code?: ErrorCode } & Record<string, unknown> }[];
    };
    const first = refusal.errors?.[0];
    if (first?.extensions?.code) {
      const { code, ...rest } = first.extensions;
      throw new ContractRefusal(first.message, code, rest);
    }
  }
  if (!response.ok)
    throw new Error(`${url.pathname} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as R;
}

/**
 * Calls `contract` for `person` (the request's viewer; null for the service's own housekeeping,
 * allowed only on contracts of scope "service").
 */
function callerViewer(
  person: { viewer: Viewer } | null,
  contract: Pick<Contract<ParamSpec, unknown, unknown>, 'name' | 'callers' | 'owner' | 'scope'>,
): Viewer {
  if (!mayCall(contract, serviceName)) {
    throw new Error(
      `${serviceName} is not a registered caller of ${contract.name} (contracts/catalogue.ts)`,
    );
  }
  if (contract.scope === 'person' && !person) {
    throw new Error(`${contract.name} is made for a person: pass the request context`);
  }
  return serviceViewer(serviceName, contract.scope === 'person' ? person!.viewer : undefined);
}

/** Calls a POST contract with its JSON body (for `person`, or null on contracts of scope
 * "service"): the owner checks the body against the declaration. */
export async function postContract<B, R>(
  person: { viewer: Viewer } | null,
  contract: PostContract<B, R>,
  body: B,
): Promise<R> {
  const viewer = callerViewer(person, contract);
  return fetchOnce<R>(
    new URL(contract.path, subgraphUrl(contract.owner)),
    viewer,
    contract.owner,
    body,
  );
}

export async function callContract<P extends ParamSpec, R>(
  person: { viewer: Viewer } | null,
  contract: Contract<P, R>,
  query: QueryOf<P>,
): Promise<R> {
  const viewer = callerViewer(person, contract);
  const base = subgraphUrl(contract.owner);
  const url = (q: QueryOf<P>) => {
    const target = new URL(contract.path, base);
    target.search = encodeQuery(contract.params, q).toString();
    return target;
  };
  const chunk = contract.chunk;
  const ids = chunk ? ((query as Record<string, unknown>)[chunk.param] as string[]) : undefined;
  if (!chunk || !ids || ids.length <= chunk.size)
    return fetchOnce<R>(url(query), viewer, contract.owner);
  const parts: unknown[] = [];
  for (let i = 0; i < ids.length; i += chunk.size) {
    const part = await fetchOnce<unknown[]>(
      url({ ...query, [chunk.param]: ids.slice(i, i + chunk.size) }),
      viewer,
      contract.owner,
    );
    parts.push(...part);
  }
  return parts as R;
}
