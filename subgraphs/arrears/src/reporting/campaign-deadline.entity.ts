import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar, owned, region } from '@arrears-hub/subgraph-kit';
import { CampaignDeadlineKind } from './reporting.enums.js';

/** A campaign's fixed date (the Wutaishan programme, docs/programmes.md: ledger by 08-25,
 * agreements by 08-31, repaid by 10-31) as data. */
@ObjectType('CampaignDeadline')
@Entity({ tableName: 'campaign_deadline' })
export class CampaignDeadline {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The region whose units it binds (the region and everything below it). */
  @Field(() => String)
  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => CampaignDeadlineKind)
  @Enum({ items: () => CampaignDeadlineKind })
  kind!: CampaignDeadlineKind;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The document that set it, e.g. 台清欠办函【2023】4号.',
  })
  @Property({ type: 'string', length: 300, nullable: true })
  source?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  createdBy!: string;
}

/**
 * A deadline binds the units of its region: every signed-in viewer may read the campaign's dates
 * (the compliance figures under it are scoped by the ledger's own ownership), and only a viewer
 * whose jurisdiction covers the region may set one there.
 */
export const CampaignDeadlineOwnership = owned(CampaignDeadline, {
  relations: { region: region('regionCode') },
  read: 'signed-in',
});
