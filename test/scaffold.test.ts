// npm run new-subgraph, end to end in a throw-away copy of the repository (harness/temp-repo.ts):
// the generated subgraph is registered, composes into the supergraph, typechecks and passes its
// own unit tests. Nothing is generated in this checkout.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyRepo, type TempRepo } from './harness/temp-repo.ts';

const SOURCE = fileURLToPath(new URL('../', import.meta.url));
let repo: TempRepo;

/** Runs a command in the copy with its node_modules/.bin first, and without the outer turbo's and
 * vitest's variables (they would make the inner runs think they are part of this one). */
function run(command: string, args: string[], cwd = repo.root) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(VITEST|TURBO_(?!TELEMETRY)|npm_)/.test(k)),
  );
  const bin = join(repo.root, 'node_modules', '.bin');
  const result = spawnSync(join(bin, command), args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...env,
      PATH: `${bin}:${process.env.PATH}`,
      TURBO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  // eslint-disable-next-line no-control-regex -- colour codes, in case a tool ignores NO_COLOR
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
  };
}

const read = (path: string) => readFileSync(join(repo.root, path), 'utf8');

describe('npm run new-subgraph', () => {
  let scaffold: { status: number | null; output: string };

  beforeAll(() => {
    repo = copyRepo(SOURCE);
    scaffold = run('tsx', ['scripts/new-subgraph.ts', 'petitions', '--no-install']);
  }, 240_000);

  afterAll(() => repo?.remove());

  it('succeeds', () => {
    expect(scaffold.status, scaffold.output).toBe(0);
  });

  it('writes the subgraph with the same shape as the others, and its initial migration', () => {
    const dir = 'subgraphs/petitions';
    for (const file of [
      'package.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'vitest.config.ts',
      'README.md',
      'src/main.ts',
      'src/schema.ts',
      'src/mikro-orm.config.ts',
      'src/loaders.ts',
      'src/entities/petition.entity.ts',
      'src/external/organisation.ts',
      'src/resolvers/petition.resolver.ts',
      'src/resolvers/petition.reference.ts',
      'src/resolvers/petition.inputs.ts',
      'src/resolvers/organisation-petitions.resolver.ts',
      'src/seeders/DatabaseSeeder.ts',
      'src/migrations/.snapshot-hub_petitions.json',
    ]) {
      expect(existsSync(join(repo.root, dir, file)), file).toBe(true);
    }
    const migrations = readdirSync(join(repo.root, dir, 'src/migrations')).filter((f) =>
      /^Migration\d+_initial\.ts$/.test(f),
    );
    expect(migrations).toHaveLength(1);
    expect(read(`${dir}/src/migrations/${migrations[0]}`)).toContain('create table "petition"');
    expect(
      existsSync(join(repo.root, dir, 'dist/migrations', migrations[0]!.replace(/\.ts$/, '.js'))),
    ).toBe(true);
    // No placeholder left behind anywhere.
    expect(scaffold.output).not.toMatch(/unknown placeholder/);
    expect(read(`${dir}/src/resolvers/petition.resolver.ts`)).not.toMatch(/\{\{|__\w+__/);
  });

  it('registers it on the next free port, as a workspace and a dependency of the e2e suite', () => {
    const yaml = parse(read('schema/supergraph.yaml')) as {
      subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
    };
    expect(yaml.subgraphs.petitions).toEqual({
      routing_url: 'http://127.0.0.1:4005/graphql',
      schema: { file: './petitions.graphql' },
    });
    expect(read('schema/supergraph.yaml')).toContain('# The registry of subgraphs'); // comments kept
    expect(JSON.parse(read('package.json')).workspaces).toContain('subgraphs/petitions');
    expect(JSON.parse(read('test/package.json')).dependencies['@arrears-hub/petitions']).toBe(
      '0.1.0',
    );
  });

  it('composes: the supergraph has Organisation.petitions from the petitions subgraph', () => {
    const supergraph = read('schema/supergraph.graphql');
    expect(supergraph).toMatch(
      /PETITIONS @join__graph\(name: "petitions", url: "http:\/\/127\.0\.0\.1:4005\/graphql"\)/,
    );
    const start = supergraph.indexOf('\ntype Organisation');
    const organisation = supergraph.slice(start, supergraph.indexOf('\n}\n', start));
    expect(organisation).toMatch(
      /\n  petitions\([\s\S]*?\): PetitionConnection! @join__field\(graph: PETITIONS\)/,
    );
    expect(read('schema/petitions.graphql')).toContain(
      'createPetition(input: CreatePetitionInput!): Petition!',
    );
    expect(run('tsx', ['scripts/compose.ts', '--check']).status).toBe(0);
  });

  it('typechecks and passes its own unit tests', () => {
    const dir = join(repo.root, 'subgraphs/petitions');
    const typecheck = run('tsc', ['-p', 'tsconfig.json', '--noEmit'], dir);
    expect(typecheck.status, typecheck.output).toBe(0);
    const tests = run('vitest', ['run'], dir);
    expect(tests.status, tests.output).toBe(0);
    expect(tests.output).toMatch(/Tests\s+\S*9 passed/);
  }, 120_000);

  it('refuses bad and taken names with a message, changing nothing', () => {
    const before = read('schema/supergraph.yaml');
    const cases: [string, RegExp][] = [
      ['Bad_Name', /not a valid subgraph name: use lowercase letters/],
      ['petitions', /already a subgraph in schema\/supergraph\.yaml/],
      ['finance', /already a subgraph/],
      ['kit', /reserved/],
      [
        'projects',
        /already has a query "projects"|already has a field "projects"|already has a type Project\b/,
      ],
    ];
    for (const [name, message] of cases) {
      const result = run('tsx', ['scripts/new-subgraph.ts', name, '--no-install']);
      expect(result.status, name).toBe(1);
      expect(result.output, name).toMatch(message);
    }
    expect(read('schema/supergraph.yaml')).toBe(before);
    expect(existsSync(join(repo.root, 'subgraphs/projects'))).toBe(false);
  }, 60_000);
});
