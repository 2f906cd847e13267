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
}

let cached: KitConfig | undefined;

export function kitConfig(env: NodeJS.ProcessEnv = process.env): KitConfig {
  cached ??= {
    production: env.NODE_ENV === 'production',
    viewerSecret: viewerSecretFromEnv(env),
    subgraphUrl: (name) => env[`SUBGRAPH_URL_${name.toUpperCase().replace(/-/g, '_')}`],
    signalsUrl: env.HUB_SIGNALS_DATABASE_URL || undefined,
  };
  return cached;
}
