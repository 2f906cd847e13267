import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../scripts/vitest-base.ts';

// One real hub (embedded PostgreSQL, every subgraph and the gateway as processes) for all files;
// files run one after another because some count SQL statements on the shared subgraphs.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['**/*.test.ts'],
      globalSetup: ['./harness/global-setup.ts'],
      fileParallelism: false,
      testTimeout: 60_000,
    },
  }),
);
