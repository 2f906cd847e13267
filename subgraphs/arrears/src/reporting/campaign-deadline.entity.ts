import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '@arrears-hub/subgraph-kit';
import { CampaignDeadlineKind } from './enums.js';

/** A campaign's fixed date (seed 002: ledger by 08-25, agreements by 08-31, repaid by 10-31) as data. */
@ObjectType('CampaignDeadline')
@Entity({ tableName: 'campaign_deadline' })
export class CampaignDeadline {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

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
