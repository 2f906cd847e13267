// A small node:http integration for Apollo Server 5 (which no longer ships Express middleware).
// It gives both the gateway and the subgraphs the same things: a body size limit, an authentication
// hook that runs before any GraphQL work, extra plain routes (/health …), and what operating them
// needs: a request id (x-request-id, taken from the caller or made here) on every log line of the
// request, a server span continuing the caller's traceparent, Prometheus metrics at /metrics, an
// access log, /ready, and a graceful drain on shutdown (docs/operations.md).
// Depends on @apollo/server, node:http and the observability packages only, so the gateway shares it.
import { Message, messageText, localeFromHeader, runInLocale } from './localized-messages.js';
import { protocolMessages as msg } from './messages.js';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { flushLogs, log, runInRequestScope } from './logging.js';
import {
  draining as drainingGauge,
  httpInFlight,
  httpRequestDuration,
  httpRequests,
  metricsText,
  unhandledRejections,
} from './metrics.js';
import { inServerSpan } from './telemetry.js';

/** The header that carries a request's id from the client (optional) to the gateway and from the
 * gateway to every subgraph it calls; answered on every response. */
export const REQUEST_ID_HEADER = 'x-request-id';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const requestIds = new WeakMap<IncomingMessage, string>();

/** The id this server gave the request: the caller's x-request-id when well-formed, else a new UUID. */
export function requestIdOf(req: IncomingMessage): string {
  return requestIds.get(req) ?? randomUUID();
}

/** How long a shutdown waits, from the environment (HUB_DRAIN_TIMEOUT_MS, HUB_DRAIN_DELAY_MS). */
export function drainSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): {
  drainTimeoutMs: number;
  drainDelayMs: number;
} {
  const ms = (value: string | undefined, fallback: number, name: string) => {
    if (value === undefined || value === '') return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`${name} must be a whole number of milliseconds ≥ 0; got "${value}".`);
    return n;
  };
  return {
    drainTimeoutMs: ms(env.HUB_DRAIN_TIMEOUT_MS, 10_000, 'HUB_DRAIN_TIMEOUT_MS'),
    drainDelayMs: ms(env.HUB_DRAIN_DELAY_MS, 0, 'HUB_DRAIN_DELAY_MS'),
  };
}

