// GraphQL inputs of the project mutations and queries. Each input satisfies the plain interface its
// validation takes (project.validation.ts), which never imports these classes.
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, MoneyScalar, UnitRef } from '@arrears-hub/subgraph-kit';
import { DepositForm, DepositKind, ProjectFlag, ProjectMilestone } from './project.enums.js';
import type { DepositRecord, MilestoneRecord, ProjectRegistration } from './project.validation.js';

@InputType()
export class RegisterProjectInput implements ProjectRegistration {
  @Field(() => String)
  name!: string;

  // Nullable since issue 18: the unit may be named by `ownerUnit` instead (id, credit code or name).
  @Field(() => ID, {
    nullable: true,
    description:
      'The unit that owns the project (项目单位) (Organisation id). Or name it by `ownerUnit`.',
  })
  ownerUnitId!: string;
  @Field(() => UnitRef, {
    nullable: true,
    description:
      'The unit that owns the project (项目单位), by id, credit code or name (instead of ownerUnitId).',
  })
  ownerUnit?: UnitRef | null;

  @Field(() => String, { nullable: true })
  projectCode?: string | null;

  @Field(() => MoneyScalar)
  approvedAmount!: string;

  @Field(() => MoneyScalar, { nullable: true })
  estimateAmount?: string | null;

  @Field(() => DateScalar, { nullable: true })
  approvedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  fundsSecuredOn?: string | null;

  @Field(() => String, { nullable: true })
  fundingProof?: string | null;

  @Field(() => DateScalar, { nullable: true })
  startedOn?: string | null;

  @Field(() => Boolean, { defaultValue: false })
  contractorPrefinanced: boolean = false;

  @Field(() => Boolean, { defaultValue: false })
  majorLivelihood: boolean = false;

  @Field(() => [ProjectFlag], {
    nullable: true,
    description:
      'Violations the registrar acknowledges (未批先建 …). A project whose dates show one is refused unless it is listed here.',
  })
  acknowledgedFlags?: ProjectFlag[] | null;
}

@InputType()
export class RecordProjectMilestoneInput implements MilestoneRecord {
  @Field(() => ID)
  projectId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => ProjectMilestone)
  milestone!: ProjectMilestone;

  @Field(() => DateScalar)
  on!: string;

  @Field(() => String, {
    nullable: true,
    description: 'For FUNDS_SECURED: the proof (资金落实证明).',
  })
  proof?: string | null;
}

@InputType()
export class RecordDepositInput implements DepositRecord {
  @Field(() => ID)
  projectId!: string;

  @Field(() => DepositKind)
  kind!: DepositKind;

  @Field(() => DepositForm)
  form!: DepositForm;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field(() => ID, { nullable: true })
  contractorId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  refundDueOn?: string | null;
}

@InputType()
export class ProjectFilter {
  @Field(() => [ID], { nullable: true })
  ownerUnitIds?: string[] | null;

  @Field(() => [ProjectFlag], { nullable: true, description: 'Projects with any of these flags.' })
  flags?: ProjectFlag[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Projects whose owner is in this region or below.',
  })
  regionCode?: string | null;
}
