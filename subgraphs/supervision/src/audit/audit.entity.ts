import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@arrears-hub/subgraph-kit';
import {
  AuditStatus,
  FindingCategory,
  RectificationMeasure,
  RectificationStatus,
} from './enums.js';

/** An audit of arrears (seed 000): its scope, focus and findings. */
@ObjectType('Audit')
@Entity({ tableName: 'audit' })
export class Audit {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { description: 'The region audited (and below it).' })
  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Field(() => DateScalar, { description: 'Arrears up to this day (e.g. 2024-12-31).' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => Boolean, { description: 'Major problems may be traced to earlier years.' })
  @Property({ type: 'boolean', default: true })
  traceEarlier: boolean = true;

  @Field(() => MoneyScalar, {
    description: 'Projects from this 立项金额 are in scope (seed 000: ¥4,000,000).',
  })
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  projectThreshold!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Focus points (底数, 计划执行, 边清边欠, 制度漏洞 …).',
  })
  @Property({ type: 'text', nullable: true })
  focus?: string | null;

  @Field(() => AuditStatus)
  @Enum({ items: () => AuditStatus })
  status!: AuditStatus;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  createdBy!: string;
}

@ObjectType('Finding', {
  description: 'An audit finding about a unit, naming the debts and projects it concerns.',
})
@Entity({ tableName: 'finding' })
export class Finding {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => Audit, { ref: true, deleteRule: 'restrict' })
  audit!: Ref<Audit>;

  /** The unit concerned (organisations subgraph id). */
  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => FindingCategory)
  @Enum({ items: () => FindingCategory })
  category!: FindingCategory;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => MoneyScalar, { nullable: true })
  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  amount?: string | null;

  /** Debts (arrears subgraph ids) and projects (finance subgraph ids) it concerns. */
  @Property({ type: 'array', columnType: 'uuid[]' })
  arrearIds: string[] = [];

  @Property({ type: 'array', columnType: 'uuid[]' })
  projectIds: string[] = [];

  @Field(() => String, { nullable: true, description: '审计建议.' })
  @Property({ type: 'text', nullable: true })
  recommendation?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  createdBy!: string;
}

@ObjectType('Rectification', {
  description: '整改: what the unit must do about a finding, by when.',
})
@Entity({ tableName: 'rectification' })
export class Rectification {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => Finding, { ref: true, deleteRule: 'restrict' })
  finding!: Ref<Finding>;

  /** The unit that must rectify (copied from the finding, for per-unit counts). */
  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => RectificationMeasure)
  @Enum({ items: () => RectificationMeasure })
  measure!: RectificationMeasure;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  deadline!: string;

  @Field(() => RectificationStatus)
  @Enum({ items: () => RectificationStatus })
  status!: RectificationStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  evidence?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}
