// How a webhook receiver checks that a POST came from the hub (docs/jobs-and-notices.md,
// "Webhooks"): HMAC-SHA256 over "<timestamp>.<body>" with the subscription's secret, sent as
// `x-hub-signature: sha256=<hex>` with `x-hub-timestamp: <unix seconds>`. Signing the timestamp
// lets a receiver refuse replays older than a few minutes. Pure (node:crypto only).
import { createHmac, timingSafeEqual } from 'node:crypto';

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver runs: true when the signature matches and the timestamp is recent. */
export function verifyWebhook(
  secret: string,
  timestamp: number,
  body: string,
  signature: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
