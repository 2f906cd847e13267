// The contract between the gateway and the subgraphs: who is asking, signed so that a subgraph can
// trust it without re-verifying the user's JWT. The gateway signs, every subgraph verifies.
// This module depends on node:crypto only, so the gateway can import it without the ORM.
import type { Message } from './localized-messages.js';
import { protocolMessages as msg } from './messages.js';
import { createHmac, timingSafeEqual } from 'node:crypto';

export const VIEWER_HEADER = 'x-hub-viewer';

/** The roles a person can hold (docs/access-model.md). Anonymous viewers carry no role. A
 * subgraph calling another's internal contract is not a role but a `service` viewer (below). */
export const ROLES = [
  'LEADING_GROUP',
  'BUREAU',
  'FINANCE',
  'INSPECTOR',
  'ENTERPRISE',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  /** Subject of the JWT, or "anonymous". */
  id: string;
  name?: string;
  roles: Role[];
  /** Set only on a SERVICE viewer: the subgraph that calls ("finance"). */
  service?: string;
  /** Set only on a SERVICE viewer: the person the call is made for; absent for the service's own
   * housekeeping (the unit directory), which reads only what every signed-in viewer may read. */
  onBehalfOf?: Viewer;
  /** The unit the viewer works for (BUREAU, ENTERPRISE, FINANCE …). */
  organisationId?: string;
  /** The region whose subtree the viewer may see; absent means no regional restriction. */
  regionCode?: string;
}

export const ANONYMOUS: Viewer = Object.freeze({ id: 'anonymous', roles: [] }) as Viewer;

export function isAnonymous(viewer: Viewer): boolean {
  return viewer.roles.length === 0 && !viewer.service;
}

/** A signed viewer is good for this long: long enough for one gateway request, short enough that a
 * header captured from a log cannot be replayed for long. */
const LIFETIME_SECONDS = 120;

/** Used only when NODE_ENV is not "production"; production refuses to start without a secret. */
export const DEVELOPMENT_VIEWER_SECRET = 'arrears-hub-development-viewer-secret';

export function viewerSecretFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.HUB_VIEWER_SECRET;
  if (secret) {
    if (secret.length < 32)
      throw new Error('HUB_VIEWER_SECRET must be at least 32 characters long.');
    return secret;
  }
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'HUB_VIEWER_SECRET must be set in production (the HMAC key shared by gateway and subgraphs).',
    );
  }
  return DEVELOPMENT_VIEWER_SECRET;
}

function mac(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** Header value: base64url(JSON of the viewer with an expiry) "." base64url(HMAC-SHA256 of that). */
export function signViewer(viewer: Viewer, secret: string, now = Date.now()): string {
  const body = { ...viewer, exp: Math.floor(now / 1000) + LIFETIME_SECONDS };
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${mac(payload, secret)}`;
}

export type ViewerVerification = { ok: true; viewer: Viewer } | { ok: false; reason: Message };

export function verifyViewer(
  header: string | undefined,
  secret: string,
  now = Date.now(),
): ViewerVerification {
  if (!header)
    return {
      ok: false,
      reason: msg.viewerMissing(),
    };
  const [payload, signature, extra] = header.split('.');
  if (!payload || !signature || extra !== undefined)
    return { ok: false, reason: msg.viewerMalformed() };
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: msg.viewerBadSignature() };
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: msg.viewerMalformed() };
  }
  const parsed = parseViewerBody(body);
  if (!parsed) return { ok: false, reason: msg.viewerMalformed() };
  if (parsed.exp * 1000 < now) return { ok: false, reason: msg.viewerExpired() };
  return { ok: true, viewer: parsed.viewer };
}

/** A viewer for a call between subgraphs: the SERVICE identity of `service`, for `onBehalfOf`. */
export function serviceViewer(service: string, onBehalfOf?: Viewer): Viewer {
  const person = onBehalfOf?.service ? onBehalfOf.onBehalfOf : onBehalfOf;
  return {
    id: `service:${service}`,
    roles: [],
    service,
    ...(person ? { onBehalfOf: person } : {}),
  };
}

export function isService(viewer: Viewer): boolean {
  return typeof viewer.service === 'string';
}

function parseViewer(body: unknown, nested: boolean): Viewer | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as Record<string, unknown>;
  if (typeof b.id !== 'string' || !Array.isArray(b.roles)) return undefined;
  if (!b.roles.every((r) => (ROLES as readonly unknown[]).includes(r))) return undefined;
  const optionalString = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const viewer: Viewer = {
    id: b.id,
    roles: b.roles as Role[],
    name: optionalString(b.name),
    organisationId: optionalString(b.organisationId),
    regionCode: optionalString(b.regionCode),
  };
  if (typeof b.service === 'string') {
    // A service carries no role of its own and acts for at most one person, never another service.
    if (nested || b.roles.length) return undefined;
    viewer.service = b.service;
    if (b.onBehalfOf !== undefined) {
      const person = parseViewer(b.onBehalfOf, true);
      if (!person) return undefined;
      viewer.onBehalfOf = person;
    }
  }
  return viewer;
}

function parseViewerBody(body: unknown): { viewer: Viewer; exp: number } | undefined {
  const viewer = parseViewer(body, false);
  const exp = (body as { exp?: unknown } | null)?.exp;
  return viewer && typeof exp === 'number' ? { viewer, exp } : undefined;
}
