// What the assessment aggregate adds to the organisations subgraph's Organisation: its annual
// assessment, live for this year from the ledger's figures (@requires from the arrears subgraph)
// and the follow-up calls, the stored one once finalised.
import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { todayInChina, type SubgraphContext } from '@arrears-hub/subgraph-kit';
import { supervisionConfig } from '../config.js';
import { OrganisationRef } from '../external/organisation.js';
import { mayRead } from '../reach.js';
import { CaseTrigger } from '../case/case.enums.js';
import { assessmentScore, satisfactionRate } from '../rules/assessment-score.js';
import { supervisionTriggers } from '../rules/supervision-triggers.js';
import { Assessment } from './assessment.entity.js';
import { satisfactionScores, storedAssessment } from './assessment.loaders.js';
import { AssessmentResult } from './assessment.types.js';

const toResult = (a: Assessment): AssessmentResult => ({
  year: a.year,
  clueClosureRate: a.clueClosureRate ?? null,
  respondentClueClosureRate: a.respondentClueClosureRate ?? null,
  zeroingRate: a.zeroingRate ?? null,
  satisfaction: a.satisfaction ?? null,
  ledgerTimeliness: a.ledgerTimeliness ?? null,
  newArrearsAfterZeroing: a.newArrearsAfterZeroing,
  lateRegisteredDebts: a.lateRegisteredDebts,
  supervisionTriggers: supervisionTriggers(a).map((t) => CaseTrigger[t]),
  score: a.score,
  finalised: true,
});

@Resolver(() => OrganisationRef)
export class OrganisationAssessmentResolver {
  // @requires(assessmentFigures): the gateway brings this year's ledger figures from the arrears
  // subgraph, which answers them only for units within the viewer's jurisdiction.
  @Authorized()
  @Directive(
    '@requires(fields: "assessmentFigures { year clueClosureRate respondentClueClosureRate zeroingRate ledgerTimeliness newArrearsAfterZeroing lateRegisteredDebts }")',
  )
  @FieldResolver(() => AssessmentResult, {
    nullable: true,
    description:
      'The annual assessment: live for this year, the finalised one for a past year (null if none).',
  })
  async assessment(
    @Root() unit: OrganisationRef,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AssessmentResult | null> {
    const thisYear = Number(todayInChina().slice(0, 4));
    const wanted = year ?? thisYear;
    const stored = await storedAssessment.load(ctx, { unitId: unit.id, year: wanted });
    if (stored) return toResult(stored);
    if (wanted !== thisYear || !unit.assessmentFigures) return null;
    // Computed, not loaded: the filter cannot keep it to the viewer's units, the declaration can.
    if (!(await mayRead(ctx, Assessment, { unitId: unit.id }))) return null;
    const figures = unit.assessmentFigures;
    const inputs = {
      clueClosureRate: figures.clueClosureRate,
      zeroingRate: figures.zeroingRate,
      satisfaction: satisfactionRate(
        await satisfactionScores.load(ctx, { unitId: unit.id, year: wanted }),
      ),
      ledgerTimeliness: figures.ledgerTimeliness,
    };
    return {
      year: wanted,
      ...inputs,
      respondentClueClosureRate: figures.respondentClueClosureRate,
      newArrearsAfterZeroing: figures.newArrearsAfterZeroing,
      lateRegisteredDebts: figures.lateRegisteredDebts,
      supervisionTriggers: supervisionTriggers(figures).map((t) => CaseTrigger[t]),
      score: assessmentScore(inputs, supervisionConfig().assessmentWeights),
      finalised: false,
    };
  }
}
