// npm run new-subgraph, end to end in a throw-away copy of the repository (harness/temp-repo.ts):
// the generated subgraph has the hub's one layout, is registered (supergraph, workspaces, lint
// boundaries, the unit directory's callers), composes into the supergraph, typechecks, passes its
// own unit tests, lint and prettier. Nothing is generated in this checkout.
//
// The other subgraphs take part through the SDL committed in schema/<name>.graphql (the copy's
// stand-ins, see temp-repo.ts), so this test is about the new subgraph only and needs none of the
// others built. HUB_SCAFFOLD_SIBLINGS=built composes with their built dist/ instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyRepo, type TempRepo } from './harness/temp-repo.ts';

const SOURCE = fileURLToPath(new URL('../', import.meta.url));
const DIR = 'subgraphs/petitions';
let repo: TempRepo;

// eslint-disable-next-line no-control-regex -- colour codes, in case a tool ignores NO_COLOR
const COLOURS = /\x1b\[[0-9;]*m/g;

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
  return {
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`.replace(COLOURS, ''),
  };
}

const read = (path: string) => readFileSync(join(repo.root, path), 'utf8');

/** Every file under `dir` of the copy, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(repo.root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(join(repo.root, dir), join(e.parentPath, e.name)))
    .sort();
}

describe('npm run new-subgraph', () => {
  let scaffold: { status: number | null; output: string };
  const shared = ['eslint.config.js'];

  beforeAll(() => {
    repo = copyRepo(SOURCE, {
      siblings: process.env.HUB_SCAFFOLD_SIBLINGS === 'built' ? 'built' : 'committed-sdl',
    });
    scaffold = run('tsx', ['scripts/new-subgraph.ts', 'petitions', '--no-install']);
  }, 240_000);

  afterAll(() => repo?.remove());

  it('succeeds', () => {
    expect(scaffold.status, scaffold.output).toBe(0);
  });

  it('writes the one layout: config, rules, one aggregate folder, and its initial migration', () => {
    const src = filesUnder(`${DIR}/src`).filter((f) => !f.startsWith('migrations/'));
    expect(src).toEqual([
      'config.test.ts',
      'config.ts',
      'external/organisation.ts',
      'main.ts',
      'messages.ts',
      'mikro-orm.config.ts',
      'petition/organisation-petitions.resolver.ts',
      'petition/organisation-petitions.test.ts',
      'petition/petition.entity.ts',
      'petition/petition.enums.ts',
      'petition/petition.inputs.ts',
      'petition/petition.loaders.ts',
      'petition/petition.mutations.ts',
      'petition/petition.reference.ts',
      'petition/petition.resolver.ts',
      'petition/petition.validation.test.ts',
      'petition/petition.validation.ts',
      'rules/petition-status.test.ts',
      'rules/petition-status.ts',
      'schema.test.ts',
      'schema.ts',
      'seeders/database.seeder.ts',
    ]);
    for (const file of [
      'package.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'vitest.config.ts',
      'README.md',
      'src/migrations/.snapshot-hub_petitions.json',
    ])
      expect(existsSync(join(repo.root, DIR, file)), file).toBe(true);
    const migrations = readdirSync(join(repo.root, DIR, 'src/migrations')).filter((f) =>
      /^Migration\d+_initial\.ts$/.test(f),
    );
    expect(migrations).toHaveLength(1);
    expect(read(`${DIR}/src/migrations/${migrations[0]}`)).toContain('create table "petition"');
    expect(
      existsSync(join(repo.root, DIR, 'dist/migrations', migrations[0]!.replace(/\.ts$/, '.js'))),
    ).toBe(true);
  });

  it('generates the rules by construction: ownership declared, writes declared, no escape hatch', () => {
    expect(scaffold.output).not.toMatch(/unknown placeholder/);
    const code = filesUnder(`${DIR}/src`).map((f) => [f, read(`${DIR}/src/${f}`)] as const);
    for (const [file, text] of code) {
      expect(text, file).not.toMatch(/\{\{|__[\w-]+__/); // no placeholder left behind
      expect(text, file).not.toMatch(/as never/);
      expect(text, file).not.toMatch(/jurisdictionOf|canSeeUnit/); // the kit scopes, not the code
      if (file !== 'config.ts' && file !== 'config.test.ts')
        expect(text, file).not.toMatch(/process\.env/);
    }
    const entity = read(`${DIR}/src/petition/petition.entity.ts`);
    expect(entity).toContain("owned(Petition, {\n  relations: { unit: unit('unitId') },\n})");
    expect(entity).toMatch(/\[OptionalProps\]\?: /);
    expect(entity).toContain('id: string = randomUUID();');
    const mutations = read(`${DIR}/src/petition/petition.mutations.ts`);
    expect(mutations).toContain("@Creates(Petition, { unit: 'input.unitId' })");
    expect(mutations).toContain("@Writes(Petition, 'input.petitionId')");
    expect(mutations).toMatch(/return createEntity\(ctx, Petition, \{/);
    expect(mutations).toMatch(/return changeEntity\(/);
    expect(mutations).toContain(".throwIfAny('input')");
  });

  it('registers it: next free port, workspace, e2e dependency, lint boundaries, directory caller', () => {
    const yaml = parse(read('schema/supergraph.yaml')) as {
      subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
    };
    expect(yaml.subgraphs.petitions).toEqual({
      routing_url: 'http://127.0.0.1:4006/graphql',
      schema: { file: './petitions.graphql' },
    });
    expect(read('schema/supergraph.yaml')).toContain('# The registry of subgraphs'); // comments kept
    expect(JSON.parse(read('package.json')).workspaces).toContain('subgraphs/petitions');
    expect(JSON.parse(read('test/package.json')).dependencies['@arrears-hub/petitions']).toBe(
      '0.1.0',
    );
    expect(read('eslint.config.js')).toMatch(/const SUBGRAPHS = \[[^\]]*'petitions'\]/);
    // The directory contracts are open to every registered subgraph: the kit needs no edit.
    expect(read('subgraphs/kit/src/contracts/catalogue.ts')).toMatch(
      /name: 'unitDirectory',[^}]*?callers: 'every-subgraph'/,
    );
  });

  it('composes: the supergraph has Organisation.petitions from the petitions subgraph', () => {
    const supergraph = read('schema/supergraph.graphql');
    expect(supergraph).toMatch(
      /PETITIONS @join__graph\(name: "petitions", url: "http:\/\/127\.0\.0\.1:4006\/graphql"\)/,
    );
    const start = supergraph.indexOf('\ntype Organisation');
    const organisation = supergraph.slice(start, supergraph.indexOf('\n}\n', start));
    expect(organisation).toMatch(
      /\n {2}petitions\([\s\S]*?\): PetitionConnection @join__field\(graph: PETITIONS\)/,
    );
    const sdl = read('schema/petitions.graphql');
    expect(sdl).toContain('createPetition(input: CreatePetitionInput!): Petition!');
    expect(sdl).toContain('changePetitionStatus(input: ChangePetitionStatusInput!): Petition!');
    const check = run('tsx', ['scripts/compose.ts', '--check']);
    expect(check.status, check.output).toBe(0);
  });

  it('typechecks and passes its own unit tests', () => {
    const dir = join(repo.root, DIR);
    const typecheck = run('tsc', ['-p', 'tsconfig.json', '--noEmit'], dir);
    expect(typecheck.status, typecheck.output).toBe(0);
    const tests = run('vitest', ['run'], dir);
    expect(tests.status, tests.output).toBe(0);
    expect(tests.output).toMatch(/Tests\s+17 passed/);
  }, 120_000);

  it('passes lint with the subgraph boundary rules, and is formatted', () => {
    const dir = join(repo.root, DIR);
    const lint = run('eslint', ['.', '--max-warnings', '0'], dir);
    expect(lint.status, lint.output).toBe(0);
    // The boundary rules apply to it: settings only in config.ts, the kits only.
    const config = JSON.parse(
      run('eslint', ['--print-config', 'src/petition/petition.resolver.ts'], dir).output,
    ) as { rules: Record<string, unknown> };
    expect(JSON.stringify(config.rules['no-restricted-syntax'])).toContain(
      "[object.name='process'][property.name='env']",
    );
    expect(JSON.stringify(config.rules['no-restricted-imports'])).toContain('@arrears-hub/finance');
    const format = run('prettier', [
      '--check',
      DIR,
      ...shared,
      'package.json',
      'test/package.json',
    ]);
    expect(format.status, format.output).toBe(0);
  }, 120_000);

  it('refuses bad and taken names with a message, changing nothing', () => {
    const before = [read('schema/supergraph.yaml'), ...shared.map(read)];
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
    expect([read('schema/supergraph.yaml'), ...shared.map(read)]).toEqual(before);
    expect(existsSync(join(repo.root, 'subgraphs/projects'))).toBe(false);
  }, 60_000);
});
