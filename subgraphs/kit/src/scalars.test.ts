import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { graphql } from 'graphql';
import { Arg, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { buildFederatedSchema } from './build-subgraph-schema.js';
import { DateTimeScalar } from './scalars.js';

@ObjectType('ScalarProbe')
class ScalarProbe {
  @Field(() => Date)
  at!: Date;
}

@Resolver()
class ProbeResolver {
  @Query(() => ScalarProbe)
  probe(@Arg('at', () => Date) at: Date): ScalarProbe {
    return { at };
  }
}

describe('DateTimeISO: instants in China Standard Time', () => {
  it('serialises at +08:00 and parses any offset', () => {
    expect(DateTimeScalar.serialize(new Date('2026-12-02T03:40:05.123Z'))).toBe(
      '2026-12-02T11:40:05.123+08:00',
    );
    expect((DateTimeScalar.parseValue('2026-12-02T03:40:05Z') as Date).toISOString()).toBe(
      '2026-12-02T03:40:05.000Z',
    );
    expect(() => DateTimeScalar.parseValue('2026-12-02 noon')).toThrow(/时间/);
  });

  it('is what type-graphql uses for every Date field, under its old name', async () => {
    const schema = await buildFederatedSchema({ resolvers: [ProbeResolver] });
    expect(schema.getType('DateTimeISO')).toBeDefined();
    const result = await graphql({
      schema,
      source: '{ probe(at: "2026-12-01T22:40:05.5-05:00") { at } }',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ probe: { at: '2026-12-02T11:40:05.500+08:00' } });
  });
});
