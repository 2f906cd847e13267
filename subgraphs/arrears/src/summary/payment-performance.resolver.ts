// How fast a debtor pays (docs/domain/payment-statistics.md), on the organisations subgraph's
// Organisation and Region: live figures over the debts the viewer may see. The published register
// (reviewed, then public) is the supervision subgraph's, drafted from the same figures.
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import {
  MoneyScalar,
  type PaymentPerformanceFigures,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { RegionRef } from '../external/region.js';
import { regionPerformanceOf, requireHalf, unitPerformanceOf } from './payment-performance.js';

@ObjectType('PaymentPerformance', {
  description:
    'How fast a debtor (or a region’s debtors) paid in a half-year, after the UK and Australian payment-practice registers. Shares are 0–1, 4 decimals; null when nothing was paid.',
})
export class PaymentPerformance implements PaymentPerformanceFigures {
  @Field(() => ID, { nullable: true, description: 'The debtor unit; null for a region.' })
  unitId!: string | null;

  @Field(() => String)
  regionCode!: string;

  @Field(() => String, { description: '"2026-H1" (Jan–Jun) or "2026-H2" (Jul–Dec).' })
  half!: string;

  @Field(() => Int, { description: 'Payments made in the half (each voucher counts once).' })
  payments!: number;

  @Field(() => MoneyScalar)
  paidAmount!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Average days from the start of the payment term to payment.',
  })
  averageDays!: number | null;

  @Field(() => Float, { nullable: true })
  medianDays!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of payments made within 30 days.' })
  within30!: number | null;

  @Field(() => Float, { nullable: true, description: 'The same by value.' })
  within30Value!: number | null;

  @Field(() => Float, { nullable: true })
  days31To60!: number | null;

  @Field(() => Float, { nullable: true })
  days31To60Value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of payments made after 60 days.' })
  over60!: number | null;

  @Field(() => Float, { nullable: true })
  over60Value!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share paid after the due date.' })
  paidLate!: number | null;

  @Field(() => Float, { nullable: true })
  paidLateValue!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of payments on a debt that was in dispute between the start of its term and the payment.',
  })
  inDispute!: number | null;

  @Field(() => Int, { description: 'Debts past due and unpaid at the end of the half.' })
  overdueUnpaidCount!: number;

  @Field(() => MoneyScalar)
  overdueUnpaidAmount!: string;
}

@Resolver(() => OrganisationRef)
export class OrganisationPaymentPerformanceResolver {
  @Authorized()
  @FieldResolver(() => PaymentPerformance, {
    description: 'How fast the unit paid in a half-year ("2026-H1"), over the debts you may see.',
  })
  paymentPerformance(
    @Root() unit: OrganisationRef,
    @Arg('half', () => String) half: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PaymentPerformance> {
    requireHalf(half);
    return unitPerformanceOf.load(ctx, { unitId: unit.id, half });
  }
}

@Resolver(() => RegionRef)
export class RegionPaymentPerformanceResolver {
  @Authorized()
  @FieldResolver(() => PaymentPerformance, {
    description:
      'How fast the debtor units of this region and the regions below paid in a half-year.',
  })
  paymentPerformance(
    @Root() region: RegionRef,
    @Arg('half', () => String) half: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<PaymentPerformance> {
    requireHalf(half);
    return regionPerformanceOf.load(ctx, { code: region.code, half });
  }
}
