import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from './webhook-signature.js';

describe('webhook signatures', () => {
  // The vector from openssl: printf '1765000000.{"a":1}' | openssl dgst -sha256 -hmac 'k'
  it('HMAC-SHA256 over "<timestamp>.<body>"', () => {
    expect(signWebhook('k', 1765000000, '{"a":1}')).toBe(
      'sha256=3736b4c8a0e8937b81de36eb3e0a3bdd3613627ff05ca7889743a1161f9841c6',
    );
  });

  it('verifies, and refuses a changed body, another secret or an old timestamp', () => {
    const sig = signWebhook('secret', 1000, 'body');
    expect(verifyWebhook('secret', 1000, 'body', sig, 1100)).toBe(true);
    expect(verifyWebhook('secret', 1000, 'body!', sig, 1100)).toBe(false);
    expect(verifyWebhook('other', 1000, 'body', sig, 1100)).toBe(false);
    expect(verifyWebhook('secret', 1000, 'body', sig, 1000 + 301)).toBe(false);
  });
});
