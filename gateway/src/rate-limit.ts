// Per-viewer rate limit: a signed-in viewer is keyed by its subject, an anonymous one by its
// address. Over the limit: 429 with Retry-After, before any GraphQL work.
//
// A sliding window of one minute: the requests of this minute plus the previous minute's, weighted
// by how much of it still lies within the last 60 s. With several gateway replicas the count is
// the viewer's requests through all of them: each replica decides at once from what it knows, and
// every 250 ms writes what it counted to the gateway's database (table rate_limit_hits) and reads
// what the others counted, in one statement. So a viewer cannot multiply its allowance by the
// number of replicas; it may get past the limit by at most what the other replicas let through in
// the last 250 ms. Without the database (HUB_GATEWAY_DATABASE_URL unset) each replica counts alone.
import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { ensureSchema, log, type Refusal } from '@arrears-hub/protocol';
import type { Viewer } from '@arrears-hub/protocol';
import { gatewayMessages as msg } from './messages.js';

const WINDOW_MS = 60_000;

interface Count {
  /** This replica's requests in the window. */
  mine: number;
  /** Of `mine`, those not yet written to the shared table. */
  unsent: number;
  /** The other replicas' requests in the window, as last read. */
  others: number;
}

/** Counts by key, then by window start. */
type Counts = Map<string, Map<number, Count>>;

export class RateLimiter {
  private readonly counts: Counts = new Map();

  constructor(private readonly perMinute: number) {}

  private count(key: string, window: number): Count {
    let windows = this.counts.get(key);
    if (!windows) this.counts.set(key, (windows = new Map()));
    let count = windows.get(window);
    if (!count) windows.set(window, (count = { mine: 0, unsent: 0, others: 0 }));
    return count;
  }

  private total(key: string, window: number): number {
    const count = this.counts.get(key)?.get(window);
    return count ? count.mine + count.others : 0;
  }

  /** Takes one request for this key; a refusal when the viewer is over the limit. */
  take(key: string, now = Date.now()): Refusal | null {
    if (this.perMinute <= 0) return null;
    const window = now - (now % WINDOW_MS);
    const elapsed = (now - window) / WINDOW_MS;
    const previous = this.total(key, window - WINDOW_MS);
    const current = this.total(key, window);
    const estimate = previous * (1 - elapsed) + current;
    if (estimate + 1 > this.perMinute) {
      const retryAfter = Math.max(1, Math.ceil(this.waitMs(previous, current, elapsed) / 1000));
      return {
        ok: false,
        status: 429,
        code: 'RATE_LIMITED',
        message: msg.rateLimited({ perMinute: this.perMinute, retryAfter }),
        headers: { 'retry-after': String(retryAfter) },
      };
    }
    const count = this.count(key, window);
    count.mine += 1;
    count.unsent += 1;
    if (this.counts.size > 10_000) this.forget(window);
    return null;
  }

  /** How long until one more request fits under the limit. */
  private waitMs(previous: number, current: number, elapsed: number): number {
    const room = this.perMinute - 1;
    if (current > room) {
      // Only the next window helps, once this one's weight has fallen far enough.
      return (1 - elapsed) * WINDOW_MS + Math.max(0, 1 - room / current) * WINDOW_MS;
    }
    // The previous window's weight must fall until previous × (1 − t) ≤ room − current.
    const t = previous > 0 ? 1 - (room - current) / previous : 0;
    return Math.max(0, t - elapsed) * WINDOW_MS;
  }

  /** Drops windows older than the previous one. */
  private forget(window: number): void {
    for (const [key, windows] of this.counts) {
      for (const start of windows.keys()) if (start < window - WINDOW_MS) windows.delete(start);
      if (!windows.size) this.counts.delete(key);
    }
  }

  /** What this replica counted since the last sync, and the keys it is counting (for `shared`). */
  unsent(now = Date.now()): {
    rows: { key: string; window: number; hits: number }[];
    keys: string[];
  } {
    const window = now - (now % WINDOW_MS);
    this.forget(window);
    const rows: { key: string; window: number; hits: number }[] = [];
    for (const [key, windows] of this.counts)
      for (const [start, count] of windows)
        if (count.unsent) rows.push({ key, window: start, hits: count.unsent });
    return { rows, keys: [...this.counts.keys()] };
  }

