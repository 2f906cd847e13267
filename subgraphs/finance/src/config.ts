// Every setting the finance subgraph reads, in one place (the only file here that reads
// process.env). The kit reads its own: DATABASE_URL, PORT, HOST, HUB_DEMO_DATA, HUB_VIEWER_SECRET,
// NODE_ENV and SUBGRAPH_URL_<NAME> (subgraphs/kit/README.md, "Settings").
import { parseMoney } from '@arrears-hub/subgraph-kit';

export interface FinanceConfig {
  /**
   * HUB_AUDIT_PROJECT_THRESHOLD: projects approved at or above this amount (立项金额, yuan) are in
   * the audit scope. The Ejin Horo programme audits government investment projects from
   * ¥4,000,000 (docs/programmes.md); another programme may set its own figure.
   */
  auditProjectThreshold: string;
}

export const DEFAULT_AUDIT_PROJECT_THRESHOLD = '4000000.00';

/** Reads the settings from `env`; a bad value stops the subgraph at start-up, not mid-request. */
export function readFinanceConfig(env: NodeJS.ProcessEnv): FinanceConfig {
  const raw = env.HUB_AUDIT_PROJECT_THRESHOLD?.trim();
  if (!raw) return { auditProjectThreshold: DEFAULT_AUDIT_PROJECT_THRESHOLD };
  const parsed = parseMoney(raw);
  if (!parsed.ok) throw new Error(`HUB_AUDIT_PROJECT_THRESHOLD: ${parsed.reason}`);
  return { auditProjectThreshold: parsed.value };
}

let cached: FinanceConfig | undefined;

/** The settings of this process, read once. */
export function financeConfig(): FinanceConfig {
  cached ??= readFinanceConfig(process.env);
  return cached;
}
