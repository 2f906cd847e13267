import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  PageArgs,
  SortDirection,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { childPagesLoader } from '../child-pages.js';
import { OrganisationRef } from '../external/organisation.js';
import { LedgerReport } from './ledger-report.entity.js';
import { LedgerReportConnection } from './ledger-report.inputs.js';

// The monthly submissions on the organisations subgraph's Organisation: every unit of a list in
// two statements, as far as the viewer's jurisdiction holds the unit.
const reportsOfUnit = childPagesLoader({
  entity: LedgerReport,
  parentProperty: 'unitId',
  sortProperty: 'submittedAt',
  direction: SortDirection.DESC,
});

@Resolver(() => OrganisationRef)
export class OrganisationReportingResolver {
  @Authorized()
  @FieldResolver(() => LedgerReportConnection, {
    description: 'This unit’s monthly submissions, latest first.',
  })
  ledgerReports(
    @Root() unit: OrganisationRef,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<LedgerReport>> {
    return reportsOfUnit.load(ctx, { parentId: unit.id, first: page.first, after: page.after });
  }
}
