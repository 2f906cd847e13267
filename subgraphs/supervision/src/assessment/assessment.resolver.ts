import { randomUUID } from 'node:crypto';
import {
  Arg,
  Authorized,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  defineLoader,
  groupByKeys,
  internalGet,
  inTransaction,
  jurisdictionOf,
  recordAudit,
  REPORTING_KINDS,
  todayInChina,
  unitDirectory,
  unitsInRegion,
  UserInputError,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { FollowUpCall } from '../entities/case.entity.js';
import { Assessment } from '../entities/public-record.entity.js';
import { OrganisationRef } from '../external/refs.js';
import {
  assessmentScore,
  satisfactionRate,
  weightsFromEnv,
  type AssessmentWeights,
} from '../rules/assessment-score.js';

@ObjectType('AssessmentResult', {
  description: 'A unit’s assessment figures and score (live for this year, stored once finalised).',
})
export class AssessmentResult {
  @Field(() => Int) year!: number;
  @Field(() => Float, { nullable: true }) clueClosureRate!: number | null;
  @Field(() => Float, { nullable: true }) zeroingRate!: number | null;
  @Field(() => Float, { nullable: true, description: '企业满意度: average follow-up score ÷ 5.' })
  satisfaction!: number | null;
  @Field(() => Float, { nullable: true }) ledgerTimeliness!: number | null;
  @Field(() => Float, { description: '0–100.' }) score!: number;
  @Field(() => Boolean) finalised!: boolean;
}

@ObjectType('RankedAssessment', { description: 'A row of the ranked table (晾晒).' })
export class RankedAssessment {
  @Field(() => Int) rank!: number;
  @Field(() => OrganisationRef) unit!: OrganisationRef;
  @Field(() => Assessment) assessment!: Assessment;
}

@InputType()
export class AssessmentWeightsInput {
  @Field(() => Float) clueClosure!: number;
  @Field(() => Float) zeroing!: number;
  @Field(() => Float) satisfaction!: number;
  @Field(() => Float) timeliness!: number;
}

interface Figures {
  unitId: string;
  clueClosureRate: number | null;
  zeroingRate: number | null;
  ledgerTimeliness: number | null;
}

const callsOfUnit = defineLoader<{ unitId: string; year: number }, number[]>(
  async (keys, { em }) => {
    const calls = await em.find(FollowUpCall, {
      unitId: { $in: keys.map((k) => k.unitId) },
      calledOn: { $gte: `${keys[0]!.year}-01-01`, $lte: `${keys[0]!.year}-12-31` },
    });
    return groupByKeys(
      keys.map((k) => k.unitId),
      calls,
      (c) => c.unitId,
    ).map((group) => group.map((c) => c.satisfaction));
  },
  { cacheKey: (k) => `${k.unitId}@${k.year}` },
);

const storedAssessment = defineLoader<{ unitId: string; year: number }, Assessment | null>(
  async (keys, { em }) => {
    const rows = await em.find(Assessment, {
      $or: keys.map((k) => ({ unitId: k.unitId, year: k.year })),
    });
    return keys.map((k) => rows.find((r) => r.unitId === k.unitId && r.year === k.year) ?? null);
  },
  { cacheKey: (k) => `${k.unitId}@${k.year}` },
);

const toResult = (a: Assessment): AssessmentResult => ({
  year: a.year,
  clueClosureRate: a.clueClosureRate ?? null,
  zeroingRate: a.zeroingRate ?? null,
  satisfaction: a.satisfaction ?? null,
  ledgerTimeliness: a.ledgerTimeliness ?? null,
  score: a.score,
  finalised: true,
});

@Resolver(() => OrganisationRef)
export class OrganisationAssessmentResolver {
  // @requires(assessmentFigures): the gateway brings this year's ledger figures from the arrears subgraph.
  @Authorized()
  @Directive(
    '@requires(fields: "assessmentFigures { year clueClosureRate zeroingRate ledgerTimeliness }")',
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
    if (!(await jurisdictionOf(ctx)).canSeeUnit(unit.id)) return null;
    const thisYear = Number(todayInChina().slice(0, 4));
    const wanted = year ?? thisYear;
    const stored = await storedAssessment.load(ctx, { unitId: unit.id, year: wanted });
    if (stored) return toResult(stored);
    if (wanted !== thisYear || !unit.assessmentFigures) return null;
    const figures = unit.assessmentFigures;
    const satisfaction = satisfactionRate(
      await callsOfUnit.load(ctx, { unitId: unit.id, year: wanted }),
    );
    const inputs = {
      clueClosureRate: figures.clueClosureRate,
      zeroingRate: figures.zeroingRate,
      satisfaction,
      ledgerTimeliness: figures.ledgerTimeliness,
    };
    return {
      year: wanted,
      ...inputs,
      score: assessmentScore(inputs, weightsFromEnv()),
      finalised: false,
    };
  }
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Authorized()
  @Query(() => [RankedAssessment], {
    description: '晾晒: the finalised assessments of a year for the units of a region, best first.',
  })
  async assessments(
    @Arg('year', () => Int) year: number,
    @Arg('regionCode', () => ID) regionCode: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RankedAssessment[]> {
    const jurisdiction = await jurisdictionOf(ctx);
    const units = unitsInRegion(await unitDirectory().all(), regionCode)
      .filter((u) => jurisdiction.canSeeUnit(u.id))
      .map((u) => u.id);
    if (!units.length) return [];
    const rows = await ctx.em.find(
      Assessment,
      { year, unitId: { $in: units } },
      { orderBy: { score: 'desc', unitId: 'asc' } },
    );
    return rows.map((assessment, i) => ({
      rank: i + 1,
      unit: { id: assessment.unitId },
      assessment,
    }));
  }

  @Authorized('LEADING_GROUP')
  @Mutation(() => Int, {
    description:
      'Finalises and stores the year’s assessments of a region’s units (figures from the arrears subgraph); returns how many.',
  })
  finaliseAssessments(
    @Arg('year', () => Int) year: number,
    @Arg('regionCode', () => ID) regionCode: string,
    @Arg('weights', () => AssessmentWeightsInput, { nullable: true })
    weightsInput: AssessmentWeightsInput | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<number> {
    if (!Number.isInteger(year) || year < 2020 || year > Number(todayInChina().slice(0, 4)))
      throw new UserInputError('Assess a year from 2020 to this one.', 'year');
    const weights: AssessmentWeights = weightsInput ?? weightsFromEnv();
    if (Object.values(weights).some((w) => w < 0) || Object.values(weights).every((w) => w === 0))
      throw new UserInputError('Weights are ≥ 0 and not all zero.', 'weights');
    return inTransaction(ctx, async (em) => {
      const jurisdiction = await jurisdictionOf(ctx);
      const units = unitsInRegion(await unitDirectory().all(), regionCode).filter(
        (u) => REPORTING_KINDS.has(u.kind) && jurisdiction.canSeeUnit(u.id),
      );
      if (!units.length)
        throw new UserInputError(`No unit to assess in region ${regionCode}.`, 'regionCode');
      if (await em.count(Assessment, { year, unitId: { $in: units.map((u) => u.id) } }))
        throw new UserInputError(
          `The ${year} assessments of this region are finalised already.`,
          'year',
        );
      const figures: Figures[] = [];
      for (let i = 0; i < units.length; i += 200) {
        figures.push(
          ...(await internalGet<Figures[]>(
            'arrears',
            `/internal/assessment-figures?units=${units
              .slice(i, i + 200)
              .map((u) => u.id)
              .join(',')}&year=${year}`,
          )),
        );
      }
      const calls = await em.find(FollowUpCall, {
        unitId: { $in: units.map((u) => u.id) },
        calledOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` },
      });
      for (const f of figures) {
        const satisfaction = satisfactionRate(
          calls.filter((c) => c.unitId === f.unitId).map((c) => c.satisfaction),
        );
        const inputs = {
          clueClosureRate: f.clueClosureRate,
          zeroingRate: f.zeroingRate,
          satisfaction,
          ledgerTimeliness: f.ledgerTimeliness,
        };
        const row = em.create(Assessment, {
          id: randomUUID(),
          unitId: f.unitId,
          year,
          ...inputs,
          score: assessmentScore(inputs, weights),
          weights,
          finalisedBy: ctx.viewer.id,
        } as never);
        recordAudit(em, ctx.viewer, {
          entity: 'Assessment',
          entityId: row.id,
          action: 'FINALISE',
          after: { unitId: f.unitId, year, ...inputs, score: row.score, weights },
        });
      }
      await em.flush();
      return figures.length;
    });
  }

  @FieldResolver(() => OrganisationRef) unit(@Root() a: Assessment): OrganisationRef {
    return { id: a.unitId };
  }
}
