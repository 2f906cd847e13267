// Breaking changes between two API schemas (@graphql-inspector/core), for npm run schema:check.
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';

export interface SchemaChanges {
  breaking: Change[];
  dangerous: Change[];
  all: Change[];
}

export async function schemaChanges(
  before: GraphQLSchema,
  after: GraphQLSchema,
): Promise<SchemaChanges> {
  const all = await diff(before, after);
  return {
    all,
    breaking: all.filter((c) => c.criticality.level === CriticalityLevel.Breaking),
    dangerous: all.filter((c) => c.criticality.level === CriticalityLevel.Dangerous),
  };
}

/** The API schema of a supergraph SDL: federation's join/link machinery removed. */
export async function apiSchemaOf(supergraphSdl: string): Promise<GraphQLSchema> {
  const { Supergraph } = await import('@apollo/federation-internals');
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}
