// Authentication at the edge: a Bearer JWT becomes a Viewer; no token means anonymous. Subgraphs
// never see the JWT, only the viewer the gateway signs for them (@arrears-hub/protocol, viewer-header.ts).
import type { IncomingMessage } from 'node:http';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  SignJWT,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { ANONYMOUS, Message, ROLES, type Role, type Viewer } from '@arrears-hub/protocol';
import type { Authentication } from '@arrears-hub/protocol';
import { DEVELOPMENT_JWT_SECRET, JWT_AUDIENCE, JWT_ISSUER, type JwtConfig } from './config.js';
import { gatewayMessages as msg } from './messages.js';

/** Claims the hub reads from a token besides `sub`. */
export interface HubClaims extends JWTPayload {
  name?: string;
  roles?: string[];
  /** Organisation id the viewer works for. */
  org?: string;
  /** Region code whose subtree the viewer may see. */
  region?: string;
}

/** The viewer a token's claims name, or why they name none. */
export function viewerFromClaims(claims: HubClaims): Viewer | Message {
  if (!claims.sub) return msg.tokenNoSubject();
  const roles = claims.roles ?? [];
  if (!Array.isArray(roles) || roles.length === 0) return msg.tokenNoRole();
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length) return msg.tokenUnknownRoles({ roles: unknown });
  return {
    id: claims.sub,
    name: typeof claims.name === 'string' ? claims.name : undefined,
    roles: roles as Role[],
    organisationId: typeof claims.org === 'string' ? claims.org : undefined,
    regionCode: typeof claims.region === 'string' ? claims.region : undefined,
  };
}

export function createAuthenticator(config: JwtConfig) {
  // One key resolver whatever the source, so jwtVerify has one signature to check against.
  const secret = config.secret ? new TextEncoder().encode(config.secret) : undefined;
  const key: JWTVerifyGetKey = config.jwksUrl
    ? createRemoteJWKSet(new URL(config.jwksUrl))
    : config.jwks
      ? createLocalJWKSet(config.jwks as JSONWebKeySet)
      : async () => secret!;
  const algorithms = config.jwksUrl || config.jwks ? ['RS256'] : ['HS256'];
  // A token already verified is not verified again for a minute (or until it expires, if
  // sooner): a client sends the same token with every request. Only good tokens are kept.
  const verified = new Map<string, { viewer: Viewer; until: number }>();

  return async (req: IncomingMessage): Promise<Authentication<Viewer>> => {
    const header = req.headers.authorization;
    if (!header) return { ok: true, value: ANONYMOUS };
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const reject = (message: Message): Authentication<Viewer> => ({
      ok: false,
      status: 401,
      code: 'UNAUTHENTICATED',
      message,
    });
    if (!m) return reject(msg.authorizationForm());
    const token = m[1]!;
    const now = Date.now();
    const known = verified.get(token);
    if (known && now < known.until) return { ok: true, value: known.viewer };
    try {
      const { payload } = await jwtVerify<HubClaims>(token, key, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms,
      });
      const viewer = viewerFromClaims(payload);
      if (viewer instanceof Message) return reject(viewer);
      // One object per token: shared by its requests, so nobody may change it.
      Object.freeze(viewer);
      if (verified.size >= 10_000) verified.clear();
      const expires = payload.exp ? payload.exp * 1000 : Infinity;
      verified.set(token, { viewer, until: Math.min(expires, now + 60_000) });
      return { ok: true, value: viewer };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return reject(msg.tokenExpired());
      if (error instanceof errors.JWTClaimValidationFailed)
        return reject(msg.tokenNotForHub({ claim: error.claim }));
      return reject(msg.tokenInvalid());
    }
  };
}

export interface TokenRequest {
  sub: string;
  roles: Role[];
  name?: string;
  org?: string;
  region?: string;
  /** e.g. "8h", "15m" */
  expiresIn?: string;
  secret?: string;
}

/** A development token signed with the HS256 secret (npm run token, the tests). */
export function issueDevelopmentToken(request: TokenRequest): Promise<string> {
  const claims: HubClaims = {
    roles: request.roles,
    name: request.name,
    org: request.org,
    region: request.region,
  };
  return new SignJWT(claims as JWTPayload)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(request.sub)
    .setIssuer(JWT_ISSUER)
    .setAudience(JWT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(request.secret ?? DEVELOPMENT_JWT_SECRET));
}
