import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import {
  auditSnapshot,
  inTransaction,
  recordAudit,
  UserInputError,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { RegionLevel } from '../entities/enums.js';
import { Region } from '../entities/region.entity.js';
import { cleanName, requireRegion } from './organisation.validation.js';

@InputType()
export class RegisterRegionInput {
  @Field(() => ID, {
    description: '6-digit GB/T 2260 code, or 9 digits for a township-level area (county code + 3).',
  })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RegionLevel)
  level!: RegionLevel;

  @Field(() => ID, {
    nullable: true,
    description: 'The region it belongs to; none for a province.',
  })
  parentCode?: string | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'False when the code is assigned locally, not the official one.',
  })
  officialCode: boolean = true;
}

@Resolver(() => Region)
export class RegionMutationResolver {
  @Authorized('ADMIN')
  @Mutation(() => Region, {
    description: 'Adds a region (e.g. a township or a new development zone) under its parent.',
  })
  registerRegion(
    @Arg('input', () => RegisterRegionInput) input: RegisterRegionInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Region> {
    return inTransaction(
      ctx,
      async (em) => {
        if (!/^\d{6}(\d{3})?$/.test(input.code)) {
          throw new UserInputError(
            'A region code has 6 digits (county level and above) or 9 (township level).',
            'input.code',
          );
        }
        const parent = input.parentCode
          ? await requireRegion(em, input.parentCode, 'input.parentCode')
          : null;
        if (parent && input.code.length === 9 && !input.code.startsWith(parent.code.slice(0, 6))) {
          throw new UserInputError(
            `A township-level code starts with its county's code (${parent.code.slice(0, 6)}).`,
            'input.code',
          );
        }
        const region = em.create(Region, {
          code: input.code,
          name: cleanName(input.name, 'input.name', 100),
          level: input.level,
          parent,
          path: `${parent ? parent.path : '/'}${input.code}/`,
          officialCode: input.officialCode,
        } as never);
        await em.flush();
        recordAudit(em, ctx.viewer, {
          entity: 'Region',
          entityId: region.code,
          action: 'CREATE',
          after: auditSnapshot(region),
        });
        return region;
      },
      { unique: { default: 'A region with this code already exists.' } },
    );
  }
}
