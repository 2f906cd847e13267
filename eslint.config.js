// Lint for the whole repository (flat config). Besides the usual TypeScript checks it holds the
// boundaries that keep each bureau's code its own (docs/architecture.md, "Boundaries"):
// - a subgraph imports only the kits (@arrears-hub/protocol, @arrears-hub/subgraph-kit);
// - the gateway imports no subgraph and no ORM kit, only the ORM-free protocol package;
// - `rules/` folders are pure: no ORM, no GraphQL, no environment;
// - settings are read in one config.ts per package, never in domain files;
// - no package reaches into another package's src/;
// - no import cycles.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const SUBGRAPHS = ['organisations', 'arrears', 'finance', 'supervision', 'notices'];

/** Import patterns no file of `name` may use: every other subgraph, the gateway, anyone's src/. */
function foreignTo(name) {
  return [
    ...SUBGRAPHS.filter((s) => s !== name).flatMap((other) => [
      {
        group: [`@arrears-hub/${other}`, `@arrears-hub/${other}/*`],
        message: `A subgraph imports only the kits, never another subgraph (${other}).`,
      },
      {
        group: [`**/subgraphs/${other}/**`, `../../${other}/**`, `../../../${other}/**`],
        message: `A subgraph imports only the kits, never another subgraph (${other}).`,
      },
    ]),
    {
      group: ['@arrears-hub/gateway', '@arrears-hub/gateway/*', '**/gateway/src/**'],
      message: 'Subgraphs never import gateway code.',
    },
    {
      group: ['@arrears-hub/*/src/*', '@arrears-hub/*/dist/*'],
      message: 'Import a package by its name and exports, never its src/ or dist/.',
    },
  ];
}

const noEnv = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message:
    'Read settings in the package’s config.ts (one place for every setting), not in domain code.',
};
const noAsNever = {
  selector: 'TSAsExpression > TSNeverKeyword',
  message:
    '`as never` hides a missing required field: type the data (createEntity, RequiredEntityData) instead.',
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.turbo/**',
      '.data/**',
      '**/migrations/**',
      '**/generated/**',
      'test/.artifacts/**',
      'scripts/scaffold/template/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', '*/tsconfig.json', 'subgraphs/*/tsconfig.json'].map(
            (p) => `${import.meta.dirname}/${p}`,
          ),
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-empty-object-type': 'off',
      'no-restricted-syntax': ['error', noAsNever],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
    },
  },
  // Tests and scripts may use loose JSON shapes.
  {
    files: ['test/**/*.ts', 'scripts/**/*.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // The gateway: the protocol package only, no ORM kit, no subgraph.
  {
    files: ['gateway/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@arrears-hub/subgraph-kit', '@arrears-hub/subgraph-kit/*'],
              message: 'The gateway uses only @arrears-hub/protocol: it installs no ORM.',
            },
            {
              group: ['@mikro-orm/*', 'type-graphql'],
              message: 'The gateway installs no ORM and no schema builder.',
            },
            ...SUBGRAPHS.map((s) => ({
              group: [`@arrears-hub/${s}`, `**/subgraphs/${s}/**`],
              message: 'The gateway never imports a subgraph.',
            })),
          ],
        },
      ],
    },
  },
  // The protocol package holds no ORM and no schema builder (graphql, pg for database housekeeping
  // and @apollo/server for the shared HTTP server are what the gateway needs anyway).
  {
    files: ['subgraphs/protocol/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@mikro-orm/*',
                'type-graphql',
                '@apollo/subgraph',
                '@apollo/gateway',
                'dataloader',
                '@arrears-hub/*',
              ],
              message:
                'The protocol package carries no ORM, no schema builder and no other hub package.',
            },
          ],
        },
      ],
    },
  },
  // Each subgraph: the kits only; settings only in its config.ts.
  ...SUBGRAPHS.map((name) => ({
    files: [`subgraphs/${name}/src/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', { patterns: foreignTo(name) }],
      'no-restricted-syntax': ['error', noAsNever, noEnv],
    },
  })),
  ...SUBGRAPHS.map((name) => ({
    files: [
      `subgraphs/${name}/src/config.ts`,
      `subgraphs/${name}/src/main.ts`,
      `subgraphs/${name}/src/**/*.test.ts`,
    ],
    rules: { 'no-restricted-syntax': ['error', noAsNever] },
  })),
  // Pure domain rules: no ORM, no GraphQL, no kit beyond the protocol, no environment.
  {
    files: ['subgraphs/*/src/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@mikro-orm/*', 'type-graphql', 'graphql', '@apollo/*', 'dataloader', 'pg'],
              message: 'rules/ is pure: no ORM, no GraphQL.',
            },
            {
              group: ['@arrears-hub/subgraph-kit', '@arrears-hub/subgraph-kit/*'],
              message: 'rules/ may use @arrears-hub/protocol only (money, dates), not the ORM kit.',
            },
            {
              group: ['../*', '!../rules/*', '!../messages.js'],
              message:
                'rules/ imports only other rules, its package’s message catalogue and the protocol package.',
            },
          ],
        },
      ],
      'no-restricted-syntax': ['error', noAsNever, noEnv],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'rules/ reads no environment.' },
      ],
    },
  },
);
