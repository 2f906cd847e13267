// Starts the whole hub as real processes: PostgreSQL (embedded, unless DATABASE_URL_<NAME> points
// elsewhere), every subgraph of schema/supergraph.yaml, and the gateway, talking over HTTP.
// Used by `npm start` and by the cross-subgraph tests, so both run exactly the same thing.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { startEmbeddedPostgres, freePort, type EmbeddedServer } from './embedded-postgres.ts';
import { ROOT, SUBGRAPHS } from './subgraphs.ts';

export interface StackOptions {
  /** Embedded PostgreSQL data directory. */
  dataDir: string;
  /** Keep the data between runs (npm start) or throw it away (tests). */
  persistent: boolean;
  demoData: boolean;
  /** Fixed ports (npm start) or free ones (tests). */
  fixedPorts: boolean;
  gatewayPort?: number;
  /** Extra environment for every process (e.g. NODE_ENV). */
  env?: Record<string, string>;
  log?: (line: string) => void;
}

export interface RunningStack {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  databaseUrls: Record<string, string>;
  stop(): Promise<void>;
}

function externalDatabaseUrl(envKey: string): string | undefined {
  return process.env[`DATABASE_URL_${envKey}`];
}

/** Starts `node <main>` and resolves when it prints "ready at <url>". */
function startProcess(
  name: string,
  main: string,
  env: Record<string, string>,
  log: (line: string) => void,
) {
  return new Promise<{ child: ChildProcess; url: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [main], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    let ready = false;
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        log(`[${name}] ${line.replace(/^\[[\w-]+\] /, '')}`);
        const m = /ready at (http\S+)/.exec(line);
        if (m && !ready) {
          ready = true;
          resolve({ child, url: m[1]! });
        }
      }
    };
    child.stdout!.on('data', onLine);
    child.stderr!.on('data', onLine);
    child.once('exit', (code) => {
      if (!ready)
        reject(
          new Error(`${name} exited with code ${code} before it was ready (see the log above).`),
        );
    });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startStack(options: StackOptions): Promise<RunningStack> {
  const log = options.log ?? ((line: string) => console.log(line));
  const children: ChildProcess[] = [];
  let pg: EmbeddedServer | undefined;
  const stop = async () => {
    for (const child of children.reverse()) await stopProcess(child);
    await pg?.stop();
  };

  try {
    const needsEmbedded = SUBGRAPHS.some((s) => !externalDatabaseUrl(s.envKey));
    if (needsEmbedded) {
      pg = await startEmbeddedPostgres({
        dataDir: options.dataDir,
        persistent: options.persistent,
        port: options.fixedPorts ? Number(process.env.HUB_POSTGRES_PORT ?? 5433) : undefined,
        log: (line) =>
          process.env.HUB_POSTGRES_LOG === '1' ? log(`[postgres] ${line}`) : undefined,
      });
      log(`[postgres] embedded PostgreSQL on port ${pg.port}, data in ${options.dataDir}`);
    }
    const databaseUrls: Record<string, string> = {};
    const subgraphUrls: Record<string, string> = {};
    // Subgraphs start one after another: each runs its own migrations on its own database.
    for (const entry of SUBGRAPHS) {
      const databaseUrl = externalDatabaseUrl(entry.envKey) ?? pg!.urlFor(entry.databaseName);
      databaseUrls[entry.name] = databaseUrl;
      const port = options.fixedPorts ? entry.defaultPort : await freePort();
      // Subgraphs started earlier (organisations first: the registry of units) are reachable by
      // the later ones, e.g. for the kit's unit directory.
      const earlier = Object.fromEntries(
        Object.entries(subgraphUrls).map(([n, url]) => [
          `SUBGRAPH_URL_${n.toUpperCase().replace(/-/g, '_')}`,
          url,
        ]),
      );
      const { child, url } = await startProcess(
        entry.name,
        entry.main,
        {
          ...options.env,
          ...earlier,
          PORT: String(port),
          DATABASE_URL: databaseUrl,
          HUB_DEMO_DATA: options.demoData ? '1' : '0',
        },
        log,
      );
      children.push(child);
      subgraphUrls[entry.name] = url;
    }
    const gatewayPort =
      options.gatewayPort ??
      (options.fixedPorts ? Number(process.env.PORT ?? 4000) : await freePort());
    const routing = Object.fromEntries(
      Object.entries(subgraphUrls).map(([n, url]) => [
        `SUBGRAPH_URL_${n.toUpperCase().replace(/-/g, '_')}`,
        url,
      ]),
    );
    // The gateway's own database holds the operation log.
    const gatewayDatabase = process.env.DATABASE_URL_GATEWAY ?? pg?.urlFor('hub_gateway');
    const gateway = await startProcess(
      'gateway',
      join(ROOT, 'gateway/dist/main.js'),
      {
        ...options.env,
        ...routing,
        PORT: String(gatewayPort),
        ...(gatewayDatabase ? { HUB_GATEWAY_DATABASE_URL: gatewayDatabase } : {}),
      },
      log,
    );
    children.push(gateway.child);
    if (gatewayDatabase) databaseUrls.gateway = gatewayDatabase;
    return { gatewayUrl: gateway.url, subgraphUrls, databaseUrls, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
