import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import {
  auditSnapshot,
  changeEntity,
  ForbiddenError,
  inTransaction,
  jurisdictionOf,
  recordAudit,
  unitDirectory,
  UserInputError,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import type { Region } from '../entities/region.entity.js';
import { Organisation } from '../entities/organisation.entity.js';
import { RegisterOrganisationInput, UpdateOrganisationInput } from './organisation.inputs.js';
import {
  cleanName,
  cleanOptionalText,
  defaultOwnership,
  refuseParentCycle,
  requireCreditCodeForEnterprise,
  requireOrganisation,
  requireRegion,
  sizeColumns,
} from './organisation.validation.js';

/** A viewer bound to a region registers and moves units only inside it. */
function assertRegionInReach(ctx: SubgraphContext, region: Region): void {
  const bound = ctx.viewer.regionCode;
  if (bound && !ctx.viewer.roles.includes('ADMIN') && !region.path.includes(`/${bound}/`)) {
    throw new ForbiddenError(`${region.name} is outside your region (${bound}).`);
  }
}

const CONFLICTS = {
  unique: {
    organisation_credit_code_unique:
      'A unit with this credit code is already registered: look it up instead of registering it again.',
  },
};

@Resolver(() => Organisation)
export class OrganisationMutationResolver {
  @Authorized('ADMIN', 'LEADING_GROUP', 'BUREAU')
  @Mutation(() => Organisation, {
    description: 'Registers a unit (an agency, an enterprise …). Enterprises need a credit code.',
  })
  registerOrganisation(
    @Arg('input', () => RegisterOrganisationInput) input: RegisterOrganisationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Organisation> {
    return inTransaction(
      ctx,
      async (em) => {
        const name = cleanName(input.name, 'input.name', 200);
        requireCreditCodeForEnterprise(input.kind, input.creditCode, 'input.creditCode');
        const region = await requireRegion(em, input.regionCode, 'input.regionCode');
        assertRegionInReach(ctx, region);
        const parent = input.parentId
          ? await requireOrganisation(em, input.parentId, 'input.parentId')
          : null;
        const supervisor = input.supervisorId
          ? await requireOrganisation(em, input.supervisorId, 'input.supervisorId')
          : null;
        const organisation = em.create(Organisation, {
          id: randomUUID(),
          name,
          shortName: cleanOptionalText(input.shortName, 'input.shortName', 100),
          kind: input.kind,
          subKind: cleanOptionalText(input.subKind, 'input.subKind', 100),
          creditCode: input.creditCode ?? null,
          region,
          parent,
          supervisor,
          ownership: input.ownership ?? defaultOwnership(input.kind),
          ...sizeColumns(input.size, 'input.size'),
        } as never);
        await em.flush();
        recordAudit(em, ctx.viewer, {
          entity: 'Organisation',
          entityId: organisation.id,
          action: 'CREATE',
          after: auditSnapshot(organisation),
        });
        return organisation;
      },
      CONFLICTS,
    ).then((organisation) => (unitDirectory().invalidate(), organisation));
  }

  @Authorized('ADMIN', 'LEADING_GROUP', 'BUREAU')
  @Mutation(() => Organisation, {
    description:
      'Changes a unit. Pass the version you read as expectedVersion: if someone changed it since, you get CONFLICT.',
  })
  updateOrganisation(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Organisation> {
    // The kit's changeEntity: row lock, version check, audit entry with before and after.
    const updated = changeEntity(
      ctx,
      Organisation,
      { id, expectedVersion, action: 'UPDATE', field: 'id', label: 'Unit', conflicts: CONFLICTS },
      async (organisation, em) => {
        (await jurisdictionOf(ctx)).assertUnit(organisation.id, organisation.name);
        if (input.name !== undefined && input.name !== null)
          organisation.name = cleanName(input.name, 'input.name', 200);
        if (input.shortName !== undefined)
          organisation.shortName = cleanOptionalText(input.shortName, 'input.shortName', 100);
        if (input.kind) organisation.kind = input.kind;
        if (input.subKind !== undefined)
          organisation.subKind = cleanOptionalText(input.subKind, 'input.subKind', 100);
        if (input.creditCode !== undefined) organisation.creditCode = input.creditCode;
        requireCreditCodeForEnterprise(
          organisation.kind,
          organisation.creditCode,
          'input.creditCode',
        );
        if (input.regionCode) {
          const region = await requireRegion(em, input.regionCode, 'input.regionCode');
          assertRegionInReach(ctx, region);
          organisation.region = region as never;
        }
        if (input.parentId !== undefined) {
          const parent = input.parentId
            ? await requireOrganisation(em, input.parentId, 'input.parentId')
            : null;
          if (parent) await refuseParentCycle(em, organisation.id, parent, 'input.parentId');
          organisation.parent = parent as never;
        }
        if (input.supervisorId !== undefined) {
          if (input.supervisorId === organisation.id) {
            throw new UserInputError('A unit cannot supervise itself.', 'input.supervisorId');
          }
          organisation.supervisor = (
            input.supervisorId
              ? await requireOrganisation(em, input.supervisorId, 'input.supervisorId')
              : null
          ) as never;
        }
        if (input.ownership) organisation.ownership = input.ownership;
        if (input.status) organisation.status = input.status;
        if (input.size !== undefined)
          Object.assign(organisation, sizeColumns(input.size, 'input.size'));
        return organisation;
      },
    );
    // After the commit: other subgraphs' directories must not re-read the old row in the meantime.
    return updated.then((organisation) => (unitDirectory().invalidate(), organisation));
  }
}
