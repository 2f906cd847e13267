// The subgraph's contract with the supergraph: what it owns, what it adds to Organisation. Building
// the schema also runs the kit's checks (every mutation declares what it writes).
import { printSubgraphSchema } from '@apollo/subgraph';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from './schema.js';

function fieldsOf(schema: GraphQLSchema, type: string) {
  const t = schema.getType(type);
  if (!isObjectType(t)) throw new Error(`${type} is not an object type`);
  return t.getFields();
}

describe('notices subgraph schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildSchema();
  });

  it('owns Notice with its key; Organisation is a stub with its key', () => {
    const sdl = printSubgraphSchema(schema);
    expect(sdl).toMatch(/type Notice @key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Organisation @key\(fields: "id"\)/);
    expect(Object.keys(fieldsOf(schema, 'Organisation')).sort()).toEqual(['id', 'notices']);
  });

  it('adds a paged notices connection to Organisation', () => {
    const field = fieldsOf(schema, 'Organisation').notices!;
    expect(String(field.type)).toBe('NoticeConnection!');
    expect(field.args.map((a) => a.name).sort()).toEqual(['after', 'first']);
  });

  it('has its queries and mutations', () => {
    expect(String(fieldsOf(schema, 'Query').notices!.type)).toBe('NoticeConnection!');
    expect(String(fieldsOf(schema, 'Query').notice!.type)).toBe('Notice');
    const mutations = fieldsOf(schema, 'Mutation');
    const signature = (name: string) =>
      `${mutations[name]!.args.map((a) => `${a.name}: ${String(a.type)}`).join(', ')} → ${String(mutations[name]!.type)}`;
    expect(signature('createNotice')).toBe('input: CreateNoticeInput! → Notice!');
    expect(signature('changeNoticeStatus')).toBe('input: ChangeNoticeStatusInput! → Notice!');
  });
});
