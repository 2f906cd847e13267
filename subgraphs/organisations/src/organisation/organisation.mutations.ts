// Registering and changing units. What each mutation writes is declared on it (@Creates,
// @Writes) and checked by the kit before anything here runs, so a unit outside the viewer's reach
// is FORBIDDEN before any validation, NOT_FOUND or CONFLICT. Every other subgraph keeps a cached
// copy of the registry (the kit's unit directory): after each commit the kit's directoryChanged
// tells every process, replicas included, which unit to re-read.
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import {
  changeEntity,
  createEntity,
  Creates,
  directoryChanged,
  Problems,
  UnitRefs,
  Writes,
  type SubgraphContext,
} from '@arrears-hub/subgraph-kit';
import { Region } from '../region/region.entity.js';
import { Organisation, REGISTRAR_RELATIONS } from './organisation.entity.js';
import { RegisterOrganisationInput, UpdateOrganisationInput } from './organisation.inputs.js';
import {
  checkChanges,
  checkRegistration,
  enterpriseProblems,
  parentCycleProblems,
  referenceProblems,
} from './organisation.validation.js';
import { organisationsMessages as msg } from '../messages.js';

// A function, so that the message is rendered in the language of the request that meets it.
const conflicts = () => ({
  unique: { organisation_credit_code_unique: msg.creditCodeTaken() },
});

@Resolver(() => Organisation)
export class OrganisationMutationResolver {
  @Authorized('ADMIN', 'LEADING_GROUP', 'BUREAU')
  @Creates(
    Organisation,
    { region: 'input.regionCode', parent: 'input.parentId', supervisor: 'input.supervisorId' },
    { as: REGISTRAR_RELATIONS },
  )
  // A parent or 主管部门 named by credit code or name becomes the id the write check reads.
  @UnitRefs(
    { ref: 'input.parent', id: 'input.parentId' },
    { ref: 'input.supervisor', id: 'input.supervisorId' },
  )
  @Mutation(() => Organisation, {
    description:
      'Registers a unit (an agency, an enterprise …) in a region the viewer holds, or under a unit it holds (parent or supervisor). Enterprises need a credit code.',
  })
  async registerOrganisation(
    @Arg('input', () => RegisterOrganisationInput) input: RegisterOrganisationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Organisation> {
    const checked = checkRegistration(input);
    new Problems()
      .merge(checked.problems)
      .merge(await referenceProblems(ctx.em, input))
      .throwIfAny('input');
    const organisation = await createEntity(
      ctx,
      Organisation,
      {
        ...checked.value,
        // Relations by key: the write check reads them from the data.
        region: input.regionCode,
        parent: input.parentId ?? null,
        supervisor: input.supervisorId ?? null,
      },
      { as: REGISTRAR_RELATIONS, conflicts: conflicts() },
    );
    // After the commit: the directory (this subgraph's own jurisdiction too) must see the new unit.
    await directoryChanged({ units: [organisation.id] });
    return organisation;
  }

  @Authorized('ADMIN', 'LEADING_GROUP', 'BUREAU')
  @Writes(Organisation, 'id')
  // The kit's reach check after a change cannot see a unit leave the viewer's region (the unit is
  // in its jurisdiction by id until the directory reloads), so a move is declared as what it
  // amounts to: placing the unit in a region, which only a holder of that region may do.
  @Creates(Organisation, { region: 'input.regionCode' }, { as: ['region'] })
  @UnitRefs(
    { ref: 'input.parent', id: 'input.parentId' },
    { ref: 'input.supervisor', id: 'input.supervisorId' },
  )
  @Mutation(() => Organisation, {
    description:
      'Changes a unit. Pass the version you read as expectedVersion: if someone changed it since, you get CONFLICT.',
  })
  async updateOrganisation(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Organisation> {
    const checked = checkChanges(id, input);
    new Problems()
      .merge(checked.problems)
      .merge(await referenceProblems(ctx.em, input))
      .throwIfAny('input');
    // The kit's changeEntity: row lock, version check, audit entry with before and after.
    const updated = await changeEntity(
      ctx,
      Organisation,
      {
        id,
        expectedVersion,
        action: 'UPDATE',
        field: 'id',
        label: msg.unit(),
        conflicts: conflicts(),
      },
      async (organisation, em) => {
        Object.assign(organisation, checked.value);
        if (input.regionCode)
          organisation.region = em.getReference(Region, input.regionCode, { wrapped: true });
        if (input.parentId !== undefined)
          organisation.parent = input.parentId
            ? em.getReference(Organisation, input.parentId, { wrapped: true })
            : null;
        if (input.supervisorId !== undefined)
          organisation.supervisor = input.supervisorId
            ? em.getReference(Organisation, input.supervisorId, { wrapped: true })
            : null;
        // Rules on the unit as changed: an enterprise keeps its credit code; no parent cycle.
        new Problems()
          .merge(enterpriseProblems(organisation.kind, organisation.creditCode))
          .merge(input.parentId ? await parentCycleProblems(em, id, input.parentId) : [])
          .throwIfAny('input');
        return organisation;
      },
    );
    // After the commit: no directory, in any process, keeps serving the old row.
    await directoryChanged({ units: [id] });
    return updated;
  }
}
