import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar, owned, unit } from '@arrears-hub/subgraph-kit';

// @key(id): the arrears subgraph links debts to projects (Project.arrears) and supervision's audit
// findings name them.
@Directive('@key(fields: "id")')
@ObjectType('Project', {
  description: '政府投资项目: approval, funds, milestones and the flags that make arrears.',
})
@Entity({ tableName: 'project' })
export class Project {
  [OptionalProps]?: 'contractorPrefinanced' | 'majorLivelihood' | 'version';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  name!: string;

  /** The owner unit (项目业主), an organisation id. */
  @Index()
  @Property({ type: 'uuid' })
  ownerUnitId!: string;

  @Field(() => String, {
    nullable: true,
    description: '项目代码 of the online approval platform (政府投资条例 art. 10).',
  })
  @Property({ type: 'string', length: 50, nullable: true, unique: 'project_code_unique' })
  projectCode?: string | null;

  @Field(() => MoneyScalar, { description: '立项金额.' })
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  approvedAmount!: string;

  @Field(() => MoneyScalar, { nullable: true, description: '概算 (preliminary design estimate).' })
  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  estimateAmount?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  approvedOn?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the funds were secured (资金落实).',
  })
  @Property({ type: 'date', nullable: true })
  fundsSecuredOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '资金落实证明: the document proving the funds.',
  })
  @Property({ type: 'text', nullable: true })
  fundingProof?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  startedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  acceptedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: '竣工财务决算.' })
  @Property({ type: 'date', nullable: true })
  finalAccountOn?: string | null;

  @Field(() => Boolean, { description: '垫资: the contractor pre-financed works.' })
  @Property({ type: 'boolean', default: false })
  contractorPrefinanced: boolean = false;

  @Field(() => Boolean, {
    description:
      'Livelihood or major government investment (重大民生/政府重点投资): in audit scope whatever the amount.',
  })
  @Property({ type: 'boolean', default: false })
  majorLivelihood: boolean = false;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  createdBy!: string;
}

/** A project belongs to its owner unit (项目业主): the owner's jurisdiction reads and changes it. */
export const ProjectOwnership = owned(Project, {
  relations: { owner: unit('ownerUnitId') },
});
