// Per-viewer rate limit (token bucket): a signed-in viewer is keyed by its subject, an anonymous
// one by its address. Over the limit: 429 with Retry-After, before any GraphQL work.
import type { IncomingMessage } from 'node:http';
import type { Refusal } from '@arrears-hub/protocol';
import type { Viewer } from '@arrears-hub/protocol';

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;

  constructor(private readonly perMinute: number) {
    this.refillPerMs = perMinute / 60_000;
  }

  /** Takes one token for this key; a refusal when there is none. */
  take(key: string, now = Date.now()): Refusal | null {
    if (this.perMinute <= 0) return null;
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, updatedAt: now };
    bucket.tokens = Math.min(
      this.perMinute,
      bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs,
    );
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) {
      const retryAfter = Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000);
      return {
        ok: false,
        status: 429,
        code: 'RATE_LIMITED',
        message: `Too many requests: at most ${this.perMinute} a minute. Try again in ${retryAfter} s.`,
        headers: { 'retry-after': String(retryAfter) },
      };
    }
    bucket.tokens -= 1;
    // Forget idle full buckets now and then, so the map does not grow without bound.
    if (this.buckets.size > 10_000)
      for (const [k, b] of this.buckets) if (b.tokens >= this.perMinute - 1) this.buckets.delete(k);
    return null;
  }
}

export function rateKey(viewer: Viewer, req: IncomingMessage): string {
  return viewer.roles.length
    ? `viewer:${viewer.id}`
    : `address:${req.socket.remoteAddress ?? 'unknown'}`;
}
