// The kit's own settings, read from the environment in this one place (a subgraph's settings live
// in its own config.ts).
import { viewerSecretFromEnv } from '@arrears-hub/protocol';

export interface KitConfig {
  production: boolean;
  viewerSecret: string;
  /** SUBGRAPH_URL_<NAME>, hyphens as underscores (as the launcher sets it). */
  subgraphUrl(name: string): string | undefined;
  /** HUB_SIGNALS_DATABASE_URL: where processes tell each other of changes (LISTEN/NOTIFY). */
  signalsUrl?: string;
  /** HUB_JOBS=off: this process runs no jobs at all (a replica kept for serving only). */
  jobsEnabled: boolean;
  /** HUB_JOB_SCHEDULES=off: no cron schedules (the test hubs run jobs through /debug/jobs). */
  jobSchedules: boolean;
  /** HUB_JOB_POLL_SECONDS: how often an idle worker looks for a job (default 2, at least 0.5). */
  jobPollSeconds: number;
}

function pollSeconds(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 2;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0.5 || n > 600)
    throw new Error(
      `HUB_JOB_POLL_SECONDS must be a number of seconds from 0.5 to 600, not "${raw}".`,
    );
  return n;
}

let cached: KitConfig | undefined;

export function kitConfig(env: NodeJS.ProcessEnv = process.env): KitConfig {
  cached ??= {
    production: env.NODE_ENV === 'production',
    viewerSecret: viewerSecretFromEnv(env),
    subgraphUrl: (name) => env[`SUBGRAPH_URL_${name.toUpperCase().replace(/-/g, '_')}`],
    signalsUrl: env.HUB_SIGNALS_DATABASE_URL || undefined,
    jobsEnabled: env.HUB_JOBS !== 'off',
    jobSchedules: env.HUB_JOB_SCHEDULES !== 'off',
    jobPollSeconds: pollSeconds(env.HUB_JOB_POLL_SECONDS),
  };
  return cached;
}
