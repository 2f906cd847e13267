// An audit of arrears: its scope (a region and below, a period end, a project threshold), its
// focus and its state. Findings are recorded under it (finding.entity.ts).
import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionType, DateScalar, MoneyScalar, owned, region } from '@arrears-hub/subgraph-kit';
import { AuditStatus } from './audit.enums.js';

/** An audit of arrears (the Ejin Horo programme, docs/programmes.md): scope, focus, findings. */
@ObjectType('Audit')
@Entity({ tableName: 'audit' })
export class Audit {
  // Filled by defaults or MikroORM: createEntity's data may leave these out; every other column
  // is required at compile time.
  [OptionalProps]?: 'traceEarlier' | 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { description: 'The region audited (and below it).' })
  @Index()
  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Field(() => DateScalar, { description: 'Arrears up to this day (e.g. 2024-12-31).' })
  @Property({ type: 'date' })
  periodEnd!: string;

  @Field(() => Boolean, { description: 'Major problems may be traced to earlier years.' })
  @Property({ type: 'boolean', default: true })
  traceEarlier: boolean = true;

  @Field(() => MoneyScalar, {
    description:
      'Projects from this 立项金额 are in scope (the Ejin Horo programme: ¥4,000,000, docs/programmes.md).',
  })
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  projectThreshold!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Focus points (底数, 计划执行, 边清边欠, 制度漏洞 …).',
  })
  @Property({ type: 'text', nullable: true })
  focus?: string | null;

  @Field(() => AuditStatus)
  @Enum({ items: () => AuditStatus })
  status!: AuditStatus;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  createdBy!: string;
}

/**
 * An audit belongs to the region it audits: a region-bound inspector sees and works on the
 * audits of its own region and the regions below it; the unbound inspectors and leading group see
 * all (docs/access-model.md). The kit scopes every read and checks every write from this.
 */
export const AuditOwnership = owned(Audit, {
  relations: { region: region('regionCode') },
});

export const AuditConnection = connectionType(Audit, 'Audit');
