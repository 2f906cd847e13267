// The tests' handle on the hub's clock and jobs: every subgraph's POST /debug/clock (the hub's one
// clock, moved in each process), POST /debug/jobs/<name>/run (a job run now, through the queue, as
// its schedule would run it; answers the attempt's run record).

export interface JobRunRecord {
  kind: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  trigger: string;
  attempt: number;
  day: string;
  summary: string | null;
  counts: Record<string, number> | null;
  error: string | null;
  /** The queue's (pg-boss) job id: two callers that got the same job share it. */
  queueJobId: string;
  worker: string;
}

const base = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');

/** Moves the clock of every given subgraph to `at` (an ISO instant), or back to the real clock. */
export async function setClock(subgraphUrls: Record<string, string>, at: string | null) {
  await Promise.all(
    Object.values(subgraphUrls).map(async (url) => {
      const response = await fetch(`${base(url)}/debug/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ at }),
      });
      if (!response.ok) throw new Error(`${url}: /debug/clock answered ${response.status}`);
    }),
  );
}

/** "YYYY-MM-DD" at hh:mm China time, as an ISO instant. */
export const chinaTime = (day: string, time = '09:00') => `${day}T${time}:00+08:00`;

export async function runJob(subgraphUrl: string, name: string): Promise<JobRunRecord> {
  const response = await fetch(`${base(subgraphUrl)}/debug/jobs/${name}/run`, { method: 'POST' });
  const text = await response.text();
  if (!response.ok) throw new Error(`${name}: ${response.status} ${text}`);
  return JSON.parse(text) as JobRunRecord;
}

/** Runs a job and fails unless the attempt succeeded. */
export async function runJobOk(subgraphUrl: string, name: string): Promise<JobRunRecord> {
  const run = await runJob(subgraphUrl, name);
  if (run.status !== 'SUCCEEDED') throw new Error(`${name} ${run.status}: ${run.error}`);
  return run;
}

/** Polls `probe` until it returns a value other than undefined (at most `ms`). */
export async function eventually<T>(probe: () => Promise<T | undefined>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`not within ${ms} ms${last ? `: ${String(last)}` : ''}`);
}

/** The month after `today` ("YYYY-MM-DD"): "YYYY-MM". */
export function nextMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
