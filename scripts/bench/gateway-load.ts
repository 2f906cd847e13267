// A small closed-loop load generator for the benchmarks: N connections (keep-alive), each sending
// the next request as soon as the previous answer is read, for a fixed time. Every latency is kept
// (exact percentiles, in fractions of a millisecond), and every answer is checked: a status other
// than 200 or a GraphQL `errors` entry counts as an error. Loopback only.
import { Agent, request } from 'node:http';

export interface LoadOptions {
  url: string;
  body: string;
  headers?: Record<string, string>;
  /** Headers of each connection's requests (e.g. one viewer per connection). */
  headersFor?: (connection: number) => Record<string, string>;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** The first error seen, to say what went wrong. */
  firstError?: string;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

function once(
  agent: Agent,
  url: URL,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const url = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const worker = async (connection: number) => {
    const headers = { ...options.headers, ...options.headersFor?.(connection) };
    while (performance.now() < deadline) {
      const t = performance.now();
      try {
        const { status, text } = await once(agent, url, options.body, headers);
        latencies.push(performance.now() - t);
        if (status !== 200 || text.includes('"errors"')) {
          errors += 1;
          firstError ??= `${status} ${text.slice(0, 300)}`;
        }
      } catch (error) {
        errors += 1;
        firstError ??= String(error);
        await new Promise((r) => setTimeout(r, 10));
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, i) => worker(i)));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    ...(firstError ? { firstError } : {}),
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
