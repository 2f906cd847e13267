// Finalising a year's assessments of a region's units: the ledger's figures (the arrears
// subgraph, for the person's own units only), the follow-up calls, the weights, stored once.
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import {
  ASSESSMENT_FIGURES,
  callContract,
  createEntities,
  OutOfReachError,
  Problems,
  REPORTING_KINDS,
  type SubgraphContext,
  todayInChina,
  unitDirectory,
  unitsInRegion,
  WritesSelected,
} from '@arrears-hub/subgraph-kit';
import { supervisionConfig } from '../config.js';
import { FollowUpCall } from '../inspection/follow-up-call.entity.js';
import { countedScores } from '../rules/satisfaction.js';
import { unitsInReach } from '../reach.js';
import {
  assessmentScore,
  satisfactionRate,
  type AssessmentWeights,
} from '../rules/assessment-score.js';
import { Assessment } from './assessment.entity.js';
import { AssessmentWeightsInput } from './assessment.inputs.js';
import { finalisationProblems } from './assessment.validation.js';
import { supervisionMessages as msg } from '../messages.js';

@Resolver(() => Assessment)
export class AssessmentMutations {
  // No argument names the units: they are the region's reporting units the viewer may act for
  // (asked of the Assessment declaration, reach.ts), and a region holding none of them is refused
  // before anything else, as a record out of reach is. createEntities checks each assessment
  // again, and the arrears subgraph answers figures only for the person's units.
  @Authorized('LEADING_GROUP')
  @WritesSelected(Assessment, 'the region’s reporting units the viewer may act for')
  @Mutation(() => Int, {
    description:
      'Finalises and stores the year’s assessments of a region’s units (figures from the arrears subgraph); returns how many.',
  })
  async finaliseAssessments(
    @Arg('year', () => Int) year: number,
    @Arg('regionCode', () => ID) regionCode: string,
    @Arg('weights', () => AssessmentWeightsInput, { nullable: true })
    weightsInput: AssessmentWeightsInput | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<number> {
    const weights: AssessmentWeights = weightsInput
      ? { ...weightsInput }
      : supervisionConfig().assessmentWeights;
    const units = unitsInRegion(await unitDirectory().all(), regionCode).filter((u) =>
      REPORTING_KINDS.has(u.kind),
    );
    const reach = await unitsInReach(
      ctx,
      Assessment,
      'unitId',
      units.map((u) => u.id),
    );
    if (!reach.unrestricted && !reach.unitIds.length) throw new OutOfReachError();
    const unitIds = reach.unitIds;
    const thisYear = Number(todayInChina().slice(0, 4));
    const p = new Problems().merge(
      finalisationProblems({ year, regionCode, weights, reportingUnits: units.length }, thisYear),
    );
    if (p.empty && (await ctx.em.count(Assessment, { year, unitId: { $in: unitIds } })))
      p.add('year', msg.assessmentFinalised({ regionCode, year }));
    p.throwIfAny('');

    const figures = await callContract(ctx, ASSESSMENT_FIGURES, { units: unitIds, year });
    if (!figures.length) throw new OutOfReachError();
    const calls = await ctx.em.find(FollowUpCall, {
      unitId: { $in: figures.map((f) => f.unitId) },
      calledOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` },
    });
    const rows = figures.map((f) => {
      const inputs = {
        clueClosureRate: f.clueClosureRate,
        zeroingRate: f.zeroingRate,
        satisfaction: satisfactionRate(
          countedScores(
            calls
              .filter((c) => c.unitId === f.unitId)
              .map((c) => ({
                unitId: c.unitId,
                enterpriseId: c.enterpriseId ?? null,
                recordedByUnitId: c.recordedByUnitId ?? null,
                recordedByRoles: c.recordedByRoles,
                satisfaction: c.satisfaction,
              })),
          ),
        ),
        ledgerTimeliness: f.ledgerTimeliness,
      };
      return {
        unitId: f.unitId,
        year,
        ...inputs,
        respondentClueClosureRate: f.respondentClueClosureRate,
        newArrearsAfterZeroing: f.newArrearsAfterZeroing,
        lateRegisteredDebts: f.lateRegisteredDebts,
        score: assessmentScore(inputs, weights),
        weights,
        finalisedBy: ctx.viewer.id,
      };
    });
    const stored = await createEntities(ctx, Assessment, rows, {
      action: 'FINALISE',
      conflicts: { unique: { default: msg.assessmentFinalised({ regionCode, year }) } },
    });
    return stored.length;
  }
}
