import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  auditSnapshot,
  changeEntity,
  compareMoney,
  connectionType,
  DateScalar,
  inTransaction,
  isUuid,
  MoneyScalar,
  PageArgs,
  paginate,
  recordAudit,
  requireText,
  requireUnit,
  todayInChina,
  unitDirectory,
  unitsInRegion,
  UserInputError,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { DepositForm, DepositKind, ProjectFlag, ProjectMilestone } from '../entities/enums.js';
import { Deposit, Project } from '../entities/project.entity.js';
import { OrganisationRef } from '../external/organisation.js';
import { depositsOfProject, projectById } from '../loaders.js';
import { projectFlags, projectFlagSql } from '../rules/project-flags.js';
import { jurisdictionOf, unitFilter } from '../scope.js';

export const ProjectConnection = connectionType(Project, 'Project');

@InputType()
export class RegisterProjectInput {
  @Field(() => String)
  name!: string;

  @Field(() => ID)
  ownerUnitId!: string;

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
export class RecordProjectMilestoneInput {
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
export class RecordDepositInput {
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

@ObjectType('DepositFlags')
export class DepositFlags {
  @Field(() => Boolean, { description: 'Not one of the four lawful kinds (2025 art. 13).' })
  unlawfulKind!: boolean;

  @Field(() => Boolean, { description: 'Past its refund date and not refunded.' })
  refundOverdue!: boolean;
}

const MILESTONE_FIELD: Record<ProjectMilestone, keyof Project> = {
  FUNDS_SECURED: 'fundsSecuredOn',
  STARTED: 'startedOn',
  COMPLETED: 'completedOn',
  ACCEPTED: 'acceptedOn',
  FINAL_ACCOUNT: 'finalAccountOn',
};

/** A violation the dates show must be acknowledged explicitly: nobody registers 未批先建 as compliant. */
function requireAcknowledged(
  project: Project,
  acknowledged: readonly ProjectFlag[],
  field: string,
): void {
  const serious = projectFlags(project).filter(
    (f) => f === ProjectFlag.STARTED_BEFORE_APPROVAL || f === ProjectFlag.STARTED_WITHOUT_FUNDS,
  );
  const unacknowledged = serious.filter((f) => !acknowledged.includes(f));
  if (unacknowledged.length) {
    throw new UserInputError(
      `The dates show ${unacknowledged.join(' and ')} (${unacknowledged.map((f) => (f === ProjectFlag.STARTED_BEFORE_APPROVAL ? '未批先建' : '无来源开工')).join('、')}): correct the dates, or list it in acknowledgedFlags so it is recorded as a violation.`,
      field,
    );
  }
}

@Resolver(() => Project)
export class ProjectResolver {
  @Authorized()
  @Query(() => Project, { nullable: true })
  async project(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Project | null> {
    const project = await projectById.load(ctx, id);
    return project && (await jurisdictionOf(ctx)).canSeeUnit(project.ownerUnitId) ? project : null;
  }

  @Authorized()
  @Query(() => ProjectConnection, {
    description: 'Government investment projects, by owner, region and flags.',
  })
  async projects(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Project>> {
    const and: FilterQuery<Project>[] = [await unitFilter(ctx, 'ownerUnitId')];
    if (filter?.ownerUnitIds)
      and.push({ ownerUnitId: { $in: filter.ownerUnitIds.filter(isUuid).slice(0, 500) } });
    if (filter?.regionCode) {
      const units = unitsInRegion(await unitDirectory().all(), filter.regionCode).map((u) => u.id);
      and.push({ ownerUnitId: { $in: units } });
    }
    if (filter?.flags?.length) {
      // Flags are computed, not stored: PostgreSQL evaluates the same rules (rules/project-flags.ts).
      const conditions = filter.flags.map((flag) => projectFlagSql(flag, 'p'));
      const flagged = await ctx.em.execute<{ id: string }[]>(
        `select p.id from project p where ${conditions.map((c) => `(${c.sql})`).join(' or ')}`,
        conditions.flatMap((c) => c.params),
      );
      and.push({ id: { $in: flagged.map((row) => row.id) } });
    }
    return paginate(
      ctx.em,
      Project,
      { $and: and },
      { first: page.first, after: page.after, sortField: 'name' },
    );
  }

  @Authorized('FINANCE')
  @Mutation(() => Project, {
    description:
      'Registers a government investment project. Dates that show 未批先建 or 无来源开工 must be acknowledged.',
  })
  registerProject(
    @Arg('input', () => RegisterProjectInput) input: RegisterProjectInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Project> {
    const name = requireText(input.name, 'input.name', {
      max: 300,
      message: 'Give the project its name (2–300 characters).',
    });
    if (compareMoney(input.approvedAmount, '0') <= 0)
      throw new UserInputError(
        'The approved amount must be more than zero.',
        'input.approvedAmount',
      );
    const today = todayInChina();
    for (const key of ['approvedOn', 'fundsSecuredOn', 'startedOn'] as const) {
      if (input[key] && input[key]! > today)
        throw new UserInputError('This date is in the future.', `input.${key}`);
    }
    return inTransaction(
      ctx,
      async (em) => {
        const owner = await requireUnit(ctx, input.ownerUnitId, 'input.ownerUnitId');
        const project = em.create(Project, {
          id: randomUUID(),
          name,
          ownerUnitId: owner.id,
          projectCode: input.projectCode?.trim() || null,
          approvedAmount: input.approvedAmount,
          estimateAmount: input.estimateAmount ?? null,
          approvedOn: input.approvedOn ?? null,
          fundsSecuredOn: input.fundsSecuredOn ?? null,
          fundingProof: input.fundingProof?.trim() || null,
          startedOn: input.startedOn ?? null,
          contractorPrefinanced: input.contractorPrefinanced,
          majorLivelihood: input.majorLivelihood,
          createdBy: ctx.viewer.id,
        } as never);
        requireAcknowledged(project, input.acknowledgedFlags ?? [], 'input.startedOn');
        await em.flush();
        recordAudit(em, ctx.viewer, {
          entity: 'Project',
          entityId: project.id,
          action: 'CREATE',
          after: auditSnapshot(project),
        });
        return project;
      },
      {
        unique: {
          project_code_unique:
            'A project with this platform code (项目代码) is already registered.',
        },
      },
    );
  }

  @Authorized('FINANCE')
  @Mutation(() => Project, {
    description: 'Records funds secured, start, completion, acceptance or final account.',
  })
  recordProjectMilestone(
    @Arg('input', () => RecordProjectMilestoneInput) input: RecordProjectMilestoneInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Project> {
    if (input.on > todayInChina())
      throw new UserInputError('A milestone cannot be in the future.', 'input.on');
    return changeEntity(
      ctx,
      Project,
      {
        id: input.projectId,
        expectedVersion: input.expectedVersion,
        action: `MILESTONE_${input.milestone}`,
        field: 'input.projectId',
        label: 'Project',
      },
      async (project) => {
        (await jurisdictionOf(ctx)).assertUnit(project.ownerUnitId, 'This project');
        (project as unknown as Record<string, unknown>)[MILESTONE_FIELD[input.milestone]] =
          input.on;
        if (input.milestone === ProjectMilestone.FUNDS_SECURED) {
          if (!input.proof?.trim())
            throw new UserInputError(
              'Funds are secured with a proof (资金落实证明): name it.',
              'input.proof',
            );
          project.fundingProof = input.proof.trim();
        }
        const order: (keyof Project)[] = [
          'startedOn',
          'completedOn',
          'acceptedOn',
          'finalAccountOn',
        ];
        for (let i = 1; i < order.length; i++) {
          const before = project[order[i - 1]!] as string | null | undefined;
          const after = project[order[i]!] as string | null | undefined;
          if (before && after && after < before)
            throw new UserInputError(
              `${String(order[i])} cannot come before ${String(order[i - 1])}.`,
              'input.on',
            );
        }
        return project;
      },
    );
  }

  @Authorized('FINANCE')
  @Mutation(() => Deposit, {
    description: 'Records a guarantee deposit (保证金) held on a project.',
  })
  recordDeposit(
    @Arg('input', () => RecordDepositInput) input: RecordDepositInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Deposit> {
    if (compareMoney(input.amount, '0') <= 0)
      throw new UserInputError('The amount must be more than zero.', 'input.amount');
    return changeEntity(
      ctx,
      Project,
      {
        id: input.projectId,
        action: 'DEPOSIT',
        field: 'input.projectId',
        label: 'Project',
        appends: true,
      },
      async (project, em) => {
        (await jurisdictionOf(ctx)).assertUnit(project.ownerUnitId, 'This project');
        return em.create(Deposit, {
          id: randomUUID(),
          project,
          kind: input.kind,
          form: input.form,
          amount: input.amount,
          contractorId:
            input.contractorId && isUuid(input.contractorId) ? input.contractorId : null,
          refundDueOn: input.refundDueOn ?? null,
        } as never);
      },
    );
  }

  @FieldResolver(() => [ProjectFlag], {
    description: 'Computed from the dates and amounts (政府投资条例, seed 000).',
  })
  flags(@Root() project: Project): ProjectFlag[] {
    return projectFlags(project);
  }

  @FieldResolver(() => OrganisationRef)
  owner(@Root() project: Project): OrganisationRef {
    return { id: project.ownerUnitId };
  }

  @FieldResolver(() => [Deposit])
  deposits(@Root() project: Project, @Ctx() ctx: SubgraphContext): Promise<Deposit[]> {
    return depositsOfProject.load(ctx, project.id);
  }
}

@Resolver(() => Deposit)
export class DepositResolver {
  @FieldResolver(() => DepositFlags)
  flags(@Root() deposit: Deposit): DepositFlags {
    return {
      unlawfulKind: deposit.kind === DepositKind.OTHER,
      refundOverdue:
        !deposit.refundedOn && !!deposit.refundDueOn && deposit.refundDueOn < todayInChina(),
    };
  }
}
