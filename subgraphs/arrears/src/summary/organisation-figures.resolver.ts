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
  UserInputError,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { countedSql } from '../entities/enums.js';
import { OrganisationRef } from '../external/organisation.js';
import { RegionRef } from '../external/region.js';
import { arrearScopeSql, jurisdictionOf } from '../scope.js';
import { assessmentFigures, disclosureFigures } from '../summary/unit-figures.js';

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
  description: 'This year’s ledger figures the annual assessment (seed 001) scores.',
})
export class AssessmentFiguresView {
  @Field(() => Int)
  year!: number;

  @Field(() => Float, {
    nullable: true,
    description: '线索办结率: clues about the unit received this year, closed ÷ accepted.',
  })
  clueClosureRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '欠款清零率: the unit’s debts paid off ÷ its debts.',
  })
  zeroingRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Monthly submissions on time ÷ months due so far this year.',
  })
  ledgerTimeliness!: number | null;
}

const disclosureLoader = defineLoader<{ unitId: string; year: number }, DisclosureFiguresView>(
  async (keys, { em }) => {
    const result = new Map<string, DisclosureFiguresView>();
    for (const year of new Set(keys.map((k) => k.year))) {
      for (const f of await disclosureFigures(
        em,
        keys.filter((k) => k.year === year).map((k) => k.unitId),
        year,
      ))
        result.set(`${f.unitId}@${year}`, f);
    }
    return keys.map((k) => result.get(`${k.unitId}@${k.year}`)!);
  },
  { cacheKey: (k) => `${k.unitId}@${k.year}` },
);

const assessmentLoader = defineLoader<string, AssessmentFiguresView>(async (unitIds, { em }) => {
  const today = todayInChina();
  return assessmentFigures(em, unitIds, Number(today.slice(0, 4)), today);
});

const overdueUnplanned = defineLoader<{ code: string; unitIds: string[] }, OrganisationRef[]>(
  async (keys, ctx) => {
    const visible = arrearScopeSql(await jurisdictionOf(ctx), 'a') ?? { sql: 'true', params: [] };
    const all = [...new Set(keys.flatMap((k) => k.unitIds))];
    const rows = all.length
      ? await ctx.em.execute<{ debtor_id: string }[]>(
          `select distinct a.debtor_id from arrear a
            where a.debtor_id in (?) and a.statutory_due_on < ? and a.amount_due > a.paid and not a.has_repayment_plan
              and a.status <> 'CLEARED' and ${countedSql('a')} and ${visible.sql}`,
          [all, todayInChina(), ...visible.params],
        )
      : [];
    const owing = new Set(rows.map((r) => r.debtor_id));
    return keys.map((k) => k.unitIds.filter((id) => owing.has(id)).map((id) => ({ id })));
  },
  { cacheKey: (k) => k.code },
);

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
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw new UserInputError('The year is a four-digit year.', 'year');
    (await jurisdictionOf(ctx)).assertUnit(unit.id, 'This unit');
    return disclosureLoader.load(ctx, { unitId: unit.id, year });
  }

  // Without arguments so that the supervision subgraph can @require it for the live assessment.
  @Authorized()
  @FieldResolver(() => AssessmentFiguresView, {
    description: 'This year’s figures for the annual assessment.',
  })
  async assessmentFigures(
    @Root() unit: OrganisationRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<AssessmentFiguresView> {
    if (!isUuid(unit.id) || !(await jurisdictionOf(ctx)).canSeeUnit(unit.id)) {
      return {
        year: Number(todayInChina().slice(0, 4)),
        clueClosureRate: null,
        zeroingRate: null,
        ledgerTimeliness: null,
      };
    }
    return assessmentLoader.load(ctx, unit.id);
  }
}

@Resolver(() => RegionRef)
export class RegionFiguresResolver {
  @Authorized()
  @Directive('@requires(fields: "unitIds")')
  @FieldResolver(() => [OrganisationRef], {
    description: 'Units of this region with debts past due, unpaid, and no repayment plan (today).',
  })
  overdueUnplannedDebtors(
    @Root() region: RegionRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<OrganisationRef[]> {
    return overdueUnplanned.load(ctx, { code: region.code, unitIds: region.unitIds ?? [] });
  }
}
