// The notices subgraph's jobs: one delivery per notice and subscription (queued when the notice is
// stored; retried with backoff; DEAD when the retries are used up), and a sweep that queues again
// any delivery whose queueing was lost (a crash between the commit and the queue).
import {
  defineJob,
  queueJob,
  unscoped,
  type JobDefinition,
  type JobOutcome,
} from '@arrears-hub/subgraph-kit';
import { config } from '../config.js';
import { Notice } from '../notice/notice.entity.js';
import { NoticeKind } from '../notice/notice.enums.js';
import { NoticeDelivery } from './delivery.entity.js';
import { DeliveryChannel, DeliveryStatus } from './delivery.enums.js';
import { DeliveryFailure, sendEmail, sendWebhook } from './send.js';
import { NoticeSubscription } from './subscription.entity.js';
import { noticesMessages as msg } from '../messages.js';
import type { Message } from '@arrears-hub/protocol';

export const DELIVERY_JOB = 'notice-delivery';

// The job runs outside any request and sends Chinese (`.zh`), like the stored notice texts.
const SUBJECTS: Partial<Record<NoticeKind, () => Message>> = {
  TEST: msg.subjectTest,
  CASE_ESCALATED: msg.subjectCaseEscalated,
  CASE_OPENED: msg.subjectCaseOpened,
  INSTALMENT_MISSED: msg.subjectInstalmentMissed,
  LEDGER_REPORT_DUE: msg.subjectLedgerReportDue,
  CLUE_CLOCK_BREACHED: msg.subjectClueClockBreached,
};

export function deliveryJobs(): JobDefinition[] {
  const { deliveryRetryLimit, deliveryRetryDelaySeconds } = config();
  return [
    defineJob({
      name: DELIVERY_JOB,
      description: 'Sends one notice through one subscription (webhook or e-mail).',
      policy: 'standard',
      retryLimit: deliveryRetryLimit,
      retryDelaySeconds: deliveryRetryDelaySeconds,
      expireInSeconds: 120,
      run: async ({ ctx, data, attempt }): Promise<JobOutcome> => {
        const em = ctx.em.fork();
        const id = String(data.deliveryId ?? '');
        const delivery = await em.findOne(
          NoticeDelivery,
          { id },
          {
            populate: ['subscription', 'notice'],
            ...unscoped('the delivery job sends what was queued'),
          },
        );
        if (!delivery) return { summary: `delivery ${id} is gone`, counts: { skipped: 1 } };
        if (delivery.status !== DeliveryStatus.PENDING)
          return { summary: `delivery ${id} is ${delivery.status}`, counts: { skipped: 1 } };
        const subscription = delivery.subscription.getEntity() as NoticeSubscription;
        const notice = delivery.notice.getEntity() as Notice;
        const outgoing = {
          deliveryId: delivery.id,
          noticeId: notice.id,
          kind: notice.kind,
          text: notice.text,
          link:
            notice.linkType && notice.linkId ? { type: notice.linkType, id: notice.linkId } : null,
          recipient: {
            type: notice.recipientType,
            unitId: notice.unitId ?? null,
            regionCode: notice.regionCode ?? null,
          },
          occurredAt: notice.occurredAt.toISOString(),
          test: notice.kind === NoticeKind.TEST,
        };
        delivery.attempts += 1;
        try {
          if (subscription.channel === DeliveryChannel.WEBHOOK)
            delivery.lastStatus = await sendWebhook(
              subscription.url!,
              subscription.secret!,
              outgoing,
            );
          else
            await sendEmail(
              subscription.email!,
              msg.emailSubject({ subject: (SUBJECTS[notice.kind] ?? msg.subjectDefault)().zh }).zh,
              outgoing,
            );
          delivery.status = DeliveryStatus.DELIVERED;
          delivery.deliveredAt = new Date();
          delivery.lastError = null;
          await em.flush();
          return {
            summary: `delivered ${notice.kind} by ${subscription.channel}`,
            counts: { delivered: 1 },
          };
        } catch (error) {
          delivery.lastError = (error as Error).message.slice(0, 2000);
          if (error instanceof DeliveryFailure) delivery.lastStatus = error.status;
          // The last attempt the queue will make: dead-lettered, for redeliverNotice.
          if (attempt > deliveryRetryLimit) delivery.status = DeliveryStatus.DEAD;
          await em.flush();
          throw error;
        }
      },
    }),
    defineJob({
      name: 'notice-delivery-sweep',
      description: 'Queues again deliveries left pending without a job (a lost queueing).',
      schedule: '*/10 * * * *',
      run: async ({ ctx }) => {
        const stale = await ctx.em.execute<{ id: string }[]>(
          `select d.id from notice_delivery d where d.status = 'PENDING' and d.attempts = 0
             and d.created_at < now() - interval '10 minutes' order by d.created_at limit 500`,
        );
        for (const d of stale) await queueJob(DELIVERY_JOB, { deliveryId: d.id });
        return {
          summary: `queued ${stale.length} pending deliveries again`,
          counts: { queued: stale.length },
          quiet: stale.length === 0,
        };
      },
    }),
  ];
}
