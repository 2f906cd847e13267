// Starts the real hub once for the whole cross-subgraph suite and hands its URLs to the tests.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStack } from '../../scripts/lib/stack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    hub: { gatewayUrl: string; subgraphUrls: Record<string, string>; databaseUrls: Record<string, string> };
  }
}

export default async function setup(project: TestProject) {
  const lines: string[] = [];
  const stack = await startStack({
    dataDir: await mkdtemp(join(tmpdir(), 'hub-test-pg-')),
    persistent: false,
    demoData: true,
    fixedPorts: false,
    log: (line) => {
      lines.push(line);
      if (process.env.HUB_TEST_LOG === '1') console.log(line);
    },
  }).catch((error: unknown) => {
    console.error(lines.join('\n'));
    throw error;
  });
  project.provide('hub', { gatewayUrl: stack.gatewayUrl, subgraphUrls: stack.subgraphUrls, databaseUrls: stack.databaseUrls });
  return async () => {
    await stack.stop();
  };
}
