// The relay: delivers the outbox's pending events to the contract of their topic (catalogue.ts,
// EVENT_TOPICS), in batches, oldest first. Rows are claimed with FOR UPDATE SKIP LOCKED, so two
// replicas do not send the same event at the same time; an event is marked delivered only when the
// owner answered that it stored it, and the owner stores each event id once, so an answer lost on
// the way back means a harmless second delivery, never a second notice. When the owner is down
// the events stay pending, the attempt fails, and the queue retries it with backoff (and the
// every-minute schedule picks them up in any case): nothing is lost.
import type { EntityManager } from '@mikro-orm/postgresql';
import { postContract } from '../contracts/call.js';
import {
  EVENT_TOPICS,
  type EventEnvelope,
  type EventsAccepted,
  type EventTopic,
} from '../contracts/catalogue.js';
import type { PostContract } from '../contracts/contract.js';
import { defineJob, type JobDefinition } from '../jobs/runner.js';

export const RELAY_JOB = 'outbox-relay';
const BATCH = 200;

interface PendingRow {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

async function relayBatch(
  em: EntityManager,
  source: string,
): Promise<{ claimed: number; delivered: number; errors: string[] }> {
  const rows = await em.execute<PendingRow[]>(
    `select id, topic, payload, occurred_at from outbox_event
      where delivered_at is null order by created_at, id limit ${BATCH} for update skip locked`,
  );
  let delivered = 0;
  const errors: string[] = [];
  const topics = new Map<string, PendingRow[]>();
  for (const row of rows) topics.set(row.topic, [...(topics.get(row.topic) ?? []), row]);
  for (const [topic, batch] of topics) {
    // Every topic's contract takes the same envelopes; the owner checks the payload's shape.
    const contract = EVENT_TOPICS[topic as EventTopic] as unknown as
      PostContract<{ events: EventEnvelope<unknown>[] }, EventsAccepted> | undefined;
    const ids = batch.map((r) => r.id);
    try {
      if (!contract) throw new Error(`no contract for the topic "${topic}"`);
      const events: EventEnvelope<unknown>[] = batch.map((r) => ({
        id: r.id,
        source,
        occurredAt: new Date(r.occurred_at).toISOString(),
        payload: r.payload,
      }));
      const { accepted } = await postContract(null, contract, { events });
      const done = ids.filter((id) => accepted.includes(id));
      if (done.length) {
        await em.execute(
          'update outbox_event set delivered_at = now(), attempts = attempts + 1, last_error = null where id in (?)',
          [done],
        );
      }
      delivered += done.length;
      if (done.length < ids.length)
        throw new Error(`${contract.owner} stored ${done.length} of ${ids.length}`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      errors.push(`${topic}: ${message}`);
      await em.execute(
        'update outbox_event set attempts = attempts + 1, last_error = ? where id in (?) and delivered_at is null',
        [message.slice(0, 2000), ids],
      );
    }
  }
  return { claimed: rows.length, delivered, errors };
}

/** The relay job every subgraph runs (startSubgraph adds it): every minute, and at once after a
 * job raised events. */
export function outboxRelayJob(source: string): JobDefinition {
  return defineJob({
    name: RELAY_JOB,
    description: 'Delivers the events waiting in the outbox to the subgraph that owns their topic.',
    schedule: '* * * * *',
    retryLimit: 10,
    retryDelaySeconds: 5,
    run: async ({ ctx }) => {
      let delivered = 0;
      const errors: string[] = [];
      for (let round = 0; round < 50; round++) {
        const batch = await ctx.em
          .fork()
          .transactional((em) => relayBatch(em as EntityManager, source));
        delivered += batch.delivered;
        errors.push(...batch.errors);
        if (batch.errors.length || batch.claimed < BATCH) break;
      }
      const [left] = await ctx.em.execute<{ n: string }[]>(
        'select count(*) as n from outbox_event where delivered_at is null',
      );
      const pending = Number(left?.n ?? 0);
      if (errors.length)
        throw new Error(`delivered ${delivered}, ${pending} still pending: ${errors.join('; ')}`);
      return {
        summary: `delivered ${delivered} events, ${pending} pending`,
        counts: { delivered, pending },
        quiet: delivered === 0 && pending === 0,
      };
    },
  });
}
