import { Arg, Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  MoneyScalar,
  PageArgs,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { childPagesLoader } from '../child-pages.js';
import { OrganisationRef } from '../external/organisation.js';
import { ArrearsSummary } from '../summary/arrears-summary.type.js';
import { unitScope } from '../summary/scope.js';
import { summaryOf } from '../summary/summary.loaders.js';
import { ArrearsRole } from './arrear.enums.js';
import { Arrear } from './arrear.entity.js';
import { ArrearConnection } from './arrear.inputs.js';

// The ledger's fields on the organisations subgraph's Organisation. Each is batched: a list of N
// units costs the same statements as one unit, and each sees only the debts the viewer may see
// (pagesPerParent and the summaries apply Arrear's ownership declaration).
const owedBy = childPagesLoader({
  entity: Arrear,
  parentProperty: 'debtorId',
  sortProperty: 'registeredAt',
});

const claimedBy = childPagesLoader({
  entity: Arrear,
  parentProperty: 'creditorId',
  sortProperty: 'registeredAt',
});

@Resolver(() => OrganisationRef)
export class OrganisationLedgerResolver {
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
    return summaryOf.load(
      ctx,
      unitScope(unit.id, role === ArrearsRole.DEBTOR ? 'debtor' : 'creditor'),
    );
  }
}
