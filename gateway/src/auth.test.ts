import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { Message } from '@arrears-hub/protocol';
import { createAuthenticator, issueDevelopmentToken, viewerFromClaims } from './auth.js';
import { DEVELOPMENT_JWT_SECRET, JWT_AUDIENCE, JWT_ISSUER, loadConfig } from './config.js';

const authenticate = createAuthenticator({
  secret: DEVELOPMENT_JWT_SECRET,
  issuer: JWT_ISSUER,
  audience: JWT_AUDIENCE,
});
const request = (authorization?: string) =>
  ({ headers: authorization ? { authorization } : {} }) as IncomingMessage;

describe('gateway authentication', () => {
  it('turns a development token into a viewer', async () => {
    const token = await issueDevelopmentToken({
      sub: 'clerk-1',
      roles: ['BUREAU'],
      org: 'org-1',
      region: '150621',
    });
    expect(await authenticate(request(`Bearer ${token}`))).toEqual({
      ok: true,
      value: {
        id: 'clerk-1',
        name: undefined,
        roles: ['BUREAU'],
        organisationId: 'org-1',
        regionCode: '150621',
      },
    });
  });

  it('no Authorization header is the anonymous viewer', async () => {
    expect(await authenticate(request())).toMatchObject({
      ok: true,
      value: { id: 'anonymous', roles: [] },
    });
  });

  it('refuses malformed headers, unknown roles and tokens without a role', async () => {
    expect(await authenticate(request('Basic abc'))).toMatchObject({ ok: false, status: 401 });
    const said = (claims: Parameters<typeof viewerFromClaims>[0]) => {
      const refused = viewerFromClaims(claims) as Message;
      return [refused.id, refused.zh, refused.en];
    };
    expect(said({ sub: 'x', roles: ['ROOT'] })).toEqual([
      'gateway.tokenUnknownRoles',
      '令牌（token）中有未知的角色：ROOT。',
      'Unknown role(s) in the token: ROOT.',
    ]);
    expect(said({ sub: 'x', roles: [] })[2]).toMatch(/no role/);
    expect(said({ roles: ['ADMIN'] })[2]).toMatch(/subject/);
  });

  it('production needs its own keys and turns GraphiQL off by default', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', HUB_VIEWER_SECRET: 'v'.repeat(40) })).toThrow(
      /HUB_JWT/,
    );
    const config = loadConfig({
      NODE_ENV: 'production',
      HUB_VIEWER_SECRET: 'v'.repeat(40),
      HUB_JWT_SECRET: 'j'.repeat(40),
    });
    expect(config.graphiql).toBe(false);
    expect(config.introspection).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', HUB_JWT_SECRET: 'j'.repeat(40) })).toThrow(
      /HUB_VIEWER_SECRET/,
    );
  });
});
