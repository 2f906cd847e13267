// 2025 regulation art. 18 (docs/domain/regulation.md): an agency publishes last year's overdue
// unpaid contracts by 31 March. A disclosure is drafted from the ledger, reviewed, published.
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar, owned, unit } from '@arrears-hub/subgraph-kit';
import { DisclosureStatus } from './disclosure.enums.js';

@ObjectType('Disclosure', {
  description:
    'A unit’s yearly publication of overdue unpaid contracts (2025 art. 18). Published ones are public.',
})
@Entity({ tableName: 'disclosure' })
@Unique({ properties: ['unitId', 'year'] })
export class Disclosure {
  [OptionalProps]?: 'late' | 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => String, {
    description: 'The unit’s name when generated (readable without an organisations lookup).',
  })
  @Property({ type: 'string', length: 200 })
  unitName!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  overdueContracts!: number;

  @Field(() => MoneyScalar)
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  overdueAmount!: string;

  @Field(() => DisclosureStatus)
  @Enum({ items: () => DisclosureStatus })
  status!: DisclosureStatus;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  publishedOn?: string | null;

  @Field(() => Boolean, { description: 'Published after 31 March of the following year.' })
  @Property({ type: 'boolean', default: false })
  late: boolean = false;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}

/**
 * A disclosure belongs to the unit that publishes it; once PUBLISHED it is public: anyone reads
 * it, anonymous visitors included, and an anonymous visitor reads nothing else in the hub
 * (docs/access-model.md).
 */
export const DisclosureOwnership = owned(Disclosure, {
  relations: { unit: unit('unitId') },
  publicWhen: { property: 'status', equals: DisclosureStatus.PUBLISHED },
});
