// Sums over a whole list: a connection of a money-bearing list says which of its entity's money
// fields it totals (`connectionType(Disbursement, 'Disbursement', { sums: { amount: MoneyScalar } })`),
// and every page `paginate` builds of that entity then answers `sum { amount }` — over every row of
// the filter on all pages, as far as the viewer may see them (the same ORM filter, the kit's
// jurisdiction filter applied), in one SQL statement, run only when `sum` is selected.
import { raw, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ObjectType, type ClassType } from 'type-graphql';
import type { GraphQLScalarType } from 'graphql';
import { money } from '@arrears-hub/protocol';

/** The money fields a list totals, each with its scalar (Money, or SignedMoney for adjustments). */
export type SumFields = Readonly<Record<string, GraphQLScalarType>>;

const summed = new Map<unknown, readonly string[]>();

/** Declares `${name}Sum` and the connection's `sum` field; records the fields for `paginate`. */
export function declareSums(
  node: ClassType<object>,
  name: string,
  connection: ClassType<object>,
  sums: SumFields,
): void {
  const fields = Object.keys(sums);
  // A class made here: one GraphQL type per list, named after it (DisbursementSum).
  const SumType = class {};
  Object.defineProperty(SumType, 'name', { value: `${name}Sum` });
  for (const field of fields) Field(() => sums[field]!)(SumType.prototype, field);
  ObjectType(`${name}Sum`, {
    description: `Totals over every row of the list (all pages, as far as you may see them).`,
  })(SumType);
  Field(() => SumType, {
    nullable: true,
    description: `Σ ${fields.join(', ')} over every row of the list (all pages, as far as you may see them), in one statement, computed only when asked for; null on lists nested in another record.`,
  })(connection.prototype, 'sum');
  summed.set(node, fields);
}

/** Gives a page its lazy `sum` when its entity's connection declares sums. */
export function withSums<C extends object>(
  connection: C,
  em: EntityManager,
  entity: EntityName<object>,
  where: FilterQuery<object>,
): C {
  const fields = summed.get(entity);
  if (!fields) return connection;
  let total: Promise<Record<string, string>> | undefined;
  return Object.defineProperty(connection, 'sum', {
    enumerable: true,
    get: () => (total ??= sumOf(em, entity, where, fields)),
  });
}

async function sumOf(
  em: EntityManager,
  entity: EntityName<object>,
  where: FilterQuery<object>,
  fields: readonly string[],
): Promise<Record<string, string>> {
  const properties = em.getMetadata().get(entity).properties as Record<
    string,
    { fieldNames: string[] } | undefined
  >;
  const qb = em.createQueryBuilder(entity, 's');
  qb.select(
    fields.map((field, i) => {
      const column = properties[field]!.fieldNames[0]!;
      return raw(`coalesce(sum(s.${column}), 0) as total_${i}`);
    }),
  ).where(where as Parameters<typeof qb.where>[0]);
  // The ORM filters the page itself gets (jurisdiction first among them).
  await qb.applyFilters();
  const row = await qb.execute<Record<string, string>>('get', false);
  return Object.fromEntries(fields.map((field, i) => [field, money(row[`total_${i}`] ?? '0')]));
}
