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
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  assertMove,
  auditSnapshot,
  changeEntity,
  connectionType,
  csvDocument,
  DateScalar,
  inTransaction,
  jurisdictionOf,
  notFuture,
  PageArgs,
  paginate,
  recordAudit,
  requireText,
  requireUnit,
  unitDirectory,
  UserInputError,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { PenaltyStatus } from '../entities/enums.js';
import { Penalty } from '../entities/public-record.entity.js';
import { OrganisationRef } from '../external/refs.js';

export const PenaltyConnection = connectionType(Penalty, 'Penalty');

@InputType()
export class ListDishonestInput {
  @Field(() => ID) unitId!: string;
  @Field(() => String) reason!: string;
  @Field(() => [String], { description: 'Joint measures, e.g. 压减一般性支出.' })
  measures!: string[];
  @Field(() => DateScalar) listedOn!: string;
}

@Resolver(() => Penalty)
export class PenaltyResolver {
  @Authorized()
  @Query(() => PenaltyConnection, {
    description: 'Units on the dishonest-entity list (失信主体名录), and removed ones.',
  })
  async penalties(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => PenaltyStatus, { nullable: true }) status: PenaltyStatus | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<Penalty>> {
    const and: FilterQuery<Penalty>[] = [(await jurisdictionOf(ctx)).filter('unitId')];
    if (status) and.push({ status });
    return paginate(
      ctx.em,
      Penalty,
      { $and: and },
      { first: page.first, after: page.after, sortField: 'listedOn' },
    );
  }

  @Authorized('INSPECTOR', 'LEADING_GROUP')
  @Query(() => String, {
    description:
      'The current list as CSV (UTF-8, header row) for the credit platform (信用中国 / 全国信用信息共享平台).',
  })
  async dishonestListCsv(@Ctx() ctx: SubgraphContext): Promise<string> {
    const listed = await ctx.em.find(
      Penalty,
      { $and: [{ status: PenaltyStatus.LISTED }, (await jurisdictionOf(ctx)).filter('unitId')] },
      { orderBy: { listedOn: 'asc' }, limit: 10_000 },
    );
    const units = await unitDirectory().get(listed.map((p) => p.unitId));
    return csvDocument(
      ['单位名称', '统一社会信用代码', '列入事由', '惩戒措施', '列入日期'],
      listed.map((p) => [
        units.get(p.unitId)?.name,
        units.get(p.unitId)?.creditCode,
        p.reason,
        p.measures.join('；'),
        p.listedOn,
      ]),
    );
  }

  @Authorized('INSPECTOR')
  @Mutation(() => Penalty, { description: 'Puts a unit on the dishonest-entity list.' })
  listDishonest(
    @Arg('input', () => ListDishonestInput) input: ListDishonestInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Penalty> {
    const reason = requireText(input.reason, 'input.reason', { max: 5000 });
    notFuture(input.listedOn, 'input.listedOn');
    const measures = input.measures.map((m) => m.trim()).filter(Boolean);
    if (!measures.length) throw new UserInputError('Name at least one measure.', 'input.measures');
    return inTransaction(ctx, async (em) => {
      const unit = await requireUnit(ctx, input.unitId, 'input.unitId');
      if (await em.count(Penalty, { unitId: unit.id, status: PenaltyStatus.LISTED }))
        throw new UserInputError(`${unit.name} is on the list already.`, 'input.unitId');
      const penalty = em.create(Penalty, {
        id: randomUUID(),
        unitId: unit.id,
        reason,
        measures,
        listedOn: input.listedOn,
        status: PenaltyStatus.LISTED,
      } as never);
      await em.flush();
      recordAudit(em, ctx.viewer, {
        entity: 'Penalty',
        entityId: penalty.id,
        action: 'CREATE',
        after: auditSnapshot(penalty),
      });
      return penalty;
    });
  }

  @Authorized('INSPECTOR')
  @Mutation(() => Penalty, {
    description: 'Takes a unit off the list (信用修复), with the reason.',
  })
  delist(
    @Arg('penaltyId', () => ID) penaltyId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('removedOn', () => DateScalar) removedOn: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Penalty> {
    const why = requireText(reason, 'reason', { max: 5000 });
    notFuture(removedOn, 'removedOn');
    return changeEntity(
      ctx,
      Penalty,
      {
        id: penaltyId,
        expectedVersion,
        action: 'DELIST',
        reason: why,
        field: 'penaltyId',
        label: 'Penalty',
      },
      async (p) => {
        (await jurisdictionOf(ctx)).assertUnit(p.unitId, 'This penalty');
        assertMove(
          { LISTED: [PenaltyStatus.REMOVED], REMOVED: [] },
          p.status,
          PenaltyStatus.REMOVED,
          'remove the unit from the list',
          'penalty',
        );
        if (removedOn < p.listedOn)
          throw new UserInputError('It cannot be removed before it was listed.', 'removedOn');
        p.status = PenaltyStatus.REMOVED;
        p.removedOn = removedOn;
        p.removalReason = why;
        return p;
      },
    );
  }

  @FieldResolver(() => OrganisationRef) unit(@Root() p: Penalty): OrganisationRef {
    return { id: p.unitId };
  }
}