/** A refusal answered before any GraphQL work, e.g. 401, 413, 429. */
export interface Refusal {
  ok: false;
  status: number;
  code: string;
  message: Message;
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
  /** Longest a shutdown waits for requests in flight before cutting them (default 10 s). */
  drainTimeoutMs?: number;
  /** How long /ready answers 503 before the server stops accepting connections, so a load
   * balancer sees it leave before connections are refused (default 0). */
  drainDelayMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  /** True from the start of a shutdown: /ready answers 503. */
  readonly draining: boolean;
  /** Drains: /ready turns 503, new connections are refused, requests in flight finish (at most
   * drainTimeoutMs), then the remaining connections are closed. */
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

export function graphqlErrorBody(code: string, message: Message) {
  const id = message instanceof Message ? { messageId: message.id } : {};
  return { errors: [{ message: messageText(message), extensions: { code, ...id } }] };
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

/** Routes every process answers without authentication (a route of the same name overrides them). */
const BUILT_IN_ROUTES = ['/metrics', '/ready'];

/** Routes polled by machines: logged at debug level and not traced. */
const QUIET_ROUTES = new Set(['/health', '/ready', '/metrics']);

export async function serveApollo<C extends BaseContext, A>(
  options: ServeOptions<C, A>,
): Promise<RunningServer> {
  const graphqlPath = options.graphqlPath ?? '/graphql';
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  const drainTimeoutMs = options.drainTimeoutMs ?? 10_000;
  const drainDelayMs = options.drainDelayMs ?? 0;
  let draining = false;
  const routes: Record<string, RouteHandler> = {
    '/metrics': async (_req, res) => {
      const { contentType, body } = await metricsText();
      res.writeHead(200, { 'content-type': contentType });
      res.end(body);
    },
    '/ready': (_req, res) => sendJson(res, 200, { status: 'ready' }),
    ...options.routes,
  };
  const known = new Set([...Object.keys(routes), ...BUILT_IN_ROUTES, graphqlPath]);
  /** The route as a metric label: known paths only, so a scan of random URLs adds no series. */
  const routeLabel = (pathname: string) => (known.has(pathname) ? pathname : 'other');

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (draining && url.pathname === '/ready')
      return sendJson(res, 503, { status: 'draining', reason: 'shutting down' });
    const route = routes[url.pathname];
    if (route) return route(req, res, url);
    if (url.pathname !== graphqlPath)
      return sendJson(res, 404, { error: msg.noRoute({ path: url.pathname }).text() });
    if (req.method !== 'GET' && req.method !== 'POST') {
      return sendJson(res, 405, graphqlErrorBody('BAD_REQUEST', msg.useGetOrPost()), {
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
          graphqlErrorBody('BAD_REQUEST', msg.bodyTooLarge({ max: maxBodyBytes })),
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
        return sendJson(res, 400, graphqlErrorBody('BAD_REQUEST', msg.bodyNotJson()));
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

  const inFlight = new Set<ServerResponse>();
  let drained: (() => void) | undefined;

  const server = createServer((req, res) => {
    const started = performance.now();
    const offered = req.headers[REQUEST_ID_HEADER];
    const requestId =
      typeof offered === 'string' && REQUEST_ID.test(offered) ? offered : randomUUID();
    requestIds.set(req, requestId);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const pathname = (req.url ?? '/').split('?')[0]!;
    const route = routeLabel(pathname);
    const method = req.method ?? 'GET';
    inFlight.add(res);
    httpInFlight.inc();
    // While draining, a request on a kept-alive connection is served, then the connection closes.
    if (draining) res.setHeader('connection', 'close');
    res.once('close', () => {
      inFlight.delete(res);
      httpInFlight.dec();
      const ms = performance.now() - started;
      const status = res.writableFinished ? res.statusCode : 499; // 499: the client went away
      httpRequests.inc({ route, method, status: String(status) });
      httpRequestDuration.observe({ route, method }, ms / 1000);
      runInRequestScope({ requestId }, () => {
        const line = { method, path: pathname, status, ms: Math.round(ms) };
        if (QUIET_ROUTES.has(pathname)) log('http').debug(line, 'request');
        else log('http').info(line, 'request');
      });
      options.onRequestDone?.({ req, status, ms });
      if (draining && inFlight.size === 0) drained?.();
    });
    // Every message raised while serving the request is in the language it asks for.
    const locale = localeFromHeader(req.headers['accept-language']);
    const run = () =>
      runInLocale(locale, () => handle(req, res)).catch((error: unknown) => {
        log('http').error({ err: error, path: pathname }, 'request failed');
        if (!res.headersSent)
          sendJson(res, 500, graphqlErrorBody('INTERNAL_SERVER_ERROR', msg.unexpected()));
        else res.end();
      });
    runInRequestScope({ requestId }, () => {
      if (QUIET_ROUTES.has(pathname)) return void run();
      void inServerSpan(
        `${method} ${route}`,
        req.headers,
        { 'http.request.method': method, 'url.path': pathname, 'hub.request_id': requestId },
        async (span) => {
          await run();
          span.setAttribute('http.response.status_code', res.statusCode);
        },
      );
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
  let closing: Promise<void> | undefined;
  const close = async () => {
    draining = true;
    drainingGauge.set(1);
    for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    if (drainDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, drainDelayMs));
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    if (inFlight.size > 0) {
      const waiting = inFlight.size;
      log('http').info({ inFlight: waiting, timeoutMs: drainTimeoutMs }, 'draining');
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        new Promise<boolean>((resolve) => (drained = () => resolve(true))),
        new Promise<boolean>(
          (resolve) => (timer = setTimeout(() => resolve(false), drainTimeoutMs)),
        ),
      ]);
      clearTimeout(timer);
      if (!finished)
        log('http').warn(
          { cut: inFlight.size, timeoutMs: drainTimeoutMs },
          'drain timed out: closing the requests still in flight',
        );
    }
    server.closeAllConnections();
    await closed;
    drainingGauge.set(0);
  };
  return {
    url: `http://${host}:${port}${graphqlPath}`,
    port,
    server,
    get draining() {
      return draining;
    },
    close: () => (closing ??= close()),
  };
}

/**
 * Runs `stop` (which drains the server) on SIGINT/SIGTERM, once, then exits 0; a second signal
 * exits at once, and a stop that hangs past `deadlineMs` exits 1. A process started by the hub's
 * launcher (with an IPC channel) also stops when the launcher goes away, so no orphan keeps its
 * port. Also: an unhandled promise rejection is logged and counted instead of ending the process
 * (Node's default), since one failed background task must not take every request down with it;
 * an uncaught exception still ends it, after a log line.
 */
export function stopOnSignals(
  name: string,
  stop: () => Promise<void>,
  deadlineMs = drainSettingsFromEnv().drainTimeoutMs + drainSettingsFromEnv().drainDelayMs + 5_000,
): void {
  let stopping = false;
  // Every exit writes the logs first, a short while at most (flushLogs: a closed standard output
  // must not keep the process alive), and then exits even if writing hangs.
  const exit = (code: number) => {
    process.exitCode = code;
    setTimeout(() => process.exit(code), 1_500).unref();
    void flushLogs(1_000).finally(() => process.exit(code));
  };
  const onSignal = (signal: NodeJS.Signals | 'disconnect') => {
    if (stopping) return exit(1);
    stopping = true;
    log().info({ signal }, `${signal}: shutting down`);
    setTimeout(() => {
      log().error({ deadlineMs }, 'shutdown did not finish in time');
      exit(1);
    }, deadlineMs).unref();
    stop().then(
      () => {
        log().info(`${name} stopped`);
        exit(0);
      },
      (error: unknown) => {
        log().error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  if (process.connected) process.once('disconnect', () => onSignal('disconnect'));
  process.on('unhandledRejection', (reason) => {
    unhandledRejections.inc();
    log().error({ err: reason }, 'unhandled promise rejection');
  });
  process.on('uncaughtException', (error) => {
    log().fatal({ err: error }, 'uncaught exception: exiting');
    exit(1);
  });
}
