// The field finance adds to the organisations subgraph's Organisation from its restrictions: those
// in force on the unit, as far as the viewer's jurisdiction reaches (the ownership filter).
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@arrears-hub/subgraph-kit';
import { OrganisationRef } from '../external/organisation.js';
import { Restriction } from './restriction.entity.js';
import { activeRestrictionsOfUnit } from './restriction.loaders.js';

@Resolver(() => OrganisationRef)
export class OrganisationRestrictionResolver {
  @Authorized()
  @FieldResolver(() => [Restriction], {
    description: 'Spending restrictions in force on this unit.',
  })
  restrictions(@Root() unit: OrganisationRef, @Ctx() ctx: SubgraphContext): Promise<Restriction[]> {
    return activeRestrictionsOfUnit.load(ctx, unit.id);
  }
}
