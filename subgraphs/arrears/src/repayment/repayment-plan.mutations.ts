import { randomUUID } from 'node:crypto';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import {
  addMoney,
  auditSnapshot,
  compareMoney,
  DateScalar,
  MoneyScalar,
  recordAudit,
  subtractMoney,
  todayInChina,
  UserInputError,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Arrear } from '../entities/arrear.entity.js';
import { ArrearStatus, RepaymentFundingSource, RepaymentPlanStatus } from '../entities/enums.js';
import { Instalment, RepaymentPlan } from '../entities/repayment-plan.entity.js';
import { arrearById, instalmentsOfPlan } from '../loaders.js';
import { changeArrear } from './arrear-change.js';
import { payableNow } from './payment.resolver.js';

const MAX_INSTALMENTS = 120;

@InputType()
export class InstalmentInput {
  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => MoneyScalar)
  amount!: string;
}

@InputType()
export class AgreeRepaymentPlanInput {
  @Field(() => ID)
  arrearId!: string;

  @Field(() => Int, { description: 'The version of the debt you read.' })
  expectedVersion!: number;

  @Field(() => DateScalar, { description: 'The day the repayment agreement was signed.' })
  signedOn!: string;

  @Field(() => RepaymentFundingSource)
  fundingSource!: RepaymentFundingSource;

  @Field(() => [InstalmentInput], {
    description: `Due dates in order; amounts add up to what is outstanding (at most ${MAX_INSTALMENTS}).`,
  })
  instalments!: InstalmentInput[];

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('Instalment', {
  description: 'One instalment of a repayment plan, with whether payments have covered it.',
})
export class InstalmentView {
  @Field(() => Int)
  seq!: number;

  @Field(() => DateScalar)
  dueOn!: string;

  @Field(() => MoneyScalar)
  amount!: string;

  @Field(() => MoneyScalar, { description: 'This and all earlier instalments.' })
  cumulativeAmount!: string;

  @Field(() => Boolean, {
    description: 'Payments since the plan was agreed cover this instalment.',
  })
  covered!: boolean;

