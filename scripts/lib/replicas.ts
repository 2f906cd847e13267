// The hub with every process replicated behind a load balancer (docs/deployment.md): embedded
// PostgreSQL (or DATABASE_URL_<NAME>), HAProxy listening on each service's usual port, and N
// processes of every subgraph and of the gateway on ports of their own. Everything that calls a
// subgraph — the gateways, and subgraphs calling each other's contracts — goes through the load
// balancer. Migrations run once: the first process of each subgraph runs them (and loads the demo
// data into an empty database); the others start with HUB_MIGRATIONS=check. The processes hear
// of each other's directory changes through the signals database; the gateways count rate limits
// together in theirs. Used by `npm run start:replicas` and `npm run bench:replicas`.
import { join } from 'node:path';
import { startEmbeddedPostgres, freePort, type EmbeddedServer } from './embedded-postgres.ts';
import { startHaproxy, type Backend, type RunningBalancer } from './load-balancer.ts';
import { startProcess, stopProcess } from './stack.ts';
import { ROOT, SUBGRAPHS } from './subgraphs.ts';
import type { ChildProcess } from 'node:child_process';

export interface ReplicasOptions {
  replicas: number;
  /** Embedded PostgreSQL's data directory. */
  dataDir: string;
  /** Where the load balancer's configuration and runtime socket go. */
  runDir: string;
  persistent: boolean;
  demoData: boolean;
  /** The usual ports (4000 for the gateway, the supergraph's for the subgraphs) on the load
   * balancer, and each replica r (1, 2 …) on that port + 100 × r; or free ports. */
  fixedPorts: boolean;
  /** Extra environment for every process. */
  env?: Record<string, string>;
  log?: (line: string) => void;
}

export interface Replica {
  service: string;
  /** 0-based: replica 1 is index 0. */
  index: number;
  url: string;
  child: ChildProcess;
  /** SIGTERM (it drains), then the same process again on the same port; resolves when ready. */
  restart(): Promise<void>;
}

export interface RunningReplicas {
  /** Through the load balancer. */
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  databaseUrls: Record<string, string>;
  replicas: Replica[];
  balancer: RunningBalancer;
  stop(): Promise<void>;
}