  /** The sync went through: these counts are in the table; here is what the others counted. */
  synced(
    rows: readonly { key: string; window: number; hits: number }[],
    others: readonly { key: string; window: number; hits: number }[],
  ): void {
    for (const row of rows) {
      const count = this.counts.get(row.key)?.get(row.window);
      if (count) count.unsent -= row.hits;
    }
    for (const row of others) this.count(row.key, row.window).others = row.hits;
  }
}

const SCHEMA = `
create table if not exists rate_limit_hits (
  key text not null,
  window_start bigint not null,
  replica text not null,
  hits integer not null,
  primary key (key, window_start, replica)
);
create index if not exists rate_limit_hits_window on rate_limit_hits (window_start);`;

const SYNC = `
with added as (
  insert into rate_limit_hits (key, window_start, replica, hits)
  select key, "window", $2, hits
    from jsonb_to_recordset($1::jsonb) as r(key text, "window" bigint, hits integer)
  on conflict (key, window_start, replica) do update set hits = rate_limit_hits.hits + excluded.hits
  returning 1
)
select key, window_start as "window", sum(hits)::integer as hits
  from rate_limit_hits
 where key = any($3::text[]) and window_start >= $4 and replica <> $2
 group by key, window_start`;

/**
 * Keeps a limiter's counts in step with the other replicas' through the gateway's database.
 * A failed sync keeps the counts for the next one and the limiter goes on deciding alone.
 */
export class SharedRateLimits {
  private readonly replica = randomUUID();
  private timer: NodeJS.Timeout | undefined;
  private syncing: Promise<void> | undefined;
  private lastCleanup = 0;

  private constructor(
    private readonly limiter: RateLimiter,
    private readonly pool: pg.Pool,
    private readonly intervalMs: number,
  ) {}

  static async start(limiter: RateLimiter, pool: pg.Pool, intervalMs = 250) {
    await ensureSchema(pool, SCHEMA);
    const shared = new SharedRateLimits(limiter, pool, intervalMs);
    shared.timer = setInterval(() => void shared.sync(), intervalMs);
    shared.timer.unref();
    return shared;
  }

  /** One exchange with the table (tests call it instead of waiting for the timer). */
  sync(now = Date.now()): Promise<void> {
    this.syncing ??= this.exchange(now).finally(() => (this.syncing = undefined));
    return this.syncing;
  }

  private async exchange(now: number): Promise<void> {
    const { rows, keys } = this.limiter.unsent(now);
    if (!keys.length) return;
    const window = now - (now % WINDOW_MS);
    try {
      const result = await this.pool.query<{ key: string; window: string; hits: number }>(SYNC, [
        JSON.stringify(rows),
        this.replica,
        keys,
        window - WINDOW_MS,
      ]);
      this.limiter.synced(
        rows,
        result.rows.map((r) => ({ key: r.key, window: Number(r.window), hits: r.hits })),
      );
      if (now - this.lastCleanup > WINDOW_MS) {
        this.lastCleanup = now;
        await this.pool.query('delete from rate_limit_hits where window_start < $1', [
          window - WINDOW_MS,
        ]);
      }
    } catch (error) {
      log('rate-limit').warn({ err: error }, 'rate limits not shared this time: counting alone');
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.sync();
  }
}

/**
 * The client's address: the socket's, or behind `trustedProxies` load balancers (HUB_TRUST_PROXY)
 * the one the nearest of them saw, from X-Forwarded-For (each proxy appends the address it saw).
 */
export function clientAddress(req: IncomingMessage, trustedProxies = 0): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (trustedProxies <= 0) return socket;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  return hops[hops.length - trustedProxies] ?? hops[0] ?? socket;
}

export function rateKey(viewer: Viewer, req: IncomingMessage, trustedProxies = 0): string {
  return viewer.roles.length
    ? `viewer:${viewer.id}`
    : `address:${clientAddress(req, trustedProxies)}`;
}
