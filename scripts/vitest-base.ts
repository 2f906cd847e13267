// The one vitest configuration every package re-exports (docs/toolchain.md).
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // Oxc lowers legacy (experimental) decorators, parameter decorators included. We never rely on
  // emitted design:type metadata: every decorator names its type explicitly (docs/toolchain.md).
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: false } },
  resolve: {
    // graphql@16 ships index.mjs and index.js without an exports map; a test importing `graphql`
    // would get the ESM copy while Apollo and type-graphql load the CJS one ("another realm", P9).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
