// The job runner: each subgraph's scheduled work on a PostgreSQL queue (pg-boss) in the subgraph's
// own database (schema "pgboss"), started by startSubgraph, so `npm start` runs the jobs with the
// hub and no extra process is needed (docs/jobs-and-notices.md).
// - Schedules are cron expressions in China time (Asia/Shanghai). pg-boss stores them in the
//   database and one cron pass across all replicas creates each occurrence's job once; the queue's
//   "stately" policy keeps at most one job of a kind queued and one running, and a worker claims a
//   job with SKIP LOCKED, so no two replicas run the same occurrence twice. Jobs are written to
//   be idempotent besides (each effect keyed, each change re-checked under its row lock).
// - A failed attempt is retried with exponential backoff (retryLimit, retryDelaySeconds).
// - Each attempt is recorded in job_run (job-run.entity.ts) and logged; metrics in metrics.ts.
// - A job reads the hub's clock (now(), clock.ts), so a test that moved the clock runs the job
//   "on" that day; the queue's own timers stay on the real clock.
import { hostname } from 'node:os';
import { PgBoss, type Job } from 'pg-boss';
import type { MikroORM } from '@mikro-orm/postgresql';
import { log, now, todayInChina, type Viewer } from '@arrears-hub/protocol';
import { createRequestContext, type SubgraphContext } from '../context.js';
import { countedAsJob } from '../sql-statements.js';
import { emitEvent, type RaisedEvent } from '../events/outbox.js';
import type { EventTopic } from '../contracts/catalogue.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { JobRun, JobRunStatus } from './job-run.entity.js';
import { jobFinished, jobRetried, jobStarted } from './metrics.js';

/** What a job did: a sentence for the log and the run record, and counts. */
export interface JobOutcome {
  summary: string;
  /** Numbers of things done (undefined entries are left out). */
  counts?: Readonly<Record<string, number | undefined>>;
  /** Nothing happened worth a line on the console (logged at debug; still recorded). */
  quiet?: boolean;
}

export interface JobContext {
  /** The subgraph running it. */
  subgraph: string;
  name: string;
  /** A request context for the job's own viewer (jobViewer): unrestricted, audited as the job. */
  ctx: SubgraphContext;
  /** The hub's clock when the attempt started, and that day in China. */
  now: Date;
  today: string;
  attempt: number;
  trigger: string;
  /** What the job was sent with (a webhook delivery's id …); {} for scheduled runs. */
  data: Record<string, unknown>;
  /** Raises an event inside `em`'s transaction (emitEvent), counted in the run's `events`. */
  emit<T extends EventTopic>(em: EntityManager, event: RaisedEvent<T>): Promise<boolean>;
}

export interface JobDefinition {
  /** kebab-case, unique within the subgraph: the queue's name and the run's kind. */
  name: string;
  description: string;
  /** Cron in China time (Asia/Shanghai), e.g. "0 9 * * *"; none: run only when sent. */
  schedule?: string;
  /** Attempts after the first (default 3), waiting retryDelaySeconds × 2^n with jitter. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** "stately" (default): at most one queued and one running; "standard": many (deliveries). */
  policy?: 'stately' | 'standard';
  /** How long an attempt may run before it counts as failed (default 10 minutes). */
  expireInSeconds?: number;
  run(job: JobContext): Promise<JobOutcome>;
}

export function defineJob(definition: JobDefinition): JobDefinition {
  if (!/^[a-z][a-z0-9-]{1,60}$/.test(definition.name))
    throw new Error(`A job's name is kebab-case: "${definition.name}"`);
  return definition;
}

/** The viewer a job acts as: the hub itself, with no restriction of jurisdiction, named after the
 * job so that the audit trail says which rule made each change. */
export function jobViewer(subgraph: string, name: string): Viewer {
  return { id: `job:${subgraph}/${name}`, name: `定时任务 ${name}`, roles: ['ADMIN'] };
}

export interface RunnerOptions {
  subgraph: string;
  orm: MikroORM;
  connectionString: string;
  jobs: readonly JobDefinition[];
  /** Create the cron schedules (off in the test hubs: tests run jobs through the debug route). */
  schedules: boolean;
  pollSeconds: number;
  /** The job that delivers raised events (sent after any run that raised some). */
  relayJob?: string;
}

