// Submitting a unit's monthly ledger (月度报送), or its nil return or zeroing notice: written by the
// unit's jurisdiction (@Creates, checked before anything else); the ledger is frozen as it is now,
// revisions of one period are numbered without gaps.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  createEntity,
  Creates,
  inTransaction,
  isUuid,
  normalizeText,
  now,
  Problems,
  unitDirectory,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { SubmitLedgerReportInput } from './ledger-report.inputs.js';
import { LedgerReport } from './ledger-report.entity.js';
import { kindProblems, submissionProblems } from './ledger-report.validation.js';
import { freezeLedger } from './ledger-snapshot.js';
import { dueAtFor } from './reporting-period.js';

@Resolver(() => LedgerReport)
export class LedgerReportMutationResolver {
  @Authorized('BUREAU', 'LEADING_GROUP')
  @Mutation(() => LedgerReport, {
    description:
      'Submits a unit’s monthly ledger (or a nil return, or a zeroing notice) for a period; freezes its ledger as it is now.',
  })
  @Creates(LedgerReport, { unit: 'input.unitId' })
  async submitLedgerReport(
    @Arg('input', () => SubmitLedgerReportInput) input: SubmitLedgerReportInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LedgerReport> {
    const ids = [input.unitId, input.viaUnitId].filter((id): id is string => !!id && isUuid(id));
    const units = await unitDirectory().get(ids);
    new Problems().merge(submissionProblems(input, units)).throwIfAny('input');
    const unit = units.get(input.unitId)!;
    const note = input.note ? normalizeText(input.note) || null : null;
    return inTransaction(ctx, async (em) => {
      // One submission at a time per unit and period, so revisions are numbered without gaps.
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [
        `ledger-report:${input.unitId}:${input.period}`,
      ]);
      const { lines, outstanding } = await freezeLedger(em, input.unitId);
      new Problems().merge(kindProblems(input.kind, unit.name, lines)).throwIfAny('input');
      const previous = await em.count(LedgerReport, { unitId: input.unitId, period: input.period });
      const dueAt = await dueAtFor(em, input.period);
      const submittedAt = now();
      return createEntity(
        ctx,
        LedgerReport,
        {
          unitId: input.unitId,
          period: input.period,
          kind: input.kind,
          revision: previous + 1,
          viaUnitId: input.viaUnitId ?? null,
          submittedAt,
          submittedBy: ctx.viewer.id,
          dueAt,
          late: submittedAt > dueAt,
          arrearsCount: lines.length,
          outstanding,
          snapshot: { lines },
          note,
        },
        { em, action: 'SUBMIT' },
      );
    });
  }
}
