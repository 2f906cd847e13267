import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { CreditCodeScalar, DateScalar, MoneyScalar } from '@arrears-hub/subgraph-kit';
import { Industry, SizeClass } from '../rules/enterprise-size.js';
import { OrganisationKind, OrganisationStatus, Ownership } from './enums.js';
import { Region } from './region.entity.js';

// @key(id): every other subgraph refers to units by this id (debtor, creditor, budget owner, case target).
@Directive('@key(fields: "id")')
@ObjectType('Organisation', {
  description:
    'Any unit: an agency, public institution, state-owned or private enterprise, town government, sub-district or zone committee.',
})
@Entity({ tableName: 'organisation' })
export class Organisation {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Index()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The short form the documents use, e.g. 旗财政局.',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  shortName?: string | null;

  @Field(() => OrganisationKind)
  @Enum({ items: () => OrganisationKind })
  kind!: OrganisationKind;

  @Field(() => String, {
    nullable: true,
    description: 'What an OTHER unit is (e.g. 旗人民政府, 纪委监委), or a finer kind.',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  subKind?: string | null;

  @Field(() => CreditCodeScalar, { nullable: true })
  @Property({
    type: 'string',
    length: 18,
    nullable: true,
    unique: 'organisation_credit_code_unique',
  })
  creditCode?: string | null;

  @Index()
  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict' })
  region!: Ref<Region>;

  /** 上级单位 / parent company: for SOE subsidiaries (全资、控股子公司) and zone bureaus. */
  @Index()
  @ManyToOne(() => Organisation, { nullable: true, ref: true, deleteRule: 'restrict' })
  parent?: Ref<Organisation> | null;

  /** 主管部门: 谁主管谁负责, the unit answerable for this one's arrears. */
  @Index()
  @ManyToOne(() => Organisation, { nullable: true, ref: true, deleteRule: 'restrict' })
  supervisor?: Ref<Organisation> | null;

  @Field(() => Ownership)
  @Enum({ items: () => Ownership })
  ownership!: Ownership;

  @Field(() => OrganisationStatus)
  @Enum({ items: () => OrganisationStatus, default: OrganisationStatus.ACTIVE })
  status: OrganisationStatus = OrganisationStatus.ACTIVE;

  // Size facts (企业规模): the class is computed from them by rules/enterprise-size.ts and stored,
  // so that lists can filter on it.
  @Enum({ items: () => Industry, nullable: true })
  industry?: Industry | null;

  @Property({ type: 'integer', nullable: true })
  employees?: number | null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  revenue?: string | null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  totalAssets?: string | null;

  @Property({ type: 'date', nullable: true })
  sizeFactsAsOf?: string | null;

  @Enum({ items: () => SizeClass, nullable: true })
  sizeClass?: SizeClass | null;

  @Property({ type: 'text', nullable: true })
  sizeBasis?: string | null;

  @Field(() => Int, {
    description: 'Increases with every change; pass it back as expectedVersion when updating.',
  })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@ObjectType('EnterpriseSize', {
  description: 'Size class under the 2011 standard, with the facts it was judged from.',
})
export class EnterpriseSize {
  @Field(() => SizeClass, {
    nullable: true,
    description: 'Null when the facts the industry rule needs are missing.',
  })
  sizeClass!: SizeClass | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True for medium, small and micro (中小微) enterprises.',
  })
  isSme!: boolean | null;

  @Field(() => Industry)
  industry!: Industry;

  @Field(() => Int, { nullable: true })
  employees!: number | null;

  @Field(() => MoneyScalar, { nullable: true })
  revenue!: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  totalAssets!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The date the facts describe.' })
  asOf!: string | null;

  @Field(() => String, { description: 'Why this class: the thresholds that decided it.' })
  basis!: string;
}
