// The ownership declarations and mutation guards of a subgraph as plain JSON, with the tables and
// columns they map to: the generated role × operation suite (test/access-matrix.test.ts) reads
// it from /debug/ownership and checks every entity and every mutation against the database with
// its own, independent evaluation of the same rules.
import type { MikroORM } from '@mikro-orm/postgresql';
import { getMetadataStorage } from 'type-graphql';
import { allOwnerships, allUnowned, type Relation } from './declare.js';
import { mutationGuards, type DescribedGuard } from './guards.js';

export interface RelationDescription {
  name: string;
  kind: Relation['kind'];
  property: string;
  column: string;
  /** For a parent relation: the parent entity and which of its relations carry over. */
  parent?: string;
  parentRelations?: readonly string[];
}

export interface OwnershipDescription {
  entity: string;
  /** The GraphQL object type the entity is exposed as (null when it is not exposed). */
  graphqlType: string | null;
  table: string;
  read: 'relations' | 'signed-in';
  writers: readonly string[];
  relations: RelationDescription[];
  publicWhen?: { column: string; equals: string | boolean };
  fields: Record<
    string,
    { relations?: readonly string[]; roles?: readonly string[]; exceptOwnUnit?: readonly string[] }
  >;
}

export interface SubgraphOwnership {
  entities: OwnershipDescription[];
  unowned: { entity: string; reason: string }[];
  mutations: Record<string, DescribedGuard[]>;
}

export function describeOwnership(orm: MikroORM): SubgraphOwnership {
  const metadata = orm.getMetadata();
  const known = new Set([...metadata.getAll().values()].map((m) => m.className));
  const column = (entity: Function, property: string) => {
    const meta = metadata.get(entity);
    return meta.properties[property as keyof typeof meta.properties]?.fieldNames?.[0] ?? property;
  };
  return {
    entities: allOwnerships()
      .filter((o) => known.has(o.name))
      .map((o) => ({
        entity: o.name,
        graphqlType:
          getMetadataStorage().objectTypes.find((t) => t.target === o.entity)?.name ?? null,
        table: metadata.get(o.entity).tableName,
        read: o.read,
        writers: o.writers,
        relations: Object.entries(o.relations).map(([name, r]) => ({
          name,
          kind: r.kind,
          property: r.property,
          column: column(o.entity, r.property),
          ...(r.kind === 'parent' ? { parent: r.parent().name, parentRelations: r.relations } : {}),
        })),
        ...(o.publicWhen
          ? {
              publicWhen: {
                column: column(o.entity, o.publicWhen.property),
                equals: o.publicWhen.equals,
              },
            }
          : {}),
        fields: o.fields,
      })),
    unowned: allUnowned()
      .filter((u) => known.has(u.name))
      .map((u) => ({ entity: u.name, reason: u.reason })),
    mutations: Object.fromEntries(mutationGuards()),
  };
}
