// What the unit queries and mutations take. The input classes satisfy the plain interfaces the
// validation reads (organisation.validation.ts), which never sees GraphQL.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';
import { Field, ID, InputType, Int } from 'type-graphql';
import {
  connectionType,
  CreditCodeScalar,
  DateScalar,
  MoneyScalar,
  SortDirection,
  UnitRef,
} from '@arrears-hub/subgraph-kit';
import { Industry, SizeClass } from './enterprise-size.type.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationKind, OrganisationStatus, Ownership } from './organisation.enums.js';
import type { UnitFilter } from './organisation.filter.js';
import type {
  OrganisationChanges,
  OrganisationRegistration,
  SizeFacts,
} from './organisation.validation.js';

export const OrganisationConnection = connectionType(Organisation, 'Organisation');

@InputType({ description: 'Facts the size class is judged from (as of the date given).' })
export class SizeFactsInput implements SizeFacts {
  @Field(() => Industry)
  industry!: Industry;

  @Field(() => Int, { nullable: true, description: '从业人员' })
  employees?: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: '营业收入, yuan' })
  revenue?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: '资产总额, yuan' })
  totalAssets?: string | null;

  @Field(() => DateScalar, {
    description: 'The date the facts describe (e.g. the last annual report).',
  })
  asOf!: string;
}

@InputType()
export class RegisterOrganisationInput implements OrganisationRegistration {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  shortName?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Other names the unit is written by (e.g. 旗教体局 for 达拉特旗教育体育局).',
  })
  aliases?: string[] | null;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true })
  subKind?: string | null;

  @Field(() => CreditCodeScalar, { nullable: true, description: 'Required for enterprises.' })
  creditCode?: string | null;

  @Field(() => ID)
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: 'Parent unit or parent company.' })
  parentId?: string | null;

  @Field(() => UnitRef, {
    nullable: true,
    description: 'The parent by id, credit code or name (instead of parentId).',
  })
  parent?: UnitRef | null;

  @Field(() => ID, { nullable: true, description: '主管部门.' })
  supervisorId?: string | null;

  @Field(() => UnitRef, {
    nullable: true,
    description: 'The 主管部门 by id, credit code or name (instead of supervisorId).',
  })
  supervisor?: UnitRef | null;

  @Field(() => Ownership, { nullable: true, description: 'Defaults from the kind.' })
  ownership?: Ownership | null;

  @Field(() => SizeFactsInput, { nullable: true })
  size?: SizeFactsInput | null;
}

@InputType({ description: 'Only the fields given change; give null to clear an optional field.' })
export class UpdateOrganisationInput implements OrganisationChanges {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  shortName?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the aliases; [] clears them.' })
  aliases?: string[] | null;

  @Field(() => OrganisationKind, { nullable: true })
  kind?: OrganisationKind;

  @Field(() => String, { nullable: true })
  subKind?: string | null;

  @Field(() => CreditCodeScalar, { nullable: true })
  creditCode?: string | null;

  @Field(() => ID, { nullable: true })
  regionCode?: string;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => UnitRef, {
    nullable: true,
    description: 'The parent by id, credit code or name (instead of parentId).',
  })
  parent?: UnitRef | null;

  @Field(() => ID, { nullable: true })
  supervisorId?: string | null;

  @Field(() => UnitRef, {
    nullable: true,
    description: 'The 主管部门 by id, credit code or name (instead of supervisorId).',
  })
  supervisor?: UnitRef | null;

  @Field(() => Ownership, { nullable: true })
  ownership?: Ownership;

  @Field(() => OrganisationStatus, { nullable: true })
  status?: OrganisationStatus;

  @Field(() => SizeFactsInput, { nullable: true })
  size?: SizeFactsInput | null;
}

@InputType()
export class OrganisationFilter implements UnitFilter {
  @Field(() => [ID], { nullable: true, description: 'At most 500 ids.' })
  ids?: string[] | null;

  @Field(() => [OrganisationKind], { nullable: true })
  kinds?: OrganisationKind[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Units of this region (and, by default, of the regions below it).',
  })
  regionCode?: string | null;

  @Field(() => Boolean, { defaultValue: true })
  includeSubregions: boolean = true;

  @Field(() => [OrganisationStatus], { nullable: true })
  statuses?: OrganisationStatus[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Part of the name, the short name or an alias (教体 finds 教育体育局 by its alias 教体局), or of their pinyin without tones, in full (jiaoyu) or by initials (jytyj), any case.',
  })
  nameContains?: string | null;

  @Field(() => CreditCodeScalar, { nullable: true })
  creditCode?: string | null;

  @Field(() => [SizeClass], { nullable: true })
  sizeClasses?: SizeClass[] | null;

  @Field(() => ID, { nullable: true })
  supervisorId?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}

/** NAME is the readers' order: the documents' order where the unit has one (displayOrder), then
 * the pinyin of the name (name-search.ts), never the code points of the characters. */
export enum OrganisationOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}

/** The entity property each order sorts on (GraphQL enums keep their names as values). */
export const ORGANISATION_ORDER_PROPERTY: Readonly<Record<OrganisationOrderField, string>> = {
  NAME: 'sortKey',
  CREATED_AT: 'createdAt',
};
registerLabelledEnum(OrganisationOrderField, {
  name: 'OrganisationOrderField',
  labels: {
    NAME: { zh: '名称' },
    CREATED_AT: { zh: '登记时间' },
  },
});

@InputType()
export class OrganisationOrder {
  @Field(() => OrganisationOrderField, { defaultValue: OrganisationOrderField.NAME })
  field: OrganisationOrderField = OrganisationOrderField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}
