// What registerRegion takes.
import { Field, ID, InputType } from 'type-graphql';
import { RegionLevel } from './region.enums.js';
import type { RegionRegistration } from './region.validation.js';

@InputType()
export class RegisterRegionInput implements RegionRegistration {
  @Field(() => ID, {
    description: '6-digit GB/T 2260 code, or 9 digits for a township-level area (county code + 3).',
  })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RegionLevel)
  level!: RegionLevel;

  @Field(() => ID, {
    nullable: true,
    description: 'The region it belongs to; none for a province.',
  })
  parentCode?: string | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'False when the code is assigned locally, not the official one.',
  })
  officialCode: boolean = true;
}