async function waitUntilServed(url: string, within = 30_000): Promise<void> {
  const deadline = Date.now() + within;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${within / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function startReplicas(options: ReplicasOptions): Promise<RunningReplicas> {
  const log = options.log ?? ((line: string) => console.log(line));
  const n = options.replicas;
  const replicas: Replica[] = [];
  let pg: EmbeddedServer | undefined;
  let balancer: RunningBalancer | undefined;
  const stop = async () => {
    // Gateways first, then subgraphs (each drains), then the load balancer and PostgreSQL.
    for (const r of [...replicas].reverse()) await stopProcess(r.child);
    await balancer?.stop();
    await pg?.stop();
  };
  const port = async (base: number, replica?: number) =>
    options.fixedPorts ? base + 100 * (replica ?? 0) : freePort();

  try {
    if (SUBGRAPHS.some((s) => !process.env[`DATABASE_URL_${s.envKey}`])) {
      pg = await startEmbeddedPostgres({
        dataDir: options.dataDir,
        persistent: options.persistent,
        port: options.fixedPorts ? Number(process.env.HUB_POSTGRES_PORT ?? 5433) : undefined,
      });
      log(`[postgres] embedded PostgreSQL on port ${pg.port}, data in ${options.dataDir}`);
    }
    const databaseUrls: Record<string, string> = {};
    for (const s of SUBGRAPHS)
      databaseUrls[s.name] = process.env[`DATABASE_URL_${s.envKey}`] ?? pg!.urlFor(s.databaseName);
    databaseUrls.gateway = process.env.DATABASE_URL_GATEWAY ?? pg!.urlFor('hub_gateway');
    databaseUrls.signals = process.env.DATABASE_URL_SIGNALS ?? pg!.urlFor('hub_signals');

    // Ports: the load balancer's, then each replica's.
    const services = [
      ...SUBGRAPHS.map((s) => ({ name: s.name, base: s.defaultPort, main: s.main })),
      {
        name: 'gateway',
        base: Number(process.env.PORT ?? 4000),
        main: join(ROOT, 'gateway/dist/main.js'),
      },
    ];
    const backends: (Backend & { main: string; replicaPorts: number[] })[] = [];
    for (const s of services) {
      const replicaPorts: number[] = [];
      for (let r = 1; r <= n; r++) replicaPorts.push(await port(s.base, r));
      backends.push({
        name: s.name,
        main: s.main,
        port: await port(s.base),
        replicaPorts,
        servers: replicaPorts.map((p) => `127.0.0.1:${p}`),
      });
    }
    balancer = await startHaproxy(backends, {
      dir: options.runDir,
      statsPort: await port(4999),
      log,
    });
    log(`[haproxy] load balancer up, statistics at http://${balancer.stats}/stats`);
    const lb = (name: string) =>
      `http://127.0.0.1:${backends.find((b) => b.name === name)!.port}/graphql`;
    const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, lb(s.name)]));
    const routing = Object.fromEntries(
      SUBGRAPHS.map((s) => [`SUBGRAPH_URL_${s.envKey}`, subgraphUrls[s.name]!]),
    );
    const common = {
      ...routing,
      HUB_SIGNALS_DATABASE_URL: databaseUrls.signals,
      // On SIGTERM, /ready answers 503 for 4 s before connections are refused: the load
      // balancer (checks every 1 s, out after 2 failures) has taken the replica out by then,
      // even on a busy machine.
      HUB_DRAIN_DELAY_MS: '4000',
      ...options.env,
    };
    const launch = async (backend: (typeof backends)[number], index: number, env: object) => {
      const name = n > 1 ? `${backend.name}-${index + 1}` : backend.name;
      const fullEnv = {
        ...common,
        PORT: String(backend.replicaPorts[index]),
        ...env,
      } as Record<string, string>;
      const { child, url } = await startProcess(name, backend.main, fullEnv, log);
      const replica: Replica = {
        service: backend.name,
        index,
        url,
        child,
        restart: async () => {
          await stopProcess(replica.child);
          // Its migrations ran at the first start: a restart only checks.
          const again = { ...fullEnv, HUB_MIGRATIONS: 'check', HUB_DEMO_DATA: '0' };
          replica.child = (await startProcess(name, backend.main, again, log)).child;
        },
      };
      replicas.push(replica);
    };

    // The first process of each subgraph, one after another: its migrations, its demo data
    // (which may read the subgraphs started before it, through the load balancer).
    for (const s of SUBGRAPHS) {
      const backend = backends.find((b) => b.name === s.name)!;
      await launch(backend, 0, {
        DATABASE_URL: databaseUrls[s.name],
        HUB_MIGRATIONS: 'run',
        HUB_DEMO_DATA: options.demoData ? '1' : '0',
      });
      await waitUntilServed(lb(s.name).replace(/\/graphql$/, '/ready'));
    }
    // The other processes of each subgraph: nothing to migrate any more.
    await Promise.all(
      SUBGRAPHS.flatMap((s) =>
        Array.from({ length: n - 1 }, (_, i) =>
          launch(
            backends.find((b) => b.name === s.name)!,
            i + 1,
            {
              DATABASE_URL: databaseUrls[s.name],
              HUB_MIGRATIONS: 'check',
              HUB_DEMO_DATA: '0',
            },
          ),
        ),
      ),
    );
    // The gateways: behind one load balancer, whose X-Forwarded-For they believe.
    const gateway = backends.find((b) => b.name === 'gateway')!;
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        launch(gateway, i, {
          HUB_GATEWAY_DATABASE_URL: databaseUrls.gateway,
          HUB_TRUST_PROXY: '1',
        }),
      ),
    );
    const gatewayUrl = lb('gateway');
    await waitUntilServed(gatewayUrl.replace(/\/graphql$/, '/ready'));
    return { gatewayUrl, subgraphUrls, databaseUrls, replicas, balancer, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
