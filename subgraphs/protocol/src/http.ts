// A small node:http integration for Apollo Server 5 (which no longer ships Express middleware).
// It gives both the gateway and the subgraphs the same things: a body size limit, an authentication
// hook that runs before any GraphQL work, extra plain routes (/health …), and clean shutdown.
// Depends on @apollo/server and node:http only, so the gateway shares it.
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

/** A refusal answered before any GraphQL work, e.g. 401, 413, 429. */
export interface Refusal {
  ok: false;
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

export type Authentication<A> = { ok: true; value: A } | Refusal;

export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
) => Promise<void> | void;

export interface ServeOptions<C extends BaseContext, A> {
  apollo: ApolloServer<C>;
  port: number;
  host?: string;
  graphqlPath?: string;
  /** Largest request body accepted, in bytes; larger ones get 413 before any parsing. */
  maxBodyBytes?: number;
  authenticate: (req: IncomingMessage) => Promise<Authentication<A>> | Authentication<A>;
  context: (auth: A, req: IncomingMessage) => Promise<C>;
  /** Inspects or rewrites the parsed body once the caller is known (trusted documents, batching …). */
  prepare?: (body: unknown, auth: A, req: IncomingMessage) => { ok: true; body: unknown } | Refusal;
  routes?: Record<string, RouteHandler>;
  /** Called when a response has been sent (for access logs and metrics). */
  onRequestDone?: (info: { req: IncomingMessage; status: number; ms: number }) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

export function graphqlErrorBody(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

class BodyTooLarge extends Error {}

let graphqlRequests = 0;

/** GraphQL requests this process accepted (authenticated); tests use it to prove a refusal cost nothing downstream. */
export function graphqlRequestsServed(): number {
  return graphqlRequests;
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function serveApollo<C extends BaseContext, A>(
  options: ServeOptions<C, A>,
): Promise<RunningServer> {
  const graphqlPath = options.graphqlPath ?? '/graphql';
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  const routes = options.routes ?? {};

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes[url.pathname];
    if (route) return route(req, res, url);
    if (url.pathname !== graphqlPath)
      return sendJson(res, 404, { error: `No route ${url.pathname}` });
    if (req.method !== 'GET' && req.method !== 'POST') {
      return sendJson(res, 405, graphqlErrorBody('BAD_REQUEST', 'Use GET or POST.'), {
        allow: 'GET, POST',
      });
    }

    let raw: string;
    try {
      raw = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        return sendJson(
          res,
          413,
          graphqlErrorBody('BAD_REQUEST', `The request body is larger than ${maxBodyBytes} bytes.`),
        );
      }
      throw error;
    }

    const auth = await options.authenticate(req);
    if (!auth.ok)
      return sendJson(res, auth.status, graphqlErrorBody(auth.code, auth.message), auth.headers);
    graphqlRequests += 1;

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = raw;
    const contentType = headers.get('content-type') ?? '';
    if (req.method === 'POST' && contentType.includes('application/json')) {
      try {
        body = raw.length ? JSON.parse(raw) : {};
      } catch {
        return sendJson(
          res,
          400,
          graphqlErrorBody('BAD_REQUEST', 'The request body is not valid JSON.'),
        );
      }
    }

    if (options.prepare) {
      const prepared = options.prepare(body, auth.value, req);
      if (!prepared.ok)
        return sendJson(
          res,
          prepared.status,
          graphqlErrorBody(prepared.code, prepared.message),
          prepared.headers,
        );
      body = prepared.body;
    }
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method, headers, search: url.search, body },
      context: () => options.context(auth.value, req),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  const server = createServer((req, res) => {
    const started = performance.now();
    res.on('finish', () =>
      options.onRequestDone?.({ req, status: res.statusCode, ms: performance.now() - started }),
    );
    handle(req, res).catch((error: unknown) => {
      console.error('[http] request failed', error);
      if (!res.headersSent)
        sendJson(res, 500, graphqlErrorBody('INTERNAL_SERVER_ERROR', 'Unexpected error.'));
      else res.end();
    });
  });
  // Keep idle connections open longer than any client's idle timeout (the gateway's agent keeps
  // sockets ~4 s): otherwise the server may close a socket just as the client reuses it, and that
  // request fails with "socket hang up". close() closes idle sockets itself.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  return {
    url: `http://${host}:${port}${graphqlPath}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Stops `stop` on SIGINT/SIGTERM, once; a second signal exits at once. A process started by the
 * hub's launcher (with an IPC channel) also stops when the launcher goes away, so no orphan keeps
 * its port.
 */
export function stopOnSignals(name: string, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals | 'disconnect') => {
    if (stopping) process.exit(1);
    stopping = true;
    console.log(`[${name}] ${signal}: shutting down`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`[${name}] shutdown failed`, error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  if (process.connected) process.once('disconnect', () => onSignal('disconnect'));
}
