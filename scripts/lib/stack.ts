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

/** One process of the stack, for the fault tests: signal it, wait for it, start it again. */
export interface StackProcess {
  name: string;
  readonly pid: number | undefined;
  readonly running: boolean;
  /** Sends a signal (SIGTERM, SIGKILL, SIGSTOP, SIGCONT …) without waiting. */
  signal(signal: NodeJS.Signals): void;
  /** Resolves when the process has exited (at once if it already has). */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Starts it again with the same environment (and so the same port); resolves when ready. */
  start(): Promise<void>;
}

export interface RunningStack {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  databaseUrls: Record<string, string>;
  /** The gateway and every subgraph, by name. */
  processes: Record<string, StackProcess>;
  /** The embedded PostgreSQL, when the stack started one. */
  postgres?: Pick<EmbeddedServer, 'restart' | 'port'>;
  /** Starts another process of subgraph `name` on the same database (a second replica, for
   * the tests that prove a job runs once); it is named "<name>#2" in `processes`. */
  startReplica(name: string): Promise<{ name: string; url: string }>;
  stop(): Promise<void>;
}

function externalDatabaseUrl(envKey: string): string | undefined {
  return process.env[`DATABASE_URL_${envKey}`];
}

/**
 * One line of a process's output for a person: the processes log JSON (pino, docs/operations.md);
 * shown as "[name] LEVEL message {other fields}". Successful requests' access lines are left out
 * unless HUB_ACCESS_LOG=1 (they are in the JSON for collectors). Null: nothing to show.
 */
function render(name: string, line: string): string | null {
  if (line.startsWith('{')) {
    try {
      const {
        level,
        msg,
        time: _time,
        service: _service,
        pid: _pid,
        ...rest
      } = JSON.parse(line) as Record<string, unknown>;
      if (msg === 'request' && Number(rest.status) < 400 && process.env.HUB_ACCESS_LOG !== '1')
        return null;
      const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
      return `[${name}] ${level === 'info' ? '' : `${String(level).toUpperCase()} `}${String(msg)}${extra}`;
    } catch {
      // not JSON after all: shown as it is
    }
  }
  return `[${name}] ${line.replace(/^\[[\w-]+\] /, '')}`;
}

/** Starts `node <main>` and resolves when it prints "ready at <url>". */
export function startProcess(
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
    let partial = '';
    const onLine = (chunk: Buffer) => {
      // A chunk may end inside a line (a long JSON line): keep the rest for the next chunk.
      const lines = (partial + chunk.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        const shown = render(name, line);
        if (shown !== null) log(shown);
        const m = /ready at (http[^\s"]+)/.exec(line);
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

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    // A process drains for up to HUB_DRAIN_TIMEOUT_MS (10 s) before it exits by itself.
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A started process that can be signalled and started again with the same environment. */
function managed(
  name: string,
  main: string,
  env: Record<string, string>,
  log: (line: string) => void,
  first: ChildProcess,
): StackProcess & { child(): ChildProcess } {
  let child = first;
  const exited = (c: ChildProcess) =>
    c.exitCode !== null || c.signalCode !== null
      ? Promise.resolve({ code: c.exitCode, signal: c.signalCode })
      : new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
          c.once('exit', (code, signal) => resolve({ code, signal })),
        );
  return {
    name,
    child: () => child,
    get pid() {
      return child.pid;
    },
    get running() {
      return child.exitCode === null && child.signalCode === null;
    },
    signal: (signal) => void child.kill(signal),
    exited: () => exited(child),
    start: async () => {
      if (child.exitCode === null && child.signalCode === null)
        throw new Error(`${name} is still running.`);
      child = (await startProcess(name, main, env, log)).child;
    },
  };
}

export async function startStack(options: StackOptions): Promise<RunningStack> {
  const log = options.log ?? ((line: string) => console.log(line));
  const processes: Record<string, ReturnType<typeof managed>> = {};
  let pg: EmbeddedServer | undefined;
  const stop = async () => {
    for (const p of Object.values(processes).reverse()) await stopProcess(p.child());
    await pg?.stop();
  };
  const envOf: Record<string, Record<string, string>> = {};
  const launch = async (name: string, main: string, env: Record<string, string>) => {
    const { child, url } = await startProcess(name, main, env, log);
    processes[name] = managed(name, main, env, log, child);
    return url;
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
    // Where the processes tell each other of changes (LISTEN/NOTIFY: the unit directory).
    const signalsDatabase = process.env.DATABASE_URL_SIGNALS ?? pg?.urlFor('hub_signals');
    const signals: Record<string, string> = signalsDatabase
      ? { HUB_SIGNALS_DATABASE_URL: signalsDatabase }
      : {};
    if (signalsDatabase) databaseUrls.signals = signalsDatabase;
    // Every subgraph knows where every other one answers (ports chosen up front): a later one may
    // call an earlier one's contracts at start-up (organisations first: the registry of units), and
    // an earlier one's jobs call later ones (arrears' events to notices and supervision).
    const ports: Record<string, number> = {};
    for (const entry of SUBGRAPHS)
      ports[entry.name] = options.fixedPorts ? entry.defaultPort : await freePort();
    const everyUrl = Object.fromEntries(
      SUBGRAPHS.map((entry) => [
        `SUBGRAPH_URL_${entry.envKey}`,
        `http://127.0.0.1:${ports[entry.name]}/graphql`,
      ]),
    );
    // Subgraphs start one after another: each runs its own migrations on its own database.
    for (const entry of SUBGRAPHS) {
      const databaseUrl = externalDatabaseUrl(entry.envKey) ?? pg!.urlFor(entry.databaseName);
      databaseUrls[entry.name] = databaseUrl;
      const env = {
        ...signals,
        ...options.env,
        ...everyUrl,
        PORT: String(ports[entry.name]),
        DATABASE_URL: databaseUrl,
        HUB_DEMO_DATA: options.demoData ? '1' : '0',
      };
      subgraphUrls[entry.name] = await launch(entry.name, entry.main, env);
      envOf[entry.name] = env;
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
    const gatewayUrl = await launch('gateway', join(ROOT, 'gateway/dist/main.js'), {
      ...options.env,
      ...routing,
      PORT: String(gatewayPort),
      ...(gatewayDatabase ? { HUB_GATEWAY_DATABASE_URL: gatewayDatabase } : {}),
    });
    if (gatewayDatabase) databaseUrls.gateway = gatewayDatabase;
    return {
      gatewayUrl,
      subgraphUrls,
      databaseUrls,
      processes,
      ...(pg ? { postgres: pg } : {}),
      startReplica: async (name: string) => {
        const entry = SUBGRAPHS.find((s) => s.name === name);
        if (!entry || !envOf[name]) throw new Error(`No subgraph named ${name}.`);
        let n = 2;
        while (processes[`${name}#${n}`]) n += 1;
        const replica = `${name}#${n}`;
        // The same database and settings on another port, without the demo data (already there).
        const url = await launch(replica, entry.main, {
          ...envOf[name],
          PORT: String(await freePort()),
          HUB_DEMO_DATA: '0',
        });
        return { name: replica, url };
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
