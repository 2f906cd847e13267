// What a region shows of its settings: the values in force, each with the region it comes from.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { RegionSettings } from './region-settings.entity.js';

@ObjectType('SettingSource', { description: 'Where one setting in force comes from.' })
export class SettingSource {
  @Field(() => String, { description: 'The setting, e.g. reportDay.' })
  setting!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The region that set it; null for the hub’s default.',
  })
  regionCode!: string | null;
}

@ObjectType('EffectiveRegionSettings', {
  description:
    'The settings in force in a region: its own, else its parent’s, up the tree, else the hub’s defaults (the statutory complaint clocks are the ceiling).',
})
export class EffectiveRegionSettings {
  @Field(() => Int, { description: 'Day of the month the ledger is due.' })
  reportDay!: number;

  @Field(() => String, { description: 'Hour it is due, HH:MM China time.' })
  reportTime!: string;

  @Field(() => Int) reviewWorkingDays!: number;
  @Field(() => Int) transferWorkingDays!: number;
  @Field(() => Int) handlingDays!: number;
  @Field(() => Int) maxHandlingDays!: number;

  @Field(() => OrganisationRef, {
    nullable: true,
    description: 'The unit that receives complaints in the region.',
  })
  intakeOffice!: OrganisationRef | null;

  @Field(() => Int, { description: 'Largest archive file, in bytes.' })
  documentMaxBytes!: number;

  @Field(() => [SettingSource])
  sources!: SettingSource[];

  @Field(() => RegionSettings, {
    nullable: true,
    description: 'The region’s own settings (with their version, to change them).',
  })
  own!: RegionSettings | null;
}

@ObjectType('CalendarWarning', {
  description: 'A calendar year the region needs and does not have on record.',
})
export class CalendarWarning {
  @Field(() => Int) year!: number;
  @Field(() => String) message!: string;
}

@ObjectType('ReportingDeadline', { description: 'When a period’s monthly ledger is due.' })
export class ReportingDeadline {
  @Field(() => String) period!: string;
  @Field(() => Date) dueAt!: Date;
  @Field(() => DateScalar) dueOn!: string;
  @Field(() => Boolean, { description: 'Moved off a rest day to the next working day.' })
  moved!: boolean;
  @Field(() => String) basis!: string;
}
