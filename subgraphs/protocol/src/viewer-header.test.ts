import { describe, expect, it } from 'vitest';
import { signViewer, verifyViewer, viewerSecretFromEnv, type Viewer } from './viewer-header.js';
import type { Role } from './viewer-header.js';

const secret = 'x'.repeat(40);
const viewer: Viewer = {
  id: 'u1',
  roles: ['BUREAU'],
  organisationId: 'org-1',
  regionCode: '150621',
};

describe('signed viewer header', () => {
  it('round-trips a viewer', () => {
    expect(verifyViewer(signViewer(viewer, secret), secret)).toEqual({
      ok: true,
      viewer: { ...viewer, name: undefined },
    });
  });

  it('rejects a missing header, a forged payload, another secret and an expired signature', () => {
    expect(verifyViewer(undefined, secret).ok).toBe(false);
    const header = signViewer(viewer, secret);
    const [, signature] = header.split('.');
    const forged = Buffer.from(JSON.stringify({ id: 'u1', roles: ['ADMIN'], exp: 9e9 })).toString(
      'base64url',
    );
    expect(verifyViewer(`${forged}.${signature}`, secret).ok).toBe(false);
    expect(verifyViewer(header, 'y'.repeat(40)).ok).toBe(false);
    const expired = verifyViewer(header, secret, Date.now() + 10 * 60_000);
    expect(expired.ok).toBe(false);
    if (!expired.ok) expect(expired.reason.id).toBe('protocol.viewerExpired');
  });

  it('refuses unknown roles even when signed', () => {
    const bad = signViewer({ id: 'u1', roles: ['ROOT' as Role] }, secret);
    expect(verifyViewer(bad, secret).ok).toBe(false);
  });

  it('needs a secret in production and a long one anywhere', () => {
    expect(() => viewerSecretFromEnv({ NODE_ENV: 'production' })).toThrow(/HUB_VIEWER_SECRET/);
    expect(() => viewerSecretFromEnv({ HUB_VIEWER_SECRET: 'short' })).toThrow(/32/);
    expect(viewerSecretFromEnv({})).toMatch(/development/);
  });
});
