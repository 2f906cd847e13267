// Starts one subgraph: its own database (created if missing), committed migrations, optional demo
// data, the federated schema, and an HTTP server that answers only requests the gateway signed.
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type { Seeder } from '@mikro-orm/seeder';
import type { GraphQLSchema } from 'graphql';
import type { SubgraphContext } from './context.js';
import { formatHubError } from './errors.js';
import {
  graphqlErrorBody,
  graphqlRequestsServed,
  serveApollo,
  sendJson,
  stopOnSignals,
  type RouteHandler,
  type RunningServer,
} from './http.js';
import { ensureDatabaseExists } from './orm.js';
import { sqlStatementsExecuted } from './sql-statements.js';
import { nameThisService } from './internal-call.js';
import { useLocalUnitSource, type UnitSource } from './unit-directory.js';
import { VIEWER_HEADER, verifyViewer, viewerSecretFromEnv, type Viewer } from './viewer-header.js';

export interface SubgraphDefinition {
  name: string;
  /** The ORM config; a function so that it reads DATABASE_URL when the subgraph starts. */
  ormConfig: (clientUrl?: string) => Options;
  buildSchema: () => Promise<GraphQLSchema>;
  /** Demo data; it must leave a database that already has data untouched. */
  demoSeeder?: new () => Seeder;
  /** Plain HTTP routes for other subgraphs (e.g. /internal/units); they need the signed viewer too. */
  internalRoutes?: (orm: MikroORM) => Record<string, RouteHandler>;
  /** The organisations subgraph answers the unit directory from its own database. */
  unitSource?: (orm: MikroORM) => UnitSource;
}

export interface StartOptions {
  port?: number;
  host?: string;
  databaseUrl?: string;
  seedDemoData?: boolean;
  viewerSecret?: string;
}

export interface RunningSubgraph extends RunningServer {
  name: string;
  orm: MikroORM;
  stop(): Promise<void>;
}

export async function startSubgraph(
  definition: SubgraphDefinition,
  options: StartOptions = {},
): Promise<RunningSubgraph> {
  const { name } = definition;
  const secret = options.viewerSecret ?? viewerSecretFromEnv();
  const production = process.env.NODE_ENV === 'production';
  const config = definition.ormConfig(options.databaseUrl);

  await ensureDatabaseExists(String(config.clientUrl));
  const orm = await MikroORM.init(config);
  try {
    const applied = await orm.migrator.up();
    if (applied.length)
      console.log(`[${name}] applied migrations: ${applied.map((m) => m.name).join(', ')}`);
    if (options.seedDemoData && definition.demoSeeder) await orm.seeder.seed(definition.demoSeeder);
  } catch (error) {
    await orm.close();
    throw error;
  }

  nameThisService(definition.name);
  if (definition.unitSource) useLocalUnitSource(definition.unitSource(orm));

  const apollo = new ApolloServer<SubgraphContext>({
    schema: await definition.buildSchema(),
    formatError: formatHubError((message, detail) => console.error(`[${name}] ${message}`, detail)),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  const verify = (req: { headers: Record<string, string | string[] | undefined> }) => {
    const header = req.headers[VIEWER_HEADER];
    return verifyViewer(Array.isArray(header) ? header[0] : header, secret);
  };
  const internalRoutes = Object.fromEntries(
    Object.entries(definition.internalRoutes?.(orm) ?? {}).map(
      ([path, handler]): [string, RouteHandler] => [
        path,
        (req, res, url) => {
          const result = verify(req);
          if (!result.ok)
            return sendJson(res, 401, graphqlErrorBody('UNAUTHENTICATED', result.reason));
          return handler(req, res, url);
        },
      ],
    ),
  );

  const server = await serveApollo<SubgraphContext, Viewer>({
    apollo,
    port: options.port ?? 0,
    host: options.host,
    // The gateway already bounds what clients send; this only stops a runaway request.
    maxBodyBytes: 8_000_000,
    // Subgraphs trust only the gateway: no valid signature, no GraphQL at all (not even _service).
    authenticate: (req) => {
      const result = verify(req);
      return result.ok
        ? { ok: true, value: result.viewer }
        : { ok: false, status: 401, code: 'UNAUTHENTICATED', message: result.reason };
    },
    context: async (viewer) => ({
      em: orm.em.fork(),
      viewer,
      loaders: new Map(),
      memo: new Map(),
      requestId: randomUUID(),
    }),
    routes: {
      ...internalRoutes,
      '/health': async (_req, res) => {
        const connected = await orm.isConnected();
        sendJson(res, connected ? 200 : 503, {
          status: connected ? 'ok' : 'database unreachable',
          subgraph: name,
        });
      },
      // Counters for tests and benchmarks (SQL statements, GraphQL requests); never in production.
      ...(production
        ? {}
        : {
            '/debug/stats': (_req, res) =>
              sendJson(res, 200, {
                statements: sqlStatementsExecuted(),
                requests: graphqlRequestsServed(),
              }),
          }),
    },
  });

  const stop = async () => {
    await server.close();
    await apollo.stop();
    await orm.close();
  };
  return { ...server, name, orm, stop, close: stop };
}

/** The body of every subgraph's main.ts: configuration from the environment, signals handled. */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  const running = await startSubgraph(definition, {
    port: Number(process.env.PORT ?? 0),
    host: process.env.HOST,
    seedDemoData: process.env.HUB_DEMO_DATA === '1',
  });
  console.log(`[${definition.name}] ready at ${running.url}`);
  stopOnSignals(definition.name, running.stop);
}
