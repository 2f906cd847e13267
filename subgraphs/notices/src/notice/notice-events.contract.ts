// The noticeEvents contract (catalogue.ts): another subgraph's relay hands over its outbox's events;
// each becomes one notice per recipient, stored once per event id and recipient (a redelivery is
// a no-op), and each new notice is queued for the webhooks and e-mail addresses subscribed to it.
// Written with the contract's own statements, not createEntity: the caller is a service acting for
// nobody, the notices are the record of an event raised and audited where it happened.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  log,
  NOTICE_EVENTS,
  queueJob,
  servePostContract,
  type ContractHandler,
} from '@arrears-hub/subgraph-kit';
import { DELIVERY_JOB } from '../delivery/delivery.jobs.js';
import { distinctRecipients, recipientKey } from '../rules/recipient.js';

/** Stores notices (a batch of rows) and queues their deliveries; answers the new notices' ids. */
export async function storeNotices(
  em: EntityManager,
  rows: {
    eventId: string;
    source: string;
    occurredAt: Date;
    kind: string;
    text: string;
    link?: { type: string; id: string } | null;
    recipients: Parameters<typeof recipientKey>[0][];
  }[],
): Promise<string[]> {
  const deliveries: string[] = [];
  for (const row of rows) {
    for (const r of distinctRecipients(row.recipients)) {
      const inserted = await em.execute<{ id: string }[]>(
        `insert into notice (id, event_id, source, kind, recipient_type, recipient_key, unit_id,
                             post_id, region_code, enterprise_id, text, link_type, link_id,
                             occurred_at, created_at)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())
         on conflict (event_id, recipient_key) do nothing returning id`,
        [
          randomUUID(),
          row.eventId,
          row.source,
          row.kind,
          r.type,
          recipientKey(r),
          r.unitId ?? null,
          r.postId ?? null,
          r.regionCode ?? null,
          r.enterpriseId ?? null,
          row.text,
          row.link?.type ?? null,
          row.link?.id ?? null,
          row.occurredAt,
        ],
      );
      const noticeId = inserted[0]?.id;
      if (!noticeId) continue;
      // The subscriptions of the unit or region office it is for, of this kind (or every kind).
      const queued = await em.execute<{ id: string }[]>(
        `insert into notice_delivery (id, subscription_id, notice_id, status, attempts, created_at)
         select gen_random_uuid(), s.id, ?, 'PENDING', 0, now() from notice_subscription s
          where s.active
            and ((s.unit_id is not null and s.unit_id = ?) or (s.region_code is not null and s.region_code = ?))
            and (cardinality(s.kinds) = 0 or ? = any(s.kinds))
         on conflict do nothing returning id`,
        [
          noticeId,
          r.unitId ?? r.enterpriseId ?? null,
          r.type === 'REGION_OFFICE' ? r.regionCode : null,
          row.kind,
        ],
      );
      deliveries.push(...queued.map((d) => d.id));
    }
  }
  return deliveries;
}

/** Queues deliveries after their rows committed (a lost queueing is picked up by the sweep). */
export async function queueDeliveries(ids: readonly string[]): Promise<void> {
  for (const deliveryId of ids) {
    try {
      await queueJob(DELIVERY_JOB, { deliveryId });
    } catch (error) {
      log('notices').warn({ err: error, deliveryId }, 'delivery not queued; the sweep will');
    }
  }
}

export function noticeContracts(): ContractHandler[] {
  return [
    servePostContract(NOTICE_EVENTS, async ({ events }, ctx) => {
      const deliveries = await ctx.em.fork().transactional((em) =>
        storeNotices(
          em as EntityManager,
          events.map((e) => ({
            eventId: e.id,
            source: e.source,
            occurredAt: new Date(e.occurredAt),
            kind: e.payload.kind,
            text: e.payload.text,
            link: e.payload.link,
            recipients: e.payload.recipients,
          })),
        ),
      );
      await queueDeliveries(deliveries);
      return { accepted: events.map((e) => e.id) };
    }),
  ];
}
