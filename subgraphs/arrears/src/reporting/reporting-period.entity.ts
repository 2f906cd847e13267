import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { unowned } from '@arrears-hub/subgraph-kit';

/** The deadline of one reporting period, when the office set one other than the default. */
@ObjectType('ReportingPeriod')
@Entity({ tableName: 'reporting_period' })
export class ReportingPeriod {
  @Field(() => String, { description: 'YYYY-MM' })
  @PrimaryKey({ type: 'string', length: 7 })
  period!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  dueAt!: Date;
}

unowned(
  ReportingPeriod,
  'Reporting deadlines are hub-wide configuration every signed-in viewer reads and only the leading group sets (issue 14 makes them per region).',
);
