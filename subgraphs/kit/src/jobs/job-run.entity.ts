// One run of a scheduled job (one attempt): what ran, when, how it ended and what it did. Written by
// the runner (runner.ts) in every subgraph's own database, declared by the kit like the audit trail.
import { registerLabelledEnum } from '../labelled-enum.js';
import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Directive } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { unowned } from '../ownership/declare.js';

export enum JobRunStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerLabelledEnum(JobRunStatus, {
  name: 'JobRunStatus',
  labels: {
    RUNNING: { zh: '运行中' },
    SUCCEEDED: { zh: '已完成' },
    FAILED: { zh: '失败（按退避重试，重试用尽后不再运行）' },
  },
});

// @shareable: every subgraph with jobs shows its runs with the same type.
@Directive('@shareable')
@ObjectType('JobRun', {
  description: 'One attempt of a scheduled job: when, how it ended, what it did.',
})
@Entity({ tableName: 'job_run' })
@Index({ properties: ['kind', 'startedAt'] })
export class JobRun {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'The subgraph that ran it.' })
  @Property({ type: 'string', length: 60 })
  subgraph!: string;

  @Field(() => String, { description: 'The job’s name, e.g. "case-escalation".' })
  @Property({ type: 'string', length: 100 })
  kind!: string;

  @Field(() => JobRunStatus)
  @Property({ type: 'string', length: 20 })
  status!: JobRunStatus;

  @Field(() => String, {
    description: 'What started it: schedule, debug, kick (after another job raised events), retry.',
  })
  @Property({ type: 'string', length: 20 })
  trigger!: string;

  @Field(() => Int, { description: '1 for the first attempt, 2 for the first retry …' })
  @Property({ type: 'integer' })
  attempt!: number;

  @Field(() => Date, { description: 'By the hub’s clock.' })
  @Property({ type: 'datetime' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;

  @Field(() => String, { description: 'The China date the job ran for (its "today").' })
  @Property({ type: 'string', length: 10 })
  day!: string;

  @Field(() => String, { nullable: true, description: 'What it did, in a sentence.' })
  @Property({ type: 'text', nullable: true })
  summary?: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'What it did, counted.' })
  @Property({ type: 'json', nullable: true })
  counts?: Record<string, number> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  error?: string | null;

  /** The queue's job id (pg-boss), to follow retries of one job. */
  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  queueJobId!: string;

  @Field(() => String, { description: 'Which process ran it (host:pid).' })
  @Property({ type: 'string', length: 120 })
  worker!: string;
}

unowned(
  JobRun,
  'The record of the hub’s own scheduled work: read only by ADMIN through <subgraph>JobRuns, written only by the runner.',
);
