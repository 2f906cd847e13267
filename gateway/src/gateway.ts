// The hub's one public endpoint: the committed supergraph served by @apollo/gateway, with
// authentication in front and the signed viewer forwarded to every subgraph call.
import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import pg from 'pg';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import {
  formatHubError,
  graphqlMetricsPlugin,
  log,
  messageText,
  requestIdOf,
  sendJson,
  serveApollo,
  type Authentication,
  type RouteHandler,
} from '@arrears-hub/protocol';
import type { Viewer } from '@arrears-hub/protocol';
import { createAuthenticator, issueDevelopmentToken } from './auth.js';
import { DEVELOPMENT_JWT_SECRET, type GatewayConfig } from './config.js';
import { dashboardRoutes } from './dashboard/routes.js';
import { exportCsvRoute } from './export/export-csv.route.js';
import { graphiqlRoutes } from './graphiql.js';
import { labelsRoute } from './labels.js';
import { DEDUPE_HEADER, SubgraphDataSource } from './subgraph-data-source.js';
import { limitProtection, plainLimitMessage, tokenLimit } from './limits.js';
import { gatewayMessages as msg } from './messages.js';
import { OperationLog, operationLogPlugin } from './operation-log.js';
import { rateKey, RateLimiter, SharedRateLimits } from './rate-limit.js';
import { translateRequestError } from './request-errors.js';
import { loadManifest, trustedDocuments } from './trusted-documents.js';

export interface GatewayContext {
  viewer: Viewer;
  /** Subgraphs this request called (for the operation log). */
  subgraphs: Set<string>;
  /** x-request-id: in every log line and forwarded to every subgraph this request calls. */
  requestId: string;
  /** False when the client sent `x-hub-dedupe: off`: its subgraph calls join no other. */
  dedupe: boolean;
}

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Where each subgraph is: the supergraph's routing URL unless SUBGRAPH_URL_<NAME> overrides it. */
function subgraphUrl(config: GatewayConfig, name: string, composedUrl: string | undefined): string {
  const url = config.subgraphUrls[name.toLowerCase().replace(/-/g, '_')] ?? composedUrl;
  if (!url)
    throw new Error(
      `No URL for subgraph ${name}: set SUBGRAPH_URL_${name.toUpperCase().replace(/-/g, '_')}.`,
    );
  return url;
}

/**
 * A subgraph that answers SUBGRAPH_UNAVAILABLE itself (a contract owner it calls is down) names
 * that owner; the gateway's error would name the subgraph it fetched from instead. Keep the owner,
 * and say through which subgraph it was missed (`via`).
 */
function namedOwner(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'SUBGRAPH_UNAVAILABLE') return formatted;
  const original = (error as { originalError?: { extensions?: Record<string, unknown> } })
    ?.originalError;
  const owner = original?.extensions?.serviceName;
  const via = formatted.extensions.serviceName;
  if (typeof owner !== 'string' || owner === via) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, serviceName: owner, via } };
}

