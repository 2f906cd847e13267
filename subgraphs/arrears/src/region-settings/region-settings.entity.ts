import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { owned, region } from '@arrears-hub/subgraph-kit';

/**
 * A region's own settings (rules/region-settings.ts): null where it inherits its parent's. What is
 * in force in a region is `Region.settings` (each value with the region it comes from).
 */
@ObjectType('RegionSettings', {
  description:
    'A region’s own settings; null where it inherits (Region.settings shows what is in force).',
})
@Entity({ tableName: 'region_settings' })
export class RegionSettings {
  [OptionalProps]?: 'version' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'string', length: 12, unique: 'region_settings_region_unique' })
  regionCode!: string;

  @Field(() => Int, { nullable: true, description: 'Day of the month the ledger is due (1–28).' })
  @Property({ type: 'integer', nullable: true })
  reportDay?: number | null;

  @Field(() => String, { nullable: true, description: 'Hour it is due, HH:MM China time.' })
  @Property({ type: 'string', length: 5, nullable: true })
  reportTime?: string | null;

  @Field(() => Int, { nullable: true, description: 'Working days to review a complaint (≤ 10).' })
  @Property({ type: 'integer', nullable: true })
  reviewWorkingDays?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Working days to transfer an accepted complaint (≤ 10).',
  })
  @Property({ type: 'integer', nullable: true })
  transferWorkingDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days to handle a complaint (≤ 30).' })
  @Property({ type: 'integer', nullable: true })
  handlingDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Days to handle it at most, extended (≤ 90).' })
  @Property({ type: 'integer', nullable: true })
  maxHandlingDays?: number | null;

  /** The unit that receives complaints in the region (organisations subgraph id). */
  @Property({ type: 'uuid', nullable: true })
  intakeOfficeId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Largest archive file, in bytes.' })
  @Property({ type: 'integer', nullable: true })
  documentMaxBytes?: number | null;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  updatedBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** Read by every signed-in viewer; written by the region's leading group (or ADMIN). */
export const RegionSettingsOwnership = owned(RegionSettings, {
  relations: { region: region('regionCode') },
  read: 'signed-in',
});
