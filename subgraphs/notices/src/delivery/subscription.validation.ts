// What a subscription must satisfy, as problems keyed by the domain field (pure of GraphQL).
import { checkText, Problems, type Problem } from '@arrears-hub/subgraph-kit';
import { DeliveryChannel } from './delivery.enums.js';
import { noticesMessages as msg } from '../messages.js';

export interface SubscriptionRequest {
  unitId?: string | null;
  regionCode?: string | null;
  channel: DeliveryChannel;
  url?: string | null;
  email?: string | null;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,189}\.[^\s@]{2,}$/;

export function subscriptionProblems(
  r: SubscriptionRequest,
  options: { allowHttp: boolean; smtpConfigured: boolean },
): Problem[] {
  const p = new Problems();
  p.check(!!r.unitId !== !!r.regionCode, 'unitId', msg.unitOrRegion());
  if (r.channel === DeliveryChannel.WEBHOOK) {
    const url = checkText(p, r.url, 'url', {
      required: true,
      max: 2000,
      message: msg.urlRequired(),
    });
    let parsed: URL | null;
    try {
      parsed = url ? new URL(url) : null;
    } catch {
      parsed = null;
    }
    if (url)
      p.check(
        !!parsed &&
          (parsed.protocol === 'https:' || (options.allowHttp && parsed.protocol === 'http:')),
        'url',
        options.allowHttp ? msg.urlHttpOrHttps() : msg.urlHttpsOnly(),
      );
    p.check(!r.email, 'email', msg.webhookNoEmail());
  } else {
    const email = checkText(p, r.email, 'email', {
      required: true,
      max: 254,
      message: msg.emailRequired(),
    });
    if (email) p.check(EMAIL.test(email), 'email', msg.emailInvalid({ email }));
    p.check(options.smtpConfigured, 'channel', msg.smtpMissing());
    p.check(!r.url, 'url', msg.emailNoUrl());
  }
  return p.list;
}
