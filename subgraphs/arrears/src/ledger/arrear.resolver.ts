import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  AuditEntry,
  PageArgs,
  paginate,
  recordHistory,
  SortDirection,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { ProjectRef } from '../external/project.js';
import { Arrear } from './arrear.entity.js';
import {
  ARREAR_ORDER_PROPERTY,
  ArrearConnection,
  ArrearFilter,
  ArrearOrder,
  ArrearOrderField,
  LedgerSum,
} from './arrear.inputs.js';
import { arrearById } from './arrear.loaders.js';
import { arrearWhere, ledgerSum } from './arrear-filter.js';

/** A ledger connection that can also sum its whole list, once and only when `sum` is read. */
type SummableConnection = Connection<Arrear> & { sum?: Promise<LedgerSum> };

const reverse = (d: SortDirection) =>
  d === SortDirection.ASC ? SortDirection.DESC : SortDirection.ASC;

// The ledger's queries and a debt's own fields. Every read goes through the jurisdiction filter
// of Arrear's ownership declaration: a debt outside the viewer's reach is simply not there.

@Resolver(() => Arrear)
export class ArrearResolver {
  @Authorized()
  @Query(() => Arrear, { nullable: true, description: 'One debt by id; null when there is none.' })
  arrear(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<Arrear | null> {
    return arrearById.load(ctx, id);
  }

  @Authorized()
  @Query(() => ArrearConnection, {
    description: 'The ledger: debts filtered and ordered, a page at a time.',
  })
  async arrears(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ArrearFilter, { nullable: true }) filter: ArrearFilter | null,
    @Arg('orderBy', () => ArrearOrder, { nullable: true }) orderBy: ArrearOrder | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Arrear>> {
    const where = await arrearWhere(filter);
    const order = ARREAR_ORDER_PROPERTY[orderBy?.field ?? ArrearOrderField.REGISTERED_AT];
    const direction = orderBy?.direction ?? SortDirection.ASC;
    const connection = await paginate(ctx.em, Arrear, where, {
      first: page.first,
      after: page.after,
      sortField: order.property,
      direction: order.reversed ? reverse(direction) : direction,
    });
    // Like totalCount: summed on first read only, so a page that does not select it never pays.
    let summed: Promise<LedgerSum> | undefined;
    return Object.defineProperty(connection, 'sum', {
      enumerable: true,
      get: () => (summed ??= ledgerSum(ctx, where)),
    }) as SummableConnection;
  }

  @FieldResolver(() => OrganisationRef, { description: 'The unit that owes.' })
  debtor(@Root() arrear: Arrear): OrganisationRef {
    return { id: arrear.debtorId };
  }

  @FieldResolver(() => OrganisationRef, { description: 'The enterprise that is owed.' })
  creditor(@Root() arrear: Arrear): OrganisationRef {
    return { id: arrear.creditorId };
  }

  @FieldResolver(() => ProjectRef, {
    nullable: true,
    description: 'The government investment project, if the debt arose on one.',
  })
  project(@Root() arrear: Arrear): ProjectRef | null {
    return arrear.projectId ? { id: arrear.projectId } : null;
  }

  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @FieldResolver(() => [AuditEntry], {
    description:
      'Every recorded change to this debt, oldest first (inspectors and the leading group).',
  })
  history(@Root() arrear: Arrear, @Ctx() ctx: SubgraphContext): Promise<AuditEntry[]> {
    return recordHistory(ctx, Arrear, arrear);
  }
}

@Resolver(() => ArrearConnection)
export class ArrearConnectionResolver {
  @FieldResolver(() => LedgerSum, {
    nullable: true,
    description:
      'Σ amountDue, paid and outstanding over every row of the list (all pages, as far as you may see them), in one statement, computed only when asked for. On `arrears(filter)`; null on the lists nested in a unit or a project (their `arrearsSummary` has the totals of the counted debts).',
  })
  sum(@Root() connection: SummableConnection): Promise<LedgerSum> | null {
    return connection.sum ?? null;
  }
}
