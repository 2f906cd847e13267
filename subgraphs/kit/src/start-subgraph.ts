// Starts one subgraph: its own database (created if missing), committed migrations, optional demo
// data, the federated schema, and an HTTP server that answers only requests the gateway signed
// (GraphQL) or another subgraph signed as a SERVICE (its internal contracts). Before it listens it
// checks that every entity declares its ownership and every mutation what it writes. Operations:
// JSON logs carrying the gateway's request id, a span per request joining the gateway's trace,
// /metrics (requests, errors by code, SQL statements, the database pool, the unit directory's
// age), /ready, and a drain on SIGTERM (docs/operations.md).
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import type { Seeder } from '@mikro-orm/seeder';
import type { GraphQLSchema } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  clockOffsetMs,
  configureLogging,
  configureMetrics,
  drainSettingsFromEnv,
  formatHubError,
  gauge,
  graphqlErrorBody,
  graphqlMetricsPlugin,
  graphqlRequestsServed,
  HubError,
  isService,
  log as logger,
  now,
  requestIdOf,
  sendJson,
  serveApollo,
  Signals,
  setClock,
  startTracing,
  stopOnSignals,
  todayInChina,
  VIEWER_HEADER,
  verifyViewer,
  viewerSecretFromEnv,
  type RouteHandler,
  type RunningServer,
  type Viewer,
  protocolMessages,
  Message,
} from '@arrears-hub/protocol';
import { createRequestContext, type SubgraphContext } from './context.js';
import { ContractQueryError, decodeQuery, mayCall } from './contracts/contract.js';
import type { ContractHandler } from './contracts/serve.js';
import { nameThisService } from './contracts/call.js';
import { ensureDatabaseExists } from './orm.js';
import { kitMessages as msg } from './messages.js';
import { assertEveryEntityDeclared } from './ownership/declare.js';
import { describeOwnership } from './ownership/describe.js';
import { unscopedReasons } from './ownership/filter.js';
import {
  backgroundSqlStatements,
  jobStatementsExecuted,
  sqlStatementsExecuted,
} from './sql-statements.js';
import { outboxRelayJob, RELAY_JOB } from './events/relay.js';
import { JobRunner, type JobDefinition } from './jobs/runner.js';
import { reportQueueCounts } from './jobs/metrics.js';
import { kitConfig } from './kit-config.js';
import {
  listenForDirectoryChanges,
  unitDirectory,
  useLocalDirectorySource,
  type DirectorySource,
} from './unit-directory.js';

export interface SubgraphDefinition {
  name: string;
  /** The ORM config; a function so that it reads DATABASE_URL when the subgraph starts. */
  ormConfig: (clientUrl?: string) => Options;
  buildSchema: () => Promise<GraphQLSchema>;
  /** Demo data; it must leave a database that already has data untouched. */
  demoSeeder?: new () => Seeder;
  /** The internal contracts this subgraph answers (contracts/catalogue.ts). */
  contracts?: (orm: MikroORM) => ContractHandler[];
  /** The organisations subgraph answers the unit directory from its own database. */
  directorySource?: (orm: MikroORM) => DirectorySource;
  /** Runs once the subgraph is migrated, before it listens: e.g. to keep a table in step with the
   * unit directory (`unitDirectory().onRefresh(…)`). Must not wait for other subgraphs. */
  onStart?: (orm: MikroORM) => void | Promise<void>;
  /**
   * The subgraph's scheduled jobs (jobs/runner.ts). A subgraph that lists any (an empty list
   * too) runs the job runner and the outbox relay; pass `jobRunsOf` to buildFederatedSchema so
   * that `<name>JobRuns` shows them.
   */
  jobs?: readonly JobDefinition[];
}

export interface StartOptions {
  port?: number;
  host?: string;
  databaseUrl?: string;
  seedDemoData?: boolean;
  viewerSecret?: string;
  /** The signals database (HUB_SIGNALS_DATABASE_URL): replicas hear of directory changes. */
  signalsUrl?: string;
  /** HUB_MIGRATIONS: `run` the pending migrations at start (default), or only `check` that
   * none is pending (a second replica, or a deployment whose migrations ran before it). */
  migrations?: 'run' | 'check';
}

export interface RunningSubgraph extends RunningServer {
  name: string;
  orm: MikroORM;
  /** The job runner, when the subgraph has jobs and HUB_JOBS is not off. */
  jobs?: JobRunner;
  stop(): Promise<void>;
}

