import {
  Arg,
  Authorized,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import {
  compareMoney,
  defineLoader,
  groupByKeys,
  isUuid,
  jurisdictionOf,
  MoneyScalar,
  subtractMoney,
  todayInChina,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { RestrictionStatus } from '../entities/enums.js';
import { Project } from '../entities/project.entity.js';
import { Restriction } from '../entities/restriction.entity.js';
import { OrganisationRef } from '../external/organisation.js';
import { RegionRef } from '../external/region.js';
import { Funds, fundsOf } from './funds.js';

const currentYear = () => Number(todayInChina().slice(0, 4));

@ObjectType('FundingGap', {
  description: 'Early warning: what a unit owes against what it has to pay arrears with.',
})
export class FundingGap {
  @Field(() => OrganisationRef)
  unit!: OrganisationRef;

  @Field(() => MoneyScalar, { description: 'Outstanding on the ledger (arrears subgraph).' })
  outstanding!: string;

  @Field(() => MoneyScalar, { description: 'Available on clearance-fund lines this year.' })
  availableForClearance!: string;

  @Field(() => MoneyScalar, { description: 'outstanding − available, when positive; 0 otherwise.' })
  gap!: string;

  @Field(() => Boolean, { description: 'The unit owes more than it has available for clearance.' })
  warning!: boolean;
}

const projectsOfUnit = defineLoader<string, Project[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(
      Project,
      { ownerUnitId: { $in: ids.filter(isUuid) } },
      { orderBy: { name: 'asc' } },
    ),
    (p) => p.ownerUnitId,
  ),
);

const activeRestrictionsOfUnit = defineLoader<string, Restriction[]>(async (ids, { em }) =>
  groupByKeys(
    ids,
    await em.find(
      Restriction,
      { unitId: { $in: ids.filter(isUuid) }, status: RestrictionStatus.ACTIVE },
      { orderBy: { fromDate: 'asc' } },
    ),
    (r) => r.unitId,
  ),
);

function gapOf(unitId: string, outstanding: string, funds: Funds): FundingGap {
  const gap = subtractMoney(outstanding, funds.availableForClearance);
  const warning = compareMoney(gap, '0') > 0;
  return {
    unit: { id: unitId },
    outstanding,
    availableForClearance: funds.availableForClearance,
    gap: warning ? gap : '0.00',
    warning,
  };
}

@Resolver(() => OrganisationRef)
export class OrganisationFinanceResolver {
  @Authorized()
  @FieldResolver(() => Funds, {
    description: 'The unit’s money in a fiscal year (this year by default).',
  })
  funds(
    @Root() unit: OrganisationRef,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Funds> {
    return fundsOf.load(ctx, {
      key: unit.id,
      unitIds: isUuid(unit.id) ? [unit.id] : [],
      year: year ?? currentYear(),
    });
  }

  @Authorized()
  @FieldResolver(() => [Project], { description: 'Government investment projects this unit owns.' })
  async projects(@Root() unit: OrganisationRef, @Ctx() ctx: SubgraphContext): Promise<Project[]> {
    return (await jurisdictionOf(ctx)).canSeeUnit(unit.id) ? projectsOfUnit.load(ctx, unit.id) : [];
  }

  @Authorized()
  @FieldResolver(() => [Restriction], {
    description: 'Spending restrictions in force on this unit.',
  })
  async restrictions(
    @Root() unit: OrganisationRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Restriction[]> {
    return (await jurisdictionOf(ctx)).canSeeUnit(unit.id)
      ? activeRestrictionsOfUnit.load(ctx, unit.id)
      : [];
  }

  // @requires(arrearsOutstanding): the gateway fetches what the unit owes from the arrears subgraph.
  @Authorized()
  @Directive('@requires(fields: "arrearsOutstanding")')
  @FieldResolver(() => FundingGap, {
    description: 'Early warning: outstanding arrears against clearance funds available this year.',
  })
  async fundingGap(
    @Root() unit: OrganisationRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<FundingGap> {
    const funds = await fundsOf.load(ctx, {
      key: unit.id,
      unitIds: isUuid(unit.id) ? [unit.id] : [],
      year: currentYear(),
    });
    return gapOf(unit.id, unit.arrearsOutstanding ?? '0.00', funds);
  }
}

@Resolver(() => RegionRef)
export class RegionFinanceResolver {
  @Authorized()
  @Directive('@requires(fields: "unitIds")')
  @FieldResolver(() => Funds, {
    description:
      'The money of the units in this region and below, in a fiscal year (this year by default).',
  })
  funds(
    @Root() region: RegionRef,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Funds> {
    return fundsOf.load(ctx, {
      key: `region:${region.code}`,
      unitIds: region.unitIds ?? [],
      year: year ?? currentYear(),
    });
  }

  // @requires(unitOutstanding): what each unit owes (arrears subgraph), against its clearance funds here.
  @Authorized()
  @Directive('@requires(fields: "unitOutstanding { unitId outstanding }")')
  @FieldResolver(() => [FundingGap], {
    description:
      'Early warning: units of this region that owe more than their clearance funds available this year.',
  })
  async fundingWarnings(
    @Root() region: RegionRef,
    @Ctx() ctx: SubgraphContext,
  ): Promise<FundingGap[]> {
    const owing = region.unitOutstanding ?? [];
    const funds = await fundsOf.loadMany(
      ctx,
      owing.map((u) => ({ key: u.unitId, unitIds: [u.unitId], year: currentYear() })),
    );
    return owing
      .map((u, i) => gapOf(u.unitId, u.outstanding, funds[i]!))
      .filter((g) => g.warning)
      .sort((a, b) => compareMoney(b.gap, a.gap));
  }
}
