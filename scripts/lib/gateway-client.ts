// How the command-line tools talk to a running hub: through the gateway, like any client, with the
// token in HUB_TOKEN — or, on a development hub, a token minted with the development secret.
import { issueDevelopmentToken } from '@arrears-hub/gateway';
import type { Role } from '@arrears-hub/protocol';
import { readOperations } from '../../gateway/src/example-operations.ts';
import { documentId } from '../../gateway/src/trusted-documents.ts';
import { ROOT } from './subgraphs.ts';

export const GATEWAY_URL = process.env.HUB_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';

export async function clientToken(role: Role = 'LEADING_GROUP'): Promise<string> {
  if (process.env.HUB_TOKEN) return process.env.HUB_TOKEN;
  if (process.env.NODE_ENV === 'production')
    throw new Error(
      'Set HUB_TOKEN to a token for the hub (npm run token only works with the development secret).',
    );
  return issueDevelopmentToken({
    sub: `cli-${role.toLowerCase()}`,
    name: 'command line',
    roles: [role],
    secret: process.env.HUB_JWT_SECRET,
  });
}

export interface GraphQLError {
  message: string;
  extensions?: { code?: string; field?: string };
}

/** Sends a registered operation (gateway/operations/<name>.graphql) by its id, so the tools work
 * where the gateway accepts registered operations only. */
export function callRegistered<T>(
  name: string,
  variables: Record<string, unknown>,
  token: string,
  url = GATEWAY_URL,
): Promise<T> {
  const operation = readOperations(`${ROOT}gateway/operations/`).find((op) => op.name === name);
  if (!operation) throw new Error(`gateway/operations/${name}.graphql is missing.`);
  return send<T>({ documentId: documentId(operation.document), variables }, token, url);
}

/** Sends one operation's text; throws with the hub's own messages when it answers with errors. */
export function callGateway<T>(
  query: string,
  variables: Record<string, unknown>,
  token: string,
  url = GATEWAY_URL,
): Promise<T> {
  return send<T>({ query, variables }, token, url);
}

async function send<T>(request: Record<string, unknown>, token: string, url: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(request),
    });
  } catch (error) {
    throw new Error(
      `Cannot reach the hub at ${url} (${(error as Error).message}). Is it running (npm start)? Set HUB_GATEWAY_URL for another address.`,
      { cause: error },
    );
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: T;
    errors?: GraphQLError[];
    error?: string;
  };
  if (body.errors?.length) {
    throw new Error(
      body.errors
        .map(
          (e) =>
            `${e.extensions?.code ?? 'ERROR'}${e.extensions?.field ? ` (${e.extensions.field})` : ''}: ${e.message}`,
        )
        .join('\n'),
    );
  }
  if (!response.ok || !body.data)
    throw new Error(`The hub answered ${response.status}: ${body.error ?? JSON.stringify(body)}`);
  return body.data;
}
