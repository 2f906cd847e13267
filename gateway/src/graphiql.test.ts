import type { IncomingMessage, ServerResponse } from 'node:http';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { graphiqlRoutes } from './graphiql.js';

async function render(token: string | undefined): Promise<string> {
  let body = '';
  const res = { writeHead: () => undefined, end: (b: string) => void (body = b) };
  await graphiqlRoutes(async () => token)['/graphiql']!(
    {} as IncomingMessage,
    res as unknown as ServerResponse,
    new URL('http://localhost/graphiql'),
  );
  return body;
}

describe('GraphiQL page', () => {
  it.each([
    ['with a development token', 'a.b.c'],
    ['without one', undefined],
  ])('has an inline script that parses, %s', async (_label, token) => {
    const html = await render(token);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(script).toBeTruthy();
    // Compiling is enough: a stray escape in the template breaks the whole page in the browser.
    expect(() => new Script(script!)).not.toThrow();
    expect(script).toContain("fetch('/export.csv'");
  });
});
