// The outbox: events a subgraph raises are written into its own database in the same transaction
// as the change that caused them, so a change and its events commit or vanish together; the relay
// job (relay.ts) delivers them afterwards. Declared by the kit like the audit trail, so every
// subgraph has the table (each subgraph's migrations create it).
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { now } from '@arrears-hub/protocol';
import type { EventTopic, TopicPayload } from '../contracts/catalogue.js';
import { unowned } from '../ownership/declare.js';

@Entity({ tableName: 'outbox_event' })
@Index({
  name: 'outbox_event_pending',
  expression:
    'create index "outbox_event_pending" on "outbox_event" ("created_at") where "delivered_at" is null',
})
export class OutboxEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Idempotency: one event per key, however often the rule that raises it runs
   * (e.g. "instalment-missed:<plan>:<seq>"). */
  @Property({ type: 'string', length: 300, unique: true })
  key!: string;

  @Property({ type: 'string', length: 40 })
  topic!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  /** By the hub's clock (clock.ts), so a test that travels in time sees its own dates. */
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;
}

unowned(
  OutboxEvent,
  'Events waiting for delivery: written and read only by the kit (emitEvent, the relay job), never through GraphQL.',
);

export interface RaisedEvent<T extends EventTopic> {
  topic: T;
  /** One event per key: raising it again (a job that runs twice) is a no-op. */
  key: string;
  payload: TopicPayload<T>;
}

/**
 * Writes an event into the outbox inside `em`'s transaction (pass the transaction's EntityManager,
 * e.g. the one changeEntity or inTransaction hands you). Returns true when it is new, false when an
 * event with the same key was raised before.
 */
export async function emitEvent<T extends EventTopic>(
  em: EntityManager,
  event: RaisedEvent<T>,
): Promise<boolean> {
  const rows = await em.execute<{ id: string }[]>(
    `insert into outbox_event (id, key, topic, payload, occurred_at, created_at, attempts)
     values (?, ?, ?, ?, ?, now(), 0) on conflict (key) do nothing returning id`,
    [randomUUID(), event.key, event.topic, JSON.stringify(event.payload), now()],
  );
  return rows.length > 0;
}

/** Events still waiting for delivery, for /health and the metrics. */
export async function pendingEvents(em: EntityManager): Promise<number> {
  const [row] = await em.execute<{ n: string }[]>(
    'select count(*) as n from outbox_event where delivered_at is null',
  );
  return Number(row?.n ?? 0);
}
