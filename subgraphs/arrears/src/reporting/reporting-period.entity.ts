import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { owned, region } from '@arrears-hub/subgraph-kit';

/** The deadline of one reporting period in a region (and the regions below it), when its leading
 * group set one other than the region's report day; null region: the hub-wide layer. */
@ObjectType('ReportingPeriod')
@Entity({ tableName: 'reporting_period' })
@Unique({ name: 'reporting_period_region_period_unique', properties: ['regionCode', 'period'] })
export class ReportingPeriod {
  [OptionalProps]?: 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID, { nullable: true, description: 'Null for the hub-wide layer.' })
  @Property({ type: 'string', length: 12, nullable: true })
  regionCode?: string | null;

  @Field(() => String, { description: 'YYYY-MM' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** Read by every signed-in viewer; set by the leading group of the region (or ADMIN). */
export const ReportingPeriodOwnership = owned(ReportingPeriod, {
  relations: { region: region('regionCode') },
  read: 'signed-in',
});
