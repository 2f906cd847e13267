import { describe, expect, it } from 'vitest';
import type { Message } from '@arrears-hub/protocol';
import { RateLimiter } from './rate-limit.js';

const MINUTE = 60_000;
const T0 = 1_000 * MINUTE; // a window start

describe('the sliding-window rate limit', () => {
  it('lets `perMinute` requests through, then refuses with Retry-After, in Chinese first', () => {
    const limiter = new RateLimiter(3);
    expect([0, 1, 2].map((i) => limiter.take('v', T0 + i))).toEqual([null, null, null]);
    const refused = limiter.take('v', T0 + 3)!;
    expect(refused.status).toBe(429);
    expect(refused.code).toBe('RATE_LIMITED');
    const message = refused.message as Message;
    expect(message.text()).toMatch(/^请求过于频繁：每分钟最多 3 次/);
    expect(message.text('en')).toBe('Too many requests: at most 3 a minute; try again in 80 s.');
    // 3 this window: the next window must start, and its weight of this one fall below 2/3:
    // (60 s − 3 ms) + 60 s × (1 − 2/3) = 79.997 s → 80 s.
    expect(refused.headers).toEqual({ 'retry-after': '80' });
    expect(limiter.take('other', T0 + 4)).toBeNull();
  });

  it('counts the previous minute by how much of it is still within the last 60 s', () => {
    const limiter = new RateLimiter(4);
    for (let i = 0; i < 4; i++) expect(limiter.take('v', T0 + 50_000 + i)).toBeNull();
    // Half-way into the next window: 4 × 0.5 = 2 still count, so 2 more fit.
    const half = T0 + MINUTE + 30_000;
    expect(limiter.take('v', half)).toBeNull();
    expect(limiter.take('v', half + 1)).toBeNull();
    // 4 × 0.49998 + 2 ≈ 4: full until the previous window weighs at most 1 (t = 0.75): 15 s.
    expect(limiter.take('v', half + 2)?.headers).toEqual({ 'retry-after': '15' });
    expect(limiter.take('v', T0 + MINUTE + 45_001)).toBeNull();
  });

  it('adds what the other replicas counted, and hands over only what it has not sent yet', () => {
    const limiter = new RateLimiter(4);
    expect(limiter.take('v', T0)).toBeNull();
    expect(limiter.unsent(T0 + 1).rows).toEqual([{ key: 'v', window: T0, hits: 1 }]);
    limiter.synced([{ key: 'v', window: T0, hits: 1 }], [{ key: 'v', window: T0, hits: 2 }]);
    expect(limiter.unsent(T0 + 2)).toEqual({ rows: [], keys: ['v'] });
    // 1 here + 2 elsewhere: one more fits, then the viewer is at 4.
    expect(limiter.take('v', T0 + 3)).toBeNull();
    expect(limiter.take('v', T0 + 4)?.status).toBe(429);
  });

  it('0 means no limit', () => {
    const limiter = new RateLimiter(0);
    for (let i = 0; i < 100; i++) expect(limiter.take('v', T0)).toBeNull();
  });
});
