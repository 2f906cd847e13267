// Every setting the notices subgraph reads, in one place: this is the only file that reads
// process.env (eslint refuses it anywhere else), so the README's list of settings is this file.
// The kit reads its own (PORT, HOST, DATABASE_URL, HUB_VIEWER_SECRET, HUB_DEMO_DATA,
// SUBGRAPH_URL_<NAME>, HUB_JOBS, HUB_JOB_SCHEDULES, HUB_JOB_POLL_SECONDS: subgraphs/kit/README.md).
export interface NoticesConfig {
  /** HUB_DELIVERY_RETRY_LIMIT: retries of a webhook or e-mail delivery before it is dead-lettered
   * (default 5). */
  deliveryRetryLimit: number;
  /** HUB_DELIVERY_RETRY_DELAY_SECONDS: the first retry's delay; each next one doubles, with jitter
   * (default 30). */
  deliveryRetryDelaySeconds: number;
  /** HUB_WEBHOOK_TIMEOUT_MS: how long a receiver has to answer (default 10000). */
  webhookTimeoutMs: number;
  /** Plain http:// webhooks: allowed outside production, or with HUB_WEBHOOK_ALLOW_HTTP=1. */
  allowHttpWebhooks: boolean;
  /** HUB_SMTP_URL, e.g. smtps://user:pass@mail.example.gov.cn:465: e-mail is sent only when set. */
  smtpUrl: string | null;
  /** HUB_SMTP_FROM: the sender (default 清欠数据枢纽 <noreply@arrears-hub.invalid>). */
  smtpFrom: string;
}

function wholeNumber(
  env: NodeJS.ProcessEnv,
  key: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(
      `${key} 应为 ${min} 到 ${max} 之间的整数，现为“${raw}”（${key} must be a whole number from ${min} to ${max}）。`,
    );
  return value;
}

/** The settings from `env`; a bad value is an error naming the variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): NoticesConfig {
  const smtpUrl = env.HUB_SMTP_URL || null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl))
    throw new Error(
      'HUB_SMTP_URL 应以 smtp:// 或 smtps:// 开头（HUB_SMTP_URL must be an smtp:// or smtps:// URL）。',
    );
  return {
    deliveryRetryLimit: wholeNumber(env, 'HUB_DELIVERY_RETRY_LIMIT', 5, 0, 20),
    deliveryRetryDelaySeconds: wholeNumber(env, 'HUB_DELIVERY_RETRY_DELAY_SECONDS', 30, 1, 3600),
    webhookTimeoutMs: wholeNumber(env, 'HUB_WEBHOOK_TIMEOUT_MS', 10_000, 100, 60_000),
    allowHttpWebhooks: env.NODE_ENV !== 'production' || env.HUB_WEBHOOK_ALLOW_HTTP === '1',
    smtpUrl,
    smtpFrom: env.HUB_SMTP_FROM || '清欠数据枢纽 <noreply@arrears-hub.invalid>',
  };
}

let current: NoticesConfig | undefined;

/** The settings of this process, read once (main.ts reads them at start-up, so a bad value stops it there). */
export function config(): NoticesConfig {
  current ??= readConfig();
  return current;
}
