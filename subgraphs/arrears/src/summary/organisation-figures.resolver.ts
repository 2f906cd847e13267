import {
  Arg,
  Authorized,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Float,
  Int,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import {
  defineLoader,
  isUuid,
  MoneyScalar,
  todayInChina,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { assessmentFigures, disclosureFigures } from './unit-figures.js';
import { refuseUnless } from '../refuse.js';
import { arrearsMessages as msg } from '../messages.js';

// The figures other bureaus judge a unit by, on the organisations subgraph's Organisation: empty
// (zeros, nulls) for a unit whose ledger the viewer may not see.

@ObjectType('DisclosureFigures', {
  description: '2025 regulation art. 18: contracts overdue and unpaid at the end of a year.',
})
export class DisclosureFiguresView {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  overdueContracts!: number;

  @Field(() => MoneyScalar)
  overdueAmount!: string;
}

// @shareable: the supervision subgraph declares the same value type to @require it.
@Directive('@shareable')
@ObjectType('AssessmentFigures', {
  description:
    'This year’s ledger figures the annual assessment (docs/domain/assessment.md) scores.',
})
export class AssessmentFiguresView {
  @Field(() => Int)
  year!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      '线索办结率: clues the unit handled (transferred to it), received this year, closed ÷ accepted.',
  })
  clueClosureRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The same for the clues about the unit (as respondent), whoever handled them; shown, not scored.',
  })
  respondentClueClosureRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '欠款清零率: the unit’s debts paid off ÷ its debts.',
  })
  zeroingRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Months on time (paused after a zeroing notice counts as on time) ÷ months due so far this year.',
  })
  ledgerTimeliness!: number | null;

  @Field(() => Int, {
    description:
      '边清边欠: counted debts registered this year after a zeroing notice whose obligation arose after it.',
  })
  newArrearsAfterZeroing!: number;

  @Field(() => Int, {
    description:
      '漏报: counted debts registered this year after a zeroing notice but owed before it (a matter for supervision).',
  })
  lateRegisteredDebts!: number;
}

const disclosureLoader = defineLoader<{ unitId: string; year: number }, DisclosureFiguresView>(
  async (keys, ctx) => {
    const result = new Map<string, DisclosureFiguresView>();
    for (const year of new Set(keys.map((k) => k.year))) {
      const ids = keys.filter((k) => k.year === year && isUuid(k.unitId)).map((k) => k.unitId);
      for (const f of await disclosureFigures(ctx, ids, year)) result.set(`${f.unitId}@${year}`, f);
    }
    return keys.map(
      (k) =>
        result.get(`${k.unitId}@${k.year}`) ?? {
          year: k.year,
          overdueContracts: 0,
          overdueAmount: '0.00',
        },
    );
  },
  { cacheKey: (k) => `${k.unitId}@${k.year}` },
);

const assessmentLoader = defineLoader<string, AssessmentFiguresView>(async (unitIds, ctx) => {
  const today = todayInChina();
  const year = Number(today.slice(0, 4));
  const figures = await assessmentFigures(ctx, unitIds.filter(isUuid), year, today);
  const byUnit = new Map(figures.map((f) => [f.unitId, f]));
  return unitIds.map(
    (id) =>
      byUnit.get(id) ?? {
        year,
        clueClosureRate: null,
        respondentClueClosureRate: null,
        zeroingRate: null,
        ledgerTimeliness: null,
        newArrearsAfterZeroing: 0,
        lateRegisteredDebts: 0,
      },
  );
});

@Resolver(() => OrganisationRef)
export class OrganisationFiguresResolver {
  @Authorized()
  @FieldResolver(() => DisclosureFiguresView, {
    description: 'What the unit must publish by 31 March for `year` (2025 art. 18).',
  })
  async disclosureFigures(
    @Root() unit: OrganisationRef,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<DisclosureFiguresView> {
    refuseUnless(
      Number.isInteger(year) && year >= 2000 && year <= 2100,
      'year',
      msg.yearFourDigits(),
      '',
    );
    return disclosureLoader.load(ctx, { unitId: unit.id, year });
  }

  // Without arguments so that the supervision subgraph can @require it for the live assessment.
  @Authorized()
  @FieldResolver(() => AssessmentFiguresView, {
    description: 'This year’s figures for the annual assessment.',
  })
  assessmentFigures(
    @Root() unit: OrganisationRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AssessmentFiguresView> {
    return assessmentLoader.load(ctx, unit.id);
  }
}
