// Signals between the hub's processes through PostgreSQL LISTEN/NOTIFY: with two replicas of a
// subgraph (or of the gateway), a cache one process holds must hear when another process changed
// what it caches. One session connection per process to the signals database
// (HUB_SIGNALS_DATABASE_URL: any database every process can reach; it holds no table), kept open
// and reconnected after an outage. A notification is a hint, never the data: a listener re-reads
// what changed through its usual source, and after a reconnect (when notifications may have been
// missed) it is told to forget everything (`onReconnect`). A process also hears its own
// notifications; `from` tells them apart.
//
// LISTEN needs a session of its own: through PgBouncer it must use a session-pooled entry (or go
// straight to PostgreSQL), never transaction pooling (docs/deployment.md).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { ensureDatabaseExists } from './database.js';
import { log } from './logging.js';
import { counter, gauge } from './metrics.js';

/** This process, as the `from` of the signals it sends. */
export const PROCESS_ID = randomUUID();

export interface Signal<P> {
  /** The sending process (PROCESS_ID). */
  from: string;
  payload: P;
}

export interface SignalHandler<P> {
  onSignal(signal: Signal<P>): void;
  /** The connection was lost and is back: what was sent meanwhile was missed. */
  onReconnect?(): void;
}

/** PostgreSQL refuses payloads of 8000 bytes or more. */
export const MAX_SIGNAL_BYTES = 7_500;

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

const connected = gauge({
  name: 'hub_signals_connected',
  help: '1 while this process holds its LISTEN connection to the signals database.',
});
const received = counter({
  name: 'hub_signals_received_total',
  help: 'Signals received from other processes, by channel.',
  labelNames: ['channel'],
});
const sent = counter({
  name: 'hub_signals_sent_total',
  help: 'Signals sent to the other processes, by channel and outcome (sent, failed).',
  labelNames: ['channel', 'outcome'],
});

export class Signals {
  private client: pg.Client | undefined;
  private readonly handlers = new Map<string, SignalHandler<unknown>[]>();
  private connecting: Promise<void> | undefined;
  private retryMs = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private everConnected = false;

  private constructor(private readonly url: string) {}

  /** Connects (creating the database if it is missing); the first connection must succeed. */
  static async open(url: string): Promise<Signals> {
    await ensureDatabaseExists(url);
    const signals = new Signals(url);
    await signals.connect();
    return signals;
  }

  /** Listens on a channel; the handler runs for every signal, its own process's included. */
  async listen<P>(channel: string, handler: SignalHandler<P>): Promise<void> {
    if (!CHANNEL.test(channel)) throw new Error(`Bad signal channel name "${channel}".`);
    const list = this.handlers.get(channel) ?? [];
    const first = list.length === 0;
    list.push(handler as SignalHandler<unknown>);
    this.handlers.set(channel, list);
    if (first && this.client) await this.client.query(`listen ${channel}`);
  }

  /** Tells every process listening on the channel (a failure is logged: caches still expire). */
  async notify<P>(channel: string, payload: P): Promise<boolean> {
    const text = JSON.stringify({ from: PROCESS_ID, payload } satisfies Signal<P>);
    if (Buffer.byteLength(text) > MAX_SIGNAL_BYTES)
      throw new Error(`A signal on ${channel} is larger than ${MAX_SIGNAL_BYTES} bytes.`);
    try {
      if (!this.client) throw new Error('not connected');
      await this.client.query('select pg_notify($1, $2)', [channel, text]);
      sent.inc({ channel, outcome: 'sent' });
      return true;
    } catch (error) {
      sent.inc({ channel, outcome: 'failed' });
      log('signals').warn({ err: error, channel }, 'signal not sent: other processes learn late');
      return false;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    connected.set(0);
    await client?.end().catch(() => undefined);
  }

  private connect(): Promise<void> {
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.url, keepAlive: true });
      client.on('notification', (message) => this.dispatch(message.channel, message.payload));
      client.on('error', (error) => this.lost(client, error));
      client.on('end', () => this.lost(client));
      try {
        await client.connect();
        for (const channel of this.handlers.keys()) await client.query(`listen ${channel}`);
      } catch (error) {
        await client.end().catch(() => undefined);
        throw error;
      }
      this.client = client;
      this.retryMs = 0;
      connected.set(1);
      if (this.everConnected) {
        log('signals').info('signals connection back: caches start afresh');
        for (const list of this.handlers.values()) for (const h of list) h.onReconnect?.();
      }
      this.everConnected = true;
    })().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    connected.set(0);
    if (this.closed) return;
    log('signals').warn({ err: error }, 'signals connection lost: reconnecting');
    this.reconnectLater();
  }

  private reconnectLater(): void {
    this.retryMs = Math.min(30_000, Math.max(500, this.retryMs * 2));
    this.timer = setTimeout(() => {
      if (this.closed) return;
      this.connect().catch((error: unknown) => {
        log('signals').warn({ err: error, retryInMs: this.retryMs }, 'signals reconnect failed');
        this.reconnectLater();
      });
    }, this.retryMs);
    this.timer.unref();
  }

  private dispatch(channel: string, text: string | undefined): void {
    let signal: Signal<unknown>;
    try {
      signal = JSON.parse(text ?? '') as Signal<unknown>;
    } catch {
      return log('signals').warn({ channel }, 'unreadable signal ignored');
    }
    if (signal.from !== PROCESS_ID) received.inc({ channel });
    for (const handler of this.handlers.get(channel) ?? []) {
      try {
        handler.onSignal(signal);
      } catch (error) {
        log('signals').error({ err: error, channel }, 'signal handler failed');
      }
    }
  }
}
