// The job queue's metrics (docs/operations.md): runs by job and outcome, retries, running now,
// and the queue's own counts (queued, active, failed) read from pg-boss when /metrics is scraped.
import { counter, gauge, histogram } from '@arrears-hub/protocol';

const runs = counter({
  name: 'hub_job_runs_total',
  help: 'Attempts of scheduled jobs that ended, by job and outcome (succeeded, failed).',
  labelNames: ['job', 'outcome'],
});

const retries = counter({
  name: 'hub_job_retries_total',
  help: 'Attempts that were retries of a failed attempt, by job.',
  labelNames: ['job'],
});

const running = gauge({
  name: 'hub_job_running',
  help: 'Attempts running in this process now, by job.',
  labelNames: ['job'],
});

const duration = histogram({
  name: 'hub_job_duration_seconds',
  help: 'How long each attempt took, by job.',
  labelNames: ['job'],
  buckets: [0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900],
});

export function jobStarted(job: string): void {
  running.inc({ job });
}

export function jobRetried(job: string): void {
  retries.inc({ job });
}

export function jobFinished(job: string, outcome: 'succeeded' | 'failed', seconds: number): void {
  running.dec({ job });
  runs.inc({ job, outcome });
  duration.observe({ job }, seconds);
}

type QueueCounts = () => Promise<
  { name: string; queued: number; active: number; failed: number }[]
>;
let source: QueueCounts | undefined;

/** The runner of this process reports its queue's counts. */
export function reportQueueCounts(counts: QueueCounts | undefined): void {
  source = counts;
}

gauge({
  name: 'hub_job_queue',
  help: 'Jobs in this subgraph’s queue by job and state (queued: waiting or waiting to retry; active; failed: failed for good, kept for 14 days).',
  labelNames: ['job', 'state'],
  async collect() {
    this.reset();
    if (!source) return;
    try {
      for (const q of await source()) {
        this.set({ job: q.name, state: 'queued' }, q.queued);
        this.set({ job: q.name, state: 'active' }, q.active);
        this.set({ job: q.name, state: 'failed' }, q.failed);
      }
    } catch {
      // The database is away: the other metrics still answer.
    }
  },
});