  @Field(() => Boolean, { description: 'Due before today (China time) and not covered.' })
  overdue!: boolean;
}

export function instalmentViews(
  plan: RepaymentPlan,
  instalments: Instalment[],
  paidNow: string,
  today = todayInChina(),
): InstalmentView[] {
  const paidSincePlan = subtractMoney(paidNow, plan.paidBefore);
  let cumulative = '0.00';
  return instalments.map((i) => {
    cumulative = addMoney(cumulative, i.amount);
    const covered = compareMoney(paidSincePlan, cumulative) >= 0;
    return {
      seq: i.seq,
      dueOn: i.dueOn,
      amount: i.amount,
      cumulativeAmount: cumulative,
      covered,
      overdue: !covered && i.dueOn < today,
    };
  });
}

function validateInstalments(input: AgreeRepaymentPlanInput): void {
  if (input.signedOn > todayInChina())
    throw new UserInputError('The agreement cannot be signed in the future.', 'input.signedOn');
  if (!input.instalments.length)
    throw new UserInputError('A plan needs at least one instalment.', 'input.instalments');
  if (input.instalments.length > MAX_INSTALMENTS)
    throw new UserInputError(`At most ${MAX_INSTALMENTS} instalments.`, 'input.instalments');
  input.instalments.forEach((instalment, i) => {
    if (compareMoney(instalment.amount, '0') <= 0)
      throw new UserInputError(
        'Each instalment must be more than zero.',
        `input.instalments.${i}.amount`,
      );
    if (instalment.dueOn < input.signedOn)
      throw new UserInputError(
        'An instalment cannot fall due before the agreement is signed.',
        `input.instalments.${i}.dueOn`,
      );
    if (i > 0 && instalment.dueOn < input.instalments[i - 1]!.dueOn) {
      throw new UserInputError(
        'Instalments must be in order of their due dates.',
        `input.instalments.${i}.dueOn`,
      );
    }
  });
}

@Resolver(() => RepaymentPlan)
export class RepaymentPlanResolver {
  @Authorized('BUREAU', 'LEADING_GROUP')
  @Mutation(() => RepaymentPlan, {
    description:
      '还款计划/协议: instalments adding up to what is outstanding (the undisputed part while disputed). A new plan supersedes the active one; history is kept.',
  })
  agreeRepaymentPlan(
    @Arg('input', () => AgreeRepaymentPlanInput) input: AgreeRepaymentPlanInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<RepaymentPlan> {
    validateInstalments(input);
    const note = input.note?.trim() || null;
    return changeArrear(
      ctx,
      { arrearId: input.arrearId, expectedVersion: input.expectedVersion, action: 'AGREE_PLAN' },
      async (arrear, em) => {
        const allowed = [
          ArrearStatus.VERIFIED,
          ArrearStatus.PLANNED,
          ArrearStatus.REPAYING,
          ArrearStatus.DISPUTED,
        ];
        if (!allowed.includes(arrear.status)) {
          throw new UserInputError(
            arrear.status === ArrearStatus.REGISTERED
              ? 'Verify the debt (verifyArrear) before agreeing a repayment plan.'
              : `No repayment plan can be agreed for a debt that is ${arrear.status}.`,
            'input.arrearId',
          );
        }
        if (input.signedOn < arrear.contractSignedOn)
          throw new UserInputError('The agreement cannot predate the contract.', 'input.signedOn');
        const target = payableNow(arrear);
        const total = addMoney('0', ...input.instalments.map((i) => i.amount));
        if (compareMoney(total, target) !== 0) {
          throw new UserInputError(
            `The instalments add up to ${total}; they must add up to ${target}, what is outstanding${arrear.status === ArrearStatus.DISPUTED ? ' (undisputed part)' : ''}.`,
            'input.instalments',
            {
              expectedTotal: target,
            },
          );
        }
        const previous = await em.find(
          RepaymentPlan,
          { arrear },
          { orderBy: { revision: 'desc' } },
        );
        const active = previous.find((p) => p.status === RepaymentPlanStatus.ACTIVE);
        if (active) {
          const before = auditSnapshot(active);
          active.status = RepaymentPlanStatus.SUPERSEDED;
          await em.flush(); // free the one-active-plan index before the new plan goes in
          recordAudit(em, ctx.viewer, {
            entity: 'RepaymentPlan',
            entityId: active.id,
            action: 'SUPERSEDE',
            before,
            after: auditSnapshot(active),
          });
        }
        const plan = em.create(RepaymentPlan, {
          id: randomUUID(),
          arrear,
          revision: (previous[0]?.revision ?? 0) + 1,
          signedOn: input.signedOn,
          fundingSource: input.fundingSource,
          paidBefore: arrear.paid,
          total,
          status: RepaymentPlanStatus.ACTIVE,
          note,
          agreedBy: ctx.viewer.id,
        } as never);
        input.instalments.forEach((i, index) =>
          em.create(Instalment, {
            id: randomUUID(),
            plan,
            seq: index + 1,
            dueOn: i.dueOn,
            amount: i.amount,
          } as never),
        );
        if (arrear.status === ArrearStatus.VERIFIED) arrear.status = ArrearStatus.PLANNED;
        arrear.hasRepaymentPlan = true;
        await em.flush();
        recordAudit(em, ctx.viewer, {
          entity: 'RepaymentPlan',
          entityId: plan.id,
          action: 'CREATE',
          after: { ...auditSnapshot(plan), instalments: input.instalments },
        });
        return plan;
      },
    );
  }

  @FieldResolver(() => [InstalmentView])
  async instalments(
    @Root() plan: RepaymentPlan,
    @Ctx() ctx: SubgraphContext,
  ): Promise<InstalmentView[]> {
    const [instalments, arrear] = await Promise.all([
      instalmentsOfPlan.load(ctx, plan.id),
      arrearById.load(ctx, plan.arrear.id),
    ]);
    return instalmentViews(plan, instalments, arrear!.paid);
  }

  @FieldResolver(() => Int, { description: 'Instalments past due and not covered by payments.' })
  async overdueInstalments(
    @Root() plan: RepaymentPlan,
    @Ctx() ctx: SubgraphContext,
  ): Promise<number> {
    return (await this.instalments(plan, ctx)).filter((i) => i.overdue).length;
  }

  @FieldResolver(() => Arrear)
  async arrear(@Root() plan: RepaymentPlan, @Ctx() ctx: SubgraphContext): Promise<Arrear> {
    return (await arrearById.load(ctx, plan.arrear.id))!;
  }
}
