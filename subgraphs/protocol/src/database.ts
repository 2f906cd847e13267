// Database housekeeping with plain pg (no ORM), so the gateway can share it.
import pg from 'pg';

/** Creates the database named in `url` when it does not exist yet (first start on a new server). */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(database))
    throw new Error(`Unsupported database name "${database}"`);
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [
      database,
    ]);
    if (!rowCount)
      await client.query(`create database "${database}"`).catch((error: { code?: string }) => {
        // Another process (a replica starting at the same moment) created it first.
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
  } finally {
    await client.end();
  }
}

/** Anything with node-postgres's `connect()` (a pg.Pool). */
interface Connectable {
  connect(): Promise<pg.PoolClient>;
}

/**
 * Runs `ddl` (CREATE … IF NOT EXISTS and the like) in one transaction under an advisory lock, so
 * replicas starting at the same moment do not race each other: concurrent CREATE TABLE IF NOT
 * EXISTS can fail with a duplicate-key error on the catalog.
 */
export async function ensureSchema(pool: Connectable, ddl: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query("select pg_advisory_xact_lock(hashtext('arrears-hub schema'))");
    await client.query(ddl);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
