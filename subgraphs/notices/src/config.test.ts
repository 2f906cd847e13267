import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('notices settings', () => {
  it('defaults', () => {
    expect(readConfig({})).toEqual({
      deliveryRetryLimit: 5,
      deliveryRetryDelaySeconds: 30,
      webhookTimeoutMs: 10_000,
      allowHttpWebhooks: true,
      smtpUrl: null,
      smtpFrom: '清欠数据枢纽 <noreply@arrears-hub.invalid>',
    });
  });

  it('reads the delivery settings and SMTP, and production wants https webhooks', () => {
    const c = readConfig({
      NODE_ENV: 'production',
      HUB_DELIVERY_RETRY_LIMIT: '2',
      HUB_DELIVERY_RETRY_DELAY_SECONDS: '1',
      HUB_SMTP_URL: 'smtp://127.0.0.1:2525',
    });
    expect(c.deliveryRetryLimit).toBe(2);
    expect(c.deliveryRetryDelaySeconds).toBe(1);
    expect(c.allowHttpWebhooks).toBe(false);
    expect(c.smtpUrl).toBe('smtp://127.0.0.1:2525');
  });

  it('refuses bad values, naming the variable', () => {
    for (const bad of ['-1', '1.5', 'five', '21'])
      expect(() => readConfig({ HUB_DELIVERY_RETRY_LIMIT: bad })).toThrow(
        /HUB_DELIVERY_RETRY_LIMIT/,
      );
    expect(() => readConfig({ HUB_SMTP_URL: 'http://x' })).toThrow(/HUB_SMTP_URL/);
  });
});
