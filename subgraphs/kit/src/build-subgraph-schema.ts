// type-graphql classes -> a Federation 2 subgraph schema. Written once; every subgraph calls it.
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLScalarType, parse, type GraphQLSchema } from 'graphql';
import { degradableForeignFields } from './degradable-fields.js';
import {
  buildSchema,
  createResolversMap,
  getMetadataStorage,
  type NonEmptyArray,
} from 'type-graphql';
import { hubAuthChecker } from './auth.js';
import { jobRunsResolver } from './jobs/job-runs.resolver.js';
import type { SubgraphContext } from './context.js';
import { inputSafetyMiddleware } from './input-safety.js';
import { DateTimeScalar } from './scalars.js';
import { fieldRulesMiddleware } from './ownership/field-rules.js';
import { assertEveryMutationGuarded } from './ownership/guards.js';

/** Composition and @apollo/gateway 2.14 accept federation @link up to v2.14 (docs/toolchain.md). */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

/** `__resolveReference` of one entity type: turns a representation `{ __typename, id }` into a row. */
export interface ReferenceResolver<R = Record<string, unknown>> {
  typeName: string;
  resolve: (representation: R, ctx: SubgraphContext) => unknown;
}

export interface SubgraphSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  /** Entity classes no query returns directly (e.g. stubs of foreign entities). */
  orphanedTypes?: Function[];
  references?: ReferenceResolver<never>[];
  /** A subgraph that runs jobs names itself here: `<name>JobRuns` joins its schema (jobs/). */
  jobRunsOf?: string;
}

/**
 * GraphQL enums keep their names as values. The schema is rebuilt from its printed SDL, where a
 * default is written by name, so an enum whose values differ from its names would reach resolvers
 * as the name when defaulted and as the value when given: refused at build time.
 */
export function assertEnumValuesAreNames(): void {
  for (const { enumObj, name } of getMetadataStorage().enums) {
    for (const [key, value] of Object.entries(enumObj as Record<string, unknown>)) {
      if (typeof value === 'string' && value !== key) {
        throw new Error(
          `enum ${name}: ${key} = "${value}". Give GraphQL enum members their own names as values and map them where needed.`,
        );
      }
    }
  }
}

export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  assertEnumValuesAreNames();
  const schema = await buildSchema({
    resolvers: options.jobRunsOf
      ? [...options.resolvers, jobRunsResolver(options.jobRunsOf)]
      : options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker: hubAuthChecker,
    authMode: 'error',
    // Every instant reads in China Standard Time (+08:00); the scalar keeps type-graphql's name.
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Unstorable text in any argument is refused first; then the field-level rules of the
    // ownership declarations, for every field of every owned type.
    globalMiddlewares: [inputSafetyMiddleware, fieldRulesMiddleware],
    validate: false,
    // Federation adds _service/_entities and the entity union afterwards; checking here would fail.
    skipCheck: true,
  });
  // Every mutation must say what it writes (ownership/guards.ts): a forgotten declaration stops
  // the subgraph here, at build time, not in production.
  assertEveryMutationGuarded(Object.keys(schema.getMutationType()?.getFields() ?? {}));
  // What another subgraph resolves may be missing when that subgraph is down: those fields are
  // nullable by construction, so the gateway answers the rest (degradable-fields.ts).
  const typeDefs = degradableForeignFields(
    parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
    new Set((options.references ?? []).map((r) => r.typeName)),
  );
  const resolvers = createResolversMap(schema) as Record<
    string,
    Record<string, unknown> | GraphQLScalarType
  >;
  for (const reference of options.references ?? []) {
    const existing = resolvers[reference.typeName];
    if (!existing || existing instanceof GraphQLScalarType) {
      throw new Error(`Reference resolver for unknown object type ${reference.typeName}`);
    }
    existing.__resolveReference = reference.resolve;
  }
  // The array form: @apollo/subgraph 2.15 dropped the { typeDefs, resolvers } object form (docs/toolchain.md).
  return buildSubgraphSchema([{ typeDefs, resolvers: resolvers as GraphQLResolverMap<unknown> }]);
}
