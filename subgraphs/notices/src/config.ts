// Every setting the notices subgraph reads, in one place: this is the only file that reads
// process.env (eslint refuses it anywhere else), so the README's list of settings is this file.
// The kit reads its own (PORT, HOST, DATABASE_URL, HUB_VIEWER_SECRET, HUB_DEMO_DATA,
// SUBGRAPH_URL_<NAME>: subgraphs/kit/README.md, "Settings").
export interface NoticesConfig {
  /** HUB_NOTICES_DUE_DAYS: calendar days a unit has to close a record (default 60). */
  dueDays: number;
}

function wholeNumber(env: NodeJS.ProcessEnv, key: string, fallback: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new Error(
      `${key} 应为 1 到 ${max} 之间的整数，现为“${raw}”（${key} must be a whole number from 1 to ${max}）。`,
    );
  return value;
}

/** The settings from `env`; a bad value is an error naming the variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): NoticesConfig {
  return { dueDays: wholeNumber(env, 'HUB_NOTICES_DUE_DAYS', 60, 366) };
}

let current: NoticesConfig | undefined;

/** The settings of this process, read once (main.ts reads them at start-up, so a bad value stops it there). */
export function config(): NoticesConfig {
  current ??= readConfig();
  return current;
}
