// The funding early warning: what a unit owes on the ledger (the arrears subgraph: through
// @requires for one unit, by the REGION_DEBTORS_OWING contract for a region) against what it has
// available on clearance-fund lines this year.
import { Field, ObjectType } from 'type-graphql';
import {
  callContract,
  compareMoney,
  defineLoader,
  MoneyScalar,
  REGION_DEBTORS_OWING,
  subtractMoney,
  todayInChina,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { fundsOf, type Funds } from './funds.js';

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

/** The fiscal year of today in China. */
export const currentYear = (): number => Number(todayInChina().slice(0, 4));

export function gapOf(unitId: string, outstanding: string, funds: Funds): FundingGap {
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

/**
 * The warnings of every region of a request, largest gap first: one contract call to arrears for
 * all the regions' owing debtors (asked by region code), one statement here for their clearance
 * funds (fundsOf). Arrears being down is the contract's SUBGRAPH_UNAVAILABLE on the field alone.
 */
export const regionFundingWarningsOf = defineLoader<string, FundingGap[]>(
  async (codes, ctx: SubgraphContext) => {
    const owing = await callContract(ctx, REGION_DEBTORS_OWING, { regions: [...codes] });
    const byRegion = new Map(owing.map((r) => [r.region, r.units]));
    const units = [...new Set(owing.flatMap((r) => r.units.map((u) => u.unitId)))];
    const year = currentYear();
    const funds = await fundsOf.loadMany(
      ctx,
      units.map((id) => ({ key: id, unitIds: [id], year })),
    );
    const fundsOfUnit = new Map(units.map((id, i) => [id, funds[i]!]));
    return codes.map((code) =>
      (byRegion.get(code) ?? [])
        .map((u) => gapOf(u.unitId, u.outstanding, fundsOfUnit.get(u.unitId)!))
        .filter((g) => g.warning)
        .sort((a, b) => compareMoney(b.gap, a.gap)),
    );
  },
);
