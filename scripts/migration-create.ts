// npm run migration:create -- <subgraph> [name]
//   Diffs the subgraph's entities against its committed migrations and writes a new migration to
//   subgraphs/<subgraph>/src/migrations. Review it before committing: it is the schema of record.
// tsx scripts/migration-create.ts --check   (part of npm run schema:check)
//   Fails when any subgraph's entities differ from what its committed migrations create.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { ensureDatabaseExists } from '@arrears-hub/subgraph-kit';
import { startEmbeddedPostgres } from './lib/embedded-postgres.ts';
import { SUBGRAPHS } from './lib/subgraphs.ts';

const check = process.argv.includes('--check');

async function copyToTemp(folder: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'hub-migrations-check-'));
  await cp(folder, copy, { recursive: true });
  return copy;
}
const [name, migrationName] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const targets = check ? SUBGRAPHS : SUBGRAPHS.filter((s) => s.name === name);
if (!targets.length) {
  console.error(
    `usage: npm run migration:create -- <${SUBGRAPHS.map((s) => s.name).join('|')}> [name]`,
  );
  process.exit(2);
}

const server = await startEmbeddedPostgres({
  dataDir: await mkdtemp(join(tmpdir(), 'hub-migration-')),
  persistent: false,
});
let stale = 0;
try {
  for (const subgraph of targets) {
    const definition = await subgraph.load();
    const url = server.urlFor(subgraph.databaseName);
    const config = definition.ormConfig(url);
    const pathTs = config.migrations!.pathTs!;
    await ensureDatabaseExists(url);
    // MikroORM diffs the entities against the snapshot committed beside the migrations. In check
    // mode it works on a throw-away copy of the folder, so nothing is written.
    const folder = check ? await copyToTemp(pathTs) : pathTs;
    const orm = await MikroORM.init({
      ...config,
      migrations: { ...config.migrations, path: folder, pathTs: folder },
    });
    try {
      const result = await orm.migrator.create(undefined, false, false, migrationName);
      if (check) {
        if (result.diff.up.length) {
          stale += 1;
          console.error(
            `${subgraph.name}: the entities differ from the committed migrations; run npm run migration:create -- ${subgraph.name}\n${result.diff.up.join('\n')}`,
          );
        }
      } else if (!result.diff.up.length)
        console.log(`${subgraph.name}: no schema changes, no migration written.`);
      else
        console.log(
          `${subgraph.name}: wrote ${join(pathTs, result.fileName)}\n${result.diff.up.join('\n')}`,
        );
    } finally {
      await orm.close();
    }
  }
} finally {
  await server.stop();
}
if (check) {
  if (stale) process.exit(1);
  console.log(`migrations are up to date for ${targets.length} subgraphs.`);
}
