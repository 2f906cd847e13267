// The funding early warning: what a unit owes on the ledger (the arrears subgraph, through
// @requires) against what it has available on clearance-fund lines this year.
import { Field, ObjectType } from 'type-graphql';
import { compareMoney, MoneyScalar, subtractMoney, todayInChina } from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import type { Funds } from './funds.js';

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
