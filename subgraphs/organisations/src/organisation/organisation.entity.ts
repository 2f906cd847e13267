// A unit of the registry and who may change it. The registry is public to every signed-in viewer
// (docs/access-model.md): every other subgraph names its units by this id. Changing a unit is for
// whoever holds it (its own bureau, the bureau supervising it, the leading group of its region);
// registering one is for whoever holds the region it is registered in, or the unit it is
// registered under (parent or supervisor).
import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { CreditCodeScalar, owned, region, unit } from '@arrears-hub/subgraph-kit';
import { Region } from '../region/region.entity.js';
import { Industry, SizeClass } from '../rules/enterprise-size.js';
import { unitSearchText, unitSortKey } from './name-search.js';
import { OrganisationKind, OrganisationStatus, Ownership } from './organisation.enums.js';

// @key(id): every other subgraph refers to units by this id (debtor, creditor, budget owner, case target).
@Directive('@key(fields: "id")')
@ObjectType('Organisation', {
  description:
    'Any unit: an agency, public institution, state-owned or private enterprise, town government, sub-district or zone committee.',
})
@Entity({ tableName: 'organisation' })
export class Organisation {
  [OptionalProps]?:
    | 'status'
    | 'version'
    | 'createdAt'
    | 'updatedAt'
    | 'aliases'
    | 'displayOrder'
    | 'searchText'
    | 'sortKey';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

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

  @Field(() => [String], {
    description:
      'Other names the unit is written by (旗教体局 for 达拉特旗教育体育局): complaints and imports that name it so are matched to it.',
  })
  @Property({ type: 'array', columnType: 'text[]', defaultRaw: `'{}'` })
  aliases: string[] = [];

  @Field(() => Int, {
    nullable: true,
    description:
      'Where the unit stands in the documents’ own lists (the programmes’ order, from the seed files); null for every other unit, which lists place after these in pinyin order.',
  })
  @Property({ type: 'integer', nullable: true })
  displayOrder?: number | null;

  /** Every name form (name, short name, aliases) as written, in full pinyin and in initials,
   * lower case (name-search.ts): what `nameContains` searches, through a trigram index. Computed
   * whenever the unit is written. */
  @Index({
    name: 'organisation_search_text_trgm',
    expression:
      'create index "organisation_search_text_trgm" on "organisation" using gin ("search_text" gin_trgm_ops)',
  })
  @Property({
    type: 'text',
    onCreate: (o: Organisation) => unitSearchText(o),
    onUpdate: (o: Organisation) => unitSearchText(o),
  })
  searchText?: string;

  /** The documents' order, else the pinyin of the name (name-search.ts): what lists sort on. */
  @Index({ name: 'organisation_sort_key_id_index', properties: ['sortKey', 'id'] })
  @Property({
    type: 'text',
    collation: 'C',
    onCreate: (o: Organisation) => unitSortKey(o),
    onUpdate: (o: Organisation) => unitSortKey(o),
  })
  sortKey?: string;

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

  /** The debtor unit whose ledger import registered this enterprise as one of its creditors
   * (importLedger with registerUnknownCreditors); null for a unit registered otherwise. */
  @Index()
  @ManyToOne(() => Organisation, { nullable: true, ref: true, deleteRule: 'restrict' })
  registeredFromLedgerOf?: Ref<Organisation> | null;

  @Field(() => Ownership)
  @Enum({ items: () => Ownership })
  ownership!: Ownership;

  @Field(() => OrganisationStatus)
  @Enum({ items: () => OrganisationStatus, default: OrganisationStatus.ACTIVE })
  status: OrganisationStatus = OrganisationStatus.ACTIVE;

  // Size facts (企业规模): the class is computed from them by rules/enterprise-size.ts and stored,
  // so that lists can filter on it. GraphQL shows them as one `size` object (enterprise-size.type.ts).
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

/** Relations that let a viewer register a unit: the region it is registered in, or the unit it
 * is registered under. `self` cannot: a new unit is nobody's yet. */
export const REGISTRAR_RELATIONS = ['region', 'parent', 'supervisor'] as const;

owned(Organisation, {
  relations: {
    /** The unit itself: its bureau, the bureaus above it, the leading group of its region. */
    self: unit('id'),
    region: region('region'),
    /** 上级单位 / parent company, and 主管部门: what a bureau registers a unit under. */
    parent: unit('parent'),
    supervisor: unit('supervisor'),
    /** The debtor whose ledger named the enterprise: lets the debtor's clerk register its
     * creditors from its ledger import (REGISTER_CREDITORS), and nothing more (not a writer). */
    ledger: unit('registeredFromLedgerOf'),
  },
  // Every signed-in viewer (and every service) reads the registry.
  read: 'signed-in',
  // An existing unit is changed by whoever holds the unit itself or its region; holding only its
  // parent or supervisor (possibly across a region boundary) is not enough.
  writers: ['self', 'region'],
});
