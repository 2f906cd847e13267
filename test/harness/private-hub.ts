// The tests' handle on a private hub (private-stack.ts in a child process): its URLs, requests to
// it, and the faults: signal a process, wait for it to exit, start it again, restart PostgreSQL.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tokenFor, type As, type GraphQLResponse, LEADING_GROUP } from './client.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface PrivateHub {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  databaseUrls: Record<string, string>;
  /** Everything the hub's processes printed so far. */
  output(): string;
  signal(name: string, signal: NodeJS.Signals): Promise<void>;
  exited(name: string): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  start(name: string): Promise<void>;
  running(): Promise<Record<string, boolean>>;
  restartPostgres(pauseMs?: number): Promise<void>;
  /** A second process of a subgraph on the same database: { name: "supervision#2", url }. */
  startReplica(name: string): Promise<{ name: string; url: string }>;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: As | null,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T> & { headers: Headers }>;
  stop(): Promise<void>;
}

export async function startPrivateHub(env: Record<string, string> = {}): Promise<PrivateHub> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/harness/private-stack.ts'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      env: { ...process.env, ...env, HUB_PRIVATE_STACK_ENV: JSON.stringify(env) },
    },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (process.env.HUB_TEST_LOG === '1') process.stderr.write(chunk);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let nextId = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const urls = await new Promise<{
    gatewayUrl: string;
    subgraphUrls: Record<string, string>;
    databaseUrls: Record<string, string>;
  }>((resolve, reject) => {
    child.on('message', (message: any) => {
      if (message.type === 'ready') return resolve(message);
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (message.ok) waiting?.resolve(message.result);
      else waiting?.reject(new Error(message.error));
    });
    child.once('exit', (code) =>
      reject(
        new Error(`The private hub exited (${code}) before it was ready:\n${output.join('')}`),
      ),
    );
  });
  const call = <T>(cmd: string, args: Record<string, unknown> = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ id, cmd, ...args });
    });
  return {
    ...urls,
    output: () => output.join(''),
    signal: (name, signal) => call('signal', { name, signal }),
    exited: (name) => call('exited', { name }),
    start: (name) => call('start', { name }),
    running: () => call('running'),
    restartPostgres: (pauseMs = 0) => call('restart-postgres', { pauseMs }),
    startReplica: (name) => call('start-replica', { name }),
    gql: async (query, variables = {}, as = LEADING_GROUP, headers = {}) => {
      const auth: Record<string, string> = as
        ? { authorization: `Bearer ${await tokenFor(as)}` }
        : {};
      const response = await fetch(urls.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      let body: object;
      try {
        body = JSON.parse(text) as object;
      } catch {
        body = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
      }
      return { status: response.status, headers: response.headers, ...body } as any;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
