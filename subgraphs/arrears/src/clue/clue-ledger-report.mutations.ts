// submitClueLedger: a unit that files clues for others (the 政数局's 12345 work orders) submits the
// month's clue ledger to the receiving office of its petition and stability group (信访维稳组,
// whose aggregating unit it is), else to its region's intake office, by the region's report day.
import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import {
  callContract,
  createEntity,
  Creates,
  GROUPS_OF_KIND,
  inTransaction,
  Problems,
  todayInChina,
  unitDirectory,
  unscoped,
  type SubgraphContext,
  UnitRef,
  UnitRefs,
  requireNamedUnits,
} from '@arrears-hub/subgraph-kit';
import { chainOfPath, deadlineOfChain, settingsOfChain } from '../region-settings/region-layers.js';
import { isPeriod, previousPeriod } from '../rules/reporting-period.js';
import { ClueLedgerReport } from './clue-ledger-report.entity.js';
import { Clue } from './clue.entity.js';
import { arrearsMessages as msg } from '../messages.js';

@InputType()
export class SubmitClueLedgerInput {
  // Nullable since issue 18: the unit may be named by `unit` instead (id, credit code or name),
  // or left out by a BUREAU clerk: the clerk's own unit.
  @Field(() => ID, {
    nullable: true,
    description:
      'The unit that filed the clues (Organisation id). Or name it by `unit`; left out by a BUREAU clerk, the clerk’s own unit.',
  })
  unitId!: string;

  @Field(() => UnitRef, {
    nullable: true,
    description: 'The unit that filed the clues, by id, credit code or name (instead of unitId).',
  })
  unit?: UnitRef | null;

  @Field(() => String, { description: '"YYYY-MM": the period it is due in.' })
  period!: string;
}

/** The first and last day of a "YYYY-MM" month. */
function monthDays(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

@Resolver(() => ClueLedgerReport)
export class ClueLedgerReportMutationResolver {
  @Authorized('BUREAU', 'LEADING_GROUP')
  @Mutation(() => ClueLedgerReport, {
    description:
      '报送线索台账: the clues the unit filed in the month before `period`, to its group’s receiving office (or the region’s intake office), due by the region’s report day.',
  })
  @Creates(ClueLedgerReport, { unit: 'input.unitId' })
  // Units named by UnitRef become the ids the write check reads.
  @UnitRefs({ ref: 'input.unit', id: 'input.unitId', ownUnit: true })
  async submitClueLedger(
    @Arg('input', () => SubmitClueLedgerInput) input: SubmitClueLedgerInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ClueLedgerReport> {
    requireNamedUnits(input, { unitId: 'unit' });
    const p = new Problems();
    p.check(isPeriod(input.period), 'period', msg.periodForm());
    p.check(
      !isPeriod(input.period) || input.period <= todayInChina().slice(0, 7),
      'period',
      msg.futureClueLedger(),
    );
    p.throwIfAny('input');
    const unit = (await unitDirectory().get([input.unitId])).get(input.unitId);
    if (!unit) new Problems().add('unitId', msg.noSuchUnit()).throwIfAny('input');
    const chain = chainOfPath(unit!.regionPath);
    const groups = await callContract(null, GROUPS_OF_KIND, {
      regionCode: unit!.regionCode,
      kind: 'PETITION_STABILITY',
    });
    const group = groups.find((g) => g.aggregatorIds.includes(unit!.id));
    const receiverId =
      group?.reportsToId ?? (await settingsOfChain(ctx.em, chain)).intakeOfficeId ?? null;
    const dueAt = await deadlineOfChain(ctx.em, chain, input.period, 'input.period');
    const covers = previousPeriod(input.period);
    const { from, to } = monthDays(covers);
    return inTransaction(ctx, async (em) => {
      // The unit's own filings, whoever of its clerks filed them (its list, not the viewer's).
      const clues = await em.find(
        Clue,
        { filedByUnitId: unit!.id, receivedOn: { $gte: from, $lte: to } },
        {
          fields: ['id'],
          orderBy: { receivedOn: 'asc', id: 'asc' },
          ...unscoped('the unit’s own filings, as its ledger lists them'),
        },
      );
      const previous = await em.count(
        ClueLedgerReport,
        { unitId: unit!.id, period: input.period },
        unscoped('revisions are numbered across every submission of the unit'),
      );
      return createEntity(
        ctx,
        ClueLedgerReport,
        {
          unitId: unit!.id,
          period: input.period,
          revision: previous + 1,
          receiverId,
          regionCode: unit!.regionCode,
          coversMonth: covers,
          clueIds: clues.map((c) => c.id),
          clueCount: clues.length,
          dueAt,
          late: Date.now() > dueAt.getTime(),
          submittedBy: ctx.viewer.id,
        },
        { em },
      );
    });
  }
}
