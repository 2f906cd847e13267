// Environment -> typed gateway configuration. Nothing else reads process.env.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  drainSettingsFromEnv,
  ROLES,
  tracesEndpointFromEnv,
  viewerSecretFromEnv,
  type Role,
} from '@arrears-hub/protocol';
import { DEFAULT_LIMITS, type Limits } from './limits.js';

export const DEVELOPMENT_JWT_SECRET = 'arrears-hub-development-jwt-secret-not-for-production';
export const JWT_ISSUER = 'arrears-hub';
export const JWT_AUDIENCE = 'arrears-hub';

export interface JwtConfig {
  /** HS256 shared secret (development and small deployments). */
  secret?: string;
  /** RS256 keys: a JWKS URL or a JWKS file (production). */
  jwksUrl?: string;
  jwks?: { keys: unknown[] };
  issuer: string;
  audience: string;
}

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  supergraphSdl: string;
  /** Subgraph name -> URL, overriding the routing URLs composed into the supergraph. */
  subgraphUrls: Record<string, string>;
  viewerSecret: string;
  jwt: JwtConfig;
  /** GraphiQL and introspection: on in development, off by default in production. */
  graphiql: boolean;
  introspection: boolean;
  maxBodyBytes: number;
  limits: Limits;
  /** Requests a viewer may make a minute (0: unlimited), through all replicas together. */
  rateLimitPerMinute: number;
  /** Load balancers in front of the gateway whose X-Forwarded-For is believed (HUB_TRUST_PROXY). */
  trustedProxies: number;
  trustedDocumentsPath: string;
  /** Roles that may only run registered operations (INSPECTOR and ADMIN never are). */
  trustedDocumentsOnly: Role[];
  /** The gateway's own database, for the operation log; without it nothing is logged. */
  operationLogUrl?: string;
  /** Entries the operation log keeps in memory while its database is away. */
  operationLogQueue: number;
  /** Longest the gateway waits for one subgraph request before it counts as unavailable. */
  subgraphTimeoutMs: number;
  /** Identical subgraph queries of one viewer in flight at once are sent once (HUB_SUBGRAPH_DEDUPE). */
  subgraphDedupe: boolean;
  /** A request's simultaneous fetches to one subgraph go as one request (HUB_SUBGRAPH_BATCH). */
  subgraphBatch: boolean;
  /** Shutdown: /ready 503 for drainDelayMs, then requests in flight get up to drainTimeoutMs. */
  drainTimeoutMs: number;
  drainDelayMs: number;
  /** pino level (HUB_LOG_LEVEL). */
  logLevel: string;
  /** OTLP/HTTP traces URL; no tracing export without it. */
  tracesEndpoint?: string;
}

const DEFAULT_SUPERGRAPH = fileURLToPath(
  new URL('../../schema/supergraph.graphql', import.meta.url),
);
const DEFAULT_TRUSTED_DOCUMENTS = fileURLToPath(
  new URL('../trusted-documents.json', import.meta.url),
);

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a whole number ≥ 0; got "${value}".`);
  return n;
}

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const subgraphUrls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const m = /^SUBGRAPH_URL_([A-Z0-9_]+)$/.exec(key);
    if (m && value) subgraphUrls[m[1]!.toLowerCase()] = value;
  }
  const jwksFile = env.HUB_JWT_JWKS_FILE;
  const jwt: JwtConfig = {
    issuer: env.HUB_JWT_ISSUER ?? JWT_ISSUER,
    audience: env.HUB_JWT_AUDIENCE ?? JWT_AUDIENCE,
    jwksUrl: env.HUB_JWT_JWKS_URL,
    jwks: jwksFile
      ? (JSON.parse(readFileSync(jwksFile, 'utf8')) as { keys: unknown[] })
      : undefined,
    secret: env.HUB_JWT_SECRET,
  };
  if (!jwt.secret && !jwt.jwksUrl && !jwt.jwks) {
    if (production)
      throw new Error(
        'Set HUB_JWT_JWKS_URL, HUB_JWT_JWKS_FILE or HUB_JWT_SECRET: production has no default signing key.',
      );
    jwt.secret = DEVELOPMENT_JWT_SECRET;
  }
  const graphiql = flag(env.HUB_GRAPHIQL, !production);
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '127.0.0.1',
    production,
    supergraphSdl: readFileSync(env.HUB_SUPERGRAPH_PATH ?? DEFAULT_SUPERGRAPH, 'utf8'),
    subgraphUrls,
    viewerSecret: viewerSecretFromEnv(env),
    jwt,
    graphiql,
    introspection: flag(env.HUB_INTROSPECTION, graphiql),
    // Room for a 1 MiB archive document in base64 (attachDocument); everything else is far smaller.
    maxBodyBytes: int(env.HUB_MAX_BODY_BYTES, 2_000_000, 'HUB_MAX_BODY_BYTES'),
    limits: {
      maxDepth: int(env.HUB_MAX_DEPTH, DEFAULT_LIMITS.maxDepth, 'HUB_MAX_DEPTH'),
      maxAliases: int(env.HUB_MAX_ALIASES, DEFAULT_LIMITS.maxAliases, 'HUB_MAX_ALIASES'),
      maxDirectives: int(
        env.HUB_MAX_DIRECTIVES,
        DEFAULT_LIMITS.maxDirectives,
        'HUB_MAX_DIRECTIVES',
      ),
      maxTokens: int(env.HUB_MAX_TOKENS, DEFAULT_LIMITS.maxTokens, 'HUB_MAX_TOKENS'),
      maxCost: int(env.HUB_MAX_COST, DEFAULT_LIMITS.maxCost, 'HUB_MAX_COST'),
      maxListValues: int(
        env.HUB_MAX_LIST_VALUES,
        DEFAULT_LIMITS.maxListValues,
        'HUB_MAX_LIST_VALUES',
      ),
      blockFieldSuggestions: !flag(env.HUB_INTROSPECTION, graphiql),
    },
    rateLimitPerMinute: int(env.HUB_RATE_LIMIT_PER_MINUTE, 600, 'HUB_RATE_LIMIT_PER_MINUTE'),
    trustedProxies: int(env.HUB_TRUST_PROXY, 0, 'HUB_TRUST_PROXY'),
    trustedDocumentsPath: env.HUB_TRUSTED_DOCUMENTS_PATH ?? DEFAULT_TRUSTED_DOCUMENTS,
    trustedDocumentsOnly: (env.HUB_TRUSTED_DOCUMENTS_ONLY ?? '')
      .split(',')
      .map((r) => r.trim().toUpperCase())
      .filter(Boolean)
      .map((r) => {
        if (!(ROLES as readonly string[]).includes(r))
          throw new Error(`HUB_TRUSTED_DOCUMENTS_ONLY: unknown role "${r}".`);
        return r as Role;
      }),
    operationLogUrl: env.HUB_GATEWAY_DATABASE_URL || undefined,
    operationLogQueue: int(env.HUB_OPERATION_LOG_QUEUE, 10_000, 'HUB_OPERATION_LOG_QUEUE'),
    subgraphTimeoutMs: int(env.HUB_SUBGRAPH_TIMEOUT_MS, 30_000, 'HUB_SUBGRAPH_TIMEOUT_MS'),
    subgraphDedupe: flag(env.HUB_SUBGRAPH_DEDUPE, true),
    subgraphBatch: flag(env.HUB_SUBGRAPH_BATCH, true),
    ...drainSettingsFromEnv(env),
    logLevel: env.HUB_LOG_LEVEL || 'info',
    tracesEndpoint: tracesEndpointFromEnv(env),
  };
}
