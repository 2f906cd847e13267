// Adding a region to the tree (a township, a new development zone): hub-wide reference data that
// only ADMIN maintains; the declaration still says where a new region hangs, so that a region-bound
// caller could only ever add one below a region it holds.
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  createEntity,
  Creates,
  directoryChanged,
  Problems,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Region } from './region.entity.js';
import { RegisterRegionInput } from './region.inputs.js';
import { checkRegionRegistration } from './region.validation.js';
import { organisationsMessages as msg } from '../messages.js';

@Resolver(() => Region)
export class RegionMutationResolver {
  @Authorized('ADMIN')
  @Creates(Region, { parent: 'input.parentCode' })
  @Mutation(() => Region, {
    description: 'Adds a region (e.g. a township or a new development zone) under its parent.',
  })
  async registerRegion(
    @Arg('input', () => RegisterRegionInput) input: RegisterRegionInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Region> {
    const checked = checkRegionRegistration(input);
    const problems = new Problems().merge(checked.problems);
    const parent = input.parentCode
      ? await ctx.em.findOne(Region, { code: input.parentCode })
      : null;
    if (input.parentCode && !parent)
      problems.add('parentCode', msg.noSuchRegion({ code: input.parentCode }));
    problems.throwIfAny('input');
    const region = await createEntity(
      ctx,
      Region,
      {
        code: input.code,
        name: checked.name!,
        level: input.level,
        // The parent by its code: the write check reads the relation from the data.
        parent: parent?.code ?? null,
        path: `${parent ? parent.path : '/'}${input.code}/`,
        officialCode: input.officialCode,
      },
      {
        // Re-read, so that the formula `id` (the code) is there for the audit entry.
        refresh: true,
        conflicts: { unique: { default: msg.regionExists({ code: input.code }) } },
      },
    );
    // Every process's directory holds the region tree (jurisdiction by region): reload it.
    await directoryChanged({ all: true });
    return region;
  }
}
