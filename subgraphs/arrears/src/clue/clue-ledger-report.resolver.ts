// Reading clue ledgers: the submitting unit, the receiving office and the region's leading group.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  connectionType,
  PageArgs,
  paginate,
  SortDirection,
  uuidList,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { ClueLedgerReport } from './clue-ledger-report.entity.js';
import { Clue } from './clue.entity.js';
import { clueById } from './clue.loaders.js';

const ClueLedgerReportConnection = connectionType(ClueLedgerReport, 'ClueLedgerReport');

@Resolver(() => ClueLedgerReport)
export class ClueLedgerReportResolver {
  @Authorized()
  @Query(() => ClueLedgerReportConnection, {
    description: 'Clue ledgers submitted (线索台账), newest first; by period and units.',
  })
  clueLedgerReports(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('period', () => String, { nullable: true }) period: string | null,
    @Arg('unitIds', () => [ID], { nullable: true }) unitIds: string[] | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<ClueLedgerReport>> {
    return paginate(
      ctx.em,
      ClueLedgerReport,
      {
        ...(period ? { period } : {}),
        ...(unitIds ? { unitId: { $in: uuidList(unitIds, 'unitIds') } } : {}),
      },
      {
        first: page.first,
        after: page.after,
        sortField: 'submittedAt',
        direction: SortDirection.DESC,
      },
    );
  }

  @FieldResolver(() => OrganisationRef)
  unit(@Root() report: ClueLedgerReport): OrganisationRef {
    return { id: report.unitId };
  }

  @FieldResolver(() => OrganisationRef, { nullable: true })
  receiver(@Root() report: ClueLedgerReport): OrganisationRef | null {
    return report.receiverId ? { id: report.receiverId } : null;
  }

  @FieldResolver(() => [Clue], {
    description: 'The clues listed (those the viewer may read; one statement a batch).',
  })
  async clues(@Root() report: ClueLedgerReport, @Ctx() ctx: SubgraphContext): Promise<Clue[]> {
    const clues = await clueById.loadMany(ctx, report.clueIds);
    return clues.filter((c): c is Clue => !!c && !(c instanceof Error));
  }
}
