// Relay connections for every list: `first` (default 50, at most 500), an opaque `after` cursor,
// `totalCount`. Cursors are keyset positions (sort value + id), so a page never repeats or skips a
// row when rows are added before it.
import { registerLabelledEnum } from './labelled-enum.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { UserInputError } from '@arrears-hub/protocol';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@arrears-hub/protocol';
import { kitMessages as msg } from './messages.js';
import { declareSums, withSums, type SumFields } from './connection-sums.js';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

@Directive('@shareable')
@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Always false: lists page forward only.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /** Counted only when read (a getter): most pages do not ask for it, and on a large table the
   * count costs more than the page. Await it when reading it in code. */
  totalCount: number | Promise<number>;
}

/**
 * The total of a connection, computed on first read only and then kept: GraphQL reads the
 * property only when the client selected `totalCount`, so a page that does not ask for it never
 * runs the count, and one that does runs it exactly once. (The count is not skipped when a first
 * page happens to hold every row: the statements a request costs then depend on the query alone,
 * not on the data, which is what the statement-count tests and the benchmark compare.)
 */
export type TotalCount = number | (() => Promise<number>);

function withTotal<C extends Omit<Connection<unknown>, 'totalCount'>>(
  connection: C,
  total: TotalCount,
): C & { totalCount: number | Promise<number> } {
  if (typeof total === 'number') return { ...connection, totalCount: total };
  let counted: Promise<number> | undefined;
  return Object.defineProperty({ ...connection }, 'totalCount', {
    enumerable: true,
    get: () => (counted ??= total()),
  }) as C & { totalCount: Promise<number> };
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type. Call once per node type, at module level. */
export function connectionType<T extends object>(
  node: ClassType<T>,
  name: string,
  options: { shareable?: boolean; sums?: SumFields } = {},
): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => node)
    node!: T;

    @Field(() => String, { description: 'Pass as `after` to get the rows after this one.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Rows matching the filter, on all pages.' })
    totalCount!: number;
  }
  // A value type several subgraphs define alike (the job runs every subgraph shows).
  if (options.shareable) {
    Directive('@shareable')(EdgeType);
    Directive('@shareable')(ConnectionType);
  }
  if (options.sums) declareSums(node, name, ConnectionType, options.sums);
  return ConnectionType;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many rows (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The `cursor` of the last row of the previous page.',
  })
  after?: string | null;
}

export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new UserInputError(
      msg.pageSizeOutOfRange({ field, max: MAX_PAGE_SIZE, actual: first }),
      field,
    );
  }
  return first;
}

type CursorValue = string | number | boolean | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

const invalidCursor = (field: string) => new UserInputError(msg.invalidCursor(), field);

export function decodeCursor(
  cursor: string,
  expectedLength: number,
  field = 'after',
): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // Only plain values: an object such as {"$ne": null} must never reach the ORM as an operator.
    const plain = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
    if (Array.isArray(values) && values.length === expectedLength && values.every(plain)) {
      return values as CursorValue[];
    }
  } catch {
    // fall through to the error below
  }
  throw invalidCursor(field);
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerLabelledEnum(SortDirection, {
  name: 'SortDirection',
  labels: {
    ASC: { zh: '升序' },
    DESC: { zh: '降序' },
  },
});

export interface PageRequest {
  first?: number | null;
  after?: string | null;
  /** Entity property to sort on; must be non-null. The id breaks ties. */
  sortField?: string;
  direction?: SortDirection;
}

/** A keyset cursor's (sort value, id) for the ordering by `sortField`; a cursor from another ordering is refused. */
export function decodeSortCursor(
  after: string,
  sortField: string,
): { value: CursorValue; id: CursorValue } {
  const [field, value, id] = decodeCursor(after, 3);
  if (field !== sortField) throw invalidCursor('after');
  return { value: value ?? null, id: id ?? null };
}

/** A row's sort value as it goes into a cursor (dates as ISO strings). */
export function cursorValue(value: unknown): CursorValue {
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value as CursorValue;
}

/**
 * One page of `entity` rows matching `where`, ordered by `sortField` then id: one statement, and
 * a second (the total) only when `totalCount` is read.
 */
export async function paginate<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  request: PageRequest,
): Promise<Connection<T>> {
  const first = pageSize(request.first);
  const sortField = request.sortField ?? 'id';
  const direction = request.direction ?? 'ASC';
  const dir = direction === 'ASC' ? 'asc' : 'desc';
  const op = direction === 'ASC' ? '$gt' : '$lt';

  let pageWhere: FilterQuery<T> = where;
  if (request.after) {
    const { value, id } = decodeSortCursor(request.after, sortField);
    // The extra `sortField >= value` (or <=) is implied by the $or, but unlike it an index on
    // (sortField, id) can start there: a deep page reads one page of the index, not every row before it.
    const bound = direction === 'ASC' ? '$gte' : '$lte';
    const afterCursor =
      sortField === 'id'
        ? { id: { [op]: id } }
        : {
            [sortField]: { [bound]: value },
            $or: [{ [sortField]: { [op]: value } }, { [sortField]: value, id: { [op]: id } }],
          };
    pageWhere = { $and: [where, afterCursor] } as FilterQuery<T>;
  }

  const orderBy = (
    sortField === 'id' ? { id: dir } : { [sortField]: dir, id: dir }
  ) as QueryOrderMap<T>;
  const rows = await em.find(entity, pageWhere, { orderBy, limit: first + 1 });
  const connection = toConnection(
    rows as T[],
    first,
    () => em.count(entity, where),
    (row) => [sortField, cursorValue((row as Record<string, unknown>)[sortField]), row.id],
  );
  return withSums(connection, em, entity as EntityName<object>, where as FilterQuery<object>);
}

/** Builds the connection from up to first+1 rows (the extra row only tells that a next page exists). */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: TotalCount,
  cursorOf: (row: T) => CursorValue[],
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return withTotal(
    {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: false,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    },
    totalCount,
  );
}
