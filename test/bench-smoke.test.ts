// `npm run bench` is the project's own measure of issue 19, and nothing else runs it: this file
// runs it small (a throw-away hub of its own, 30 debtors, 300 creditors, 3,000 lines, one timed
// round) so that a change to the schema, the registry's columns or the Dashboard's variables that
// breaks the generator or a question fails here rather than on the day someone measures. The
// figures it prints are not looked at; the run must finish, every question answer without error,
// and the rollup must agree with the ledger after the bulk load.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

interface BenchJson {
  hubs: { size: number; lines: number; rollupDifferences: number }[];
  timings: Record<string, Record<string, { p50: number; runs: number; errors: number }>>;
  dashboardStatements: Record<string, Record<string, number>>;
}

describe('npm run bench, small', () => {
  it('generates a province, asks every question and prints the table', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'hub-bench-smoke-')), 'bench.json');
    const args = ['--sizes', '3000', '--debtors', '30', '--creditors', '300'];
    const run = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/bench/province.ts',
        ...args,
        '--runs',
        '1',
        '--warmup',
        '1',
        '--json',
        out,
      ],
      {
        cwd: fileURLToPath(new URL('../', import.meta.url)),
        env: { ...process.env },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    expect(run.stdout).toContain('rollup in step with the ledger');
    const result = JSON.parse(await readFile(out, 'utf8')) as BenchJson;
    expect(result.hubs).toHaveLength(1);
    expect(result.hubs[0]!.lines).toBeGreaterThanOrEqual(3000);
    expect(result.hubs[0]!.rollupDifferences).toBe(0);
    const questions = Object.keys(result.timings);
    expect(questions).toContain('the Dashboard operation');
    expect(questions.length).toBeGreaterThanOrEqual(7);
    for (const q of questions)
      for (const timing of Object.values(result.timings[q]!)) {
        expect(timing.errors, q).toBe(0);
        expect(timing.runs, q).toBe(1);
        expect(timing.p50, q).toBeGreaterThan(0);
      }
    // The Dashboard's statements are counted per subgraph (the flat-cost check of the bench).
    const statements = Object.values(result.dashboardStatements)[0]!;
    expect(statements.arrears).toBeGreaterThan(0);
  }, 300_000);
});
