import { Arg, Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  defineChildPagesLoader,
  isUuid,
  MoneyScalar,
  PageArgs,
  type ChildPageKey,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../entities/arrear.entity.js';
import { ArrearsRole } from '../entities/enums.js';
import { OrganisationRef } from '../external/organisation.js';
import { ArrearConnection } from './arrear.inputs.js';
import { arrearScopeSql, jurisdictionOf } from '../scope.js';
import { ArrearsSummary } from '../summary/arrears-summary.type.js';
import { summaryOf } from '../summary/summary.loaders.js';

// The arrears subgraph's fields on the organisations subgraph's Organisation. Each is batched: a
// list of N units costs the same statements as one unit.
// Only the debts the viewer may see (the debtor in its jurisdiction, or its own claims).
const owedBy = defineChildPagesLoader<Arrear, ChildPageKey>(async (_keys, ctx) => ({
  entity: Arrear,
  parentProperty: 'debtorId',
  sortProperty: 'registeredAt',
  where: arrearScopeSql(await jurisdictionOf(ctx), 't') ?? undefined,
}));

const claimedBy = defineChildPagesLoader<Arrear, ChildPageKey>(async (_keys, ctx) => ({
  entity: Arrear,
  parentProperty: 'creditorId',
  sortProperty: 'registeredAt',
  where: arrearScopeSql(await jurisdictionOf(ctx), 't') ?? undefined,
}));

@Resolver(() => OrganisationRef)
export class OrganisationArrearsResolver {
  @Authorized()
  @FieldResolver(() => ArrearConnection, {
    description: 'Debts this unit owes (as debtor), oldest registration first.',
  })
  arrearsOwed(
    @Root() unit: OrganisationRef,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Arrear>> {
    return owedBy.load(ctx, { parentId: unit.id, first: page.first, after: page.after });
  }

  @Authorized()
  @FieldResolver(() => ArrearConnection, {
    description: 'Debts owed to this enterprise (as creditor).',
  })
  arrearsClaimed(
    @Root() unit: OrganisationRef,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Arrear>> {
    return claimedBy.load(ctx, { parentId: unit.id, first: page.first, after: page.after });
  }

  @Authorized()
  @FieldResolver(() => MoneyScalar, {
    description:
      'What this unit owes on the ledger (= arrearsSummary.outstanding). Without arguments, so other subgraphs can @require it.',
  })
  async arrearsOutstanding(
    @Root() unit: OrganisationRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<string> {
    return (await this.arrearsSummary(unit, ArrearsRole.DEBTOR, ctx)).outstanding;
  }

  @Authorized()
  @FieldResolver(() => ArrearsSummary, {
    description: 'Ledger totals of this unit as debtor (default) or as creditor.',
  })
  arrearsSummary(
    @Root() unit: OrganisationRef,
    @Arg('as', () => ArrearsRole, { defaultValue: ArrearsRole.DEBTOR }) role: ArrearsRole,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ArrearsSummary> {
    return summaryOf.load(ctx, {
      key: unit.id,
      column: role === ArrearsRole.DEBTOR ? 'debtor_id' : 'creditor_id',
      ids: isUuid(unit.id) ? [unit.id] : [],
    });
  }
}
