// Starts the real hub once for the whole cross-subgraph suite (scripts/test-stack.ts, in a child
// process) and hands its URLs to the tests.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    hub: {
      gatewayUrl: string;
      subgraphUrls: Record<string, string>;
      databaseUrls: Record<string, string>;
    };
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export default async function setup(project: TestProject) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/test-stack.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: process.env,
  });
  const log: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    log.push(text);
    if (process.env.HUB_TEST_LOG === '1') process.stderr.write(text);
  });
  const hub = await new Promise<ProvidedContext['hub']>((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const m = /HUB_STACK_READY (.+)\n/.exec(buffer);
      if (m) resolve(JSON.parse(m[1]!));
    });
    child.once('exit', (code) =>
      reject(new Error(`The test hub exited (${code}) before it was ready:\n${log.join('')}`)),
    );
  });
  project.provide('hub', hub);
  return async () => {
    if (child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  };
}

type ProvidedContext = import('vitest').ProvidedContext;
