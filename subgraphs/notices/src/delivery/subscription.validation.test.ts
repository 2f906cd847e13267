import { describe, expect, it } from 'vitest';
import { DeliveryChannel } from './delivery.enums.js';
import { subscriptionProblems } from './subscription.validation.js';

const U = '11111111-1111-4111-8111-111111111111';
const fields = (p: { field: string }[]) => p.map((x) => x.field);
const open = { allowHttp: true, smtpConfigured: true };

describe('subscriptions', () => {
  it('one of a unit or a region, and a URL for a webhook', () => {
    expect(fields(subscriptionProblems({ channel: DeliveryChannel.WEBHOOK }, open))).toEqual([
      'unitId',
      'url',
    ]);
    expect(
      subscriptionProblems(
        { unitId: U, channel: DeliveryChannel.WEBHOOK, url: 'http://127.0.0.1:9/hook' },
        open,
      ),
    ).toEqual([]);
  });

  it('https only in production; e-mail only with SMTP configured', () => {
    expect(
      fields(
        subscriptionProblems(
          { regionCode: '150621', channel: DeliveryChannel.WEBHOOK, url: 'http://x.cn/h' },
          { allowHttp: false, smtpConfigured: true },
        ),
      ),
    ).toEqual(['url']);
    expect(
      fields(
        subscriptionProblems(
          { unitId: U, channel: DeliveryChannel.EMAIL, email: 'a@b.cn' },
          { allowHttp: true, smtpConfigured: false },
        ),
      ),
    ).toEqual(['channel']);
    expect(
      fields(
        subscriptionProblems({ unitId: U, channel: DeliveryChannel.EMAIL, email: 'nope' }, open),
      ),
    ).toEqual(['email']);
  });
});
