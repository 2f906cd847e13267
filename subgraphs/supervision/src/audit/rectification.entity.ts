// 整改: what a unit must do about a finding, by when, and the evidence that it did.
import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, owned, unit } from '@arrears-hub/subgraph-kit';
import { RectificationMeasure, RectificationStatus } from './audit.enums.js';
import { Finding } from './finding.entity.js';

@ObjectType('Rectification', {
  description: '整改: what the unit must do about a finding, by when.',
})
@Entity({ tableName: 'rectification' })
export class Rectification {
  [OptionalProps]?: 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Index()
  @ManyToOne(() => Finding, { ref: true, deleteRule: 'restrict' })
  finding!: Ref<Finding>;

  /** The unit that must rectify (copied from the finding, for per-unit counts). */
  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => RectificationMeasure)
  @Enum({ items: () => RectificationMeasure })
  measure!: RectificationMeasure;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  deadline!: string;

  @Field(() => RectificationStatus)
  @Enum({ items: () => RectificationStatus })
  status!: RectificationStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  evidence?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the unit says it was done.' })
  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '销号: when the inspector closed it.' })
  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who closed it (the inspector’s viewer id).',
  })
  @Property({ type: 'string', length: 200, nullable: true })
  closedBy?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the inspector checked on the ledger, or why it was sent back.',
  })
  @Property({ type: 'text', nullable: true })
  reviewNote?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}

/** A rectification belongs to the unit that must carry it out: that unit (a BUREAU viewer)
 * reports it done, and the inspectors whose jurisdiction holds the unit order it and close it
 * (销号) — the mutations' roles tell the two apart. */
export const RectificationOwnership = owned(Rectification, {
  relations: { unit: unit('unitId') },
});
