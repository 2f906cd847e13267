// Reading 账款确权 requests: the creditor its own, the debtor (its jurisdiction) those addressed to
// it, the intake office and the region's leading group those of their region; newest first.
import type { FilterQuery } from '@mikro-orm/core';
import { Field, InputType } from 'type-graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  byKeys,
  connectionType,
  DateScalar,
  defineLoader,
  isUuid,
  PageArgs,
  paginate,
  SortDirection,
  todayInChina,
  type Connection,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { Arrear } from '../ledger/arrear.entity.js';
import { arrearById } from '../ledger/arrear.loaders.js';
import { ConfirmationStatus, ReceivableConfirmation } from './confirmation.entity.js';

const ConfirmationConnection = connectionType(ReceivableConfirmation, 'ReceivableConfirmation');

@InputType()
export class ReceivableConfirmationFilter {
  @Field(() => [ConfirmationStatus], { nullable: true })
  statuses?: ConfirmationStatus[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only requests still unanswered after their last day (on `asOf`).',
  })
  silent?: boolean | null;

  @Field(() => DateScalar, { nullable: true })
  asOf?: string | null;
}

const confirmationById = defineLoader<string, ReceivableConfirmation | null>(async (ids, { em }) =>
  byKeys(
    ids,
    await em.find(ReceivableConfirmation, { id: { $in: ids.filter(isUuid) } }),
    (c) => c.id,
  ),
);

@Resolver(() => ReceivableConfirmation)
export class ConfirmationResolver {
  @Authorized()
  @Query(() => ReceivableConfirmation, { nullable: true })
  receivableConfirmation(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ReceivableConfirmation | null> {
    return confirmationById.load(ctx, id);
  }

  @Authorized()
  @Query(() => ConfirmationConnection, {
    description: '账款确权 requests the viewer may see, newest first.',
  })
  receivableConfirmations(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => ReceivableConfirmationFilter, { nullable: true })
    filter: ReceivableConfirmationFilter | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Connection<ReceivableConfirmation>> {
    const where: FilterQuery<ReceivableConfirmation>[] = [];
    if (filter?.statuses?.length) where.push({ status: { $in: filter.statuses } });
    if (filter?.silent)
      where.push({
        status: ConfirmationStatus.REQUESTED,
        dueOn: { $lt: filter.asOf ?? todayInChina() },
      });
    return paginate(ctx.em, ReceivableConfirmation, where.length ? { $and: where } : {}, {
      first: page.first,
      after: page.after,
      sortField: 'requestedOn',
      direction: SortDirection.DESC,
    });
  }

  @FieldResolver(() => OrganisationRef)
  debtor(@Root() c: ReceivableConfirmation): OrganisationRef {
    return { id: c.debtorId };
  }

  @FieldResolver(() => OrganisationRef)
  creditor(@Root() c: ReceivableConfirmation): OrganisationRef {
    return { id: c.creditorId };
  }

  @FieldResolver(() => Boolean, {
    description: 'Unanswered after its last day (judged today, China time).',
  })
  silent(@Root() c: ReceivableConfirmation): boolean {
    return c.status === ConfirmationStatus.REQUESTED && c.dueOn < todayInChina();
  }

  @FieldResolver(() => Arrear, {
    nullable: true,
    description: 'The ledger line it became or matched.',
  })
  arrear(@Root() c: ReceivableConfirmation, @Ctx() ctx: SubgraphContext): Promise<Arrear | null> {
    return c.arrearId ? arrearById.load(ctx, c.arrearId) : Promise.resolve(null);
  }
}
