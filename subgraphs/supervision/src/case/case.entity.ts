import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@arrears-hub/subgraph-kit';
import {
  AccountabilityMeasure,
  CaseMeasure,
  CaseStatus,
  CaseTrigger,
  InspectionItem,
} from './enums.js';

/** 督办: a supervision measure on a unit, with a deadline; escalated when the deadline passes. */
@ObjectType('Case', { description: '督办事项: 挂牌督办, 限期办结, 督办书, 约谈, 通报, 移送问责.' })
@Entity({ tableName: 'supervision_case' })
export class SupervisionCase {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The unit supervised (organisations subgraph id). */
  @Index()
  @Property({ type: 'uuid' })
  targetUnitId!: string;

  @Field(() => CaseMeasure)
  @Enum({ items: () => CaseMeasure })
  measure!: CaseMeasure;

  @Field(() => CaseTrigger)
  @Enum({ items: () => CaseTrigger })
  trigger!: CaseTrigger;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  openedOn!: string;

  @Field(() => DateScalar)
  @Index()
  @Property({ type: 'date' })
  deadline!: string;

  @Field(() => CaseStatus)
  @Index()
  @Enum({ items: () => CaseStatus })
  status!: CaseStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  outcome?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;

  /** Debts (arrears subgraph ids) the case is about. */
  @Property({ type: 'array', columnType: 'uuid[]' })
  arrearIds: string[] = [];

  /** The case this one escalates. */
  @Property({ type: 'uuid', nullable: true })
  escalatedFromId?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  createdBy!: string;
}

@ObjectType('Accountability', {
  description: '问责: a measure against a person in a post, decided on a case.',
})
@Entity({ tableName: 'accountability' })
export class Accountability {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => SupervisionCase, { ref: true, deleteRule: 'restrict' })
  supervisionCase!: Ref<SupervisionCase>;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  personName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  postTitle!: string;

  @Field(() => AccountabilityMeasure)
  @Enum({ items: () => AccountabilityMeasure })
  measure!: AccountabilityMeasure;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  decidedOn!: string;
}

/** The monthly inspection of a unit by the 监督执纪组 (seed 001). */
@ObjectType('Inspection')
@Entity({ tableName: 'inspection' })
export class Inspection {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => DateScalar)
  @Index()
  @Property({ type: 'date' })
  inspectedOn!: string;

  @Field(() => [InspectionItem])
  @Property({ type: 'array', columnType: 'text[]' })
  items: InspectionItem[] = [];

  @Field(() => String, { nullable: true, description: 'Problems found; empty when none.' })
  @Property({ type: 'text', nullable: true })
  issuesFound?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  inspectorId!: string;
}

/** 回访: a follow-up call to an enterprise about a debtor unit, with its satisfaction (1–5). */
@ObjectType('FollowUpCall')
@Entity({ tableName: 'follow_up_call' })
export class FollowUpCall {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The debtor unit the call is about. */
  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  /** The enterprise called. */
  @Property({ type: 'uuid', nullable: true })
  enterpriseId?: string | null;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  calledOn!: string;

  @Field(() => Int, { description: '1 (very dissatisfied) to 5 (very satisfied).' })
  @Property({ type: 'integer' })
  satisfaction!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
