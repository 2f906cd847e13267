// The notice mutations. Each declares what it writes (@Creates / @Writes): the kit checks that
// before the body runs, so a unit outside the viewer's jurisdiction is FORBIDDEN before any
// validation, NOT_FOUND or CONFLICT answer could tell it anything (docs/access-model.md).
// @Authorized says which roles may call at all.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  changeEntity,
  ConflictError,
  createEntity,
  Creates,
  Problems,
  requireUnit,
  Writes,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { statusMoveProblem } from '../rules/notice-status.js';
import { Notice } from './notice.entity.js';
import { ChangeNoticeStatusInput, CreateNoticeInput } from './notice.inputs.js';
import { checkNoticeDraft } from './notice.validation.js';

@Resolver(() => Notice)
export class NoticeMutationResolver {
  @Authorized('BUREAU', 'LEADING_GROUP')
  @Creates(Notice, { unit: 'input.unitId' })
  @Mutation(() => Notice, {
    description:
      'Registers a record for a unit within your jurisdiction; the audit trail keeps who and when.',
  })
  async createNotice(
    @Arg('input', () => CreateNoticeInput) input: CreateNoticeInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Notice> {
    const { problems, value } = checkNoticeDraft(input);
    // Every problem at once: extensions.problems lists them, extensions.field names the first.
    new Problems().merge(problems).throwIfAny('input');
    // The unit must exist (the organisations subgraph's directory, never its tables).
    const unit = await requireUnit(ctx, value.unitId, 'input.unitId');
    // Typed: leaving out a required column is a compile error. Written and audited in one transaction.
    return createEntity(ctx, Notice, {
      unitId: unit.id,
      title: value.title,
      receivedOn: value.receivedOn,
    });
  }

  @Authorized('BUREAU', 'LEADING_GROUP')
  @Writes(Notice, 'input.noticeId')
  @Mutation(() => Notice, {
    description:
      'Moves a record to its next status (the row is locked, the version checked, the change audited).',
  })
  changeNoticeStatus(
    @Arg('input', () => ChangeNoticeStatusInput) input: ChangeNoticeStatusInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Notice> {
    return changeEntity(
      ctx,
      Notice,
      {
        id: input.noticeId,
        expectedVersion: input.expectedVersion,
        action: 'TRANSITION',
        label: '记录',
        field: 'input.noticeId',
      },
      (record) => {
        const problem = statusMoveProblem(record.status, input.status);
        if (problem)
          throw new ConflictError(problem, { status: record.status, attempted: input.status });
        record.status = input.status;
        return record;
      },
    );
  }
}
