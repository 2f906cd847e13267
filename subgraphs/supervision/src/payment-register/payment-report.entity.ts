// A published payer's figures: how fast a debtor unit (or a region's debtors) paid in a
// half-year, frozen from the ledger's statistics when drafted, reviewed by inspectors and
// published by the leading group — then public, like a disclosure (docs/domain/payment-statistics.md).
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar, owned, region } from '@arrears-hub/subgraph-kit';
import { PaymentReportStatus, PaymentReportSubject } from './payment-report.enums.js';

@ObjectType('PaymentPerformanceReport', {
  description:
    'A payer’s payment figures for a half-year in the public register (reviewed, then published). Shares are 0–1.',
})
@Entity({ tableName: 'payment_performance_report' })
@Unique({ properties: ['subjectKey', 'half'] })
export class PaymentPerformanceReport {
  [OptionalProps]?: 'version' | 'generatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The unit id, or "region:<code>": one report per subject and half. */
  @Property({ type: 'string', length: 60 })
  subjectKey!: string;

  @Field(() => PaymentReportSubject)
  @Enum({ items: () => PaymentReportSubject })
  subject!: PaymentReportSubject;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  unitId?: string | null;

  /** The region reported on, or the unit's region: who reviews and publishes it. */
  @Field(() => String)
  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Field(() => String, { description: 'The unit’s or region’s name when drafted.' })
  @Index()
  @Property({ type: 'string', length: 200 })
  subjectName!: string;

  @Field(() => String, { description: '"2026-H1" (Jan–Jun) or "2026-H2" (Jul–Dec).' })
  @Index()
  @Property({ type: 'string', length: 7 })
  half!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  payments!: number;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  paidAmount!: string;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  averageDays?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  medianDays?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  within30?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  within30Value?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  days31To60?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  days31To60Value?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  over60?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  over60Value?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  paidLate?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  paidLateValue?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  inDispute?: number | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  overdueUnpaidCount!: number;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  overdueUnpaidAmount!: string;

  @Field(() => PaymentReportStatus)
  @Enum({ items: () => PaymentReportStatus })
  status!: PaymentReportStatus;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  publishedOn?: string | null;

  @Field(() => Date, { description: 'When the figures were last drafted from the ledger.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  generatedAt: Date = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}

/**
 * The region's record (its leading group and inspectors review and publish it); once PUBLISHED it
 * is public: anyone reads it, anonymous visitors included, like a published disclosure.
 */
export const PaymentPerformanceReportOwnership = owned(PaymentPerformanceReport, {
  relations: { region: region('regionCode') },
  publicWhen: { property: 'status', equals: PaymentReportStatus.PUBLISHED },
});