/** POST /debug/clock {"at": ISO instant | null} and GET: the hub's clock of this process. */
async function clockRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'POST') {
    let body: unknown;
    try {
      body = await readJsonBody(req, 10_000);
    } catch (error) {
      return sendJson(res, 400, { error: (error as Error).message });
    }
    const at = (body as { at?: unknown } | null)?.at;
    if (at !== null && (typeof at !== 'string' || Number.isNaN(Date.parse(at))))
      return sendJson(res, 400, {
        error: 'at: an ISO instant, e.g. 2026-12-18T09:00:00+08:00, or null',
      });
    setClock(at === null ? null : new Date(at));
    logger('jobs').warn({ at, offsetMs: clockOffsetMs() }, 'clock moved (debug)');
  }
  const current = now();
  sendJson(res, 200, {
    now: current.toISOString(),
    today: todayInChina(current),
    offsetMs: clockOffsetMs(),
  });
}

/** POST /debug/jobs/<name>/run for every job: runs it now through the queue and answers its run. */
function jobRoutes(runner: JobRunner | undefined): Record<string, RouteHandler> {
  if (!runner) return {};
  return {
    '/debug/jobs': (_req, res) => sendJson(res, 200, { jobs: runner.names }),
    ...Object.fromEntries(
      runner.names.map((job): [string, RouteHandler] => [
        `/debug/jobs/${job}/run`,
        async (req, res) => {
          if (req.method !== 'POST') return sendJson(res, 405, { error: msg.usePost().text() });
          const run = await runner.runNow(job);
          sendJson(res, 200, run);
        },
      ]),
    ),
  };
}

