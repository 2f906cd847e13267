// The load balancer of the replicated layout (scripts/lib/load-balancer.ts, docs/deployment.md):
// HAProxy in front of two gateways on the test hub's subgraphs. Requests reach both; a gateway
// that shuts down (SIGTERM's drain: /ready 503 first) leaves the rotation without a failed request.
// Needs Debian's haproxy: skipped with a message without it, failed instead when
// HUB_REQUIRE_HAPROXY=1 (CI: .ci/run installs it).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, startGateway, type RunningGateway } from '@arrears-hub/gateway';
import { freePort } from '../scripts/lib/embedded-postgres.ts';
import { findHaproxy, startHaproxy, type RunningBalancer } from '../scripts/lib/load-balancer.ts';
import { hub, tokenFor, LEADING_GROUP } from './harness/client.ts';

const haproxy = findHaproxy();
if (!haproxy && process.env.HUB_REQUIRE_HAPROXY === '1')
  throw new Error(
    'HUB_REQUIRE_HAPROXY=1 but HAProxy is not installed (apt-get install -y haproxy).',
  );
if (!haproxy)
  console.warn(
    'load-balancer.test.ts skipped: HAProxy is not installed (apt-get install -y haproxy; CI installs it).',
  );

describe.skipIf(!haproxy)('two gateways behind HAProxy', () => {
  const gateways: RunningGateway[] = [];
  let balancer: RunningBalancer;
  let url: string;

  beforeAll(async () => {
    const routing = Object.fromEntries(
      Object.entries(hub().subgraphUrls).map(([n, u]) => [`SUBGRAPH_URL_${n.toUpperCase()}`, u]),
    );
    for (let i = 0; i < 2; i++)
      gateways.push(
        await startGateway(
          loadConfig({
            ...routing,
            PORT: '0',
            HUB_RATE_LIMIT_PER_MINUTE: '0',
            HUB_TRUST_PROXY: '1',
            // Out of rotation before it refuses connections: checks every 1 s, out after 2.
            HUB_DRAIN_DELAY_MS: '2500',
          }),
        ),
      );
    const port = await freePort();
    balancer = await startHaproxy(
      [{ name: 'gateway', port, servers: gateways.map((g) => `127.0.0.1:${g.port}`) }],
      { dir: await mkdtemp(join(tmpdir(), 'hub-haproxy-')), statsPort: await freePort() },
    );
    url = `http://127.0.0.1:${port}/graphql`;
  });
  afterAll(async () => {
    await balancer?.stop();
    for (const g of gateways) await g.stop();
  });

  const ask = async (token: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ regions(parentCode: "150621") { code } }' }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    return response.status === 200 && !body.errors ? 'ok' : `${response.status}`;
  };

  it('spreads requests over both, and loses none while one shuts down', async () => {
    const token = await tokenFor(LEADING_GROUP);
    const before = (await balancer.served()).gateway!;
    const first = await Promise.all(Array.from({ length: 20 }, () => ask(token)));
    expect(first.every((r) => r === 'ok')).toBe(true);
    const served = (await balancer.served()).gateway!;
    for (const server of Object.keys(served))
      expect(served[server]! - (before[server] ?? 0), server).toBeGreaterThan(0);

    // One gateway drains and stops while requests keep coming through the balancer.
    const results: string[] = [];
    let stopped = false;
    const stopping = gateways[0]!.stop().then(() => (stopped = true));
    const deadline = Date.now() + 6_000;
    while (!stopped || Date.now() < deadline) {
      results.push(...(await Promise.all([ask(token), ask(token)])));
      if (Date.now() > deadline + 10_000) break;
    }
    await stopping;
    gateways.shift();
    expect(results.length).toBeGreaterThan(20);
    expect(results.filter((r) => r !== 'ok')).toEqual([]);
  }, 60_000);
});
