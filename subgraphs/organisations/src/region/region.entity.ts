// An administrative area of the region tree. The tree is public to every signed-in viewer; a
// region belongs to itself (a region-bound viewer holds its own region and every one below it), and
// a new region is added under a parent the viewer holds (docs/access-model.md).
import {
  Entity,
  Enum,
  Formula,
  Index,
  ManyToOne,
  PrimaryKey,
  Property,
} from '@mikro-orm/decorators/legacy';
import { OptionalProps, PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { owned, region } from '@arrears-hub/subgraph-kit';
import { RegionLevel } from './region.enums.js';

// @key(code): other subgraphs roll their figures up per region from their own rows: the arrears
// subgraph @requires the region's `path` (its debtors' lines carry theirs), finance and supervision
// place their units with the unit directory. `unitIds` is kept for clients, deprecated.
@Directive('@key(fields: "code")')
@ObjectType('Region', {
  description: 'An administrative area: 旗/县/区, and the 镇/苏木/乡/街道 and 开发区 below them.',
})
@Entity({ tableName: 'region' })
export class Region {
  [PrimaryKeyProp]?: 'code';
  [OptionalProps]?: 'officialCode';

  @Field(() => ID, { description: 'GB/T 2260 code (6 digits) or a 9-digit township-level code.' })
  @PrimaryKey({ type: 'string', length: 12 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string' })
  name!: string;

  @Field(() => RegionLevel)
  @Enum({ items: () => RegionLevel })
  level!: RegionLevel;

  @ManyToOne(() => Region, { nullable: true, ref: true, deleteRule: 'restrict' })
  parent?: Ref<Region> | null;

  /** Materialised path "/150000/150600/150621/": a subtree is one prefix match, not a recursive walk.
   * Collation "C" lets a plain btree index serve `path like '/…/150621/%'` on any server locale.
   * Exposed so that other subgraphs can @require it: a region's figures there are one range of their
   * own rows by this prefix, with no list of the region's units. */
  @Field(() => String, {
    description:
      'The codes from the top of the region tree down to this one, e.g. "/150000/150600/150621/": a region below it has a path that starts with it.',
  })
  @Index({ name: 'region_path_index' })
  @Property({ type: 'string', length: 255, collation: 'C' })
  path!: string;

  @Field(() => Boolean, {
    description:
      'False when the code was assigned by the hub because the official statistical code is not on record (the programmes give no township codes).',
  })
  @Property({ type: 'boolean', default: true })
  officialCode: boolean = true;

  /**
   * The code again, under the name the kit reads a record's key by: its "no row" condition
   * (`id in ()`, for viewers who may read no region) and the audit trail's entity id both assume
   * an `id`. A formula, not a column.
   */
  @Formula((cols) => `${cols}.code`, { type: 'string' })
  id?: string;
}

owned(Region, {
  relations: { self: region('code'), parent: region('parent') },
  read: 'signed-in',
});
