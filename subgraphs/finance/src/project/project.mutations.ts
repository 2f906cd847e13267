// Registering projects, recording their milestones and deposits (FINANCE). What each mutation
// writes is declared on it and checked by the kit before the body runs: an owner unit or a
// project outside the viewer's jurisdiction is FORBIDDEN before any validation, NOT_FOUND or
// CONFLICT.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  changeEntity,
  createEntity,
  Creates,
  optionalText,
  Problems,
  requireText,
  Writes,
  type SubgraphContext,
  UnitRefs,
  requireNamedUnits,
} from '@arrears-hub/subgraph-kit';
import { financeConfig } from '../config.js';
import { unknownUnitProblems } from '../external/known-units.js';
import { Deposit } from './deposit.entity.js';
import { Project } from './project.entity.js';
import { ProjectMilestone } from './project.enums.js';
import {
  RecordDepositInput,
  RecordProjectMilestoneInput,
  RegisterProjectInput,
} from './project.inputs.js';
import {
  depositProblems,
  milestoneOrderProblems,
  milestoneProblems,
  PROJECT_CODE_RULE,
  PROJECT_NAME_RULE,
  PROOF_RULE,
  registrationProblems,
} from './project.validation.js';
import { financeMessages as msg } from '../messages.js';

/** The date column each milestone sets. */
const MILESTONE_FIELD = {
  FUNDS_SECURED: 'fundsSecuredOn',
  STARTED: 'startedOn',
  COMPLETED: 'completedOn',
  ACCEPTED: 'acceptedOn',
  FINAL_ACCOUNT: 'finalAccountOn',
} as const satisfies Record<ProjectMilestone, keyof Project>;

@Resolver(() => Project)
export class ProjectMutations {
  @Authorized('FINANCE')
  @Creates(Project, { owner: 'input.ownerUnitId' })
  // Units named by UnitRef become the ids the write check reads.
  @UnitRefs({ ref: 'input.ownerUnit', id: 'input.ownerUnitId' })
  @Mutation(() => Project, {
    description:
      'Registers a government investment project. Dates that show 未批先建 or 无来源开工 must be acknowledged.',
  })
  async registerProject(
    @Arg('input', () => RegisterProjectInput) input: RegisterProjectInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Project> {
    requireNamedUnits(input, { ownerUnitId: 'ownerUnit' });
    new Problems()
      .merge(registrationProblems(input, financeConfig().auditProjectThreshold))
      .merge(await unknownUnitProblems({ ownerUnitId: input.ownerUnitId }))
      .throwIfAny('input');
    return createEntity(
      ctx,
      Project,
      {
        name: requireText(input.name, 'input.name', PROJECT_NAME_RULE),
        ownerUnitId: input.ownerUnitId,
        projectCode: optionalText(input.projectCode, 'input.projectCode', PROJECT_CODE_RULE),
        approvedAmount: input.approvedAmount,
        estimateAmount: input.estimateAmount ?? null,
        approvedOn: input.approvedOn ?? null,
        fundsSecuredOn: input.fundsSecuredOn ?? null,
        fundingProof: optionalText(input.fundingProof, 'input.fundingProof', PROOF_RULE),
        startedOn: input.startedOn ?? null,
        contractorPrefinanced: input.contractorPrefinanced,
        majorLivelihood: input.majorLivelihood,
        createdBy: ctx.viewer.id,
      },
      {
        conflicts: {
          unique: {
            project_code_unique: msg.projectCodeTaken(),
          },
        },
      },
    );
  }

  @Authorized('FINANCE')
  @Writes(Project, 'input.projectId')
  @Mutation(() => Project, {
    description: 'Records funds secured, start, completion, acceptance or final account.',
  })
  recordProjectMilestone(
    @Arg('input', () => RecordProjectMilestoneInput) input: RecordProjectMilestoneInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Project> {
    new Problems().merge(milestoneProblems(input)).throwIfAny('input');
    const proof =
      input.milestone === ProjectMilestone.FUNDS_SECURED
        ? requireText(input.proof, 'input.proof', PROOF_RULE)
        : null;
    return changeEntity(
      ctx,
      Project,
      {
        id: input.projectId,
        expectedVersion: input.expectedVersion,
        action: `MILESTONE_${input.milestone}`,
        field: 'input.projectId',
        label: msg.project(),
      },
      (project) => {
        project[MILESTONE_FIELD[input.milestone]] = input.on;
        if (proof) project.fundingProof = proof;
        new Problems().merge(milestoneOrderProblems(project, 'on')).throwIfAny('input');
        return project;
      },
    );
  }

  // A deposit is added under its project (changeEntity's `appends`): the project is checked and
  // locked like any write, the deposit audited as its CREATE, the project only if it changed.
  @Authorized('FINANCE')
  @Writes(Project, 'input.projectId')
  @Mutation(() => Deposit, {
    description: 'Records a guarantee deposit (保证金) held on a project.',
  })
  recordDeposit(
    @Arg('input', () => RecordDepositInput) input: RecordDepositInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Deposit> {
    new Problems().merge(depositProblems(input)).throwIfAny('input');
    return changeEntity(
      ctx,
      Project,
      {
        id: input.projectId,
        action: 'DEPOSIT',
        field: 'input.projectId',
        label: msg.project(),
        appends: true,
      },
      // Typed like createEntity's data (RequiredEntityData): a missing column does not compile.
      (project, em) =>
        em.create(Deposit, {
          project,
          kind: input.kind,
          form: input.form,
          amount: input.amount,
          contractorId: input.contractorId ?? null,
          refundDueOn: input.refundDueOn ?? null,
        }),
    );
  }
}