export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const subgraphs: Record<string, string> = {};
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    logger: log('apollo-gateway'),
    buildService: ({ name, url }) => {
      const target = subgraphUrl(config, name, url);
      subgraphs[name] = target;
      return new SubgraphDataSource(name, target, config.viewerSecret, {
        timeoutMs: config.subgraphTimeoutMs,
        dedupe: config.subgraphDedupe,
        batch: config.subgraphBatch,
      });
    },
  });

  const protection = limitProtection(config.limits);
  const operationLog = config.operationLogUrl
    ? await OperationLog.open(config.operationLogUrl, { maxQueue: config.operationLogQueue })
    : undefined;
  if (!operationLog) log().warn('HUB_GATEWAY_DATABASE_URL is not set: operations are not logged.');
  const formatError = formatHubError((message, detail) =>
    log('graphql').error({ err: detail }, message),
  );
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // The process drains on SIGTERM itself (serveApollo, stopOnSignals): Apollo's own handler would
    // stop it at once, failing every request of the drain ("server is stopping"), then re-raise
    // the signal, which ends the process before the drain is over.
    stopOnTerminationSignals: false,
    logger: log('apollo-server'),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: protection.allowBatchedHttpRequests,
    validationRules: protection.validationRules,
    // graphql-js' English request errors are translated last: formatHubError lifts the field
    // from the English text first.
    formatError: (formatted, error) =>
      translateRequestError(formatError(plainLimitMessage(namedOwner(formatted, error)), error)),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      graphqlMetricsPlugin<GatewayContext>(),
      ...(protection.plugins as ApolloServerPlugin<GatewayContext>[]),
      ...(operationLog ? [operationLogPlugin(operationLog)] : []),
    ],
  });
  await apollo.start();

  const verifyToken = createAuthenticator(config.jwt);
  const limiter = new RateLimiter(config.rateLimitPerMinute);
  // Replicas count each viewer's requests together, through the gateway's database.
  const ratePool =
    config.operationLogUrl && config.rateLimitPerMinute > 0
      ? new pg.Pool({ connectionString: config.operationLogUrl, max: 1, query_timeout: 5_000 })
      : undefined;
  ratePool?.on('error', (error) =>
    log('rate-limit').warn({ err: error }, 'rate limit connection lost; reconnecting on next use'),
  );
  const sharedLimits = ratePool ? await SharedRateLimits.start(limiter, ratePool) : undefined;
  const authenticate = async (req: IncomingMessage): Promise<Authentication<Viewer>> => {
    const auth = await verifyToken(req);
    if (!auth.ok) return auth;
    return limiter.take(rateKey(auth.value, req, config.trustedProxies)) ?? auth;
  };
  const tooManyTokens = tokenLimit(config.limits.maxTokens);
  const manifest = existsSync(config.trustedDocumentsPath)
    ? loadManifest(config.trustedDocumentsPath)
    : {};
  const trusted = trustedDocuments(manifest, config.trustedDocumentsOnly);
  const usesDevelopmentKey = config.jwt.secret === DEVELOPMENT_JWT_SECRET;
  const developmentToken = async () =>
    usesDevelopmentKey && !config.production
      ? issueDevelopmentToken({
          sub: 'graphiql-developer',
          name: 'GraphiQL (development)',
          roles: ['LEADING_GROUP'],
        })
      : undefined;

  const routes: Record<string, RouteHandler> = {
    '/health': (_req, res) => sendJson(res, 200, { status: 'ok', service: 'gateway' }),
    // The operation log, for the people who inspect the inspectors.
    '/operation-log': async (req, res, url) => {
      const auth = await verifyToken(req);
      if (!auth.ok) return sendJson(res, auth.status, { error: messageText(auth.message) });
      if (!auth.value.roles.some((r) => r === 'INSPECTOR' || r === 'ADMIN'))
        return sendJson(res, 403, { error: msg.operationLogReaders().text() });
      if (!operationLog)
        return sendJson(res, 503, { error: msg.operationLogNotConfigured().text() });
      const limit = Math.min(500, Math.max(1, Number(url.searchParams.get('limit') ?? 100) || 100));
      // What the queue still holds goes in first, so a reader sees every operation answered so far.
      await operationLog.flush();
      sendJson(
        res,
        200,
        await operationLog.recent({
          limit,
          viewerId: url.searchParams.get('viewer') ?? undefined,
          operationName: url.searchParams.get('operation') ?? undefined,
        }),
      );
    },
    // Ready when every subgraph answers its own /health (and, in http.ts, 503 while draining).
    '/ready': async (_req, res) => {
      const checks = await Promise.all(
        Object.entries(subgraphs).map(async ([name, url]) => {
          try {
            const r = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(2000) });
            return [name, r.ok ? 'ok' : `status ${r.status}`] as const;
          } catch {
            return [name, 'unreachable'] as const;
          }
        }),
      );
      const ready = checks.every(([, s]) => s === 'ok');
      sendJson(res, ready ? 200 : 503, {
        status: ready ? 'ready' : 'not ready',
        subgraphs: Object.fromEntries(checks),
      });
    },
    // A query's rows as CSV, through /graphql itself so every rule above applies.
    // The labels of every enum value, for UIs (labels.ts).
    '/labels': labelsRoute(config.supergraphSdl),
    '/export.csv': exportCsvRoute(manifest, () => server.url.replace('//0.0.0.0:', '//127.0.0.1:')),
    ...(config.graphiql ? graphiqlRoutes(developmentToken) : {}),
    // The leading group's dashboard: in production it asks for a token instead of carrying one.
    ...dashboardRoutes(developmentToken),
  };

  const server = await serveApollo<GatewayContext, Viewer>({
    apollo,
    port: config.port,
    host: config.host,
    maxBodyBytes: config.maxBodyBytes,
    authenticate,
    prepare: (body, viewer) => {
      const result = trusted(body, viewer);
      if (!result.ok) return result;
      const query = (result.body as { query?: unknown } | null)?.query;
      return tooManyTokens(query) ?? result;
    },
    context: async (viewer, req) => ({
      viewer,
      subgraphs: new Set<string>(),
      requestId: requestIdOf(req),
      dedupe: String(req.headers[DEDUPE_HEADER] ?? '').toLowerCase() !== 'off',
    }),
    routes,
    drainTimeoutMs: config.drainTimeoutMs,
    drainDelayMs: config.drainDelayMs,
  });

  return {
    url: server.url,
    port: server.port,
    // Drains first (requests in flight finish and are logged), then writes what the log queued.
    stop: async () => {
      await server.close();
      await apollo.stop();
      await operationLog?.close();
      await sharedLimits?.stop();
      await ratePool?.end();
    },
  };
}
