// The gateway authenticates; subgraphs answer only what the gateway signed.
import { describe, expect, it } from 'vitest';
import { issueDevelopmentToken } from '@arrears-hub/gateway';
import { errorCodes, gql, hub, subgraphRequest } from './harness/client.ts';

describe('subgraphs trust only the gateway', () => {
  it.each(['organisations', 'arrears'])(
    '%s refuses a request without the signed viewer, even _service',
    async (name) => {
      for (const query of ['{ __typename }', '{ _service { sdl } }']) {
        const result = await subgraphRequest(name, query, {}, null);
        expect(result.status).toBe(401);
        expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
        expect(result.data).toBeUndefined();
      }
    },
  );

  it.each(['organisations', 'arrears'])(
    '%s refuses a viewer signed with another secret',
    async (name) => {
      const result = await subgraphRequest(
        name,
        '{ __typename }',
        {},
        { id: 'intruder', roles: ['ADMIN'] },
        'not-the-hub-secret-but-long-enough-1234',
      );
      expect(result.status).toBe(401);
      expect(result.errors![0]!.message).toMatch(/签名无效/);
    },
  );

  it('a forged header (payload changed after signing) is refused', async () => {
    const response = await fetch(hub().subgraphUrls.arrears!, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-hub-viewer': `${Buffer.from(JSON.stringify({ id: 'x', roles: ['ADMIN'], exp: 9e9 })).toString('base64url')}.AAAA`,
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(401);
  });

  it('/health answers without a signature', async () => {
    for (const url of Object.values(hub().subgraphUrls)) {
      const response = await fetch(new URL('/health', url));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok' });
    }
  });
});

describe('the gateway authenticates', () => {
  it('no token: anonymous, refused by every ledger query', async () => {
    const result = await gql(`{ arrears(first: 1) { totalCount } }`, {}, null);
    expect(errorCodes(result)).toEqual(['UNAUTHENTICATED']);
    expect(result.data).toBeNull();
  });

  it('a bad or expired token: 401 with a message saying so', async () => {
    const bad = await gql(`{ __typename }`, {}, null, { authorization: 'Bearer not.a.token' });
    expect(bad.status).toBe(401);
    expect(errorCodes(bad)).toEqual(['UNAUTHENTICATED']);
    const expired = await issueDevelopmentToken({
      sub: 'old',
      roles: ['LEADING_GROUP'],
      expiresIn: '-1m',
    });
    const result = await gql(`{ __typename }`, {}, null, { authorization: `Bearer ${expired}` });
    expect(result.status).toBe(401);
    expect(result.errors![0]!.message).toBe('令牌（token）已过期：请重新获取。');
    expect(result.errors![0]!.extensions!.messageId).toBe('gateway.tokenExpired');
    const english = await gql(`{ __typename }`, {}, null, {
      authorization: `Bearer ${expired}`,
      'accept-language': 'en',
    });
    expect(english.errors![0]!.message).toMatch(/expired/);
  });

  it('a token signed with another key is refused', async () => {
    const forged = await issueDevelopmentToken({
      sub: 'x',
      roles: ['ADMIN'],
      secret: 'some-other-secret-some-other-secret',
    });
    const result = await gql(`{ __typename }`, {}, null, { authorization: `Bearer ${forged}` });
    expect(result.status).toBe(401);
  });

  it('the audit trail of a record is for inspectors and the leading group only', async () => {
    const query = `{ organisations(first: 1) { edges { node { history { action } } } } }`;
    expect(errorCodes(await gql(query, {}, { roles: ['BUREAU'] }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(query, {}, { roles: ['INSPECTOR'] }))).toEqual([]);
  });

  it('GraphiQL is served by the gateway, offline, with a development token', async () => {
    const base = hub().gatewayUrl.replace(/\/graphql$/, '');
    const page = await (await fetch(`${base}/graphiql`)).text();
    expect(page).toContain('/graphiql/graphiql.js');
    expect(page).toContain('Bearer ');
    const script = await fetch(`${base}/graphiql/graphiql.js`);
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(100_000);
  });
});