const TZ = 'Asia/Shanghai';
const DEBUG_KEY = 'debug';
/** How often a worker woken by NOTIFY still polls (retries come due without a NOTIFY). */
const NOTIFY_POLL_SECONDS = 5;

let active: JobRunner | undefined;

/** Queues a job of this process's subgraph (a delivery after a commit): through the running
 * runner, so that retries, backoff and the run records apply. Throws when jobs are off. */
export function queueJob(
  name: string,
  data: Record<string, unknown> = {},
  options: { startAfterSeconds?: number; singletonKey?: string } = {},
): Promise<string | null> {
  if (!active) throw new Error(`No job runner in this process to queue "${name}" (HUB_JOBS=off?)`);
  return active.send(name, data, options);
}
const WORKER = `${hostname()}:${process.pid}`;

export class JobRunner {
  private constructor(
    private readonly boss: PgBoss,
    private readonly options: RunnerOptions,
    private readonly byName: ReadonlyMap<string, JobDefinition>,
  ) {}

  static async start(options: RunnerOptions): Promise<JobRunner> {
    const boss = new PgBoss({
      connectionString: options.connectionString,
      schema: 'pgboss',
      application_name: `hub-${options.subgraph}-jobs`,
      max: 4,
      // Only instances that schedule run the cron pass; every instance works.
      schedule: options.schedules,
      // A job sent is announced with NOTIFY, so an idle worker need not poll often (one more
      // connection per process, for LISTEN).
      useListenNotify: true,
    });
    boss.on('error', (error) => log('jobs').error({ err: error }, 'job queue error'));
    await boss.start();
    const byName = new Map(options.jobs.map((j) => [j.name, j]));
    const runner = new JobRunner(boss, options, byName);
    for (const job of options.jobs) await runner.install(job);
    active = runner;
    return runner;
  }

  get names(): string[] {
    return [...this.byName.keys()];
  }

  private async install(job: JobDefinition): Promise<void> {
    const queue = {
      notify: true,
      policy: job.policy ?? 'stately',
      retryLimit: job.retryLimit ?? 3,
      retryDelay: job.retryDelaySeconds ?? 30,
      retryBackoff: true,
      expireInSeconds: job.expireInSeconds ?? 600,
    };
    const existing = await this.boss.getQueue(job.name);
    if (!existing) {
      try {
        await this.boss.createQueue(job.name, queue);
      } catch (error) {
        // Another replica created it at the same moment.
        if (!(await this.boss.getQueue(job.name))) throw error;
      }
    } else {
      const { policy: _policy, ...changeable } = queue;
      await this.boss.updateQueue(job.name, changeable);
    }
    if (this.options.schedules) {
      if (job.schedule)
        await this.boss.schedule(job.name, job.schedule, { trigger: 'schedule' }, { tz: TZ });
      else await this.boss.unschedule(job.name);
    }
    await this.boss.work<Record<string, unknown>>(
      job.name,
      {
        // Woken by NOTIFY when a job is sent; the poll is the backstop for retries coming due
        // (and the only way when LISTEN is not available).
        pollingIntervalSeconds: this.options.pollSeconds,
        notifyPollingIntervalSeconds: Math.max(NOTIFY_POLL_SECONDS, this.options.pollSeconds),
        batchSize: 1,
      },
      async ([queued]) => this.attempt(job, queued!),
    );
  }