/** A POST contract's body, at most `limit` bytes, parsed as JSON (ContractQueryError otherwise). */
async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new ContractQueryError(`the body is larger than ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new ContractQueryError('the body is not JSON');
  }
}

type Verify = (req: {
  headers: Record<string, string | string[] | undefined>;
}) => ReturnType<typeof verifyViewer>;

/** The HTTP routes of the contracts a subgraph answers. */
function contractRoutes(
  orm: MikroORM,
  handlers: ContractHandler[],
  verify: Verify,
  log: (m: string, e: unknown) => void,
): Record<string, RouteHandler> {
  return Object.fromEntries(
    handlers.map(({ contract, handle }): [string, RouteHandler] => [
      contract.path,
      async (req, res, url) => {
        const verified = verify(req);
        if (!verified.ok)
          return sendJson(res, 401, graphqlErrorBody('UNAUTHENTICATED', verified.reason));
        const caller = verified.viewer;
        if (!isService(caller) || !mayCall(contract, caller.service!)) {
          return sendJson(
            res,
            403,
            graphqlErrorBody('FORBIDDEN', msg.servicesOnly({ path: contract.path })),
          );
        }
        if (contract.scope === 'person' && !caller.onBehalfOf) {
          return sendJson(
            res,
            403,
            graphqlErrorBody('FORBIDDEN', msg.calledForPerson({ path: contract.path })),
          );
        }
        let query: unknown;
        try {
          if (contract.method === 'POST') {
            if (req.method !== 'POST')
              return sendJson(res, 405, graphqlErrorBody('BAD_REQUEST', msg.usePost()), {
                allow: 'POST',
              });
            query = contract.parseBody!(await readJsonBody(req, 4_000_000));
          } else {
            query = decodeQuery(contract.params, url.searchParams);
          }
        } catch (error) {
          if (error instanceof ContractQueryError)
            return sendJson(
              res,
              400,
              graphqlErrorBody('BAD_REQUEST', Message.rendered('contract.badQuery', error.message)),
            );
          throw error;
        }
        const person: Viewer = caller.onBehalfOf ?? caller;
        const ctx = createRequestContext(orm.em, person, {
          callerService: caller.service,
          requestId: requestIdOf(req),
        });
        try {
          sendJson(res, 200, await handle(query, ctx));
        } catch (error) {
          if (error instanceof HubError) {
            return sendJson(res, 422, {
              errors: [{ message: error.message, extensions: error.extensions }],
            });
          }
          log(`${contract.path} failed`, error);
          sendJson(
            res,
            500,
            graphqlErrorBody('INTERNAL_SERVER_ERROR', protocolMessages.unexpected()),
          );
        }
      },
    ]),
  );
}

gauge({
  name: 'hub_unit_directory_age_seconds',
  help: "Age of the copy of the organisations registry this subgraph uses for jurisdiction (kept through organisations' outages).",
  collect() {
    const age = unitDirectory().ageMs();
    if (age !== null) this.set(age / 1000);
  },
});

gauge({
  name: 'hub_unit_directory_stale',
  help: '1 while the last refresh of the unit directory failed and an older copy is serving.',
  collect() {
    this.set(unitDirectory().lastError ? 1 : 0);
  },
});

export async function startSubgraph(
  definition: SubgraphDefinition,
  options: StartOptions = {},
): Promise<RunningSubgraph> {
  const { name } = definition;
  const secret = options.viewerSecret ?? viewerSecretFromEnv();
  const production = process.env.NODE_ENV === 'production';
  const config = definition.ormConfig(options.databaseUrl);
  const log = (message: string, detail: unknown) =>
    logger('graphql').error({ err: detail }, message);

  await ensureDatabaseExists(String(config.clientUrl));
  const orm = await MikroORM.init(config);
  try {
    // Every entity says who owns it before anything is served.
    // Pivot tables of many-to-many collections are not entities anyone reads on their own.
    assertEveryEntityDeclared(
      [...orm.getMetadata().getAll().values()].filter((m) => !m.pivotTable).map((m) => m.className),
    );
    if (options.migrations === 'check') {
      const pending = await orm.migrator.getPending();
      if (pending.length)
        throw new Error(
          `${name}: ${pending.length} migration(s) not yet run (${pending.map((m) => m.name).join(', ')}): run them first (HUB_MIGRATIONS=only), or start with HUB_MIGRATIONS=run.`,
        );
    } else {
      const applied = await orm.migrator.up();
      if (applied.length)
        logger().info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
      if (options.seedDemoData && definition.demoSeeder)
        await orm.seeder.seed(definition.demoSeeder);
    }
  } catch (error) {
    await orm.close();
    throw error;
  }

  nameThisService(definition.name);
  if (definition.directorySource) useLocalDirectorySource(definition.directorySource(orm));
  // Every process hears of unit changes at once, whichever replica of organisations made them.
  const signalsUrl = options.signalsUrl ?? kitConfig().signalsUrl;
  const signals = signalsUrl ? await Signals.open(signalsUrl) : undefined;
  if (signals) await listenForDirectoryChanges(signals);
  await definition.onStart?.(orm);

  const kit = kitConfig();
  let jobs: JobRunner | undefined;
  if (definition.jobs && kit.jobsEnabled) {
    jobs = await JobRunner.start({
      subgraph: name,
      orm,
      connectionString: String(config.clientUrl),
      jobs: [...definition.jobs, outboxRelayJob(name)],
      schedules: kit.jobSchedules,
      pollSeconds: kit.jobPollSeconds,
      relayJob: RELAY_JOB,
    });
    reportQueueCounts(() => jobs!.queueCounts());
  }

  const apollo = new ApolloServer<SubgraphContext>({
    schema: await definition.buildSchema(),
    // The process drains on SIGTERM itself (serveApollo, stopOnSignals): Apollo's own handler would
    // stop it at once, failing every request of the drain ("server is stopping"), then re-raise
    // the signal, which ends the process before the drain is over.
    stopOnTerminationSignals: false,
    formatError: formatHubError(log),
    logger: logger('apollo-server'),
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      graphqlMetricsPlugin<SubgraphContext>(),
    ],
  });
  await apollo.start();

  const verify: Verify = (req) => {
    const header = req.headers[VIEWER_HEADER];
    return verifyViewer(Array.isArray(header) ? header[0] : header, secret);
  };

  const server = await serveApollo<SubgraphContext, Viewer>({
    apollo,
    port: options.port ?? 0,
    host: options.host,
    // The gateway already bounds what clients send; this only stops a runaway request.
    maxBodyBytes: 8_000_000,
    // Subgraphs trust only the gateway: no valid signature, no GraphQL at all (not even _service).
    // Services talk through contracts, never GraphQL.
    authenticate: (req) => {
      const result = verify(req);
      if (!result.ok)
        return { ok: false, status: 401, code: 'UNAUTHENTICATED', message: result.reason };
      if (isService(result.viewer)) {
        return {
          ok: false,
          status: 403,
          code: 'FORBIDDEN',
          message: msg.servicesUseContracts(),
        };
      }
      return { ok: true, value: result.viewer };
    },
    // The request id the gateway sent (x-request-id), so this subgraph's log lines join its own.
    context: async (viewer, req) =>
      createRequestContext(orm.em, viewer, { requestId: requestIdOf(req) }),
    ...drainSettingsFromEnv(),
    routes: {
      ...contractRoutes(orm, definition.contracts?.(orm) ?? [], verify, log),
      '/health': async (_req, res) => {
        const connected = await orm.isConnected();
        const directory = unitDirectory();
        sendJson(res, connected ? 200 : 503, {
          status: connected ? 'ok' : 'database unreachable',
          subgraph: name,
          unitDirectory: {
            ageMs: directory.ageMs(),
            lastError: directory.lastError?.message ?? null,
          },
        });
      },
      // Ready to serve: the database answers (503 while draining, in serveApollo).
      '/ready': async (_req, res) => {
        const connected = await orm.isConnected();
        sendJson(res, connected ? 200 : 503, {
          status: connected ? 'ready' : 'database unreachable',
          subgraph: name,
        });
      },
      // Counters and declarations for tests and benchmarks; never in production.
      ...(production
        ? {}
        : {
            '/debug/stats': (_req, res) =>
              sendJson(res, 200, {
                statements: sqlStatementsExecuted(),
                backgroundStatements: backgroundSqlStatements(),
                jobStatements: jobStatementsExecuted(),
                requests: graphqlRequestsServed(),
                unscoped: unscopedReasons(),
              }),
            '/debug/clock': clockRoute,
            ...jobRoutes(jobs),
            '/debug/ownership': (_req, res) => sendJson(res, 200, describeOwnership(orm)),
            // Reload the copy of the registry now, and wait until the tables kept in step with it
            // are (tests that move a unit; the benchmark after loading units into the database).
            '/debug/directory/refresh': async (req, res) => {
              if (req.method !== 'POST')
                return sendJson(res, 405, graphqlErrorBody('BAD_REQUEST', msg.usePost()));
              await unitDirectory().refreshNow();
              sendJson(res, 200, { ageMs: unitDirectory().ageMs() });
            },
          }),
    },
  });

  // Drains first: requests in flight finish on an open database, then it closes.
  const stop = async () => {
    await server.close();
    await apollo.stop();
    await signals?.close();
    // A job in flight finishes (or is handed back to the queue) before the database closes.
    await jobs?.stop();
    reportQueueCounts(undefined);
    await orm.close();
  };
  return { ...server, name, orm, ...(jobs ? { jobs } : {}), stop, close: stop };
}

/** Runs the pending migrations (and the demo data, if asked) and closes: nothing is served. The
 * demo seeders read other subgraphs through their contracts, so those must be up for it. */
export async function migrateSubgraph(
  definition: SubgraphDefinition,
  options: Pick<StartOptions, 'databaseUrl' | 'seedDemoData'> = {},
): Promise<void> {
  const config = definition.ormConfig(options.databaseUrl);
  await ensureDatabaseExists(String(config.clientUrl));
  const orm = await MikroORM.init(config);
  try {
    nameThisService(definition.name);
    const applied = await orm.migrator.up();
    if (applied.length)
      logger().info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
    if (definition.directorySource) useLocalDirectorySource(definition.directorySource(orm));
    if (options.seedDemoData && definition.demoSeeder) await orm.seeder.seed(definition.demoSeeder);
  } finally {
    await orm.close();
  }
}

/** The body of every subgraph's main.ts: configuration from the environment, JSON logs named after
 * the subgraph, metrics, traces when an OTLP endpoint is set, signals handled. */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  configureLogging(definition.name, { level: process.env.HUB_LOG_LEVEL });
  const migrations = process.env.HUB_MIGRATIONS || 'run';
  if (!['run', 'check', 'only'].includes(migrations))
    throw new Error(`HUB_MIGRATIONS must be run, check or only; got "${migrations}".`);
  if (migrations === 'only') {
    // A deployment's migration step (a Kubernetes Job, the replicas script): migrate, then exit.
    await migrateSubgraph(definition, { seedDemoData: process.env.HUB_DEMO_DATA === '1' });
    logger().info('migrations done');
    return;
  }
  configureMetrics(definition.name);
  const tracing = startTracing(definition.name);
  const running = await startSubgraph(definition, {
    port: Number(process.env.PORT ?? 0),
    host: process.env.HOST,
    seedDemoData: process.env.HUB_DEMO_DATA === '1',
    migrations: migrations as 'run' | 'check',
  });
  logger().info(
    { url: running.url, tracing: tracing.exporting ? 'on' : 'off' },
    `ready at ${running.url}`,
  );
  stopOnSignals(definition.name, async () => {
    await running.stop();
    await tracing.shutdown();
  });
}
