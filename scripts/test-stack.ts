// The hub for the cross-subgraph tests, in its own process: embedded PostgreSQL registers exit
// hooks (async-exit-hook) that would call process.exit(0) in the test runner and hide failures.
// Prints one line "HUB_STACK_READY {json}" when everything answers; stops on SIGTERM or when the
// parent goes away.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack } from './lib/stack.ts';

const stack = await startStack({
  dataDir: await mkdtemp(join(tmpdir(), 'hub-test-pg-')),
  persistent: false,
  demoData: true,
  fixedPorts: false,
  // The suite sends thousands of requests as a few viewers; the rate limit has its own test.
  // Jobs run when a test asks (POST /debug/jobs/<name>/run), never by the wall clock's cron,
  // which would change the data under other tests.
  env: { HUB_RATE_LIMIT_PER_MINUTE: '0', HUB_JOB_SCHEDULES: 'off' },
  log: (line) => process.stderr.write(`${line}\n`),
});
process.stdout.write(
  `HUB_STACK_READY ${JSON.stringify({ gatewayUrl: stack.gatewayUrl, subgraphUrls: stack.subgraphUrls, databaseUrls: stack.databaseUrls })}\n`,
);

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
