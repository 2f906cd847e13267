// npm run migration:create -- <subgraph> [name]
// Diffs the subgraph's entities against its last committed snapshot and writes a new migration to
// subgraphs/<subgraph>/src/migrations. Review it before committing: it is the schema of record.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres } from './lib/embedded-postgres.ts';
import { SUBGRAPHS } from './lib/subgraphs.ts';

const [name, migrationName] = process.argv.slice(2);
const subgraph = SUBGRAPHS.find((s) => s.name === name);
if (!subgraph) {
  console.error(`usage: npm run migration:create -- <${SUBGRAPHS.map((s) => s.name).join('|')}> [name]`);
  process.exit(2);
}

const server = await startEmbeddedPostgres({ dataDir: await mkdtemp(join(tmpdir(), 'hub-migration-')), persistent: false });
try {
  const definition = await subgraph.load();
  const config = definition.ormConfig(server.urlFor(`hub_${name}`));
  const pathTs = config.migrations!.pathTs!;
  const { ensureDatabaseExists } = await import('@arrears-hub/subgraph-kit');
  await ensureDatabaseExists(server.urlFor(`hub_${name}`));
  // Write (and read the snapshot) in src/migrations, not in dist.
  const orm = await MikroORM.init({ ...config, migrations: { ...config.migrations, path: pathTs } });
  try {
    const result = await orm.migrator.create(undefined, false, false, migrationName);
    if (!result.diff.up.length) console.log(`${name}: no schema changes, no migration written.`);
    else console.log(`${name}: wrote ${join(pathTs, result.fileName)}\n${result.diff.up.join('\n')}`);
  } finally {
    await orm.close();
  }
} finally {
  await server.stop();
}
