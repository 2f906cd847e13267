// The hub's one public endpoint: the committed supergraph served by @apollo/gateway, with
// authentication in front and the signed viewer forwarded to every subgraph call.
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { formatHubError } from '@arrears-hub/subgraph-kit/errors';
import { sendJson, serveApollo, type RouteHandler } from '@arrears-hub/subgraph-kit/http';
import type { Viewer } from '@arrears-hub/subgraph-kit/viewer-header';
import { createAuthenticator, issueDevelopmentToken } from './auth.js';
import { DEVELOPMENT_JWT_SECRET, type GatewayConfig } from './config.js';
import { graphiqlRoutes } from './graphiql.js';
import { SubgraphDataSource } from './subgraph-data-source.js';

export interface GatewayContext {
  viewer: Viewer;
}

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Where each subgraph is: the supergraph's routing URL unless SUBGRAPH_URL_<NAME> overrides it. */
function subgraphUrl(config: GatewayConfig, name: string, composedUrl: string | undefined): string {
  const url = config.subgraphUrls[name.toLowerCase()] ?? composedUrl;
  if (!url) throw new Error(`No URL for subgraph ${name}: set SUBGRAPH_URL_${name.toUpperCase()}.`);
  return url;
}

export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const subgraphs: Record<string, string> = {};
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = subgraphUrl(config, name, url);
      subgraphs[name] = target;
      return new SubgraphDataSource(target, config.viewerSecret);
    },
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: formatHubError((message, detail) => console.error(`[gateway] ${message}`, detail)),
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const authenticate = createAuthenticator(config.jwt);
  const usesDevelopmentKey = config.jwt.secret === DEVELOPMENT_JWT_SECRET;
  const developmentToken = async () =>
    usesDevelopmentKey && !config.production
      ? issueDevelopmentToken({ sub: 'graphiql-developer', name: 'GraphiQL (development)', roles: ['LEADING_GROUP'] })
      : undefined;

  const routes: Record<string, RouteHandler> = {
    '/health': (_req, res) => sendJson(res, 200, { status: 'ok', service: 'gateway' }),
    // Ready when every subgraph answers its own /health.
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
      sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', subgraphs: Object.fromEntries(checks) });
    },
    ...(config.graphiql ? graphiqlRoutes(developmentToken) : {}),
  };

  const server = await serveApollo<GatewayContext, Viewer>({
    apollo,
    port: config.port,
    host: config.host,
    maxBodyBytes: config.maxBodyBytes,
    authenticate,
    context: async (viewer) => ({ viewer }),
    routes,
  });

  return {
    url: server.url,
    port: server.port,
    stop: async () => {
      await server.close();
      await apollo.stop();
    },
  };
}
