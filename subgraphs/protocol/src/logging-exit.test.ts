// A process whose standard output nobody reads any more (the launcher that piped it died) must
// still stop on SIGTERM: sonic-boom's synchronous flush retries a write that fails with EPIPE for
// ever, which kept such processes alive, holding their ports (logging.ts, stopOnSignals).
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const FIXTURE = fileURLToPath(
  new URL('./test-fixtures/log-until-stopped.test-fixture.ts', import.meta.url),
);

const started: ChildProcess[] = [];
// A process that did not stop (the defect this file is about) is not left behind.
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function startLogger() {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
  });
  const exited = new Promise<{ code: number | null; ms: number }>((resolve) => {
    let signalled = 0;
    child.once('exit', (code) => resolve({ code, ms: performance.now() - signalled }));
    child.on('signalled', () => (signalled = performance.now()));
  });
  const stop = () => {
    child.emit('signalled');
    child.kill('SIGTERM');
  };
  return { child, ready, exited, stop };
}

describe('stopping with standard output closed', () => {
  it('exits on SIGTERM after the reader of its standard output went away', async () => {
    const logger = startLogger();
    await logger.ready;
    logger.child.stdout!.destroy(); // nobody reads its logs any more
    // At once: the lines it logs while stopping are still in its buffer when it exits.
    logger.stop();
    const { code, ms } = await logger.exited;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(5_000);
  }, 20_000);

  it('still writes its last lines when standard output is read', async () => {
    const logger = startLogger();
    let out = '';
    logger.child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    await logger.ready;
    logger.stop();
    const { code } = await logger.exited;
    expect(code).toBe(0);
    expect(out).toContain('"msg":"fixture stopped"');
  }, 20_000);
});
