// 督办: a supervision measure on a unit with a deadline; when the deadline passes unresolved, the
// case is escalated into a new one a measure stronger (rules/case-escalation.ts).
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType, DateScalar, owned, unit } from '@arrears-hub/subgraph-kit';
import { CaseMeasure, CaseStatus, CaseTrigger } from './case.enums.js';

@ObjectType('Case', { description: '督办事项: 挂牌督办, 限期办结, 督办书, 约谈, 通报, 移送问责.' })
@Entity({ tableName: 'supervision_case' })
export class SupervisionCase {
  [OptionalProps]?: 'arrearIds' | 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The unit supervised (organisations subgraph id). */
  @Index()
  @Property({ type: 'uuid' })
  targetUnitId!: string;

  @Field(() => CaseMeasure)
  @Enum({ items: () => CaseMeasure })
  measure!: CaseMeasure;

  @Field(() => CaseTrigger)
  @Enum({ items: () => CaseTrigger })
  trigger!: CaseTrigger;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  openedOn!: string;

  @Field(() => DateScalar)
  @Index()
  @Property({ type: 'date' })
  deadline!: string;

  @Field(() => CaseStatus)
  @Index()
  @Enum({ items: () => CaseStatus })
  status!: CaseStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  outcome?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;

  /** Debts (arrears subgraph ids) the case is about. */
  @Property({ type: 'array', columnType: 'uuid[]' })
  arrearIds: string[] = [];

  /** The case this one escalates. */
  @Property({ type: 'uuid', nullable: true })
  escalatedFromId?: string | null;

  /** The event another subgraph's rule raised to open it (caseTriggers contract): one case per
   * event, however often the event is delivered. */
  @Property({ type: 'uuid', nullable: true, unique: true })
  sourceEventId?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  createdBy!: string;
}

/** A case belongs to the unit it supervises: the inspectors and leading group whose jurisdiction
 * holds the unit open, move and escalate it; the unit itself (a BUREAU viewer) reads it. */
export const SupervisionCaseOwnership = owned(SupervisionCase, {
  relations: { target: unit('targetUnitId') },
});

export const CaseConnection = connectionType(SupervisionCase, 'Case');
