// A private hub for the tests that break things (fault tests, traces): the whole stack in its own
// child process, like scripts/test-stack.ts, so killing a subgraph or restarting PostgreSQL never
// touches the shared hub the other files use. Driven over IPC by private-hub.ts:
//   → { id, cmd: 'signal', name, signal }   ← { id, ok }
//   → { id, cmd: 'exited', name }           ← { id, ok, result: { code, signal } }
//   → { id, cmd: 'start', name }            ← { id, ok }                  (same port and env)
//   → { id, cmd: 'running' }                ← { id, ok, result: { name: boolean } }
//   → { id, cmd: 'restart-postgres', pauseMs }
//   → { id, cmd: 'start-replica', name }    ← { id, ok, result: { name: 'supervision#2', url } }
// Extra environment for every process comes as JSON in HUB_PRIVATE_STACK_ENV.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack } from '../../scripts/lib/stack.ts';

const extra = JSON.parse(process.env.HUB_PRIVATE_STACK_ENV ?? '{}') as Record<string, string>;
// The stack shows the processes' access lines only when this process has HUB_ACCESS_LOG=1 too (its
// log renderer reads its own environment), and the request-id test reads them.
if (extra.HUB_ACCESS_LOG) process.env.HUB_ACCESS_LOG = extra.HUB_ACCESS_LOG;
const stack = await startStack({
  dataDir: await mkdtemp(join(tmpdir(), 'hub-private-pg-')),
  persistent: false,
  demoData: true,
  fixedPorts: false,
  env: {
    HUB_RATE_LIMIT_PER_MINUTE: '0',
    HUB_JOB_SCHEDULES: 'off',
    ...extra,
  },
  log: (line) => process.stderr.write(`${line}\n`),
});

interface Command {
  id: number;
  cmd: 'signal' | 'exited' | 'start' | 'running' | 'restart-postgres' | 'start-replica';
  name?: string;
  signal?: NodeJS.Signals;
  pauseMs?: number;
}

const processOf = (name: string | undefined) => {
  const p = name ? stack.processes[name] : undefined;
  if (!p) throw new Error(`No process named ${name}.`);
  return p;
};

process.on('message', (message: Command) => {
  const run = async (): Promise<unknown> => {
    switch (message.cmd) {
      case 'signal':
        return processOf(message.name).signal(message.signal ?? 'SIGTERM');
      case 'exited':
        return processOf(message.name).exited();
      case 'start':
        return processOf(message.name).start();
      case 'running':
        return Object.fromEntries(Object.entries(stack.processes).map(([n, p]) => [n, p.running]));
      case 'start-replica':
        return stack.startReplica(message.name!);
      case 'restart-postgres':
        if (!stack.postgres) throw new Error('This stack has no embedded PostgreSQL.');
        return stack.postgres.restart(message.pauseMs ?? 0);
    }
  };
  run().then(
    (result) => process.send!({ id: message.id, ok: true, result }),
    (error: unknown) => process.send!({ id: message.id, ok: false, error: String(error) }),
  );
});

process.send!({
  type: 'ready',
  gatewayUrl: stack.gatewayUrl,
  subgraphUrls: stack.subgraphUrls,
  databaseUrls: stack.databaseUrls,
});

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await stack.stop();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);