  /** One attempt: recorded, logged, counted; a throw fails it and the queue retries it. */
  private async attempt(
    job: JobDefinition,
    queued: Job<Record<string, unknown>>,
  ): Promise<JobOutcome> {
    const { subgraph, orm } = this.options;
    const attempt = queued.retryCount + 1;
    const data = queued.data ?? {};
    const trigger = attempt > 1 ? 'retry' : String(data.trigger ?? 'sent');
    const startedAt = now();
    const today = todayInChina(startedAt);
    const logger = log('jobs').child({ job: job.name, attempt, queueJobId: queued.id });
    return countedAsJob(async () => {
      const em = orm.em.fork();
      const run = em.create(JobRun, {
        subgraph,
        kind: job.name,
        status: JobRunStatus.RUNNING,
        trigger,
        attempt,
        startedAt,
        day: today,
        queueJobId: queued.id,
        worker: WORKER,
      });
      await em.persist(run).flush();
      jobStarted(job.name);
      if (attempt > 1) jobRetried(job.name);
      let events = 0;
      const context: JobContext = {
        subgraph,
        name: job.name,
        ctx: createRequestContext(orm.em, jobViewer(subgraph, job.name), {
          requestId: `job-${queued.id}`,
        }),
        now: startedAt,
        today,
        attempt,
        trigger,
        data,
        emit: async (txEm, event) => {
          const fresh = await emitEvent(txEm, event);
          if (fresh) events += 1;
          return fresh;
        },
      };
      const started = performance.now();
      try {
        const outcome = await job.run(context);
        const counts: Record<string, number> = {};
        for (const [key, value] of Object.entries(outcome.counts ?? {}))
          if (typeof value === 'number') counts[key] = value;
        if (events) counts.events = events;
        run.status = JobRunStatus.SUCCEEDED;
        run.finishedAt = now();
        run.summary = outcome.summary;
        run.counts = counts;
        await em.flush();
        jobFinished(job.name, 'succeeded', (performance.now() - started) / 1000);
        logger[outcome.quiet ? 'debug' : 'info'](
          { day: today, counts, trigger },
          `${job.name}: ${outcome.summary}`,
        );
        if (events && this.options.relayJob && this.options.relayJob !== job.name)
          await this.send(this.options.relayJob, { trigger: 'kick' });
        return { ...outcome, counts };
      } catch (error) {
        run.status = JobRunStatus.FAILED;
        run.finishedAt = now();
        run.error = error instanceof Error ? error.message : String(error);
        if (events) run.counts = { events };
        await em.flush();
        jobFinished(job.name, 'failed', (performance.now() - started) / 1000);
        logger.error(
          { err: error, day: today, trigger },
          `${job.name} failed (attempt ${attempt})`,
        );
        throw error;
      }
    });
  }

  /** Queues a job (a delivery, a kick); null when the queue's policy already holds one. */
  async send(
    name: string,
    data: Record<string, unknown> = {},
    options: { startAfterSeconds?: number; singletonKey?: string } = {},
  ): Promise<string | null> {
    if (!this.byName.has(name)) throw new Error(`${this.options.subgraph} has no job "${name}"`);
    return this.boss.send(name, data, {
      ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
    });
  }

  /**
   * Runs a job now through the queue (as a schedule would, so replicas still share it) and waits
   * for the attempt to end: the debug route behind the tests that travel in time. Answers the
   * attempt's run record.
   */
  async runNow(
    name: string,
    data: Record<string, unknown> = {},
    timeoutMs = 60_000,
  ): Promise<JobRun | null> {
    // Its own singleton key: a scheduled job waiting out a retry's backoff does not hold it up,
    // and two debug runs at once (two replicas) queue one behind the other.
    let id = await this.boss.send(name, { trigger: 'debug', ...data }, { singletonKey: DEBUG_KEY });
    const deadline = Date.now() + timeoutMs;
    while (!id && Date.now() < deadline) {
      // Another debug run is queued already: wait for that one.
      const queued = await this.boss.findJobs(name, { key: DEBUG_KEY, queued: true });
      id =
        queued[0]?.id ??
        (await this.boss.send(name, { trigger: 'debug', ...data }, { singletonKey: DEBUG_KEY }));
      if (!id) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    while (id && Date.now() < deadline) {
      const [job] = await this.boss.findJobs(name, { id });
      if (!job || ['completed', 'failed', 'retry', 'cancelled'].includes(job.state)) {
        return this.options.orm.em
          .fork()
          .findOne(
            JobRun,
            { queueJobId: id, finishedAt: { $ne: null } },
            { orderBy: { attempt: 'desc' } },
          );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${name} did not finish within ${timeoutMs} ms`);
  }

  /** Jobs of each kind queued, running and failed (kept ones), for the metrics. */
  async queueCounts(): Promise<{ name: string; queued: number; active: number; failed: number }[]> {
    const queues = await this.boss.getQueues(this.names);
    return queues.map((q) => ({
      name: q.name,
      queued: q.queuedCount,
      active: q.activeCount,
      failed: q.failedCount,
    }));
  }

  async stop(): Promise<void> {
    if (active === this) active = undefined;
    await this.boss.stop({ graceful: true, timeout: 10_000 });
  }
}
