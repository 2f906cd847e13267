// Environment -> typed gateway configuration. Nothing else reads process.env.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { viewerSecretFromEnv } from '@arrears-hub/subgraph-kit/viewer-header';

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
}

const DEFAULT_SUPERGRAPH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

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
    jwks: jwksFile ? (JSON.parse(readFileSync(jwksFile, 'utf8')) as { keys: unknown[] }) : undefined,
    secret: env.HUB_JWT_SECRET,
  };
  if (!jwt.secret && !jwt.jwksUrl && !jwt.jwks) {
    if (production) throw new Error('Set HUB_JWT_JWKS_URL, HUB_JWT_JWKS_FILE or HUB_JWT_SECRET: production has no default signing key.');
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
    maxBodyBytes: Number(env.HUB_MAX_BODY_BYTES ?? 2_000_000),
  };
}
